"""Import of the billing export: ``receptionapp import --db PATH FILE.csv`` (DESIGN.md §3).

The file (contract): UTF-8, a BOM accepted, ``,`` separated, quoted as needed, LF or CRLF,
header exactly :data:`HEADER`. Rows with the same ``subscriber_ref`` are one subscriber with
several accounts. What the importer decides:

* **Row errors.** A bad row is reported as ``line N: reason`` (``N`` the physical line where
  the record starts, the header being line 1; a quoted field may span lines) with every
  problem of the row, and the good rows are imported. A record CSV cannot read (a stray
  quote) is a bad row too.
* **Exit code.** 0 when every row was imported; 2 when some were rejected and others
  imported; 1 when nothing was written: unreadable or non-UTF-8 file, wrong header, missing
  database, full or locked disk, and also a file whose every row was rejected.
* **Idempotent.** Rows are compared with what is stored and written only when something
  differs, so importing the same file again changes nothing, not even ``updated_at``.
* **Subscriber fields** (names, scope) come from the first accepted row of a
  ``subscriber_ref`` in the file; later rows of the same subscriber only add accounts. The
  subscriber's ``scope`` is the directorate of that first account.
* **Accounts.** A newer export updates the billing fields (address, directorate, package,
  balance, status). An account number that already belongs to another subscriber is
  rejected (a transfer between people is for a clerk to do). The same account number twice
  in one file: the first wins, the second is rejected.
* **Services.** The package's services are added to the account (``AccountService``) and
  never removed: a service once connected stays connected when the package shrinks, so a
  later upgrade is not charged a connection again.
* **Phones** are parsed by :func:`receptionapp.core.phones.extract_phones` with the area
  code of the row's city. A new number becomes a ``Phone`` of the subscriber, linked to the
  account; a number already known is only linked. A number a clerk retired stays retired
  and is not re-linked; numbers the file no longer lists stay (clerks added or confirmed
  them). Text that is not a number is kept as a ``Phone`` without ``e164`` and with
  ``raw_text``, for a clerk to resolve; once it exists (whatever a clerk did to it) it is
  left alone.
* **Office filter.** When the office is enrolled (``LocalSetting`` ``office_directorates``,
  a JSON list of directorate codes, ``["all"]`` for everything) only rows of those
  directorates are imported; the others are reported as
  ``line N: outside this office's directorates``.
* **Transactions.** Rows are written in batches of :data:`BATCH_ROWS`, one transaction per
  batch, so a clerk's window is never blocked for long and an interrupted import leaves no
  half-written row (a subscriber without its account, an account without its phones). Run
  the import again to finish: it is idempotent. Billing data reaches offices from head
  office, so the import is not captured for sync (``capture_suspended``). Each batch
  also refreshes the lookup index of the subscribers it touched
  (:func:`receptionapp.db.search.index_subscribers`), so lookup finds them at once.

Ids (UUIDv5, :func:`receptionapp.core.ids.natural_id`), identical in every database that
imports the same file: ``subscriber:<ref>``, ``account:<number>``,
``account_service:<number>:<service code>``, ``phone:<ref>:<e164>``,
``phone:<ref>:raw:<text>``, ``phone_account:<phone id>:<number>``.

The module writes with plain SQL (placeholders from ``db.param``): a 100,000-row file is
the normal case and model instances would be four times slower (PLATFORM.md).
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import functools
import json
import logging
import sqlite3
import sys
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import peewee as pw

from receptionapp.core.addresses import AddressRuleSpec, resolve_directorate
from receptionapp.core.clock import utcnow
from receptionapp.core.errors import ReceptionError, StorageUnavailable, ValidationError
from receptionapp.core.ids import natural_id
from receptionapp.core.money import parse_hryvnias
from receptionapp.core.phones import ParsedPhone, area_code_for_city, extract_phones
from receptionapp.core.text import fold, street_key
from receptionapp.db.capture import capture_suspended
from receptionapp.db.database import open_database, storage_error
from receptionapp.db.models import ACCOUNT_STATUSES
from receptionapp.db.reference import directorate_rules
from receptionapp.db.search import index_subscribers

log = logging.getLogger(__name__)

#: The header of the billing export, exactly.
HEADER = (
    "subscriber_ref",
    "account_number",
    "last_name",
    "first_name",
    "patronymic",
    "city",
    "street",
    "house",
    "flat",
    "phones",
    "package",
    "balance",
    "status",
)
#: Rows per transaction.
BATCH_ROWS = 1000
#: The reason given for a row of a directorate this office does not serve (contract).
OUTSIDE_OFFICE = "outside this office's directorates"
#: ``LocalSetting`` key of the directorates an enrolled office serves (JSON list).
OFFICE_DIRECTORATES_KEY = "office_directorates"

_READ_CHUNK = 1 << 20

ErrorSink = Callable[["RowError"], None]


@dataclass(frozen=True, slots=True)
class RowError:
    """A rejected row.

    Attributes:
        line: physical line where the record starts (the header is line 1).
        reason: what is wrong, in English (the CLI prints it as is).
    """

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass(slots=True)
class ImportReport:
    """What an import did.

    Attributes:
        rows: data records read (the header and blank lines not counted).
        imported: rows accepted (written, or already up to date).
        errors: the rejected rows, in file order.
        subscribers_new: subscribers created.
        subscribers_updated: subscribers whose names or scope changed.
        accounts_new: accounts created.
        accounts_updated: accounts whose billing fields changed.
        phones_new: phone rows created (numbers and unparsed texts).
        phones_linked: existing phone rows linked to one more account.
        unparsed_new: of ``phones_new``, the texts kept for a clerk to resolve.
        services_new: services added to accounts.
    """

    rows: int = 0
    imported: int = 0
    errors: list[RowError] = field(default_factory=list)
    subscribers_new: int = 0
    subscribers_updated: int = 0
    accounts_new: int = 0
    accounts_updated: int = 0
    phones_new: int = 0
    phones_linked: int = 0
    unparsed_new: int = 0
    services_new: int = 0

    @property
    def rejected(self) -> int:
        """How many rows were rejected."""
        return len(self.errors)

    @property
    def exit_code(self) -> int:
        """0 all imported, 2 some rejected, 1 every row rejected (nothing written)."""
        if not self.errors:
            return 0
        return 2 if self.imported else 1

    def summary(self) -> str:
        """The line ``receptionapp import`` prints on standard output."""
        text = (
            f"{self.imported} rows imported, {self.rejected} rejected; "
            f"{self.subscribers_new + self.subscribers_updated} subscribers, "
            f"{self.accounts_new + self.accounts_updated} accounts, "
            f"{self.phones_new + self.phones_linked} phones new/updated"
        )
        if self.unparsed_new:
            text += f" ({self.unparsed_new} phone texts kept for a clerk to resolve)"
        return text


@dataclass(frozen=True, slots=True)
class BillingRow:
    """A row that passed every check that needs no database lookup of billing data.

    Attributes:
        line: physical line where the record starts.
        ref: ``subscriber_ref``.
        number: ``account_number``.
        last_name: as written (blanks collapsed).
        first_name: as written.
        patronymic: as written.
        city: service address city.
        street: service address street, as billing has it.
        house: house number.
        flat: flat number, or ``""``.
        package: package code (known to the database).
        balance: kopecks.
        status: account status code.
        directorate: code of the directorate serving the address.
        phones: the numbers read from the ``phones`` field.
        unparsed: the fragments of ``phones`` that are not numbers.
    """

    line: int
    ref: str
    number: str
    last_name: str
    first_name: str
    patronymic: str
    city: str
    street: str
    house: str
    flat: str
    package: str
    balance: int
    status: str
    directorate: str
    phones: tuple[ParsedPhone, ...]
    unparsed: tuple[str, ...]


# --- the file --------------------------------------------------------------------------


def _unreadable(path: Path, why: str, **params: Any) -> ValidationError:
    return ValidationError(
        f"cannot import {path}: {why}; nothing was imported",
        code="import.unreadable",
        path=str(path),
        **params,
    )


def _check_utf8(path: Path) -> None:
    """Refuse a file that is not UTF-8 before anything is written (a decode error half-way
    through a streamed import would leave the first rows imported)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_READ_CHUNK):
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as exc:
                    line += chunk.count(b"\n", 0, exc.start)
                    raise _unreadable(path, f"line {line} is not UTF-8 text", line=line) from None
                line += chunk.count(b"\n")
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise _unreadable(path, "the file ends inside a UTF-8 character") from None
    except IsADirectoryError:
        raise _unreadable(path, "it is a folder") from None
    except FileNotFoundError:
        raise _unreadable(path, "no such file") from None
    except OSError as exc:
        raise _unreadable(path, exc.strerror or str(exc)) from None


