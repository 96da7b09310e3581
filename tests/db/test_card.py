"""The subscriber card's repository (receptionapp.db.card) against a real office database.

:func:`add_card_subscriber` writes one subscriber with a bit of everything the card shows;
the GUI tests of the card use it too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import peewee as pw
import pytest

from receptionapp.core.clock import utcnow
from receptionapp.core.errors import NotFoundError
from receptionapp.core.ids import new_id
from receptionapp.db.card import (
    RECONCILE_EVERY,
    TIMELINE_LIMIT,
    TIMELINE_PER_KIND,
    TimelineKind,
    load_card,
)
from receptionapp.db.database import open_database
from receptionapp.db.models import (
    Account,
    AccountService,
    Appointment,
    Complaint,
    Contact,
    Director,
    Directorate,
    Package,
    PackageChange,
    PackageService,
    Phone,
    PhoneAccount,
    PhoneKindAnswer,
    Service,
    Subscriber,
    TechnicianRequest,
    User,
)
from receptionapp.db.phones import reconciliation_view
from receptionapp.db.reference import load_reference_data
from receptionapp.db.users import add_user

NOW = dt.datetime(2026, 11, 28, 12, 0)


@dataclass(frozen=True)
class CardRows:
    """Ids of what :func:`add_card_subscriber` wrote."""

    subscriber_id: str
    first_account_id: str
    second_account_id: str
    clerk_name: str


def _account(
    subscriber: Subscriber,
    number: str,
    street: str,
    house: str,
    flat: str,
    status: str,
    balance: int,
    package_code: str,
) -> Account:
    package = Package.get(Package.code == package_code)
    account = Account.create(
        id=new_id(),
        scope="kharkiv",
        number=number,
        subscriber=subscriber,
        city="Харків",
        street=street,
        house=house,
        flat=flat,
        directorate=Directorate.get(Directorate.code == "kharkiv"),
        status=status,
        balance=balance,
        package=package,
    )
    for link in PackageService.select().where(PackageService.package == package):
        AccountService.create(id=new_id(), scope="kharkiv", account=account, service=link.service)
    return account


def add_card_subscriber(clerk: User, now: dt.datetime = NOW) -> CardRows:
    """One subscriber with two accounts, numbers of every sort and one event of each kind.

    Іваненко Олександр Петрович, Харків: account 5700000017 (вул. Сумська 10, кв. 5, TRIO,
    owes 125.50) and 5700000025 (просп. Науки 20, NET-100, suspended, 300.00 in credit).
    Numbers: mobile 050 123 45 67 (both accounts, confirmed), home 057 700 12 34, an
    unreadable "дзвонити сусідам", a retired mobile 067 111 22 33; CDMA answered "none".
    Last reconciled 200 days before ``now`` (overdue).
    """
    subscriber = Subscriber.create(
        id=new_id(),
        scope="kharkiv",
        last_name="Іваненко",
        first_name="Олександр",
        patronymic="Петрович",
        notes="Дзвонити після 18:00",
        phones_reconciled_at=now - dt.timedelta(days=200),
        phones_reconciled_by=clerk,
    )
    first = _account(subscriber, "5700000017", "вул. Сумська", "10", "5", "active", -12550, "TRIO")
    second = _account(
        subscriber, "5700000025", "просп. Науки", "20", "", "suspended", 30000, "NET-100"
    )

    def phone(e164: str | None, raw: str, kind: str, **fields: object) -> Phone:
        return Phone.create(
            id=new_id(),
            scope="kharkiv",
            subscriber=subscriber,
            e164=e164,
            raw_text=raw,
            kind=kind,
            **fields,
        )

    mobile = phone(
        "+380501234567",
        "моб. 050 123 45 67",
        "mobile",
        confirmed_at=now - dt.timedelta(days=200),
        confirmed_by=clerk,
        added_by=clerk,
    )
    for account in (first, second):
        PhoneAccount.create(id=new_id(), scope="kharkiv", phone=mobile, account=account)
    home = phone("+380577001234", "дом. 700-12-34", "home", note="стаціонарний")
    PhoneAccount.create(id=new_id(), scope="kharkiv", phone=home, account=first)
    phone(None, "дзвонити сусідам", "other")
    phone(
        "+380671112233",
        "067 111 22 33",
        "mobile",
        retired_at=now - dt.timedelta(days=30),
        retired_by=clerk,
        retire_reason="номер не обслуговується",
    )
    PhoneKindAnswer.create(
        id=new_id(), scope="kharkiv", subscriber=subscriber, kind="cdma", answer="none",
        answered_by=clerk,
    )  # fmt: skip

    Contact.create(
        id=new_id(),
        scope="kharkiv",
        channel="phone",
        subscriber=subscriber,
        account=first,
        caller_phone="+380501234567",
        purpose="Не працює інтернет",
        outcome="technician_request",
        clerk=clerk,
        started_at=now - dt.timedelta(days=3),
    )
    TechnicianRequest.create(
        id=new_id(),
        scope="kharkiv",
        kind="repair",
        subscriber=subscriber,
        account=first,
        address="Харків, вул. Сумська 10, кв. 5",
        note="Немає сигналу. Контактний тел. 050 123 45 67",
        contact_phone="+380501234567",
        status="new",
        created_by=clerk,
        created_at=now - dt.timedelta(days=3, minutes=-5),
    )
    Complaint.create(
        id=new_id(),
        scope="kharkiv",
        number="KH-2026-000042",
        channel="office",
        category="якість сигналу",
        text="Інтернет зникає щовечора",
        subscriber=subscriber,
        account=first,
        status="in_progress",
        due_date=(now + dt.timedelta(days=10)).date(),
        created_by=clerk,
        created_at=now - dt.timedelta(days=20),
    )
    PackageChange.create(
        id=new_id(),
        scope="kharkiv",
        account=first,
        from_package=Package.get(Package.code == "NET-100"),
        to_package=Package.get(Package.code == "TRIO"),
        connection_fees='{"CTV": 15000}',
        total_fee=15000,
        effective_date=(now - dt.timedelta(days=60)).date(),
        clerk=clerk,
        status="confirmed",
    )
    Appointment.create(
        id=new_id(),
        scope="kharkiv",
        director=Director.get(
            Director.directorate == Directorate.get(Directorate.code == "kharkiv")
        ),
        slot_start=now + dt.timedelta(days=2),
        slot_end=now + dt.timedelta(days=2, minutes=20),
        subscriber=subscriber,
        account=second,
        question="Перерахунок за час призупинення",
        status="confirmed",
        booked_by=clerk,
    )
    return CardRows(subscriber.id, first.id, second.id, clerk.name)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[pw.SqliteDatabase]:
    db = open_database(tmp_path / "office.db", create=True)
    load_reference_data(db)
    yield db
    db.close()


@pytest.fixture
def clerk(office: pw.SqliteDatabase) -> User:
    return add_user("olena", "Олена Петренко", "clerk", "secret1")


def test_card_has_the_person_and_every_account_with_package_and_services(clerk: User) -> None:
    rows = add_card_subscriber(clerk)
    card = load_card(rows.subscriber_id, now=NOW)

    assert card.name == "Іваненко Олександр Петрович"
    assert card.kind == "person"
    assert card.notes == "Дзвонити після 18:00"
    assert [a.number for a in card.accounts] == ["5700000017", "5700000025"]
    first, second = card.accounts
    assert first.id == rows.first_account_id
    assert first.address == "Харків, вул. Сумська 10, кв. 5"
    assert first.directorate_code == "kharkiv"
    assert first.directorate_name == Directorate.get(Directorate.code == "kharkiv").name
    assert (first.status, first.balance) == ("active", -12550)
    assert first.package_code == "TRIO"
    trio_services = {
        s.name
        for s in Service.select().join(PackageService).join(Package).where(Package.code == "TRIO")
    }
    assert set(first.package_services) == trio_services and len(trio_services) == 3
    assert set(first.connected_services) == trio_services
    assert first.monthly_fee == Package.get(Package.code == "TRIO").monthly_fee
    assert (second.status, second.balance, second.package_code) == ("suspended", 30000, "NET-100")
    assert second.address == "Харків, просп. Науки 20"
    assert card.account(rows.second_account_id) == second
    assert card.account("no-such-id") is None


def test_card_phones_current_unparsed_and_retired(clerk: User) -> None:
    rows = add_card_subscriber(clerk)
    card = load_card(rows.subscriber_id, now=NOW)

    # Required kinds first (home, cdma, mobile), unreadable text last.
    assert [(p.e164, p.kind) for p in card.phones] == [
        ("+380577001234", "home"),
        ("+380501234567", "mobile"),
        (None, "other"),
    ]
    home, mobile, text = card.phones
    assert mobile.account_numbers == ("5700000017", "5700000025")
    assert home.account_numbers == ("5700000017",)
    assert home.note == "стаціонарний"
    assert mobile.confirmed_by == rows.clerk_name and mobile.added_by == rows.clerk_name
    assert mobile.confirmed_at == NOW - dt.timedelta(days=200)
    assert home.confirmed_at is None and home.confirmed_by == ""
    assert text.unparsed and text.raw_text == "дзвонити сусідам"
    assert not mobile.unparsed
    [retired] = card.retired_phones
    assert retired.e164 == "+380671112233"
    assert retired.retired_by == rows.clerk_name
    assert retired.retire_reason == "номер не обслуговується"


def test_reconciliation_overdue_after_90_days_and_answers_count(clerk: User) -> None:
    rows = add_card_subscriber(clerk)
    recon = load_card(rows.subscriber_id, now=NOW).reconciliation
    assert recon.reconciled_by == rows.clerk_name
    assert recon.reconciled_at == NOW - dt.timedelta(days=200)
    assert recon.overdue
    # home and mobile have numbers, cdma is answered "none".
    assert recon.missing_kinds == ()
    assert [(a.kind, a.answer, a.answered_by) for a in recon.answers] == [
        ("cdma", "none", rows.clerk_name)
    ]
    assert recon.unparsed == 1
    assert recon.needs_attention

    Subscriber.update(phones_reconciled_at=NOW - RECONCILE_EVERY + dt.timedelta(hours=1)).where(
        Subscriber.id == rows.subscriber_id
    ).execute()
    assert not load_card(rows.subscriber_id, now=NOW).reconciliation.overdue


def test_a_subscriber_with_nothing_misses_every_required_kind(clerk: User) -> None:
    subscriber = Subscriber.create(id=new_id(), last_name="Порожній", kind="organisation")
    card = load_card(subscriber.id, now=NOW)
    assert card.accounts == () and card.phones == () and card.timeline == ()
    assert card.kind == "organisation"
    assert card.reconciliation.overdue  # never reconciled
    assert card.reconciliation.missing_kinds == ("home", "cdma", "mobile")
    assert card.reconciliation.reconciled_at is None

    # A retired number or an unreadable text does not count as having that kind.
    Phone.create(
        id=new_id(), subscriber=subscriber, e164="+380671112233", kind="mobile",
        retired_at=utcnow(),
    )  # fmt: skip
    Phone.create(id=new_id(), subscriber=subscriber, e164=None, raw_text="дом. ?", kind="home")
    PhoneKindAnswer.create(id=new_id(), subscriber=subscriber, kind="cdma", answer="postponed")
    recon = load_card(subscriber.id, now=NOW).reconciliation
    assert recon.missing_kinds == ("home", "mobile")


def test_timeline_has_each_kind_newest_first(clerk: User) -> None:
    rows = add_card_subscriber(clerk)
    timeline = load_card(rows.subscriber_id, now=NOW).timeline
    assert [e.kind for e in timeline] == [
        TimelineKind.APPOINTMENT,  # in two days
        TimelineKind.TECHNICIAN_REQUEST,  # three days ago, five minutes after the call
        TimelineKind.CONTACT,
        TimelineKind.COMPLAINT,
        TimelineKind.PACKAGE_CHANGE,
    ]
    appointment, request, contact, complaint, change = timeline
    assert appointment.account_number == "5700000025"
    assert appointment.status == "confirmed"
    assert (
        appointment.reference
        == Director.get(Director.directorate == Directorate.get(Directorate.code == "kharkiv")).name
    )
    assert appointment.text == "Перерахунок за час призупинення"
    assert (request.sub_kind, request.status) == ("repair", "new")
    assert "050 123 45 67" in request.text
    assert (contact.channel, contact.status, contact.text) == (
        "phone",
        "technician_request",
        "Не працює інтернет",
    )
    assert contact.who == rows.clerk_name
    assert (complaint.reference, complaint.status, complaint.channel) == (
        "KH-2026-000042",
        "in_progress",
        "office",
    )
    assert complaint.text == "якість сигналу: Інтернет зникає щовечора"
    assert complaint.due == (NOW + dt.timedelta(days=10)).date()
    assert change.reference == "NET-100 → TRIO"
    assert change.amount == 15000 and change.status == "confirmed"
    assert change.at == dt.datetime.combine((NOW - dt.timedelta(days=60)).date(), dt.time())


def test_timeline_includes_rows_of_an_account_without_the_subscriber_and_is_capped(
    clerk: User,
) -> None:
    rows = add_card_subscriber(clerk)
    for i in range(TIMELINE_LIMIT + 20):
        Contact.create(
            id=new_id(),
            channel="office",
            account=rows.second_account_id,  # the subscriber itself not recorded
            purpose=f"візит {i}",
            started_at=NOW - dt.timedelta(days=100, minutes=i),
        )
    timeline = load_card(rows.subscriber_id, now=NOW).timeline
    contacts = [e for e in timeline if e.kind is TimelineKind.CONTACT]
    # The most recent ones of each kind; the other kinds are not crowded out.
    assert len(contacts) == TIMELINE_PER_KIND
    assert contacts[-1].text == f"візит {TIMELINE_PER_KIND - 2}"
    assert len({e.kind for e in timeline}) == len(TimelineKind)
    assert len(timeline) <= TIMELINE_LIMIT
    assert [e.at for e in timeline] == sorted((e.at for e in timeline), reverse=True)


def test_deleted_rows_stay_off_the_card(clerk: User) -> None:
    rows = add_card_subscriber(clerk)
    Account.update(deleted_at=utcnow()).where(Account.id == rows.second_account_id).execute()
    Phone.update(deleted_at=utcnow()).where(Phone.e164 == "+380577001234").execute()
    card = load_card(rows.subscriber_id, now=NOW)
    assert [a.number for a in card.accounts] == ["5700000017"]
    assert "+380577001234" not in {p.e164 for p in card.phones}
    assert card.reconciliation.missing_kinds == ("home",)

    Subscriber.update(deleted_at=utcnow()).where(Subscriber.id == rows.subscriber_id).execute()
    with pytest.raises(NotFoundError) as caught:
        load_card(rows.subscriber_id)
    assert caught.value.code == "subscriber.not_found"


def test_unknown_subscriber_is_not_found(office: pw.SqliteDatabase) -> None:
    with pytest.raises(NotFoundError):
        load_card(new_id())


def test_every_demo_subscriber_loads(office: pw.SqliteDatabase) -> None:
    from receptionapp.db.demo import generate_demo_company

    generate_demo_company(office, subscribers=300, seed=7)
    kinds: set[TimelineKind] = set()
    unparsed = retired = 0
    ids = [s.id for s in Subscriber.select(Subscriber.id)]
    for sid in ids:
        card = load_card(sid)
        assert card.accounts, card.name
        kinds.update(e.kind for e in card.timeline)
        unparsed += card.reconciliation.unparsed
        retired += len(card.retired_phones)
        for account in card.accounts:
            assert account.package_code and account.package_services
            assert account.directorate_code
    assert {TimelineKind.CONTACT, TimelineKind.COMPLAINT, TimelineKind.TECHNICIAN_REQUEST} <= kinds
    assert TimelineKind.PACKAGE_CHANGE in kinds
    assert retired > 0


def test_overdue_follows_the_configured_number_of_days(clerk: User) -> None:
    rows = add_card_subscriber(clerk)
    Subscriber.update(phones_reconciled_at=NOW - dt.timedelta(days=40)).where(
        Subscriber.id == rows.subscriber_id
    ).execute()
    assert not load_card(rows.subscriber_id, now=NOW).reconciliation.overdue  # default 90
    strict = load_card(rows.subscriber_id, now=NOW, overdue_days=30).reconciliation
    assert strict.overdue and strict.overdue_days == 30


def test_a_kind_postponed_in_a_finished_reconciliation_is_asked_again(clerk: User) -> None:
    """The same rule as the reconciliation panel: "later" lasts until the call is finished."""
    rows = add_card_subscriber(clerk)
    PhoneKindAnswer.update(answer="postponed", updated_at=NOW - dt.timedelta(days=3)).where(
        (PhoneKindAnswer.subscriber == rows.subscriber_id) & (PhoneKindAnswer.kind == "cdma")
    ).execute()
    Subscriber.update(phones_reconciled_at=NOW - dt.timedelta(days=5)).where(
        Subscriber.id == rows.subscriber_id
    ).execute()
    # Postponed after the last finished reconciliation: answered for now, but still due,
    # exactly as the reconciliation panel's checklist says.
    recon = load_card(rows.subscriber_id, now=NOW).reconciliation
    assert recon.missing_kinds == ()
    assert recon.postponed_kinds == ("cdma",)
    assert recon.needs_attention
    view = reconciliation_view(rows.subscriber_id)
    assert view.postponed_kinds == ("cdma",)
    assert view.needs_attention(now=NOW) == recon.needs_attention
    Subscriber.update(phones_reconciled_at=NOW - dt.timedelta(days=1)).where(
        Subscriber.id == rows.subscriber_id
    ).execute()
    recon = load_card(rows.subscriber_id, now=NOW).reconciliation
    assert recon.missing_kinds == ("cdma",)
    assert recon.needs_attention
