"""Phone reconciliation (rule 3): every operation of receptionapp.db.phones on a real file."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import peewee as pw
import pytest

from receptionapp.core.clock import utcnow
from receptionapp.core.errors import DuplicateError, NotFoundError, ValidationError
from receptionapp.core.ids import natural_id, new_id
from receptionapp.db import phones as ph
from receptionapp.db.database import open_database
from receptionapp.db.models import (
    Account,
    AuditEntry,
    Directorate,
    Phone,
    PhoneAccount,
    PhoneKindAnswer,
    Subscriber,
    User,
)
from receptionapp.db.phones import AddOutcome, KindState
from receptionapp.db.users import add_user

KHARKIV_HOME = "+380577001234"
VODAFONE = "+380501234567"
KYIVSTAR = "+380677654321"
PEOPLENET = "+380921234567"


@dataclass
class Office:
    """An office database with two subscribers: Ковальчук (three accounts) and Бондар."""

    db: pw.SqliteDatabase
    clerk: User
    senior: User
    subscriber: str
    accounts: list[str]
    other: str
    other_account: str


def _directorate(code: str, city: str, area: str) -> Directorate:
    return Directorate.create(
        id=natural_id("directorate", code), scope=code, code=code, name=city, city=city,
        area_code=area,
    )  # fmt: skip


def _subscriber(last: str, first: str, patronymic: str, scope: str = "kharkiv") -> str:
    return str(
        Subscriber.create(
            id=new_id(), scope=scope, last_name=last, first_name=first, patronymic=patronymic
        ).id
    )


def _account(subscriber: str, number: str, directorate: Directorate, flat: str) -> str:
    return str(
        Account.create(
            id=natural_id("account", number), scope=directorate.code, number=number,
            subscriber=subscriber, city=directorate.city, street="вул. Сумська", house="10",
            flat=flat, directorate=directorate, status="active",
        ).id
    )  # fmt: skip


def _imported_phone(
    subscriber: str, account: str, e164: str | None, raw: str, kind: str = "other"
) -> str:
    """A number as the billing import writes it: no clerk, linked to one account."""
    phone = Phone.create(
        id=new_id(), scope="kharkiv", subscriber=subscriber, e164=e164, raw_text=raw, kind=kind
    )
    PhoneAccount.create(id=new_id(), scope="kharkiv", phone=phone.id, account=account)
    return str(phone.id)


@dataclass(frozen=True)
class _Ids:
    clerk: str
    senior: str
    subscriber: str
    accounts: list[str]
    other: str
    other_account: str


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, _Ids]:
    """The office built once (migrations and Argon2 take a second); each test gets a copy."""
    path = tmp_path_factory.mktemp("template") / "office.db"
    db = open_database(path, create=True)
    clerk = add_user("olena", "Олена Петренко", "clerk", "secret1")
    senior = add_user("taras", "Тарас Мельник", "senior_clerk", "secret2")
    kharkiv = _directorate("kharkiv", "Харків", "57")
    subscriber = _subscriber("Ковальчук", "Ірина", "Петрівна")
    accounts = [
        _account(subscriber, "5700100", kharkiv, "5"),
        _account(subscriber, "5700200", kharkiv, "17"),
        _account(subscriber, "5700300", kharkiv, ""),
    ]
    other = _subscriber("Бондар", "Микола", "Іванович")
    other_account = _account(other, "5700900", kharkiv, "3")
    db.close()  # the last connection checkpoints the WAL into the file
    return path, _Ids(str(clerk.id), str(senior.id), subscriber, accounts, other, other_account)


@pytest.fixture
def office(template: tuple[Path, _Ids], tmp_path: Path) -> Iterator[Office]:
    source, ids = template
    shutil.copy(source, tmp_path / "office.db")
    db = open_database(tmp_path / "office.db")
    yield Office(
        db,
        User.get_by_id(ids.clerk),
        User.get_by_id(ids.senior),
        ids.subscriber,
        ids.accounts,
        ids.other,
        ids.other_account,
    )
    db.close()


def _linked_numbers(account_id: str) -> set[str]:
    """The current, parsed numbers an account shows (through PhoneAccount)."""
    query = (
        Phone.select(Phone.e164)
        .join(PhoneAccount, on=(PhoneAccount.phone == Phone.id))
        .where(
            (PhoneAccount.account == account_id)
            & Phone.retired_at.is_null()
            & Phone.e164.is_null(False)
        )
    )
    return {str(p.e164) for p in query}


def _audit(entity_id: str) -> list[AuditEntry]:
    return list(
        AuditEntry.select().where(AuditEntry.entity_id == entity_id).order_by(AuditEntry.at)
    )


def _counts() -> tuple[int, int, int, int]:
    return (
        Phone.select().count(),
        PhoneAccount.select().count(),
        AuditEntry.select().count(),
        PhoneKindAnswer.select().count(),
    )


# --- the view ----------------------------------------------------------------------------


def test_view_lists_each_number_once_with_the_accounts_it_came_from(office: Office) -> None:
    first, second, third = office.accounts
    home = _imported_phone(office.subscriber, first, KHARKIV_HOME, "дом. 700-12-34", "home")
    PhoneAccount.create(id=new_id(), scope="kharkiv", phone=home, account=second)
    _imported_phone(office.subscriber, third, VODAFONE, "050 123 45 67", "mobile")
    _imported_phone(office.subscriber, third, None, "звонить после 18")

    view = ph.reconciliation_view(office.subscriber)

    assert view.name == "Ковальчук Ірина Петрівна"
    assert [a.number for a in view.accounts] == ["5700100", "5700200", "5700300"]
    assert view.area_code == "57"
    assert [e.e164 for e in view.current] == [KHARKIV_HOME, VODAFONE, None]
    home_entry, mobile, leftover = view.current
    assert home_entry.display == "057 700 1234"
    assert home_entry.region == "Харків"
    assert home_entry.accounts == ("5700100", "5700200")
    assert not home_entry.on_all_accounts
    assert mobile.operator  # Vodafone
    assert mobile.accounts == ("5700300",)
    assert leftover.unparsed and leftover.display == "звонить после 18"
    assert view.unresolved == (leftover,)
    assert view.history == ()
    states = {k.kind: k.state for k in view.required}
    assert states == {
        "home": KindState.ATTACHED,
        "cdma": KindState.UNANSWERED,
        "mobile": KindState.ATTACHED,
    }
    assert view.missing_kinds == ("cdma",)
    assert view.reconciled_at is None
    assert view.overdue()
    assert view.needs_attention()


def test_unknown_subscriber_and_phone(office: Office) -> None:
    with pytest.raises(NotFoundError) as info:
        ph.reconciliation_view(new_id())
    assert info.value.code == "subscriber.not_found"
    with pytest.raises(NotFoundError) as info:
        ph.confirm_phone(new_id(), office.clerk)
    assert info.value.code == "phone.not_found"


# --- adding ------------------------------------------------------------------------------


def test_add_a_local_number_takes_the_area_code_and_goes_to_every_account(office: Office) -> None:
    result = ph.add_phone(office.subscriber, "700-12-34", office.clerk, note="з 9 до 18")

    assert result.outcome is AddOutcome.ADDED
    assert result.e164 == KHARKIV_HOME
    phone = Phone.get_by_id(result.phone_id)
    assert phone.kind == "home"  # suggested from the number: a Kharkiv landline
    assert phone.note == "з 9 до 18"
    assert phone.added_by.id == office.clerk.id
    assert phone.confirmed_by.id == office.clerk.id
    assert phone.confirmed_at is not None
    for account in office.accounts:
        assert _linked_numbers(account) == {KHARKIV_HOME}
    (entry,) = _audit(result.phone_id)
    assert entry.action == "add" and entry.user.id == office.clerk.id and entry.before is None
    after = json.loads(entry.after)
    assert after["e164"] == KHARKIV_HOME
    assert after["accounts"] == ["5700100", "5700200", "5700300"]


def test_the_same_number_twice_is_one_number(office: Office) -> None:
    first = ph.add_phone(office.subscriber, "050 123 45 67", office.clerk)
    again = ph.add_phone(office.subscriber, "+38 (050) 123-45-67", office.senior, kind="work")

    assert again.phone_id == first.phone_id
    assert again.outcome is AddOutcome.CONFIRMED
    assert Phone.select().where(Phone.subscriber == office.subscriber).count() == 1
    phone = Phone.get_by_id(first.phone_id)
    assert phone.kind == "work"
    assert phone.confirmed_by.id == office.senior.id
    assert phone.added_by.id == office.clerk.id
    assert [e.action for e in _audit(first.phone_id)] == ["add", "confirmed"]


def test_kind_is_suggested_and_can_be_chosen(office: Office) -> None:
    cdma = ph.add_phone(office.subscriber, "092 123 45 67", office.clerk)
    chosen = ph.add_phone(office.subscriber, "067 765 43 21", office.clerk, kind="work")
    assert Phone.get_by_id(cdma.phone_id).kind == "cdma"
    assert Phone.get_by_id(chosen.phone_id).kind == "work"


def test_an_extension_is_kept_in_the_note(office: Office) -> None:
    check = ph.check_phone(office.subscriber, "057 700 12 34 доб. 12")
    (candidate,) = check.candidates
    assert candidate.extension == "12"
    result = ph.add_phone(office.subscriber, "057 700 12 34 доб. 12", office.clerk, note="офіс")
    assert Phone.get_by_id(result.phone_id).note == "офіс доб. 12"


def test_add_to_chosen_accounts_then_confirming_links_the_rest(office: Office) -> None:
    first = office.accounts[0]
    result = ph.add_phone(office.subscriber, "0501234567", office.clerk, account_ids=[first])
    assert _linked_numbers(first) == {VODAFONE}
    assert _linked_numbers(office.accounts[1]) == set()
    with pytest.raises(ValidationError) as info:
        ph.add_phone(
            office.subscriber, "0671234567", office.clerk, account_ids=[office.other_account]
        )
    assert info.value.code == "phone.account_invalid"

    ph.confirm_phone(result.phone_id, office.clerk)

    for account in office.accounts:
        assert _linked_numbers(account) == {VODAFONE}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "phone.empty"),
        ("абв", "phone.not_a_number"),
        ("tel", "phone.not_a_number"),
        ("12", "phone.too_short"),
        ("057 123", "phone.too_short"),
        ("050 123 45 678", "phone.too_long"),
        ("123456789012345678", "phone.too_long"),
        ("+380 10 123 4567", "phone.unknown_code"),
        ("050 123 45 67; 12", "phone.too_short"),
    ],
)
def test_invalid_input_is_refused_with_a_code_and_nothing_is_saved(
    office: Office, text: str, code: str
) -> None:
    before = _counts()
    with pytest.raises(ValidationError) as info:
        ph.check_phone(office.subscriber, text)
    assert info.value.code == code
    with pytest.raises(ValidationError) as info:
        ph.add_phone(office.subscriber, text, office.clerk)
    assert info.value.code == code
    assert "text" in info.value.params
    assert _counts() == before


def test_bad_kind_and_long_note_are_refused(office: Office) -> None:
    with pytest.raises(ValidationError) as info:
        ph.add_phone(office.subscriber, "0501234567", office.clerk, kind="fax")
    assert info.value.code == "phone.kind_invalid"
    with pytest.raises(ValidationError) as info:
        ph.add_phone(office.subscriber, "0501234567", office.clerk, note="x" * 201)
    assert info.value.code == "phone.note_too_long"
    assert info.value.params == {"max": ph.MAX_NOTE_LENGTH}
    assert _counts()[0] == 0


def test_a_local_number_of_a_subscriber_in_two_cities_needs_the_area_code(office: Office) -> None:
    kyiv = _directorate("kyiv", "Київ", "44")
    _account(office.subscriber, "4400100", kyiv, "1")
    assert ph.reconciliation_view(office.subscriber).area_code is None
    with pytest.raises(ValidationError) as info:
        ph.add_phone(office.subscriber, "700-12-34", office.clerk)
    assert info.value.code == "phone.needs_area_code"
    assert ph.add_phone(office.subscriber, "044 700 12 34", office.clerk).e164 == "+380447001234"


def test_pasted_text_with_several_numbers_is_split_for_the_clerk(office: Office) -> None:
    text = "дом. 700-12-34; моб. 050 123 45 67"
    check = ph.check_phone(office.subscriber, text)
    assert check.several
    assert [(c.e164, c.kind) for c in check.candidates] == [
        (KHARKIV_HOME, "home"),
        (VODAFONE, "mobile"),
    ]
    with pytest.raises(ValidationError) as info:
        ph.add_phone(office.subscriber, text, office.clerk)
    assert info.value.code == "phone.several"
    assert info.value.params["count"] == 2
    assert _counts()[0] == 0

    results = ph.add_phones(office.subscriber, text, office.clerk)

    assert [r.e164 for r in results] == [KHARKIV_HOME, VODAFONE]
    assert _linked_numbers(office.accounts[2]) == {KHARKIV_HOME, VODAFONE}


# --- duplicates across subscribers -------------------------------------------------------


def test_a_number_of_another_subscriber_is_shown_before_saving(office: Office) -> None:
    _imported_phone(office.other, office.other_account, VODAFONE, "050 123 45 67", "mobile")
    before = _counts()

    check = ph.check_phone(office.subscriber, "050-123-45-67")

    (candidate,) = check.candidates
    assert check.needs_confirmation
    (holder,) = candidate.holders
    assert holder.subscriber_id == office.other
    assert holder.name == "Бондар Микола Іванович"
    assert holder.accounts == ("5700900",)
    with pytest.raises(DuplicateError) as info:
        ph.add_phone(office.subscriber, "050-123-45-67", office.clerk)
    assert info.value.code == "phone.needs_confirmation"
    assert "Бондар Микола Іванович (5700900)" in info.value.params["holders"]
    assert _counts() == before

    result = ph.add_phone(
        office.subscriber, "050-123-45-67", office.clerk, confirmed_duplicate=True
    )

    assert result.outcome is AddOutcome.ADDED
    assert Phone.select().where(Phone.e164 == VODAFONE).count() == 2  # one per subscriber
    after = json.loads(_audit(result.phone_id)[0].after)
    assert after["shared_with"] == [
        {"subscriber_id": office.other, "name": "Бондар Микола Іванович"}
    ]


def test_several_numbers_are_all_or_nothing(office: Office) -> None:
    _imported_phone(office.other, office.other_account, KYIVSTAR, "067 765 43 21", "mobile")
    before = _counts()
    with pytest.raises(DuplicateError):
        ph.add_phones(office.subscriber, "050 123 45 67, 067 765 43 21", office.clerk)
    assert _counts() == before


def test_a_retired_number_of_another_subscriber_is_no_duplicate(office: Office) -> None:
    theirs = _imported_phone(office.other, office.other_account, VODAFONE, "0501234567")
    ph.retire_phone(theirs, "not_subscribers", office.clerk)
    assert not ph.check_phone(office.subscriber, "0501234567").needs_confirmation


# --- retire, restore, kind, note ---------------------------------------------------------


def test_retire_keeps_the_number_in_the_history_and_restore_brings_it_back(office: Office) -> None:
    added = ph.add_phone(office.subscriber, "050 123 45 67", office.clerk)
    rows = Phone.select().count()

    ph.retire_phone(added.phone_id, "disconnected", office.senior)

    view = ph.reconciliation_view(office.subscriber)
    assert view.current == ()
    (old,) = view.history
    assert old.retired and old.retire_reason == "disconnected"
    assert old.retired_by == "Тарас Мельник"
    assert old.accounts == ("5700100", "5700200", "5700300")  # where it was recorded stays
    assert Phone.select().count() == rows  # never deleted
    assert _linked_numbers(office.accounts[0]) == set()
    with pytest.raises(ValidationError) as info:
        ph.retire_phone(added.phone_id, "wrong", office.clerk)
    assert info.value.code == "phone.already_retired"
    with pytest.raises(ValidationError) as info:
        ph.confirm_phone(added.phone_id, office.clerk)
    assert info.value.code == "phone.retired"

    ph.restore_phone(added.phone_id, office.clerk)

    view = ph.reconciliation_view(office.subscriber)
    assert [e.e164 for e in view.current] == [VODAFONE]
    assert view.history == ()
    assert view.current[0].confirmed_by == "Олена Петренко"
    with pytest.raises(ValidationError) as info:
        ph.restore_phone(added.phone_id, office.clerk)
    assert info.value.code == "phone.not_retired"
    actions = [e.action for e in _audit(added.phone_id)]
    assert actions == ["add", "retire", "restore"]
    retire = _audit(added.phone_id)[1]
    assert json.loads(retire.before)["retired_at"] is None
    assert json.loads(retire.after)["retire_reason"] == "disconnected"


@pytest.mark.parametrize(
    ("reason", "comment", "code"),
    [
        ("lost", "", "phone.reason_invalid"),
        ("other", "", "phone.reason_comment_needed"),
        ("other", "   ", "phone.reason_comment_needed"),
        ("wrong", "x" * 201, "phone.comment_too_long"),
    ],
)
def test_retire_needs_a_known_reason(office: Office, reason: str, comment: str, code: str) -> None:
    added = ph.add_phone(office.subscriber, "050 123 45 67", office.clerk)
    with pytest.raises(ValidationError) as info:
        ph.retire_phone(added.phone_id, reason, office.clerk, comment)
    assert info.value.code == code
    assert Phone.get_by_id(added.phone_id).retired_at is None


def test_retire_with_another_reason_keeps_the_clerks_words(office: Office) -> None:
    added = ph.add_phone(office.subscriber, "050 123 45 67", office.clerk)
    ph.retire_phone(added.phone_id, "other", office.clerk, "номер сина, він переїхав")
    (old,) = ph.reconciliation_view(office.subscriber).history
    assert (old.retire_reason, old.retire_comment) == ("other", "номер сина, він переїхав")


def test_typing_a_retired_number_again_restores_it_after_confirmation(office: Office) -> None:
    added = ph.add_phone(office.subscriber, "050 123 45 67", office.clerk)
    ph.retire_phone(added.phone_id, "wrong", office.clerk)

    (candidate,) = ph.check_phone(office.subscriber, "0501234567").candidates
    assert candidate.existing_retired and candidate.retire_reason == "wrong"
    with pytest.raises(DuplicateError) as info:
        ph.add_phone(office.subscriber, "0501234567", office.clerk)
    assert info.value.params["retired"] is True

    again = ph.add_phone(office.subscriber, "0501234567", office.clerk, confirmed_duplicate=True)

    assert again.phone_id == added.phone_id
    assert again.outcome is AddOutcome.RESTORED
    assert Phone.get_by_id(added.phone_id).retired_at is None


def test_change_kind_and_note(office: Office) -> None:
    added = ph.add_phone(office.subscriber, "050 123 45 67", office.clerk)
    ph.change_kind(added.phone_id, "work", office.clerk)
    ph.set_note(added.phone_id, "  після   18:00 ", office.clerk)
    phone = Phone.get_by_id(added.phone_id)
    assert (phone.kind, phone.note) == ("work", "після 18:00")
    with pytest.raises(ValidationError) as info:
        ph.change_kind(added.phone_id, "pager", office.clerk)
    assert info.value.code == "phone.kind_invalid"
    audit = _audit(added.phone_id)
    assert [e.action for e in audit] == ["add", "change_kind", "set_note"]
    assert json.loads(audit[1].before)["kind"] == "mobile"
    assert json.loads(audit[1].after)["kind"] == "work"


# --- required kinds and finishing --------------------------------------------------------


def test_finish_is_refused_while_a_required_kind_is_unanswered(office: Office) -> None:
    ph.add_phone(office.subscriber, "050 123 45 67", office.clerk)
    with pytest.raises(ValidationError) as info:
        ph.finish_reconciliation(office.subscriber, office.clerk)
    assert info.value.code == "phones.kinds_unanswered"
    assert info.value.params["missing"] == ("home", "cdma")
    assert Subscriber.get_by_id(office.subscriber).phones_reconciled_at is None

    ph.answer_required_kind(office.subscriber, "home", "none", office.clerk)
    with pytest.raises(ValidationError) as info:
        ph.finish_reconciliation(office.subscriber, office.clerk)
    assert info.value.params["missing"] == ("cdma",)

    ph.answer_required_kind(office.subscriber, "cdma", "postponed", office.clerk)
    view = ph.finish_reconciliation(office.subscriber, office.clerk)

    subscriber = Subscriber.get_by_id(office.subscriber)
    assert subscriber.phones_reconciled_at is not None
    assert subscriber.phones_reconciled_by.id == office.clerk.id
    assert view.reconciled_by == "Олена Петренко"
    assert not view.overdue()
    states = {k.kind: k.state for k in view.required}
    assert states["home"] is KindState.NONE
    # A postponed kind is asked for again at the next reconciliation.
    assert states["cdma"] is KindState.UNANSWERED
    assert view.required[1].postponed_before is not None
    assert view.needs_attention()
    (entry,) = _audit(office.subscriber)
    assert entry.action == "reconcile_phones"
    assert json.loads(entry.after)["answers"] == {
        "home": "none",
        "cdma": "postponed",
        "mobile": "attached",
    }


def test_after_reconciliation_every_account_shows_the_same_verified_set(office: Office) -> None:
    first, second, third = office.accounts
    _imported_phone(office.subscriber, first, KHARKIV_HOME, "700-12-34", "home")
    stale = _imported_phone(office.subscriber, second, "+380577009999", "700-99-99", "home")
    _imported_phone(office.subscriber, third, PEOPLENET, "092 123 45 67", "cdma")

    ph.retire_phone(stale, "disconnected", office.clerk)
    ph.add_phone(office.subscriber, "050 123 45 67", office.clerk, account_ids=[third])
    view = ph.finish_reconciliation(office.subscriber, office.senior)

    expected = {KHARKIV_HOME, PEOPLENET, VODAFONE}
    for account in office.accounts:
        assert _linked_numbers(account) == expected
    assert all(e.on_all_accounts for e in view.current)
    assert all(e.confirmed_by == "Тарас Мельник" for e in view.current)
    assert [e.e164 for e in view.history] == ["+380577009999"]
    assert not view.needs_attention()


def test_has_none_is_refused_while_such_a_number_is_attached(office: Office) -> None:
    ph.add_phone(office.subscriber, "700-12-34", office.clerk)
    with pytest.raises(ValidationError) as info:
        ph.answer_required_kind(office.subscriber, "home", "none", office.clerk)
    assert info.value.code == "phones.kind_attached"
    with pytest.raises(ValidationError) as info:
        ph.answer_required_kind(office.subscriber, "work", "none", office.clerk)
    assert info.value.code == "phones.kind_not_required"
    with pytest.raises(ValidationError) as info:
        ph.answer_required_kind(office.subscriber, "cdma", "maybe", office.clerk)
    assert info.value.code == "phones.answer_invalid"


def test_attaching_a_number_voids_the_answer_and_withdrawing_works(office: Office) -> None:
    ph.answer_required_kind(office.subscriber, "mobile", "none", office.clerk)
    ph.answer_required_kind(office.subscriber, "cdma", "postponed", office.clerk)
    states = {k.kind: k for k in ph.reconciliation_view(office.subscriber).required}
    assert states["mobile"].state is KindState.NONE
    assert states["mobile"].answered_by == "Олена Петренко"
    assert states["cdma"].state is KindState.POSTPONED

    ph.add_phone(office.subscriber, "050 123 45 67", office.clerk)
    ph.answer_required_kind(office.subscriber, "cdma", None, office.clerk)

    states = {k.kind: k for k in ph.reconciliation_view(office.subscriber).required}
    assert states["mobile"].state is KindState.ATTACHED
    assert states["mobile"].numbers == ("050 123 4567",)
    assert states["cdma"].state is KindState.UNANSWERED
    # Retiring the mobile again does not bring the old "has none" back.
    (mobile,) = ph.reconciliation_view(office.subscriber).current
    ph.retire_phone(mobile.id, "disconnected", office.clerk)
    states = {k.kind: k for k in ph.reconciliation_view(office.subscriber).required}
    assert states["mobile"].state is KindState.UNANSWERED
    # Answers are never deleted: withdrawn or void rows are tombstones.
    assert PhoneKindAnswer.select().count() == 2


def test_overdue_after_the_configured_days(office: Office) -> None:
    for kind in ("home", "cdma", "mobile"):
        ph.answer_required_kind(office.subscriber, kind, "none", office.clerk)
    view = ph.finish_reconciliation(office.subscriber, office.clerk)
    assert view.reconciled_at is not None
    later = view.reconciled_at + dt.timedelta(days=91)
    assert not view.overdue(90, now=view.reconciled_at + dt.timedelta(days=89))
    assert view.overdue(90, now=later)
    assert not view.overdue(120, now=later)
    assert view.needs_attention(90, now=later)


# --- import leftovers --------------------------------------------------------------------


def test_resolve_an_import_leftover_in_place(office: Office) -> None:
    raw = _imported_phone(office.subscriber, office.accounts[0], None, "т. 70012З4")
    with pytest.raises(ValidationError) as info:
        ph.confirm_phone(raw, office.clerk)
    assert info.value.code == "phone.unparsed"
    for kind in ("home", "cdma", "mobile"):
        ph.answer_required_kind(office.subscriber, kind, "postponed", office.clerk)
    with pytest.raises(ValidationError) as info:
        ph.finish_reconciliation(office.subscriber, office.clerk)
    assert info.value.code == "phones.unresolved"
    assert info.value.params["texts"] == "т. 70012З4"

    result = ph.resolve_unparsed(raw, "700 12 34", office.clerk)

    assert result.phone_id == raw
    phone = Phone.get_by_id(raw)
    assert (phone.e164, phone.raw_text, phone.kind) == (KHARKIV_HOME, "т. 70012З4", "home")
    for account in office.accounts:
        assert _linked_numbers(account) == {KHARKIV_HOME}
    with pytest.raises(ValidationError) as info:
        ph.resolve_unparsed(raw, "700 12 34", office.clerk)
    assert info.value.code == "phone.not_unparsed"
    ph.finish_reconciliation(office.subscriber, office.clerk)


def test_resolving_to_a_number_already_there_merges(office: Office) -> None:
    kept = ph.add_phone(office.subscriber, "050 123 45 67", office.clerk)
    raw = _imported_phone(office.subscriber, office.accounts[1], None, "моб 050-123-45-6")

    result = ph.resolve_unparsed(raw, "0501234567", office.clerk)

    assert result.phone_id == kept.phone_id
    view = ph.reconciliation_view(office.subscriber)
    assert [e.id for e in view.current] == [kept.phone_id]
    (merged,) = view.history
    assert merged.id == raw and merged.retire_reason == ph.MERGED_REASON
    assert merged.raw_text == "моб 050-123-45-6"


def test_an_invalid_resolution_changes_nothing(office: Office) -> None:
    raw = _imported_phone(office.subscriber, office.accounts[0], None, "дзвонити сусідам")
    before = _counts()
    with pytest.raises(ValidationError) as info:
        ph.resolve_unparsed(raw, "сусіди", office.clerk)
    assert info.value.code == "phone.not_a_number"
    assert _counts() == before
    ph.retire_phone(raw, "other", office.clerk, "не номер")
    assert ph.reconciliation_view(office.subscriber).unresolved == ()


# --- lookup ------------------------------------------------------------------------------


def test_lookup_finds_a_new_number_at_once_and_forgets_a_retired_one(office: Office) -> None:
    search = pytest.importorskip("receptionapp.db.search")
    assert search.lookup("0501234567") == []

    added = ph.add_phone(office.subscriber, "050 123 45 67", office.clerk)

    found = search.lookup("050 123 45 67")
    assert {r.subscriber_id for r in found} == {office.subscriber}
    assert {r.account_number for r in found} == {"5700100", "5700200", "5700300"}
    assert all(r.phones == (VODAFONE,) for r in found)
    assert {r.subscriber_id for r in search.lookup("4567")} == {office.subscriber}

    ph.retire_phone(added.phone_id, "wrong", office.clerk)
    assert search.lookup("0501234567") == []
    ph.restore_phone(added.phone_id, office.clerk)
    assert {r.subscriber_id for r in search.lookup("0501234567")} == {office.subscriber}


def test_timestamps_are_naive_utc(office: Office) -> None:
    before = utcnow()
    added = ph.add_phone(office.subscriber, "050 123 45 67", office.clerk)
    phone = Phone.get_by_id(added.phone_id)
    assert phone.confirmed_at.tzinfo is None
    assert before <= phone.confirmed_at <= utcnow()