def _records(path: Path) -> Generator[tuple[int, list[str] | csv.Error]]:
    """Records of the file with the physical line each starts on; a record CSV cannot
    read comes as its error. Blank lines are skipped."""
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise _unreadable(path, exc.strerror or str(exc)) from None
    with handle:
        reader = csv.reader(handle, strict=True)
        consumed = 0
        while True:
            start = consumed + 1
            try:
                record: list[str] | csv.Error = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                record = exc
            except UnicodeDecodeError:  # changed since the check
                raise _unreadable(path, "the file is not UTF-8 text") from None
            except OSError as exc:
                raise _unreadable(path, exc.strerror or str(exc)) from None
            consumed = reader.line_num
            if record == []:
                continue
            yield start, record


def check_billing_file(path: Path) -> Generator[tuple[int, list[str] | csv.Error]]:
    """Check that ``path`` is a readable UTF-8 billing export with the exact header.

    Returns:
        The data records that follow the header (see :func:`_records`).

    Raises:
        ValidationError: ``import.unreadable`` (missing, unreadable, not UTF-8) or
            ``import.wrong_header``.
    """
    path = Path(path)
    _check_utf8(path)
    records = _records(path)
    first = next(records, None)
    if first is None:
        raise ValidationError(
            f"{path} is empty: no header line; nothing was imported",
            code="import.wrong_header",
            path=str(path),
        )
    line, header = first
    if isinstance(header, csv.Error) or tuple(header) != HEADER or line != 1:
        records.close()
        found = (
            "blank line"
            if line != 1
            else (f"CSV error ({header})" if isinstance(header, csv.Error) else ",".join(header))
        )
        raise ValidationError(
            f"line 1: wrong header in {path}: expected {','.join(HEADER)}, found {found}; "
            "nothing was imported",
            code="import.wrong_header",
            path=str(path),
            found=found,
        )
    return records


