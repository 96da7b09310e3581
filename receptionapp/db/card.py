"""Everything the subscriber card shows, read in a few queries (:func:`load_card`).

The card is where a clerk lands after the lookup, and where every later action (a contact,
a complaint, a package change, a booking) starts. It shows:

* the person: name as written, kind, notes;
* every personal account: address, directorate, package and its services, connected
  services, balance (kopecks), status;
* the phone numbers: current ones with kind, note, the accounts they were recorded on, when
  they were added and confirmed and by whom; text an import could not read as a number
  (flagged for the clerk to resolve); retired numbers as history;
* the reconciliation of the numbers (domain rule 3): when and by whom they were last
  confirmed, whether that is overdue (:data:`RECONCILE_EVERY`), and which required kinds
  (home, CDMA, mobile) have neither a current number nor an answer ("has none",
  "postponed");
* a timeline of the most recent contacts, complaints, technician requests, package changes
  and appointments.

Everything is returned as codes and raw values (status codes, kopecks, naive UTC datetimes);
the GUI translates and formats them. :func:`load_card` runs on a worker thread in the GUI.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

import peewee as pw

from receptionapp.core.clock import utcnow
from receptionapp.core.errors import NotFoundError
from receptionapp.core.reconciliation import DEFAULT_OVERDUE_DAYS, answer_stands, is_overdue
from receptionapp.db.models import (
    REQUIRED_PHONE_KINDS,
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
from receptionapp.db.search import format_address

#: The numbers of a subscriber are due to be confirmed again after this long.
RECONCILE_EVERY = dt.timedelta(days=DEFAULT_OVERDUE_DAYS)
#: The timeline holds at most this many entries of each kind, and this many in all.
TIMELINE_PER_KIND = 50
TIMELINE_LIMIT = 100


class TimelineKind(enum.Enum):
    """What a timeline entry is."""

    CONTACT = "contact"
    COMPLAINT = "complaint"
    TECHNICIAN_REQUEST = "technician_request"
    PACKAGE_CHANGE = "package_change"
    APPOINTMENT = "appointment"


@dataclass(frozen=True, slots=True)
class CardAccount:
    """One personal account of the subscriber.

    Attributes:
        id: the account's id.
        number: the account number.
        address: one line (``Харків, вул. Сумська 10, кв. 5``).
        directorate_code: the directorate's code (``kharkiv``).
        directorate_name: the directorate's name as the reference data writes it.
        status: ``pending``, ``active``, ``suspended`` or ``closed``.
        balance: kopecks (negative: the subscriber owes).
        package_code: the current package's code, ``""`` when none.
        package_name: the current package's name, ``""`` when none.
        monthly_fee: the package's monthly fee in kopecks, None without a package.
        package_services: names of the services the package includes.
        connected_services: names of the services connected on the account.
    """

    id: str
    number: str
    address: str
    directorate_code: str
    directorate_name: str
    status: str
    balance: int
    package_code: str
    package_name: str
    monthly_fee: int | None
    package_services: tuple[str, ...]
    connected_services: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CardPhone:
    """A phone number of the subscriber (current or retired).

    Attributes:
        id: the phone row's id.
        e164: the number in E.164; None for text an import could not read as a number.
        raw_text: the text the number was read from (what billing had).
        kind: ``home``, ``cdma``, ``mobile``, ``work`` or ``other``.
        note: the clerk's or the import's note (``дочка``).
        account_numbers: the accounts the number was recorded on, sorted.
        added_at: when the number was recorded (naive UTC).
        added_by: who recorded it (a user's name), ``""`` for an import.
        confirmed_at: when the subscriber last confirmed it, None if never.
        confirmed_by: who confirmed it.
        retired_at: when it was retired, None for a current number.
        retired_by: who retired it.
        retire_reason: why.
    """

    id: str
    e164: str | None
    raw_text: str
    kind: str
    note: str
    account_numbers: tuple[str, ...]
    added_at: dt.datetime
    added_by: str
    confirmed_at: dt.datetime | None
    confirmed_by: str
    retired_at: dt.datetime | None
    retired_by: str
    retire_reason: str

    @property
    def unparsed(self) -> bool:
        """The text is not a number: a clerk must ask the subscriber and resolve it."""
        return self.e164 is None


@dataclass(frozen=True, slots=True)
class KindAnswer:
    """A required phone kind answered without a number.

    Attributes:
        kind: ``home``, ``cdma`` or ``mobile``.
        answer: ``none`` (the subscriber has none) or ``postponed``.
        answered_at: when (naive UTC).
        answered_by: who took the answer.
    """

    kind: str
    answer: str
    answered_at: dt.datetime
    answered_by: str


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """Where the reconciliation of the subscriber's numbers stands (domain rule 3).

    Attributes:
        reconciled_at: when the numbers were last confirmed as a whole, None if never.
        reconciled_by: by whom (a user's name), ``""`` if unknown.
        overdue: never confirmed, or longer ago than ``overdue_days``.
        missing_kinds: required kinds (in :data:`REQUIRED_PHONE_KINDS` order) with neither
            a current number nor an answer.
        answers: the answers recorded for required kinds.
        unparsed: how many current entries are text that is not a number.
        overdue_days: the number of days ``overdue`` was measured against.
    """

    reconciled_at: dt.datetime | None
    reconciled_by: str
    overdue: bool
    missing_kinds: tuple[str, ...]
    answers: tuple[KindAnswer, ...]
    unparsed: int
    overdue_days: int = DEFAULT_OVERDUE_DAYS

    @property
    def postponed_kinds(self) -> tuple[str, ...]:
        """Required kinds answered "later" in a reconciliation not finished yet."""
        return tuple(
            a.kind
            for a in self.answers
            if a.answer == "postponed"
            and answer_stands(a.answer, a.answered_at, self.reconciled_at)
        )

    @property
    def needs_attention(self) -> bool:
        """The clerk should reconcile the numbers on this call (as the panel's checklist says:
        overdue, a kind unanswered or postponed, or text that is not a number)."""
        return (
            self.overdue
            or bool(self.missing_kinds)
            or bool(self.postponed_kinds)
            or self.unparsed > 0
        )


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One event of the subscriber's history.

    Attributes:
        kind: what it is.
        entity_id: the id of the contact, complaint, request, change or appointment.
        at: when it happened (naive UTC): a contact's start, a complaint's or request's
            registration, a package change's effective date (midnight), an appointment's
            slot start.
        account_number: the account it concerns, ``""`` when none.
        status: a status code of the kind's vocabulary; for a contact, its outcome.
        channel: contacts and complaints: ``phone``, ``office``, ``forum`` or ``email``.
        sub_kind: technician requests: ``connection``, ``repair``, ``service_connection``.
        reference: complaints: the registration number; package changes: ``FROM → TO``
            package codes; appointments: the director's name.
        text: what it was about, as written (purpose, complaint text, note, question; a
            package change's package names).
        who: who registered it (a user's name), ``""`` when unknown.
        amount: package changes: the connection fees in kopecks; None otherwise.
        due: complaints: the due date; None otherwise.
    """

    kind: TimelineKind
    entity_id: str
    at: dt.datetime
    account_number: str
    status: str
    channel: str = ""
    sub_kind: str = ""
    reference: str = ""
    text: str = ""
    who: str = ""
    amount: int | None = None
    due: dt.date | None = None


@dataclass(frozen=True, slots=True)
class SubscriberCard:
    """Everything the card shows about one subscriber.

    Attributes:
        id: the subscriber's id.
        subscriber_ref: billing's key, ``""`` when the subscriber was made by a clerk.
        last_name: as written.
        first_name: as written.
        patronymic: as written.
        kind: ``person`` or ``organisation``.
        notes: the clerks' notes.
        accounts: every account, by number.
        phones: current entries (numbers and unreadable texts), required kinds first.
        retired_phones: retired numbers, most recently retired first.
        reconciliation: where the reconciliation of the numbers stands.
        timeline: recent events, newest first.
    """

    id: str
    subscriber_ref: str
    last_name: str
    first_name: str
    patronymic: str
    kind: str
    notes: str
    accounts: tuple[CardAccount, ...]
    phones: tuple[CardPhone, ...]
    retired_phones: tuple[CardPhone, ...]
    reconciliation: Reconciliation
    timeline: tuple[TimelineEntry, ...]

    @property
    def name(self) -> str:
        """ "Last First Patronymic" as written."""
        return " ".join(p.strip() for p in (self.last_name, self.first_name, self.patronymic) if p)

    def account(self, account_id: str) -> CardAccount | None:
        """The account with this id, if it is the subscriber's."""
        return next((a for a in self.accounts if a.id == account_id), None)


def _tuples(query: Any) -> list[tuple[Any, ...]]:
    """The rows of a select as plain tuples (peewee's stubs type them as model instances)."""
    return [tuple(row) for row in cast(Iterable[Any], query.tuples())]


def _name(value: object) -> str:
    return value if isinstance(value, str) else ""


def _accounts(subscriber_id: str) -> tuple[CardAccount, ...]:
    rows = _tuples(
        Account.select(
            Account.id,
            Account.number,
            Account.city,
            Account.street,
            Account.house,
            Account.flat,
            Directorate.code,
            Directorate.name,
            Account.status,
            Account.balance,
            Package.id,
            Package.code,
            Package.name,
            Package.monthly_fee,
        )
        .join(Directorate, pw.JOIN.LEFT_OUTER, on=(Directorate.id == Account.directorate))
        .switch(Account)
        .join(Package, pw.JOIN.LEFT_OUTER, on=(Package.id == Account.package))
        .where((Account.subscriber == subscriber_id) & Account.deleted_at.is_null())
        .order_by(Account.number)
    )
    if not rows:
        return ()
    account_ids = [row[0] for row in rows]
    package_ids = list({row[10] for row in rows if row[10] is not None})
    in_package: dict[str, list[str]] = defaultdict(list)
    if package_ids:
        for package_id, service_name in _tuples(
            PackageService.select(PackageService.package, Service.name)
            .join(Service, on=(Service.id == PackageService.service))
            .where(PackageService.package.in_(package_ids) & PackageService.deleted_at.is_null())
            .order_by(Service.code)
        ):
            in_package[package_id].append(service_name)
    connected: dict[str, list[str]] = defaultdict(list)
    for account_id, service_name in _tuples(
        AccountService.select(AccountService.account, Service.name)
        .join(Service, on=(Service.id == AccountService.service))
        .where(AccountService.account.in_(account_ids) & AccountService.deleted_at.is_null())
        .order_by(Service.code)
    ):
        connected[account_id].append(service_name)
    return tuple(
        CardAccount(
            id=account_id,
            number=number,
            address=format_address(city or "", street or "", house or "", flat or ""),
            directorate_code=_name(dir_code),
            directorate_name=_name(dir_name),
            status=status,
            balance=int(balance or 0),
            package_code=_name(package_code),
            package_name=_name(package_name),
            monthly_fee=monthly_fee,
            package_services=tuple(in_package.get(package_id, ())),
            connected_services=tuple(connected.get(account_id, ())),
        )
        for (
            account_id,
            number,
            city,
            street,
            house,
            flat,
            dir_code,
            dir_name,
            status,
            balance,
            package_id,
            package_code,
            package_name,
            monthly_fee,
        ) in rows
    )


_KIND_ORDER = {kind: i for i, kind in enumerate((*REQUIRED_PHONE_KINDS, "work", "other"))}


def _phones(subscriber_id: str) -> list[CardPhone]:
    added_by = User.alias("added_by")
    confirmed_by = User.alias("confirmed_by")
    retired_by = User.alias("retired_by")
    rows = _tuples(
        Phone.select(
            Phone.id,
            Phone.e164,
            Phone.raw_text,
            Phone.kind,
            Phone.note,
            Phone.created_at,
            added_by.name,
            Phone.confirmed_at,
            confirmed_by.name,
            Phone.retired_at,
            retired_by.name,
            Phone.retire_reason,
        )
        .join_from(Phone, added_by, pw.JOIN.LEFT_OUTER, on=(added_by.id == Phone.added_by))
        .join_from(
            Phone, confirmed_by, pw.JOIN.LEFT_OUTER, on=(confirmed_by.id == Phone.confirmed_by)
        )
        .join_from(Phone, retired_by, pw.JOIN.LEFT_OUTER, on=(retired_by.id == Phone.retired_by))
        .where((Phone.subscriber == subscriber_id) & Phone.deleted_at.is_null())
    )
    numbers: dict[str, list[str]] = defaultdict(list)
    if rows:
        for phone_id, number in _tuples(
            PhoneAccount.select(PhoneAccount.phone, Account.number)
            .join(Account, on=(Account.id == PhoneAccount.account))
            .where(
                PhoneAccount.phone.in_([row[0] for row in rows]) & PhoneAccount.deleted_at.is_null()
            )
            .order_by(Account.number)
        ):
            numbers[phone_id].append(number)
    return [
        CardPhone(
            id=phone_id,
            e164=e164 or None,
            raw_text=raw_text or "",
            kind=kind,
            note=note or "",
            account_numbers=tuple(numbers.get(phone_id, ())),
            added_at=added_at,
            added_by=_name(added_name),
            confirmed_at=confirmed_at,
            confirmed_by=_name(confirmed_name),
            retired_at=retired_at,
            retired_by=_name(retired_name),
            retire_reason=retire_reason or "",
        )
        for (
            phone_id,
            e164,
            raw_text,
            kind,
            note,
            added_at,
            added_name,
            confirmed_at,
            confirmed_name,
            retired_at,
            retired_name,
            retire_reason,
        ) in rows
    ]


def _answers(subscriber_id: str) -> tuple[KindAnswer, ...]:
    rows = _tuples(
        PhoneKindAnswer.select(
            PhoneKindAnswer.kind,
            PhoneKindAnswer.answer,
            PhoneKindAnswer.updated_at,
            User.name,
        )
        .join(User, pw.JOIN.LEFT_OUTER, on=(User.id == PhoneKindAnswer.answered_by))
        .where((PhoneKindAnswer.subscriber == subscriber_id) & PhoneKindAnswer.deleted_at.is_null())
    )
    answers = [KindAnswer(kind, answer, at, _name(who)) for kind, answer, at, who in rows]
    answers.sort(key=lambda a: _KIND_ORDER.get(a.kind, len(_KIND_ORDER)))
    return tuple(answers)


def reconciliation_of(
    reconciled_at: dt.datetime | None,
    reconciled_by: str,
    phones: Iterable[CardPhone],
    answers: tuple[KindAnswer, ...],
    now: dt.datetime,
    overdue_days: int = DEFAULT_OVERDUE_DAYS,
) -> Reconciliation:
    """Whether the numbers are due to be reconciled, and which required kinds are missing.

    A required kind counts as present when the subscriber has a current number of that kind
    that is a real number (an unreadable text does not count), or when an answer is recorded
    for it: ``none``, or ``postponed`` during a reconciliation not finished yet (a kind
    postponed before the last finished reconciliation is asked again:
    :func:`receptionapp.core.reconciliation.answer_stands`).
    """
    current = [p for p in phones if p.retired_at is None]
    present = {p.kind for p in current if not p.unparsed}
    answered = {a.kind for a in answers if answer_stands(a.answer, a.answered_at, reconciled_at)}
    missing = tuple(k for k in REQUIRED_PHONE_KINDS if k not in present and k not in answered)
    overdue = is_overdue(reconciled_at, now, overdue_days)
    return Reconciliation(
        reconciled_at=reconciled_at,
        reconciled_by=reconciled_by,
        overdue=overdue,
        missing_kinds=missing,
        answers=answers,
        unparsed=sum(1 for p in current if p.unparsed),
        overdue_days=overdue_days,
    )


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)


def _timeline(subscriber_id: str, accounts: tuple[CardAccount, ...]) -> tuple[TimelineEntry, ...]:
    account_ids = [a.id for a in accounts]
    number_of = {a.id: a.number for a in accounts}

    def concerns(model: Any) -> Any:
        # Rows of the subscriber, or of one of their accounts without the subscriber set.
        expr = model.subscriber == subscriber_id
        if account_ids:
            expr = expr | model.account.in_(account_ids)
        return expr & model.deleted_at.is_null()

    entries: list[TimelineEntry] = []
    for row in _tuples(
        Contact.select(
            Contact.id,
            Contact.started_at,
            Contact.account,
            Contact.outcome,
            Contact.channel,
            Contact.purpose,
            User.name,
        )
        .join(User, pw.JOIN.LEFT_OUTER, on=(User.id == Contact.clerk))
        .where(concerns(Contact))
        .order_by(Contact.started_at.desc())
        .limit(TIMELINE_PER_KIND)
    ):
        entity_id, at, account_id, outcome, channel, purpose, who = row
        entries.append(
            TimelineEntry(
                TimelineKind.CONTACT,
                entity_id,
                at,
                number_of.get(account_id, ""),
                status=outcome or "",
                channel=channel or "",
                text=purpose or "",
                who=_name(who),
            )
        )
    for row in _tuples(
        Complaint.select(
            Complaint.id,
            Complaint.created_at,
            Complaint.account,
            Complaint.status,
            Complaint.channel,
            Complaint.number,
            Complaint.category,
            Complaint.text,
            User.name,
            Complaint.due_date,
        )
        .join(User, pw.JOIN.LEFT_OUTER, on=(User.id == Complaint.created_by))
        .where(concerns(Complaint))
        .order_by(Complaint.created_at.desc())
        .limit(TIMELINE_PER_KIND)
    ):
        entity_id, at, account_id, status, channel, number, category, text, who, due = row
        body = f"{category}: {text}" if category else text
        entries.append(
            TimelineEntry(
                TimelineKind.COMPLAINT,
                entity_id,
                at,
                number_of.get(account_id, ""),
                status=status,
                channel=channel or "",
                reference=number,
                text=body or "",
                who=_name(who),
                due=due,
            )
        )
    for row in _tuples(
        TechnicianRequest.select(
            TechnicianRequest.id,
            TechnicianRequest.created_at,
            TechnicianRequest.account,
            TechnicianRequest.status,
            TechnicianRequest.kind,
            TechnicianRequest.note,
            User.name,
        )
        .join(User, pw.JOIN.LEFT_OUTER, on=(User.id == TechnicianRequest.created_by))
        .where(concerns(TechnicianRequest))
        .order_by(TechnicianRequest.created_at.desc())
        .limit(TIMELINE_PER_KIND)
    ):
        entity_id, at, account_id, status, kind, note, who = row
        entries.append(
            TimelineEntry(
                TimelineKind.TECHNICIAN_REQUEST,
                entity_id,
                at,
                number_of.get(account_id, ""),
                status=status,
                sub_kind=kind,
                text=note or "",
                who=_name(who),
            )
        )
    if account_ids:
        from_package = Package.alias("from_package")
        to_package = Package.alias("to_package")
        for row in _tuples(
            PackageChange.select(
                PackageChange.id,
                PackageChange.effective_date,
                PackageChange.account,
                PackageChange.status,
                from_package.code,
                from_package.name,
                to_package.code,
                to_package.name,
                PackageChange.total_fee,
                User.name,
            )
            .join_from(
                PackageChange,
                from_package,
                pw.JOIN.LEFT_OUTER,
                on=(from_package.id == PackageChange.from_package),
            )
            .join_from(
                PackageChange,
                to_package,
                pw.JOIN.LEFT_OUTER,
                on=(to_package.id == PackageChange.to_package),
            )
            .join_from(PackageChange, User, pw.JOIN.LEFT_OUTER, on=(User.id == PackageChange.clerk))
            .where(PackageChange.account.in_(account_ids) & PackageChange.deleted_at.is_null())
            .order_by(PackageChange.effective_date.desc(), PackageChange.created_at.desc())
            .limit(TIMELINE_PER_KIND)
        ):
            (
                entity_id,
                effective,
                account_id,
                status,
                from_code,
                from_name,
                to_code,
                to_name,
                fee,
                who,
            ) = row
            entries.append(
                TimelineEntry(
                    TimelineKind.PACKAGE_CHANGE,
                    entity_id,
                    _midnight(effective),
                    number_of.get(account_id, ""),
                    status=status,
                    reference=f"{_name(from_code) or '—'} → {_name(to_code)}",
                    text=f"{_name(from_name) or '—'} → {_name(to_name)}",
                    who=_name(who),
                    amount=int(fee or 0),
                )
            )
    for row in _tuples(
        Appointment.select(
            Appointment.id,
            Appointment.slot_start,
            Appointment.account,
            Appointment.status,
            Director.name,
            Appointment.question,
            User.name,
        )
        .join_from(
            Appointment, Director, pw.JOIN.LEFT_OUTER, on=(Director.id == Appointment.director)
        )
        .join_from(Appointment, User, pw.JOIN.LEFT_OUTER, on=(User.id == Appointment.booked_by))
        .where(concerns(Appointment))
        .order_by(Appointment.slot_start.desc())
        .limit(TIMELINE_PER_KIND)
    ):
        entity_id, at, account_id, status, director, question, who = row
        entries.append(
            TimelineEntry(
                TimelineKind.APPOINTMENT,
                entity_id,
                at,
                number_of.get(account_id, ""),
                status=status,
                reference=_name(director),
                text=question or "",
                who=_name(who),
            )
        )
    entries.sort(key=lambda e: (e.at, e.entity_id), reverse=True)
    return tuple(entries[:TIMELINE_LIMIT])


def load_card(
    subscriber_id: str,
    *,
    now: dt.datetime | None = None,
    overdue_days: int = DEFAULT_OVERDUE_DAYS,
) -> SubscriberCard:
    """Read everything the card shows about one subscriber.

    Uses the database bound to :data:`~receptionapp.db.models.database_proxy` (call it on a
    worker thread inside ``connection_context()``; it only reads).

    Args:
        subscriber_id: the subscriber's id.
        now: the moment "overdue" is measured from (naive UTC); the clock by default.
        overdue_days: after how many days the numbers are due again (the user's setting).

    Raises:
        NotFoundError: ``subscriber.not_found`` when there is no such subscriber (or it was
            deleted).
    """
    reconciled_by = User.alias("reconciled_by")
    found = _tuples(
        Subscriber.select(
            Subscriber.id,
            Subscriber.subscriber_ref,
            Subscriber.last_name,
            Subscriber.first_name,
            Subscriber.patronymic,
            Subscriber.kind,
            Subscriber.notes,
            Subscriber.phones_reconciled_at,
            reconciled_by.name,
        )
        .join(
            reconciled_by,
            pw.JOIN.LEFT_OUTER,
            on=(reconciled_by.id == Subscriber.phones_reconciled_by),
        )
        .where((Subscriber.id == subscriber_id) & Subscriber.deleted_at.is_null())
        .limit(1)
    )
    if not found:
        raise NotFoundError(
            f"no subscriber {subscriber_id}", code="subscriber.not_found", id=subscriber_id
        )
    _sid, ref, last, first, patronymic, kind, notes, reconciled_at, reconciled_name = found[0]
    accounts = _accounts(subscriber_id)
    phones = _phones(subscriber_id)
    current = [p for p in phones if p.retired_at is None]
    current.sort(
        key=lambda p: (p.unparsed, _KIND_ORDER.get(p.kind, len(_KIND_ORDER)), p.e164 or "")
    )
    retired = [p for p in phones if p.retired_at is not None]
    retired.sort(key=lambda p: (p.retired_at, p.id), reverse=True)
    answers = _answers(subscriber_id)
    return SubscriberCard(
        id=subscriber_id,
        subscriber_ref=ref or "",
        last_name=last or "",
        first_name=first or "",
        patronymic=patronymic or "",
        kind=kind or "person",
        notes=notes or "",
        accounts=accounts,
        phones=tuple(current),
        retired_phones=tuple(retired),
        reconciliation=reconciliation_of(
            reconciled_at,
            _name(reconciled_name),
            current,
            answers,
            now if now is not None else utcnow(),
            overdue_days,
        ),
        timeline=_timeline(subscriber_id, accounts),
    )
