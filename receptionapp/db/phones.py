"""Phone reconciliation (rule 3 of the domain): the operations behind the clerk's panel.

Whatever a subscriber calls about, the clerk goes through their contact numbers across
**all** their personal accounts: confirms the true ones, retires the stale ones, adds the
current ones, and makes sure the required kinds (home, CDMA, mobile) are each attached or
answered ("the subscriber has none", or postponed, which is recorded too).

What this module holds to:

* **One list.** :func:`reconciliation_view` shows each number of the subscriber once, with
  the accounts it was recorded on (``PhoneAccount``); a number is stored once per
  subscriber (unique ``(subscriber, e164)``), so the same number typed again is the same
  number: it is re-confirmed, or restored when it had been retired.
* **All accounts.** A number a clerk adds, confirms, restores or resolves is linked to every
  account of the subscriber, and :func:`finish_reconciliation` confirms every current number
  and links it everywhere: afterwards each account shows the same verified set.
* **Nothing lost.** Retiring keeps the row with who, when and why (:data:`RETIRE_REASONS`);
  rows are never deleted, and a retired number can be restored. Text an import could not
  read (``e164`` NULL, ``raw_text`` kept) is listed as unresolved until a clerk resolves it
  (:func:`resolve_unparsed`) or retires it.
* **Two steps for doubts.** :func:`check_phone` tells, before anything is saved, whether
  the number is attached to another subscriber (their name and accounts) or was retired;
  :func:`add_phone` then refuses with :class:`DuplicateError` ``phone.needs_confirmation``
  unless called with ``confirmed_duplicate=True``.
* **Units of work.** Every write is one ``db.atomic()``: the change, its
  :class:`~receptionapp.db.models.AuditEntry` (before/after as JSON, the signed-in user)
  and the refreshed lookup index (:func:`receptionapp.db.search.index_subscribers`), so a
  number is found by lookup as soon as it is saved, and a failure leaves nothing half-way.

Invalid input raises :class:`ValidationError` with the codes of
:mod:`receptionapp.core.phones` (``phone.*``) or of this module (listed in each function).
Postponing a required kind counts as its answer only until the reconciliation is finished:
on the next call the kind is asked for again.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import peewee as pw

from receptionapp.core.clock import utcnow
from receptionapp.core.errors import (
    DuplicateError,
    NotFoundError,
    ValidationError,
)
from receptionapp.core.ids import new_id
from receptionapp.core.phones import ParsedPhone, area_code_for_city, extract_phones, parse_phone
from receptionapp.core.reconciliation import DEFAULT_OVERDUE_DAYS, answer_stands, is_overdue
from receptionapp.db.database import translated_errors
from receptionapp.db.models import (
    PHONE_KIND_ANSWERS,
    PHONE_KINDS,
    REQUIRED_PHONE_KINDS,
    Account,
    AuditEntry,
    Directorate,
    Phone,
    PhoneAccount,
    PhoneKindAnswer,
    Subscriber,
    User,
    database_proxy,
)

#: Why a clerk retires a number (``other`` needs a comment).
RETIRE_REASONS = ("wrong", "disconnected", "not_subscribers", "other")
#: Reason of an import leftover that turned out to be a number the subscriber already has.
MERGED_REASON = "merged"
MAX_NOTE_LENGTH = 200
MAX_COMMENT_LENGTH = 200


class KindState(enum.StrEnum):
    """Where a required kind stands in the checklist."""

    ATTACHED = "attached"  # a current number of this kind is attached
    NONE = "none"  # the subscriber has none (recorded)
    POSTPONED = "postponed"  # asked later (recorded; counts until the reconciliation ends)
    UNANSWERED = "unanswered"  # not asked yet: finishing is refused


class AddOutcome(enum.StrEnum):
    """What :func:`add_phone` did with the number."""

    ADDED = "added"  # a new number of the subscriber
    CONFIRMED = "confirmed"  # the subscriber already had it: confirmed again
    RESTORED = "restored"  # it had been retired: back in the current list


@dataclass(frozen=True, slots=True)
class AccountInfo:
    """One personal account of the subscriber.

    Attributes:
        id: the account's id.
        number: its number.
        city: the city of its service address.
        area_code: the area code of its directorate (without ``0``), ``""`` if unknown.
    """

    id: str
    number: str
    city: str
    area_code: str


@dataclass(frozen=True, slots=True)
class PhoneEntry:
    """One number of the subscriber as the panel shows it.

    Attributes:
        id: the phone row's id.
        e164: the number in E.164, None for text an import could not read.
        display: national format (international for foreign numbers), or the raw text.
        raw_text: what was written where the number came from (import or clerk).
        kind: ``home``, ``cdma``, ``mobile``, ``work`` or ``other``.
        note: the clerk's or the import's note.
        accounts: numbers of the accounts it was recorded on, sorted.
        on_all_accounts: linked to every account of the subscriber.
        operator: the mobile operator (``Київстар``), ``""`` for a landline.
        region: the city or region of a Ukrainian landline, ``""`` otherwise.
        added_at: when the row was created.
        added_by: name of the user who added it, ``""`` for an import.
        confirmed_at: when a clerk last confirmed it, None if never.
        confirmed_by: that clerk's name, ``""`` if never.
        retired_at: when it was retired, None for a current number.
        retired_by: who retired it.
        retire_reason: one of :data:`RETIRE_REASONS` or :data:`MERGED_REASON`, ``""``.
        retire_comment: the clerk's words about the reason.
    """

    id: str
    e164: str | None
    display: str
    raw_text: str
    kind: str
    note: str
    accounts: tuple[str, ...]
    on_all_accounts: bool
    operator: str
    region: str
    added_at: dt.datetime
    added_by: str
    confirmed_at: dt.datetime | None
    confirmed_by: str
    retired_at: dt.datetime | None
    retired_by: str
    retire_reason: str
    retire_comment: str

    @property
    def unparsed(self) -> bool:
        """Text from an import that is not a number yet: the clerk resolves or retires it."""
        return self.e164 is None

    @property
    def retired(self) -> bool:
        """In the history, not in the current list."""
        return self.retired_at is not None


@dataclass(frozen=True, slots=True)
class KindStatus:
    """One line of the required-kinds checklist.

    Attributes:
        kind: ``home``, ``cdma`` or ``mobile``.
        state: see :class:`KindState`.
        numbers: display forms of the current numbers of this kind.
        answered_at: when "has none"/"postponed" was recorded (None otherwise).
        answered_by: who recorded it.
        postponed_before: when the kind was postponed during an earlier, finished
            reconciliation (it is to be asked again now), else None.
    """

    kind: str
    state: KindState
    numbers: tuple[str, ...] = ()
    answered_at: dt.datetime | None = None
    answered_by: str = ""
    postponed_before: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class ReconciliationView:
    """Everything the reconciliation panel (and the card's badge) shows of one subscriber.

    Attributes:
        subscriber_id: the subscriber.
        name: "Last First Patronymic".
        accounts: the subscriber's accounts, by number.
        current: current numbers (unparsed import leftovers last), each once.
        history: retired numbers, latest first.
        required: the checklist of :data:`REQUIRED_PHONE_KINDS`, in that order.
        reconciled_at: when the last reconciliation was finished, None if never.
        reconciled_by: who finished it.
        area_code: the area code a local number typed for this subscriber takes (the one
            all the subscriber's accounts share), None when unknown or ambiguous.
    """

    subscriber_id: str
    name: str
    accounts: tuple[AccountInfo, ...]
    current: tuple[PhoneEntry, ...]
    history: tuple[PhoneEntry, ...]
    required: tuple[KindStatus, ...]
    reconciled_at: dt.datetime | None
    reconciled_by: str
    area_code: str | None

    @property
    def missing_kinds(self) -> tuple[str, ...]:
        """Required kinds with no number and no answer: finishing is refused while any."""
        return tuple(k.kind for k in self.required if k.state is KindState.UNANSWERED)

    @property
    def postponed_kinds(self) -> tuple[str, ...]:
        """Required kinds postponed during this reconciliation."""
        return tuple(k.kind for k in self.required if k.state is KindState.POSTPONED)

    @property
    def unresolved(self) -> tuple[PhoneEntry, ...]:
        """Current entries that are text an import could not read."""
        return tuple(p for p in self.current if p.unparsed)

    def overdue(self, days: int = DEFAULT_OVERDUE_DAYS, now: dt.datetime | None = None) -> bool:
        """Never reconciled, or last reconciled more than ``days`` days ago."""
        return is_overdue(self.reconciled_at, now or utcnow(), days)

    def needs_attention(
        self, days: int = DEFAULT_OVERDUE_DAYS, now: dt.datetime | None = None
    ) -> bool:
        """What the card's badge shows: overdue, a kind unanswered or postponed, leftovers."""
        return (
            self.overdue(days, now)
            or any(k.state in (KindState.UNANSWERED, KindState.POSTPONED) for k in self.required)
            or bool(self.unresolved)
        )


@dataclass(frozen=True, slots=True)
class Holder:
    """Another subscriber who has the same number attached.

    Attributes:
        subscriber_id: their id.
        name: "Last First Patronymic".
        accounts: their account numbers.
    """

    subscriber_id: str
    name: str
    accounts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A number read from what the clerk typed, with what is known about it.

    Attributes:
        e164: the number in E.164.
        display: national format (international for a foreign number).
        kind: the kind it will be saved as (the one asked for, or the suggested one).
        suggested_kind: the kind the number itself suggests.
        country: ISO code of its country.
        operator: the mobile operator, ``""`` for a landline.
        region: the city or region of a Ukrainian landline.
        extension: the extension typed after it (kept in the note), ``""``.
        note: words written around it (free text), plus the extension.
        existing_id: the subscriber's own row of this number, if any.
        existing_retired: that row is in the history (saving restores it).
        retired_at: when it was retired.
        retire_reason: why.
        holders: other subscribers it is attached to (a family member, or a mistake).
    """

    e164: str
    display: str
    kind: str
    suggested_kind: str
    country: str
    operator: str
    region: str
    extension: str
    note: str
    existing_id: str | None
    existing_retired: bool
    retired_at: dt.datetime | None
    retire_reason: str
    holders: tuple[Holder, ...]

    @property
    def needs_confirmation(self) -> bool:
        """Saving it needs the clerk's yes: another subscriber has it, or it was retired."""
        return bool(self.holders) or self.existing_retired


@dataclass(frozen=True, slots=True)
class PhoneCheck:
    """What saving the typed text would do (:func:`check_phone`), nothing saved yet.

    Attributes:
        text: what was typed.
        candidates: the numbers read from it (several when the text holds several).
    """

    text: str
    candidates: tuple[Candidate, ...]

    @property
    def several(self) -> bool:
        """The text holds more than one number: each is to be confirmed by the clerk."""
        return len(self.candidates) > 1

    @property
    def needs_confirmation(self) -> bool:
        """Some number is attached to another subscriber or was retired."""
        return any(c.needs_confirmation for c in self.candidates)


@dataclass(frozen=True, slots=True)
class AddResult:
    """What :func:`add_phone` did.

    Attributes:
        phone_id: the subscriber's row of the number.
        e164: the number.
        outcome: added, confirmed again, or restored.
    """

    phone_id: str
    e164: str
    outcome: AddOutcome


# --- reading -----------------------------------------------------------------------------


def _full_name(subscriber: Subscriber) -> str:
    parts = (subscriber.last_name, subscriber.first_name, subscriber.patronymic)
    return " ".join(str(p).strip() for p in parts if p and str(p).strip())


def _fk(row: pw.Model, name: str) -> str | None:
    """The id a foreign key holds, without loading the row it points to."""
    value = row.__data__.get(name)
    return None if value is None else str(value)


def _subscriber_of(phone: Phone) -> str:
    return str(phone.__data__["subscriber"])


def _rows(query: Any) -> list[tuple[Any, ...]]:
    """The rows of a peewee query as plain tuples (its stubs type them as models)."""
    return [tuple(row) for row in query.tuples()]


def _get_subscriber(subscriber_id: str) -> Subscriber:
    subscriber = Subscriber.get_or_none(
        (Subscriber.id == subscriber_id) & Subscriber.deleted_at.is_null()
    )
    if subscriber is None:
        raise NotFoundError(
            f"no subscriber {subscriber_id}", code="subscriber.not_found", id=subscriber_id
        )
    return subscriber


def _get_phone(phone_id: str) -> Phone:
    phone = Phone.get_or_none((Phone.id == phone_id) & Phone.deleted_at.is_null())
    if phone is None:
        raise NotFoundError(f"no phone {phone_id}", code="phone.not_found", id=phone_id)
    return phone


def _accounts(subscriber_id: str) -> list[AccountInfo]:
    query = (
        Account.select(Account.id, Account.number, Account.city, Directorate.area_code)
        .join(Directorate, pw.JOIN.LEFT_OUTER, on=(Account.directorate == Directorate.id))
        .where((Account.subscriber == subscriber_id) & Account.deleted_at.is_null())
        .order_by(Account.number)
    )
    return [
        AccountInfo(str(id_), str(number), str(city or ""), str(area or ""))
        for id_, number, city, area in _rows(query)
    ]


def subscriber_area_code(accounts: Sequence[AccountInfo]) -> str | None:
    """The area code a local number of this subscriber takes.

    The directorate's own ``area_code`` of the accounts (or, where it is missing, the code
    of the account's city); None when the accounts disagree (a subscriber in two cities must
    type the area code) or there are none.
    """
    codes = {a.area_code.lstrip("0") or (area_code_for_city(a.city) or "") for a in accounts}
    codes.discard("")
    return codes.pop() if len(codes) == 1 else None


def _user_names(ids: Iterable[str | None]) -> dict[str, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    query = User.select(User.id, User.name).where(User.id.in_(sorted(wanted)))
    return {str(id_): str(name) for id_, name in _rows(query)}


def describe(e164: str) -> ParsedPhone | None:
    """A stored E.164 number read again (display form, operator, region); None if unreadable."""
    try:
        return parse_phone(e164)
    except ValidationError:
        return None


def _split_reason(stored: str) -> tuple[str, str]:
    code, sep, comment = stored.partition(": ")
    if code in RETIRE_REASONS or code == MERGED_REASON:
        return code, comment if sep else ""
    return ("other", stored) if stored else ("", "")


def _join_reason(reason: str, comment: str) -> str:
    return f"{reason}: {comment}" if comment else reason


_KIND_ORDER = {kind: n for n, kind in enumerate(PHONE_KINDS)}


def reconciliation_view(subscriber_id: str) -> ReconciliationView:
    """The deduplicated list of the subscriber's numbers across all accounts, and the checklist.

    Raises:
        NotFoundError: ``subscriber.not_found``.
    """
    subscriber = _get_subscriber(subscriber_id)
    accounts = _accounts(subscriber_id)
    number_of = {a.id: a.number for a in accounts}
    phones = list(
        Phone.select()
        .where((Phone.subscriber == subscriber_id) & Phone.deleted_at.is_null())
        .order_by(Phone.created_at, Phone.id)
    )
    links: dict[str, set[str]] = {}
    if phones:
        for phone_id, account_id in _rows(
            PhoneAccount.select(PhoneAccount.phone, PhoneAccount.account).where(
                PhoneAccount.phone.in_([p.id for p in phones]) & PhoneAccount.deleted_at.is_null()
            )
        ):
            if account_id in number_of:
                links.setdefault(str(phone_id), set()).add(number_of[account_id])
    answers = list(
        PhoneKindAnswer.select().where(
            (PhoneKindAnswer.subscriber == subscriber_id) & PhoneKindAnswer.deleted_at.is_null()
        )
    )
    names = _user_names(
        [_fk(p, "added_by") for p in phones]
        + [_fk(p, "confirmed_by") for p in phones]
        + [_fk(p, "retired_by") for p in phones]
        + [_fk(a, "answered_by") for a in answers]
        + [_fk(subscriber, "phones_reconciled_by")]
    )
    all_numbers = {a.number for a in accounts}
    entries = [_entry(p, links.get(p.id, set()), all_numbers, names) for p in phones]
    current = sorted(
        (e for e in entries if not e.retired),
        key=lambda e: (e.unparsed, _KIND_ORDER.get(e.kind, 99), e.added_at),
    )
    history = sorted(
        (e for e in entries if e.retired),
        key=lambda e: e.retired_at or dt.datetime.min,
        reverse=True,
    )
    required = tuple(
        _kind_status(kind, current, answers, subscriber.phones_reconciled_at, names)
        for kind in REQUIRED_PHONE_KINDS
    )
    return ReconciliationView(
        subscriber_id=subscriber_id,
        name=_full_name(subscriber),
        accounts=tuple(accounts),
        current=tuple(current),
        history=tuple(history),
        required=required,
        reconciled_at=subscriber.phones_reconciled_at,
        reconciled_by=names.get(_fk(subscriber, "phones_reconciled_by") or "", ""),
        area_code=subscriber_area_code(accounts),
    )


def _entry(
    phone: Phone, linked: set[str], all_numbers: set[str], names: dict[str, str]
) -> PhoneEntry:
    parsed = describe(phone.e164) if phone.e164 else None
    reason, comment = _split_reason(phone.retire_reason or "")
    return PhoneEntry(
        id=phone.id,
        e164=phone.e164,
        display=parsed.display if parsed else (phone.e164 or phone.raw_text),
        raw_text=phone.raw_text or "",
        kind=phone.kind,
        note=phone.note or "",
        accounts=tuple(sorted(linked)),
        on_all_accounts=bool(all_numbers) and linked >= all_numbers,
        operator=parsed.operator if parsed else "",
        region=parsed.region if parsed else "",
        added_at=phone.created_at,
        added_by=names.get(_fk(phone, "added_by") or "", ""),
        confirmed_at=phone.confirmed_at,
        confirmed_by=names.get(_fk(phone, "confirmed_by") or "", ""),
        retired_at=phone.retired_at,
        retired_by=names.get(_fk(phone, "retired_by") or "", ""),
        retire_reason=reason if phone.retired_at else "",
        retire_comment=comment if phone.retired_at else "",
    )


def _kind_status(
    kind: str,
    current: Sequence[PhoneEntry],
    answers: Sequence[PhoneKindAnswer],
    reconciled_at: dt.datetime | None,
    names: dict[str, str],
) -> KindStatus:
    numbers = tuple(e.display for e in current if e.kind == kind and not e.unparsed)
    if numbers:
        return KindStatus(kind, KindState.ATTACHED, numbers)
    answer = next((a for a in answers if a.kind == kind), None)
    if answer is None:
        return KindStatus(kind, KindState.UNANSWERED)
    by = names.get(_fk(answer, "answered_by") or "", "")
    if answer.answer == "none":
        return KindStatus(kind, KindState.NONE, answered_at=answer.updated_at, answered_by=by)
    if answer_stands(answer.answer, answer.updated_at, reconciled_at):
        return KindStatus(kind, KindState.POSTPONED, answered_at=answer.updated_at, answered_by=by)
    # Postponed in a reconciliation that has been finished since: ask again now.
    return KindStatus(kind, KindState.UNANSWERED, postponed_before=answer.updated_at)


# --- reading what the clerk typed ----------------------------------------------------------

_SPLIT_CODES = frozenset({"phone.not_a_number", "phone.too_long"})
_GLUED_LETTER = re.compile(r"\d[^\W\d_]|[^\W\d_]\d")


def split_input(text: str, area_code: str | None = None) -> list[ParsedPhone]:
    """The numbers in what a clerk typed or pasted: one, or several to confirm each.

    One number is read by :func:`receptionapp.core.phones.parse_phone`. When that fails
    because of words or too many digits, the text is read as free text
    (:func:`~receptionapp.core.phones.extract_phones`): ``моб. 050 123 45 67`` is one number
    with its label, ``050 123 45 67, 067 765 43 21`` two. Pure: no database.

    Raises:
        ValidationError: the ``phone.*`` codes of :mod:`receptionapp.core.phones`, for the
            text as a whole or for its first part that is not a number.
    """
    try:
        return [parse_phone(text, area_code)]
    except ValidationError as exc:
        if exc.code not in _SPLIT_CODES or _GLUED_LETTER.search(text):
            # A letter glued to digits (``05O 123 45 67``, a letter O for a zero) is a typo:
            # read as free text it could pass for another, valid number.
            raise
        numbers, unparsed = extract_phones(text, area_code)
        if not numbers:
            raise
        if unparsed:
            # Digits that are not a number: say why (``050 123 45 67; 12``: too short).
            try:
                parse_phone(unparsed[0], area_code)
            except ValidationError as part:
                raise part from None
            raise
        return numbers


def _with_extension_note(parsed: ParsedPhone, note: str) -> str:
    extension = f"доб. {parsed.extension}" if parsed.extension else ""
    return " ".join(part for part in (note.strip() or parsed.note, extension) if part)


def _holders(subscriber_id: str, e164s: Sequence[str]) -> dict[str, list[Holder]]:
    """Other subscribers each number is attached to (current numbers only)."""
    if not e164s:
        return {}
    rows = list(
        Phone.select(Phone.e164, Subscriber)
        .join(Subscriber, on=(Phone.subscriber == Subscriber.id))
        .where(
            Phone.e164.in_(list(e164s))
            & (Phone.subscriber != subscriber_id)
            & Phone.retired_at.is_null()
            & Phone.deleted_at.is_null()
            & Subscriber.deleted_at.is_null()
        )
        .order_by(Subscriber.last_name, Subscriber.id)
    )
    ids = sorted({row.subscriber.id for row in rows})
    numbers: dict[str, list[str]] = {}
    if ids:
        for sid, number in _rows(
            Account.select(Account.subscriber, Account.number)
            .where(Account.subscriber.in_(ids) & Account.deleted_at.is_null())
            .order_by(Account.number)
        ):
            numbers.setdefault(str(sid), []).append(str(number))
    found: dict[str, list[Holder]] = {}
    for row in rows:
        sid = row.subscriber.id
        found.setdefault(str(row.e164), []).append(
            Holder(sid, _full_name(row.subscriber), tuple(numbers.get(sid, ())))
        )
    return found


def _candidates(
    subscriber_id: str, numbers: Sequence[ParsedPhone], kind: str | None, note: str
) -> tuple[Candidate, ...]:
    e164s = [n.e164 for n in numbers]
    own = {
        p.e164: p
        for p in Phone.select().where(
            (Phone.subscriber == subscriber_id) & Phone.e164.in_(e164s) & Phone.deleted_at.is_null()
        )
    }
    holders = _holders(subscriber_id, e164s)
    result = []
    for parsed in numbers:
        mine = own.get(parsed.e164)
        retired = mine is not None and mine.retired_at is not None
        reason = _split_reason(mine.retire_reason or "")[0] if retired and mine else ""
        result.append(
            Candidate(
                e164=parsed.e164,
                display=parsed.display,
                kind=kind or parsed.kind,
                suggested_kind=parsed.kind,
                country=parsed.country,
                operator=parsed.operator,
                region=parsed.region,
                extension=parsed.extension,
                note=_with_extension_note(parsed, note),
                existing_id=mine.id if mine else None,
                existing_retired=retired,
                retired_at=mine.retired_at if mine else None,
                retire_reason=reason,
                holders=tuple(holders.get(parsed.e164, ())),
            )
        )
    return tuple(result)


def _check_kind(kind: str | None) -> None:
    if kind is not None and kind not in PHONE_KINDS:
        raise ValidationError(f"unknown phone kind {kind!r}", code="phone.kind_invalid", kind=kind)


def _check_note(note: str) -> str:
    note = " ".join(note.split())
    if len(note) > MAX_NOTE_LENGTH:
        raise ValidationError(
            f"the note is longer than {MAX_NOTE_LENGTH} characters",
            code="phone.note_too_long",
            max=MAX_NOTE_LENGTH,
        )
    return note


def check_phone(
    subscriber_id: str, text: str, kind: str | None = None, note: str = ""
) -> PhoneCheck:
    """What saving ``text`` for the subscriber would do; nothing is written.

    Args:
        subscriber_id: the subscriber.
        text: one number as typed, or pasted text with several.
        kind: the kind the clerk chose (None: the kind the number suggests).
        note: the clerk's note for the number.

    Raises:
        NotFoundError: ``subscriber.not_found``.
        ValidationError: the ``phone.*`` codes of :mod:`receptionapp.core.phones`;
            ``phone.kind_invalid``; ``phone.note_too_long``.
    """
    _check_kind(kind)
    note = _check_note(note)
    _get_subscriber(subscriber_id)
    numbers = split_input(text, subscriber_area_code(_accounts(subscriber_id)))
    return PhoneCheck(text, _candidates(subscriber_id, numbers, kind, note))


# --- writing -----------------------------------------------------------------------------


def _user_id(user: User | None) -> str | None:
    if user is None:
        return None
    return str(user.id)


def _stamp(value: dt.datetime | None) -> str | None:
    return value.isoformat(sep=" ") if value else None


def _snapshot(phone: Phone) -> dict[str, Any]:
    accounts = sorted(
        str(n)
        for (n,) in _rows(
            Account.select(Account.number)
            .join(PhoneAccount, on=(PhoneAccount.account == Account.id))
            .where((PhoneAccount.phone == phone.id) & PhoneAccount.deleted_at.is_null())
        )
    )
    return {
        "subscriber_id": _subscriber_of(phone),
        "e164": phone.e164,
        "raw_text": phone.raw_text,
        "kind": phone.kind,
        "note": phone.note,
        "confirmed_at": _stamp(phone.confirmed_at),
        "confirmed_by": _fk(phone, "confirmed_by"),
        "retired_at": _stamp(phone.retired_at),
        "retired_by": _fk(phone, "retired_by"),
        "retire_reason": phone.retire_reason,
        "accounts": accounts,
    }


def _audit(
    user: User | None,
    entity: str,
    entity_id: str,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    def dump(value: dict[str, Any] | None) -> str | None:
        return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)

    AuditEntry.create(
        id=new_id(),
        at=utcnow(),
        user=_user_id(user),
        entity=entity,
        entity_id=entity_id,
        action=action,
        before=dump(before),
        after=dump(after),
    )


def _search_indexer() -> Callable[[Any, list[str]], Any] | None:
    """``receptionapp.db.search.index_subscribers`` when the lookup module has it."""
    try:
        search = importlib.import_module("receptionapp.db.search")
    except ImportError:
        return None
    indexer: Callable[[Any, list[str]], Any] | None = getattr(search, "index_subscribers", None)
    return indexer


def _reindex(subscriber_id: str) -> None:
    indexer = _search_indexer()
    if indexer is not None:
        indexer(database_proxy, [subscriber_id])


def _link_all(phone: Phone, accounts: Iterable[AccountInfo] | None = None) -> int:
    """Link the number to the accounts (all of the subscriber's by default).

    Returns how many links were made (a link tombstoned by sync is brought back rather than
    made twice).
    """
    if accounts is None:
        accounts = _accounts(_subscriber_of(phone))
    wanted = {a.id for a in accounts}
    if not wanted:
        return 0
    now = utcnow()
    have: dict[str, bool] = {
        str(account_id): deleted_at is None
        for account_id, deleted_at in _rows(
            PhoneAccount.select(PhoneAccount.account, PhoneAccount.deleted_at).where(
                PhoneAccount.phone == phone.id
            )
        )
    }
    dead = sorted(a for a in wanted if a in have and not have[a])
    if dead:
        PhoneAccount.update(deleted_at=None, updated_at=now).where(
            (PhoneAccount.phone == phone.id) & PhoneAccount.account.in_(dead)
        ).execute()
    missing = sorted(wanted - set(have))
    if missing:
        scopes = {
            str(id_): str(scope)
            for id_, scope in _rows(
                Account.select(Account.id, Account.scope).where(Account.id.in_(missing))
            )
        }
        PhoneAccount.insert_many(
            [
                {
                    "id": new_id(),
                    "scope": scopes[account_id],
                    "created_at": now,
                    "updated_at": now,
                    "phone": phone.id,
                    "account": account_id,
                }
                for account_id in missing
            ]
        ).execute()
    return len(dead) + len(missing)


def _clear_answer(subscriber_id: str, kind: str, user: User | None) -> None:
    """A number of a required kind is attached: its "has none"/"postponed" answer is void."""
    if kind not in REQUIRED_PHONE_KINDS:
        return
    answer = PhoneKindAnswer.get_or_none(
        (PhoneKindAnswer.subscriber == subscriber_id)
        & (PhoneKindAnswer.kind == kind)
        & PhoneKindAnswer.deleted_at.is_null()
    )
    if answer is None:
        return
    before = {"kind": kind, "answer": answer.answer}
    answer.deleted_at = utcnow()
    answer.save()
    _audit(user, "phone_kind_answer", answer.id, "void", before, None)


def _transaction() -> Any:
    return database_proxy.atomic()


def _confirm(phone: Phone, user: User | None, now: dt.datetime) -> None:
    phone.confirmed_at = now
    phone.confirmed_by = user


def add_phone(
    subscriber_id: str,
    text: str,
    user: User | None,
    *,
    kind: str | None = None,
    note: str = "",
    account_ids: Sequence[str] | None = None,
    confirmed_duplicate: bool = False,
) -> AddResult:
    """Attach one number to the subscriber, confirmed by the clerk who typed it.

    A number the subscriber already has is the same number: it is confirmed again (and its
    kind or note changed when given); a retired one is restored. The number is linked to
    every account of the subscriber (or to ``account_ids``; confirming it or finishing the
    reconciliation links it to the others).

    Args:
        subscriber_id: the subscriber.
        text: the number as typed (one number; see :func:`add_phones` for several).
        user: the signed-in user (stamped as who added and confirmed it).
        kind: the kind; None takes the kind the number suggests.
        note: a note (``дочка``, ``after 18:00``); an extension typed after the number is
            appended as ``доб. N``.
        account_ids: link only to these accounts of the subscriber.
        confirmed_duplicate: the clerk has seen that the number is attached to another
            subscriber, or was retired, and still wants it (see :func:`check_phone`).

    Raises:
        NotFoundError: ``subscriber.not_found``.
        ValidationError: ``phone.*`` of :mod:`receptionapp.core.phones`, ``phone.several``
            (``count``, ``numbers``: the text holds several numbers),
            ``phone.kind_invalid``, ``phone.note_too_long``, ``phone.account_invalid``.
        DuplicateError: ``phone.needs_confirmation`` (``e164``, ``display``, ``holders``:
            names with account numbers, ``retired``), when not ``confirmed_duplicate``.
    """
    _check_kind(kind)
    note = _check_note(note)
    with translated_errors(), _transaction():
        subscriber = _get_subscriber(subscriber_id)
        accounts = _accounts(subscriber_id)
        numbers = split_input(text, subscriber_area_code(accounts))
        if len(numbers) > 1:
            raise ValidationError(
                f"{len(numbers)} numbers in {text!r}: add them one by one or all at once",
                code="phone.several",
                count=len(numbers),
                numbers=", ".join(n.display for n in numbers),
                text=text,
            )
        (candidate,) = _candidates(subscriber_id, numbers, kind, note)
        targets = _target_accounts(accounts, account_ids)
        result = _save_candidate(subscriber, candidate, kind, targets, user, confirmed_duplicate)
        _reindex(subscriber_id)
    return result


def add_phones(
    subscriber_id: str,
    text: str,
    user: User | None,
    *,
    confirmed_duplicate: bool = False,
) -> list[AddResult]:
    """Attach every number of pasted text at once (all or nothing), each with its own kind.

    Raises:
        The errors of :func:`add_phone`, except ``phone.several``.
    """
    with translated_errors(), _transaction():
        subscriber = _get_subscriber(subscriber_id)
        accounts = _accounts(subscriber_id)
        numbers = split_input(text, subscriber_area_code(accounts))
        candidates = _candidates(subscriber_id, numbers, None, "")
        results = [
            _save_candidate(subscriber, c, None, accounts, user, confirmed_duplicate)
            for c in candidates
        ]
        _reindex(subscriber_id)
    return results


def _target_accounts(
    accounts: Sequence[AccountInfo], account_ids: Sequence[str] | None
) -> list[AccountInfo]:
    if account_ids is None:
        return list(accounts)
    by_id = {a.id: a for a in accounts}
    unknown = [i for i in account_ids if i not in by_id]
    if unknown:
        raise ValidationError(
            f"not accounts of this subscriber: {', '.join(unknown)}",
            code="phone.account_invalid",
            accounts=", ".join(unknown),
        )
    return [by_id[i] for i in dict.fromkeys(account_ids)]


def _refuse_unconfirmed(candidate: Candidate) -> None:
    holders = "; ".join(
        f"{h.name} ({', '.join(h.accounts)})" if h.accounts else h.name for h in candidate.holders
    )
    raise DuplicateError(
        f"{candidate.e164} needs confirmation"
        + (f": attached to {holders}" if holders else "")
        + (": it was retired" if candidate.existing_retired else ""),
        code="phone.needs_confirmation",
        e164=candidate.e164,
        display=candidate.display,
        holders=holders,
        retired=candidate.existing_retired,
    )


def _save_candidate(
    subscriber: Subscriber,
    candidate: Candidate,
    kind: str | None,
    accounts: Sequence[AccountInfo],
    user: User | None,
    confirmed_duplicate: bool,
) -> AddResult:
    if candidate.needs_confirmation and not confirmed_duplicate:
        _refuse_unconfirmed(candidate)
    now = utcnow()
    shared = [{"subscriber_id": h.subscriber_id, "name": h.name} for h in candidate.holders]
    if candidate.existing_id is None:
        phone = Phone.create(
            id=new_id(),
            scope=subscriber.scope,
            created_at=now,
            updated_at=now,
            subscriber=subscriber.id,
            e164=candidate.e164,
            raw_text="",
            kind=candidate.kind,
            note=candidate.note,
            added_by=_user_id(user),
            confirmed_at=now,
            confirmed_by=_user_id(user),
        )
        _link_all(phone, accounts)
        _clear_answer(subscriber.id, phone.kind, user)
        after = _snapshot(phone) | ({"shared_with": shared} if shared else {})
        _audit(user, "phone", phone.id, "add", None, after)
        return AddResult(phone.id, candidate.e164, AddOutcome.ADDED)
    phone = Phone.get_by_id(candidate.existing_id)
    before = _snapshot(phone)
    outcome = AddOutcome.CONFIRMED
    if phone.retired_at is not None:
        phone.retired_at = None
        phone.retired_by = None
        phone.retire_reason = ""
        outcome = AddOutcome.RESTORED
    if kind is not None:
        phone.kind = kind
    if candidate.note and candidate.note != phone.note:
        phone.note = candidate.note
    _confirm(phone, user, now)
    phone.save()
    _link_all(phone, accounts)
    _clear_answer(subscriber.id, phone.kind, user)
    after = _snapshot(phone) | ({"shared_with": shared} if shared else {})
    _audit(user, "phone", phone.id, str(outcome), before, after)
    return AddResult(phone.id, candidate.e164, outcome)


def _update_phone(
    phone_id: str,
    user: User | None,
    action: str,
    change: Callable[[Phone], None],
) -> Phone:
    """Load, change, save, audit and re-index one phone in one transaction."""
    with translated_errors(), _transaction():
        phone = _get_phone(phone_id)
        before = _snapshot(phone)
        change(phone)
        phone.save()
        _audit(user, "phone", phone.id, action, before, _snapshot(phone))
        _reindex(_subscriber_of(phone))
    return phone


def confirm_phone(phone_id: str, user: User | None) -> None:
    """The subscriber says the number is theirs and current: stamp it, link it everywhere.

    Raises:
        NotFoundError: ``phone.not_found``.
        ValidationError: ``phone.retired`` (restore it instead), ``phone.unparsed``
            (resolve the text first).
    """

    def change(phone: Phone) -> None:
        if phone.retired_at is not None:
            raise ValidationError("a retired number cannot be confirmed", code="phone.retired")
        if phone.e164 is None:
            raise ValidationError(
                "text that is not a number cannot be confirmed; resolve it first",
                code="phone.unparsed",
                text=phone.raw_text,
            )
        _confirm(phone, user, utcnow())
        _link_all(phone)

    _update_phone(phone_id, user, "confirm", change)


def change_kind(phone_id: str, kind: str, user: User | None) -> None:
    """Set the number's kind (home, CDMA, mobile, work, other).

    Raises:
        NotFoundError: ``phone.not_found``.
        ValidationError: ``phone.kind_invalid``.
    """
    _check_kind(kind)

    def change(phone: Phone) -> None:
        phone.kind = kind
        if phone.retired_at is None and phone.e164 is not None:
            _clear_answer(_subscriber_of(phone), kind, user)

    _update_phone(phone_id, user, "change_kind", change)


def set_note(phone_id: str, note: str, user: User | None) -> None:
    """Replace the number's note (spaces collapsed; empty clears it).

    Raises:
        NotFoundError: ``phone.not_found``.
        ValidationError: ``phone.note_too_long``.
    """
    clean = _check_note(note)

    def change(phone: Phone) -> None:
        phone.note = clean

    _update_phone(phone_id, user, "set_note", change)


def retire_phone(phone_id: str, reason: str, user: User | None, comment: str = "") -> None:
    """Move the number to the history: who, when and why are kept; nothing is deleted.

    Args:
        phone_id: the number.
        reason: one of :data:`RETIRE_REASONS`.
        user: the signed-in user.
        comment: the clerk's words (required for ``other``).

    Raises:
        NotFoundError: ``phone.not_found``.
        ValidationError: ``phone.reason_invalid``, ``phone.reason_comment_needed``,
            ``phone.comment_too_long``, ``phone.already_retired``.
    """
    comment = " ".join(comment.split())
    if reason not in RETIRE_REASONS:
        raise ValidationError(
            f"unknown reason {reason!r}", code="phone.reason_invalid", reason=reason
        )
    if reason == "other" and not comment:
        raise ValidationError("say why the number is retired", code="phone.reason_comment_needed")
    if len(comment) > MAX_COMMENT_LENGTH:
        raise ValidationError(
            f"the comment is longer than {MAX_COMMENT_LENGTH} characters",
            code="phone.comment_too_long",
            max=MAX_COMMENT_LENGTH,
        )

    def change(phone: Phone) -> None:
        if phone.retired_at is not None:
            raise ValidationError("the number is already retired", code="phone.already_retired")
        phone.retired_at = utcnow()
        phone.retired_by = user
        phone.retire_reason = _join_reason(reason, comment)

    _update_phone(phone_id, user, "retire", change)


def restore_phone(phone_id: str, user: User | None) -> None:
    """Bring a retired number back to the current list, confirmed and on every account.

    Raises:
        NotFoundError: ``phone.not_found``.
        ValidationError: ``phone.not_retired``.
    """

    def change(phone: Phone) -> None:
        if phone.retired_at is None:
            raise ValidationError("the number is not retired", code="phone.not_retired")
        phone.retired_at = None
        phone.retired_by = None
        phone.retire_reason = ""
        if phone.e164 is not None:
            _confirm(phone, user, utcnow())
            _link_all(phone)
            _clear_answer(_subscriber_of(phone), phone.kind, user)

    _update_phone(phone_id, user, "restore", change)


def resolve_unparsed(
    phone_id: str,
    text: str,
    user: User | None,
    *,
    kind: str | None = None,
    confirmed_duplicate: bool = False,
) -> AddResult:
    """Turn text an import could not read into the number the clerk typed for it.

    The row keeps its id and its ``raw_text`` (what billing wrote) and gets the number, so a
    later import of the same file leaves it alone. When the subscriber already has that
    number, the leftover goes to the history (reason :data:`MERGED_REASON`) and the number
    is confirmed instead.

    Raises:
        NotFoundError: ``phone.not_found``.
        ValidationError: ``phone.*`` of :mod:`receptionapp.core.phones`, ``phone.several``,
            ``phone.not_unparsed``, ``phone.retired``, ``phone.kind_invalid``.
        DuplicateError: ``phone.needs_confirmation`` (see :func:`add_phone`).
    """
    _check_kind(kind)
    with translated_errors(), _transaction():
        row = _get_phone(phone_id)
        if row.e164 is not None:
            raise ValidationError("the number is already resolved", code="phone.not_unparsed")
        if row.retired_at is not None:
            raise ValidationError("restore the text first", code="phone.retired")
        subscriber = _get_subscriber(_subscriber_of(row))
        accounts = _accounts(subscriber.id)
        numbers = split_input(text, subscriber_area_code(accounts))
        if len(numbers) > 1:
            raise ValidationError(
                f"{len(numbers)} numbers in {text!r}: resolve to one, add the others",
                code="phone.several",
                count=len(numbers),
                numbers=", ".join(n.display for n in numbers),
                text=text,
            )
        (candidate,) = _candidates(subscriber.id, numbers, kind, row.note or "")
        now = utcnow()
        before = _snapshot(row)
        if candidate.existing_id is not None:
            result = _save_candidate(
                subscriber, candidate, kind, accounts, user, confirmed_duplicate
            )
            row.retired_at = now
            row.retired_by = user
            row.retire_reason = _join_reason(MERGED_REASON, candidate.e164)
            row.save()
            _audit(user, "phone", row.id, "merge", before, _snapshot(row))
        else:
            if candidate.holders and not confirmed_duplicate:
                _refuse_unconfirmed(candidate)
            row.e164 = candidate.e164
            row.kind = candidate.kind
            row.note = candidate.note
            _confirm(row, user, now)
            row.save()
            _link_all(row, accounts)
            _clear_answer(subscriber.id, row.kind, user)
            _audit(user, "phone", row.id, "resolve", before, _snapshot(row))
            result = AddResult(row.id, candidate.e164, AddOutcome.ADDED)
        _reindex(subscriber.id)
    return result


def answer_required_kind(
    subscriber_id: str, kind: str, answer: str | None, user: User | None
) -> None:
    """Record that the subscriber has no number of a required kind, or that it was postponed.

    Args:
        subscriber_id: the subscriber.
        kind: one of :data:`~receptionapp.db.models.REQUIRED_PHONE_KINDS`.
        answer: ``"none"`` or ``"postponed"``; None withdraws an answer given by mistake.
        user: the signed-in user.

    Raises:
        NotFoundError: ``subscriber.not_found``.
        ValidationError: ``phones.kind_not_required``, ``phones.answer_invalid``,
            ``phones.kind_attached`` (a current number of that kind is attached: retire it
            first; ``numbers``).
    """
    if kind not in REQUIRED_PHONE_KINDS:
        raise ValidationError(
            f"{kind!r} is not a required kind", code="phones.kind_not_required", kind=kind
        )
    if answer is not None and answer not in PHONE_KIND_ANSWERS:
        raise ValidationError(
            f"unknown answer {answer!r}", code="phones.answer_invalid", answer=answer
        )
    with translated_errors(), _transaction():
        subscriber = _get_subscriber(subscriber_id)
        attached = [
            str(p.e164)
            for p in Phone.select(Phone.e164).where(
                (Phone.subscriber == subscriber_id)
                & (Phone.kind == kind)
                & Phone.e164.is_null(False)
                & Phone.retired_at.is_null()
                & Phone.deleted_at.is_null()
            )
        ]
        if attached and answer is not None:
            raise ValidationError(
                f"a {kind} number is attached: {', '.join(attached)}",
                code="phones.kind_attached",
                kind=kind,
                numbers=", ".join(attached),
            )
        row = PhoneKindAnswer.get_or_none(
            (PhoneKindAnswer.subscriber == subscriber_id) & (PhoneKindAnswer.kind == kind)
        )
        before = (
            {"kind": kind, "answer": row.answer}
            if row is not None and row.deleted_at is None
            else None
        )
        now = utcnow()
        if answer is None:
            if row is not None and row.deleted_at is None:
                row.deleted_at = now
                row.answered_by = user
                row.save()
                _audit(user, "phone_kind_answer", row.id, "withdraw", before, None)
            return
        if row is None:
            row = PhoneKindAnswer.create(
                id=new_id(),
                scope=subscriber.scope,
                created_at=now,
                updated_at=now,
                subscriber=subscriber_id,
                kind=kind,
                answer=answer,
                answered_by=_user_id(user),
            )
        else:
            row.answer = answer
            row.answered_by = user
            row.deleted_at = None
            row.save()
        _audit(
            user, "phone_kind_answer", row.id, "answer", before, {"kind": kind, "answer": answer}
        )


def finish_reconciliation(subscriber_id: str, user: User | None) -> ReconciliationView:
    """End the reconciliation: the numbers still current are the subscriber's true ones.

    Every current number is confirmed by ``user`` and linked to every account (so each
    account shows the same verified set), and ``phones_reconciled_at``/``_by`` are stamped.

    Returns:
        The view after finishing.

    Raises:
        NotFoundError: ``subscriber.not_found``.
        ValidationError: ``phones.kinds_unanswered`` (``missing``: the kinds, a tuple;
            ``kinds``: the same joined with ", ") while a required kind has neither a number
            nor an answer; ``phones.unresolved`` (``count``, ``texts``) while import text
            that is not a number is neither resolved nor retired.
    """
    with translated_errors(), _transaction():
        view = reconciliation_view(subscriber_id)
        if view.missing_kinds:
            raise ValidationError(
                f"ask for the missing numbers first: {', '.join(view.missing_kinds)}",
                code="phones.kinds_unanswered",
                missing=view.missing_kinds,
                kinds=", ".join(view.missing_kinds),
            )
        if view.unresolved:
            texts = "; ".join(p.raw_text for p in view.unresolved)
            raise ValidationError(
                f"resolve or retire what is not a number first: {texts}",
                code="phones.unresolved",
                count=len(view.unresolved),
                texts=texts,
            )
        now = utcnow()
        accounts = list(view.accounts)
        confirmed = []
        for entry in view.current:
            phone = Phone.get_by_id(entry.id)
            _confirm(phone, user, now)
            phone.save()
            _link_all(phone, accounts)
            confirmed.append(entry.e164)
        subscriber = Subscriber.get_by_id(subscriber_id)
        before = {
            "phones_reconciled_at": _stamp(subscriber.phones_reconciled_at),
            "phones_reconciled_by": _fk(subscriber, "phones_reconciled_by"),
        }
        subscriber.phones_reconciled_at = now
        subscriber.phones_reconciled_by = user
        subscriber.save()
        _audit(
            user,
            "subscriber",
            subscriber_id,
            "reconcile_phones",
            before,
            {
                "phones_reconciled_at": _stamp(now),
                "phones_reconciled_by": _user_id(user),
                "confirmed": confirmed,
                "answers": {k.kind: str(k.state) for k in view.required},
            },
        )
        _reindex(subscriber_id)
        return reconciliation_view(subscriber_id)