# --- what rows are checked against -----------------------------------------------------


@dataclass(slots=True)
class _Reference:
    """Reference data of the database, loaded once per import."""

    packages: dict[str, str]  # code -> id
    package_services: dict[str, list[tuple[str, str]]]  # package id -> [(service id, code)]
    directorates: dict[str, str]  # code -> id
    area_by_city: dict[str, str]  # folded city -> area code
    area_by_directorate: dict[str, str]
    cities: frozenset[str]  # folded cities some rule or directorate knows
    resolve: Callable[[str, str, str], str | None]
    office: frozenset[str] | None  # directorates this office imports; None = all


def _rows(db: pw.Database, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    return list(db.execute_sql(sql.replace("?", db.param), params).fetchall())


def _resolver(rules: Iterable[AddressRuleSpec]) -> Callable[[str, str, str], str | None]:
    """Address → directorate over many rows, as :func:`resolve_directorate` decides it.

    Only the rules of the row's city and street are considered, and where none of them
    depends on the house number the answer is remembered per street: an export repeats the
    same few thousand streets, and folding them again for every row costs more than the
    rest of the row.
    """
    by_street: dict[tuple[str, str], list[AddressRuleSpec]] = {}
    for rule in rules:
        by_street.setdefault((fold(rule.city.strip()), rule.street_key), []).append(rule)
    streets: dict[tuple[str, str], tuple[list[AddressRuleSpec], bool, str | None]] = {}

    def resolve(city: str, street: str, house: str) -> str | None:
        known = streets.get((city, street))
        if known is None:
            folded = fold(city.strip())
            candidates = by_street.get((folded, street_key(street)), []) + by_street.get(
                (folded, ""), []
            )
            by_house = any(
                rule.house_from is not None or rule.house_to is not None or rule.parity != "all"
                for rule in candidates
            )
            answer = None if by_house else resolve_directorate(candidates, city, street, "")
            if len(streets) > 100_000:
                streets.clear()
            known = streets[(city, street)] = (candidates, by_house, answer)
        candidates, by_house, answer = known
        return resolve_directorate(candidates, city, street, house) if by_house else answer

    return resolve


def _office_directorates(db: pw.Database) -> frozenset[str] | None:
    rows = _rows(db, "SELECT value FROM local_setting WHERE key = ?", (OFFICE_DIRECTORATES_KEY,))
    if not rows:
        return None
    try:
        codes = json.loads(rows[0][0])
    except (TypeError, ValueError):
        codes = None
    if not isinstance(codes, list) or not all(isinstance(code, str) for code in codes):
        raise ValidationError(
            f"the office setting {OFFICE_DIRECTORATES_KEY} is not a JSON list of directorate "
            "codes; nothing was imported",
            code="import.bad_office_setting",
        )
    return None if "all" in codes else frozenset(codes)


def _load_reference(db: pw.Database) -> _Reference:
    packages = {
        code: id_
        for id_, code in _rows(db, "SELECT id, code FROM package WHERE deleted_at IS NULL")
    }
    package_services: dict[str, list[tuple[str, str]]] = {}
    for package_id, service_id, code in _rows(
        db,
        "SELECT ps.package_id, s.id, s.code FROM package_service ps "
        "JOIN service s ON s.id = ps.service_id "
        "WHERE ps.deleted_at IS NULL AND s.deleted_at IS NULL ORDER BY s.code",
    ):
        package_services.setdefault(package_id, []).append((service_id, code))
    directorates: dict[str, str] = {}
    area_by_city: dict[str, str] = {}
    area_by_directorate: dict[str, str] = {}
    for id_, code, city, area in _rows(
        db, "SELECT id, code, city, area_code FROM directorate WHERE deleted_at IS NULL"
    ):
        directorates[code] = id_
        if area:
            area_by_city.setdefault(fold(city.strip()), area)
            area_by_directorate[code] = area
    rules = [rule for rule in directorate_rules(db) if rule.directorate in directorates]
    cities = frozenset({fold(rule.city.strip()) for rule in rules})
    return _Reference(
        packages=packages,
        package_services=package_services,
        directorates=directorates,
        area_by_city=area_by_city,
        area_by_directorate=area_by_directorate,
        cities=cities,
        resolve=_resolver(rules),
        office=_office_directorates(db),
    )


# --- one row ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=1024)
def _fold_city(city: str) -> str:
    return fold(city)


def _clean(value: str) -> str:
    """Blanks (new lines of a quoted field included) collapsed, ends stripped."""
    return " ".join(value.split())


def _read_row(line: int, fields: list[str], ref_data: _Reference) -> BillingRow | RowError:
    """Check one record against everything but the stored subscribers and accounts."""
    if len(fields) != len(HEADER):
        return RowError(line, f"expected {len(HEADER)} fields, found {len(fields)}")
    values = dict(zip(HEADER, fields, strict=True))
    text = {name: _clean(value) for name, value in values.items() if name != "phones"}
    problems: list[str] = []
    for name in ("subscriber_ref", "account_number", "last_name", "city", "street", "house"):
        if not text[name]:
            problems.append(f"{name} is empty")
    balance = 0
    try:
        balance = parse_hryvnias(text["balance"])
    except ValidationError:
        problems.append(f"balance {values['balance']!r} is not an amount in hryvnias")
    status = text["status"]
    if status not in ACCOUNT_STATUSES:
        problems.append(f"status {values['status']!r} is not one of {', '.join(ACCOUNT_STATUSES)}")
    package = text["package"]
    if not package:
        problems.append("package is empty")
    elif package not in ref_data.packages:
        problems.append(f"unknown package {package!r}")
    city, street, house = text["city"], text["street"], text["house"]
    directorate: str | None = None
    if city:
        folded_city = _fold_city(city)
        if folded_city not in ref_data.cities:
            problems.append(f"unknown city {city!r}")
        elif street and house:
            directorate = ref_data.resolve(city, street, house)
            if directorate is None:
                problems.append(f"no directorate serves {city}, {street} {house}")
    if problems:
        return RowError(line, "; ".join(problems))
    assert directorate is not None
    if ref_data.office is not None and directorate not in ref_data.office:
        return RowError(line, OUTSIDE_OFFICE)
    area = (
        ref_data.area_by_city.get(_fold_city(city))
        or ref_data.area_by_directorate.get(directorate)
        or area_code_for_city(city)
    )
    phones, unparsed = extract_phones(values["phones"], area)
    return BillingRow(
        line=line,
        ref=text["subscriber_ref"],
        number=text["account_number"],
        last_name=text["last_name"],
        first_name=text["first_name"],
        patronymic=text["patronymic"],
        city=city,
        street=street,
        house=house,
        flat=text["flat"],
        package=package,
        balance=balance,
        status=status,
        directorate=directorate,
        phones=tuple(phones),
        unparsed=tuple(_clean(fragment) for fragment in unparsed),
    )


# --- writing ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Subscriber:
    id: str
    last_name: str
    first_name: str
    patronymic: str
    scope: str


@dataclass(slots=True)
class _Account:
    id: str
    subscriber_id: str
    owner_ref: str | None
    city: str
    street: str
    house: str
    flat: str
    directorate_id: str
    status: str
    balance: int
    package_id: str | None
    scope: str


@dataclass(slots=True)
class _Phone:
    id: str
    retired: bool


_INSERTS = {
    "subscriber": (
        "id",
        "scope",
        "created_at",
        "updated_at",
        "subscriber_ref",
        "last_name",
        "first_name",
        "patronymic",
        "kind",
        "notes",
    ),
    "account": (
        "id",
        "scope",
        "created_at",
        "updated_at",
        "number",
        "subscriber_id",
        "city",
        "street",
        "house",
        "flat",
        "directorate_id",
        "status",
        "balance",
        "package_id",
    ),
    "account_service": (
        "id",
        "scope",
        "created_at",
        "updated_at",
        "account_id",
        "service_id",
        "connected_at",
    ),
    "phone": (
        "id",
        "scope",
        "created_at",
        "updated_at",
        "subscriber_id",
        "e164",
        "raw_text",
        "kind",
        "note",
        "retire_reason",
    ),
    "phone_account": ("id", "scope", "created_at", "updated_at", "phone_id", "account_id"),
}


@dataclass(slots=True)
class _Batch:
    """What one batch found stored, and what it will insert."""

    subscribers: dict[str, _Subscriber]  # by subscriber_ref
    accounts: dict[str, _Account]  # by number
    phones: dict[tuple[str, str], _Phone]  # by (subscriber id, e164)
    raw_phones: dict[str, _Phone]  # unparsed texts, by id and by "subscriber id\ntext"
    links: set[tuple[str, str]]  # (phone id, account id)
    services: set[tuple[str, str]]  # (account id, service id)
    inserts: dict[str, list[tuple[Any, ...]]] = field(
        default_factory=lambda: {table: [] for table in _INSERTS}
    )
    touched: set[str] = field(default_factory=set)  # subscriber ids to re-index
    linked: set[str] = field(default_factory=set)  # phone ids that got a new link


class _Writer:
    """Writes accepted rows batch by batch, comparing with what is stored."""

    def __init__(self, db: pw.Database, ref_data: _Reference, report: ImportReport) -> None:
        self.db = db
        self.ref = ref_data
        self.report = report
        sqlite = isinstance(db, pw.SqliteDatabase)
        # SQLite gets the text peewee's DateTimeField stores; other servers a datetime.
        self.now: Any = utcnow().isoformat(" ") if sqlite else utcnow()
        self.seen_refs: set[str] = set()
        # The lookup index (FTS5) and change capture exist in office databases (SQLite).
        self.index = index_subscribers if sqlite else None
        self.sqlite = sqlite

    def write(self, rows: list[BillingRow]) -> list[RowError]:
        """Write one batch in one transaction (not captured for sync).

        Returns:
            The rows rejected against stored data (an account of another subscriber).
        """
        errors: list[RowError] = []
        # Billing data reaches offices from head office: an office's import is not captured.
        with capture_suspended(self.db) if self.sqlite else self.db.atomic():
            batch = self._fetch(rows)
            for row in rows:
                account = batch.accounts.get(row.number)
                if account is not None and account.owner_ref != row.ref:
                    owner = account.owner_ref or "a subscriber with no billing ref"
                    errors.append(
                        RowError(
                            row.line,
                            f"account {row.number} belongs to another subscriber ({owner})",
                        )
                    )
                    continue
                self.report.imported += 1
                subscriber = self._subscriber(batch, row)
                account = self._account(batch, row, subscriber, account)
                self._services(batch, row, account)
                self._phones(batch, row, subscriber, account)
            self._flush(batch)
        return errors

    # - reading what is stored

    def _fetch(self, rows: list[BillingRow]) -> _Batch:
        refs = sorted({row.ref for row in rows})
        numbers = sorted({row.number for row in rows})
        subscribers = {
            ref: _Subscriber(id_, last, first, patronymic, scope)
            for id_, ref, last, first, patronymic, scope in self._select_in(
                "SELECT id, subscriber_ref, last_name, first_name, patronymic, scope "
                "FROM subscriber WHERE subscriber_ref IN ({})",
                refs,
            )
        }
        accounts = {
            row[1]: _Account(row[0], *row[2:])
            for row in self._select_in(
                "SELECT a.id, a.number, a.subscriber_id, s.subscriber_ref, a.city, a.street, "
                "a.house, a.flat, a.directorate_id, a.status, a.balance, a.package_id, a.scope "
                "FROM account a JOIN subscriber s ON s.id = a.subscriber_id "
                "WHERE a.number IN ({})",
                numbers,
            )
        }
        phones: dict[tuple[str, str], _Phone] = {}
        raw_phones: dict[str, _Phone] = {}
        for id_, subscriber_id, e164, raw_text, retired_at in self._select_in(
            "SELECT id, subscriber_id, e164, raw_text, retired_at FROM phone "
            "WHERE subscriber_id IN ({})",
            sorted(sub.id for sub in subscribers.values()),
        ):
            phone = _Phone(id_, retired_at is not None)
            if e164 is None:
                raw_phones[id_] = phone
                raw_phones.setdefault(f"{subscriber_id}\n{raw_text}", phone)
            else:
                phones[(subscriber_id, e164)] = phone
        account_ids = sorted(account.id for account in accounts.values())
        links = {
            (phone_id, account_id)
            for phone_id, account_id in self._select_in(
                "SELECT phone_id, account_id FROM phone_account WHERE account_id IN ({})",
                account_ids,
            )
        }
        services = {
            (account_id, service_id)
            for account_id, service_id in self._select_in(
                "SELECT account_id, service_id FROM account_service WHERE account_id IN ({})",
                account_ids,
            )
        }
        return _Batch(subscribers, accounts, phones, raw_phones, links, services)

    # - one row

    def _subscriber(self, batch: _Batch, row: BillingRow) -> _Subscriber:
        now = self.now
        subscriber = batch.subscribers.get(row.ref)
        wanted = (row.last_name, row.first_name, row.patronymic, row.directorate)
        first_row = row.ref not in self.seen_refs
        self.seen_refs.add(row.ref)
        if subscriber is None:
            subscriber = _Subscriber(natural_id("subscriber", row.ref), *wanted)
            batch.subscribers[row.ref] = subscriber
            batch.inserts["subscriber"].append(
                (subscriber.id, row.directorate, now, now, row.ref, *wanted[:3], "person", "")
            )
            self.report.subscribers_new += 1
            batch.touched.add(subscriber.id)
            return subscriber
        stored = (subscriber.last_name, subscriber.first_name, subscriber.patronymic)
        if not first_row or (*stored, subscriber.scope) == wanted:
            return subscriber  # names come from the subscriber's first row of the file
        self._execute(
            "UPDATE subscriber SET last_name = ?, first_name = ?, patronymic = ?, scope = ?, "
            "updated_at = ? WHERE id = ?",
            (*wanted, now, subscriber.id),
        )
        if subscriber.scope != row.directorate:  # the phones follow their subscriber
            self._execute(
                "UPDATE phone SET scope = ?, updated_at = ? WHERE subscriber_id = ? AND scope <> ?",
                (row.directorate, now, subscriber.id, row.directorate),
            )
        subscriber.last_name, subscriber.first_name, subscriber.patronymic = wanted[:3]
        subscriber.scope = row.directorate
        self.report.subscribers_updated += 1
        batch.touched.add(subscriber.id)
        return subscriber

    def _account(
        self, batch: _Batch, row: BillingRow, subscriber: _Subscriber, account: _Account | None
    ) -> _Account:
        now = self.now
        wanted = _Account(
            natural_id("account", row.number) if account is None else account.id,
            subscriber.id,
            row.ref,
            row.city,
            row.street,
            row.house,
            row.flat,
            self.ref.directorates[row.directorate],
            row.status,
            row.balance,
            self.ref.packages[row.package],
            row.directorate,
        )
        values = (
            wanted.city,
            wanted.street,
            wanted.house,
            wanted.flat,
            wanted.directorate_id,
            wanted.status,
            wanted.balance,
            wanted.package_id,
        )
        if account is None:
            batch.accounts[row.number] = wanted
            batch.inserts["account"].append(
                (wanted.id, wanted.scope, now, now, row.number, subscriber.id, *values)
            )
            self.report.accounts_new += 1
            batch.touched.add(subscriber.id)
            return wanted
        if account == wanted:
            return account
        self._execute(
            "UPDATE account SET city = ?, street = ?, house = ?, flat = ?, directorate_id = ?, "
            "status = ?, balance = ?, package_id = ?, scope = ?, updated_at = ? WHERE id = ?",
            (*values, wanted.scope, now, account.id),
        )
        if account.scope != wanted.scope:  # its links and services follow the account
            for table in ("account_service", "phone_account"):
                self._execute(
                    f"UPDATE {table} SET scope = ?, updated_at = ? "
                    "WHERE account_id = ? AND scope <> ?",
                    (wanted.scope, now, account.id, wanted.scope),
                )
        batch.accounts[row.number] = wanted
        self.report.accounts_updated += 1
        batch.touched.add(subscriber.id)
        return wanted

    def _services(self, batch: _Batch, row: BillingRow, account: _Account) -> None:
        assert account.package_id is not None
        for service_id, code in self.ref.package_services.get(account.package_id, ()):
            if (account.id, service_id) in batch.services:
                continue
            batch.services.add((account.id, service_id))
            batch.inserts["account_service"].append(
                (
                    natural_id("account_service", row.number, code),
                    account.scope,
                    self.now,
                    self.now,
                    account.id,
                    service_id,
                    self.now,
                )
            )
            self.report.services_new += 1

    def _phones(
        self, batch: _Batch, row: BillingRow, subscriber: _Subscriber, account: _Account
    ) -> None:
        now = self.now
        for parsed in row.phones:
            phone = batch.phones.get((subscriber.id, parsed.e164))
            if phone is None:
                phone = _Phone(natural_id("phone", row.ref, parsed.e164), retired=False)
                batch.phones[(subscriber.id, parsed.e164)] = phone
                batch.inserts["phone"].append(
                    (
                        phone.id,
                        subscriber.scope,
                        now,
                        now,
                        subscriber.id,
                        parsed.e164,
                        parsed.text,
                        parsed.kind,
                        _note(parsed),
                        "",
                    )
                )
                self.report.phones_new += 1
            self._link(batch, phone, account, row.number, subscriber.id)
        for text in row.unparsed:
            phone_id = natural_id("phone", row.ref, "raw", text)
            found = batch.raw_phones.get(phone_id) or batch.raw_phones.get(
                f"{subscriber.id}\n{text}"
            )
            if found is None:
                found = _Phone(phone_id, retired=False)
                batch.raw_phones[phone_id] = found
                batch.inserts["phone"].append(
                    (
                        phone_id,
                        subscriber.scope,
                        now,
                        now,
                        subscriber.id,
                        None,
                        text,
                        "other",
                        "",
                        "",
                    )
                )
                self.report.phones_new += 1
                self.report.unparsed_new += 1
            self._link(batch, found, account, row.number, subscriber.id)

    def _link(
        self, batch: _Batch, phone: _Phone, account: _Account, number: str, subscriber_id: str
    ) -> None:
        if phone.retired or (phone.id, account.id) in batch.links:
            return  # a number a clerk retired is never re-attached
        batch.links.add((phone.id, account.id))
        batch.inserts["phone_account"].append(
            (
                natural_id("phone_account", phone.id, number),
                account.scope,
                self.now,
                self.now,
                phone.id,
                account.id,
            )
        )
        batch.touched.add(subscriber_id)
        batch.linked.add(phone.id)

    # - writing

    def _flush(self, batch: _Batch) -> None:
        db = self.db
        new_phones = {values[0] for values in batch.inserts["phone"]}
        self.report.phones_linked += len(batch.linked - new_phones)
        for table, columns in _INSERTS.items():  # in foreign-key order
            if batch.inserts[table]:
                marks = ", ".join([db.param] * len(columns))
                sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
                db.cursor().executemany(sql, batch.inserts[table])
        if batch.touched and self.index is not None:  # lookup finds them at once
            self.index(cast(pw.SqliteDatabase, db), sorted(batch.touched))

    def _select_in(self, sql: str, keys: Sequence[str]) -> list[tuple[Any, ...]]:
        if not keys:
            return []
        return _rows(self.db, sql.format(", ".join("?" * len(keys))), keys)

    def _execute(self, sql: str, params: Sequence[Any]) -> None:
        self.db.execute_sql(sql.replace("?", self.db.param), params)


@contextlib.contextmanager
def _fewer_flushes(db: pw.Database) -> Iterator[None]:
    """``synchronous = NORMAL`` for the import, then a checkpoint that makes it durable.

    With the house setting (FULL) every batch's commit waits for the disk, a third of a
    large import's time. In WAL mode NORMAL never corrupts the file; a power cut may only
    lose the last batches, which the (idempotent) import writes again when run again. The
    checkpoint at the end flushes the log before the summary is printed.
    """
    if not isinstance(db, pw.SqliteDatabase):
        yield
        return
    (mode,) = db.execute_sql("PRAGMA journal_mode").fetchone()
    (before,) = db.execute_sql("PRAGMA synchronous").fetchone()
    if str(mode).lower() != "wal" or int(before) <= 1:
        yield
        return
    db.execute_sql("PRAGMA synchronous = NORMAL")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA synchronous = {int(before)}")
    db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")


def _note(phone: ParsedPhone) -> str:
    extension = f"доб. {phone.extension}" if phone.extension else ""
    return " ".join(part for part in (phone.note, extension) if part)


# --- the import ------------------------------------------------------------------------


def _ignore(_error: RowError) -> None:
    return None


def import_billing_csv(
    db: pw.Database,
    path: str | Path,
    *,
    on_error: ErrorSink | None = None,
    batch_rows: int = BATCH_ROWS,
) -> ImportReport:
    """Import a billing export into an open database (see the module docstring).

    Args:
        db: the open database (office or head office).
        path: the CSV file.
        on_error: called with every rejected row as soon as it is found (the CLI prints
            it); the rows are also in the report.
        batch_rows: rows per transaction.

    Returns:
        What was imported and rejected.

    Raises:
        ValidationError: the file is unreadable, not UTF-8, or has the wrong header, or
            the office setting is broken; nothing was written.
        StorageUnavailable: the disk is full or the database locked; the batches before
            were committed (the message says up to which line) and a new run finishes
            the job.
    """
    sink = on_error or _ignore
    file = Path(path)
    records = check_billing_file(file)
    report = ImportReport()
    # Errors are told in line order: those found while reading wait for the rows before
    # them that are still in the batch (writing may reject one of those).
    pending: list[RowError] = []

    def tell(errors: list[RowError]) -> None:
        for error in sorted(errors, key=lambda error: error.line):
            report.errors.append(error)
            sink(error)
        errors.clear()

    last_line = 1
    batch: list[BillingRow] = []
    try:
        with _fewer_flushes(db):
            ref_data = _load_reference(db)
            writer = _Writer(db, ref_data, report)
            seen_accounts: dict[str, int] = {}
            for line, record in records:
                report.rows += 1
                if isinstance(record, csv.Error):
                    result: BillingRow | RowError = RowError(line, f"malformed CSV: {record}")
                else:
                    result = _read_row(line, record, ref_data)
                if isinstance(result, BillingRow):
                    first = seen_accounts.setdefault(result.number, line)
                    if first != line:
                        result = RowError(
                            line, f"account {result.number} already appears on line {first}"
                        )
                if isinstance(result, RowError):
                    pending.append(result)
                    if not batch:
                        tell(pending)
                    continue
                batch.append(result)
                if len(batch) >= batch_rows:
                    pending.extend(writer.write(batch))
                    last_line = batch[-1].line
                    batch = []
                    tell(pending)
            if batch:
                pending.extend(writer.write(batch))
                last_line = batch[-1].line
                batch = []
            tell(pending)
    except (pw.IntegrityError, sqlite3.IntegrityError):
        raise  # a bug, not the environment
    except (pw.DatabaseError, sqlite3.DatabaseError, OSError) as exc:
        tell([error for error in pending if error.line < (batch[0].line if batch else 0)])
        error = storage_error(exc, getattr(db, "database", ""))
        done = (
            f"rows up to line {last_line} were imported; run the import again to finish"
            if last_line > 1
            else "nothing was imported"
        )
        raise StorageUnavailable(
            f"{error.message}; {done}", code=error.code, **error.params
        ) from exc
    finally:
        records.close()
    return report


def run_import_command(db_path: Path, file: Path) -> int:
    """``receptionapp import --db PATH FILE.csv``: import, report, exit code of the contract.

    Rejected rows go to standard error as ``line N: reason``, the summary to standard
    output. A file or database problem raises a :class:`ReceptionError` that the command
    line prints as one line (exit code 1).
    """
    check_billing_file(file).close()  # a bad file is refused before the database is touched

    def print_error(error: RowError) -> None:
        print(error, file=sys.stderr)

    db = open_database(db_path)
    try:
        report = import_billing_csv(db, file, on_error=print_error)
    finally:
        with contextlib.suppress(ReceptionError, pw.DatabaseError):
            db.close()
    print(report.summary())
    if report.exit_code == 1:
        print("receptionapp: every row was rejected; nothing was imported", file=sys.stderr)
    return report.exit_code
