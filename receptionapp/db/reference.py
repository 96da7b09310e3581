"""Reference data of the company: directorates, address rules, offices, packages, tariffs.

The data lives in ``resources/reference/company.toml`` and is loaded by ``receptionapp init``
(:func:`load_reference_data`). Every row gets a UUIDv5 of its natural key
(:func:`receptionapp.core.ids.natural_id`), so the same file loaded into any database, office
or head office, gives the same ids:

==========================  ===============================================================
row                         natural key
==========================  ===============================================================
Directorate                 ``directorate:<code>``
AddressRule                 ``address_rule:<dir>:<city>:<street_key>:<from>:<to>:<parity>``
                            (``from``/``to`` empty when open)
ReceptionPoint              ``reception_point:<dir>:<n>`` (``n`` from 1, in file order)
Director                    ``director:<dir>``
ReceptionSchedule           ``reception_schedule:<dir>:<weekday>:<valid_from>``
ScheduleException           ``schedule_exception:<dir>:<date>``
Service, Package            ``service:<code>``, ``package:<code>``
PackageService              ``package_service:<package>:<service>``
ConnectionTariff            ``tariff:<service>:<scope>:<valid_from>`` (scope: directorate
                            code, or ``*`` for the company)
==========================  ===============================================================

Loading is an upsert by id inside one transaction: a second load of the same file writes
nothing; a changed value is updated with ``updated_at`` set to the file's ``revision``.
Address rules of a directorate that the file no longer lists are tombstoned (``deleted_at``),
which also retires the rules of an old street key when :func:`~receptionapp.core.text.street_key`
changes.

:func:`directorate_rules` and :class:`DirectorateResolver` answer "which directorate serves
this address" (DESIGN.md §2, rule 5 of RULES.md) for imports and the GUI.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import operator
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee as pw
import phonenumbers

from receptionapp.core.addresses import AddressRuleSpec, resolve_directorate
from receptionapp.core.errors import ValidationError
from receptionapp.core.ids import natural_id
from receptionapp.core.text import fold, street_key
from receptionapp.db.models import (
    COMPANY_SCOPE,
    AddressRule,
    ConnectionTariff,
    Director,
    Directorate,
    Package,
    PackageService,
    ReceptionPoint,
    ReceptionSchedule,
    ScheduleException,
    Service,
    SyncedModel,
    User,
)

REFERENCE_FILE = "reference/company.toml"

#: The tables this module writes, in dependency order, with the names the CLI prints.
REFERENCE_MODELS: tuple[tuple[type[SyncedModel], str], ...] = (
    (Directorate, "directorates"),
    (AddressRule, "address rules"),
    (ReceptionPoint, "reception points"),
    (Director, "directors"),
    (ReceptionSchedule, "reception hours"),
    (ScheduleException, "schedule exceptions"),
    (Service, "services"),
    (Package, "packages"),
    (PackageService, "package services"),
    (ConnectionTariff, "connection tariffs"),
)

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_PARITIES = ("all", "odd", "even")


def reference_file() -> Path:
    """The bundled reference data file (inside the wheel, or in the source checkout)."""
    try:
        from receptionapp.resources import resource_path
    except ImportError:  # pragma: no cover - only before the resources module existed
        return Path(__file__).resolve().parents[2] / "resources" / REFERENCE_FILE
    return resource_path(REFERENCE_FILE)


def read_reference_file(path: str | Path | None = None) -> dict[str, Any]:
    """Parse a reference data file (the bundled one by default).

    Raises:
        ValidationError: ``reference.unreadable`` when the file cannot be read or parsed.
    """
    file = Path(path) if path is not None else reference_file()
    try:
        with file.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValidationError(
            f"cannot read the reference data {file}: {exc}",
            code="reference.unreadable",
            path=str(file),
        ) from exc


def _invalid(message: str, **params: Any) -> ValidationError:
    return ValidationError(f"reference data: {message}", code="reference.invalid", **params)


def _need(table: dict[str, Any], key: str, where: str) -> Any:
    try:
        return table[key]
    except KeyError:
        raise _invalid(f"{where} has no {key!r}", where=where, key=key) from None


def _hhmm(value: Any, where: str) -> str:
    text = str(value)
    try:
        dt.time.fromisoformat(text)
    except ValueError:
        raise _invalid(f"{where}: {text!r} is not a time HH:MM", where=where) from None
    if len(text) != 5:
        raise _invalid(f"{where}: {text!r} is not a time HH:MM", where=where)
    return text


def _e164(value: Any, where: str) -> str:
    text = str(value)
    try:
        number = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        number = None
    if (
        number is None
        or not phonenumbers.is_valid_number(number)
        or phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) != text
    ):
        raise _invalid(f"{where}: {text!r} is not an E.164 phone number", where=where)
    return text


def _date(value: Any, where: str) -> dt.date:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise _invalid(f"{where}: {value!r} is not a date", where=where)
    return value


@dataclass(frozen=True, slots=True)
class ReferenceRows:
    """The rows a reference file turns into, per model, ready to upsert.

    Attributes:
        revision: ``created_at``/``updated_at`` of every row (the file's ``meta.revision``).
        rows: per model, a list of ``{field name: value}`` including ``id``.
        director_logins: director id → login of the user who is that director, if named.
    """

    revision: dt.datetime
    rows: dict[type[SyncedModel], list[dict[str, Any]]]
    director_logins: dict[str, str]


def reference_rows(data: dict[str, Any]) -> ReferenceRows:
    """Turn parsed reference data into rows with natural ids (no database needed).

    Raises:
        ValidationError: ``reference.invalid`` naming the first problem found.
    """
    meta = data.get("meta", {})
    revision = meta.get("revision", dt.datetime(2026, 1, 1))
    if not isinstance(revision, dt.datetime):
        revision = dt.datetime.combine(_date(revision, "meta.revision"), dt.time())
    rows: dict[type[SyncedModel], list[dict[str, Any]]] = {m: [] for m, _ in REFERENCE_MODELS}
    stamps = {"created_at": revision, "updated_at": revision, "deleted_at": None}

    def add(model: type[SyncedModel], key: Sequence[object], scope: str, **values: Any) -> str:
        row_id = natural_id(*(str(part) for part in key))
        rows[model].append({"id": row_id, "scope": scope, **stamps, **values})
        return row_id

    services: dict[str, str] = {}
    for i, service in enumerate(data.get("services", [])):
        code = str(_need(service, "code", f"services[{i}]"))
        services[code] = add(
            Service, ("service", code), COMPANY_SCOPE, code=code, name=_need(service, "name", code)
        )

    for package in data.get("packages", []):
        code = str(_need(package, "code", "a package"))
        fee = _need(package, "monthly_fee", f"package {code}")
        if not isinstance(fee, int) or fee < 0:
            raise _invalid(f"package {code}: monthly_fee must be whole kopecks", package=code)
        package_id = add(
            Package,
            ("package", code),
            COMPANY_SCOPE,
            code=code,
            name=_need(package, "name", f"package {code}"),
            monthly_fee=fee,
            active=bool(package.get("active", True)),
        )
        for svc in _need(package, "services", f"package {code}"):
            if svc not in services:
                raise _invalid(f"package {code}: unknown service {svc!r}", package=code)
            add(
                PackageService,
                ("package_service", code, svc),
                COMPANY_SCOPE,
                package=package_id,
                service=services[svc],
            )

    directorates: dict[str, str] = {}
    director_logins: dict[str, str] = {}
    for directorate in data.get("directorates", []):
        code = str(_need(directorate, "code", "a directorate"))
        city = str(_need(directorate, "city", f"directorate {code}"))
        dir_id = add(
            Directorate,
            ("directorate", code),
            code,
            code=code,
            name=_need(directorate, "name", f"directorate {code}"),
            city=city,
            area_code=str(_need(directorate, "area_code", f"directorate {code}")),
        )
        directorates[code] = dir_id
        _address_rules(directorate, code, dir_id, add)
        for n, point in enumerate(directorate.get("reception_points", []), start=1):
            where = f"directorate {code}, reception point {n}"
            hours = _need(point, "opening_hours", where)
            for day, span in hours.items():
                if day not in _WEEKDAYS or len(span) != 2:
                    raise _invalid(f"{where}: bad opening hours for {day!r}", where=where)
                for part in span:
                    _hhmm(part, where)
            ordered = {day: list(hours[day]) for day in _WEEKDAYS if day in hours}
            add(
                ReceptionPoint,
                ("reception_point", code, n),
                code,
                directorate=dir_id,
                name=_need(point, "name", where),
                address=_need(point, "address", where),
                opening_hours=json.dumps(ordered, ensure_ascii=False),
                phones=json.dumps([_e164(p, where) for p in point.get("phones", [])]),
            )
        director = directorate.get("director")
        if director is not None:
            _director(director, code, dir_id, add, director_logins)

    for i, tariff in enumerate(data.get("tariffs", [])):
        where = f"tariffs[{i}]"
        svc = str(_need(tariff, "service", where))
        if svc not in services:
            raise _invalid(f"{where}: unknown service {svc!r}", where=where)
        price = _need(tariff, "price", where)
        if not isinstance(price, int) or price < 0:
            raise _invalid(f"{where}: price must be whole kopecks", where=where)
        valid_from = _date(_need(tariff, "valid_from", where), where)
        valid_to = _date(tariff["valid_to"], where) if "valid_to" in tariff else None
        dir_code = tariff.get("directorate")
        if dir_code is not None and dir_code not in directorates:
            raise _invalid(f"{where}: unknown directorate {dir_code!r}", where=where)
        scope = dir_code if dir_code is not None else COMPANY_SCOPE
        add(
            ConnectionTariff,
            ("tariff", svc, scope, valid_from.isoformat()),
            scope,
            service=services[svc],
            price=price,
            tariff_scope="directorate" if dir_code is not None else "company",
            directorate=directorates[dir_code] if dir_code is not None else None,
            building_key=None,
            valid_from=valid_from,
            valid_to=valid_to,
        )

    for model, _name in REFERENCE_MODELS:
        seen: set[str] = set()
        for row in rows[model]:
            if row["id"] in seen:
                raise _invalid(f"two {model.__name__} rows with the same key", id=row["id"])
            seen.add(row["id"])
    return ReferenceRows(revision=revision, rows=rows, director_logins=director_logins)


def _address_rules(directorate: dict[str, Any], code: str, dir_id: str, add: Any) -> None:
    city = str(directorate["city"])
    seen: set[tuple[str, str, int | None, int | None, str]] = set()

    def rule(
        rule_city: str,
        street: str,
        house_from: int | None = None,
        house_to: int | None = None,
        parity: str = "all",
    ) -> None:
        key = street_key(street) if street else ""
        if street and not key:
            raise _invalid(f"directorate {code}: street {street!r} has no words", street=street)
        if parity not in _PARITIES:
            raise _invalid(f"directorate {code}: parity {parity!r}", parity=parity)
        ident = (fold(rule_city), key, house_from, house_to, parity)
        if ident in seen:  # an alias with the same key as its street adds nothing
            return
        seen.add(ident)
        add(
            AddressRule,
            (
                "address_rule",
                code,
                rule_city,
                key,
                "" if house_from is None else house_from,
                "" if house_to is None else house_to,
                parity,
            ),
            code,
            directorate=dir_id,
            city=rule_city,
            street_key=key,
            street=street,
            house_from=house_from,
            house_to=house_to,
            parity=parity,
        )

    for whole_city in directorate.get("cities", []):
        rule(str(whole_city), "")
    for entry in directorate.get("streets", []):
        street = str(_need(entry, "street", f"directorate {code} streets"))
        rule(city, street)
        for alias in entry.get("aliases", []):
            rule(city, str(alias))
    for i, entry in enumerate(directorate.get("address_rules", [])):
        where = f"directorate {code}, address_rules[{i}]"
        rule(
            str(entry.get("city", city)),
            str(entry.get("street", "")),
            entry.get("house_from"),
            entry.get("house_to"),
            str(entry.get("parity", "all")),
        )
        if not entry.get("street") and entry.get("house_from") is not None:
            raise _invalid(f"{where}: a house range needs a street", where=where)


def _director(
    director: dict[str, Any], code: str, dir_id: str, add: Any, logins: dict[str, str]
) -> None:
    where = f"directorate {code}, director"
    director_id = add(
        Director,
        ("director", code),
        code,
        directorate=dir_id,
        name=_need(director, "name", where),
        user=None,
    )
    if director.get("login"):
        logins[director_id] = str(director["login"])
    for i, hours in enumerate(director.get("schedule", [])):
        at = f"{where}, schedule[{i}]"
        weekday = _need(hours, "weekday", at)
        if not isinstance(weekday, int) or not 0 <= weekday <= 6:
            raise _invalid(f"{at}: weekday must be 0 (Monday) … 6 (Sunday)", where=at)
        valid_from = _date(_need(hours, "valid_from", at), at)
        add(
            ReceptionSchedule,
            ("reception_schedule", code, weekday, valid_from.isoformat()),
            code,
            director=director_id,
            weekday=weekday,
            start_time=_hhmm(_need(hours, "start", at), at),
            end_time=_hhmm(_need(hours, "end", at), at),
            slot_minutes=int(hours.get("slot_minutes", 20)),
            valid_from=valid_from,
            valid_to=_date(hours["valid_to"], at) if "valid_to" in hours else None,
        )
    for i, exception in enumerate(director.get("exceptions", [])):
        at = f"{where}, exceptions[{i}]"
        day = _date(_need(exception, "date", at), at)
        closed = bool(exception.get("closed", True))
        add(
            ScheduleException,
            ("schedule_exception", code, day.isoformat()),
            code,
            director=director_id,
            date=day,
            closed=closed,
            start_time=None if closed else _hhmm(_need(exception, "start", at), at),
            end_time=None if closed else _hhmm(_need(exception, "end", at), at),
            reason=str(exception.get("reason", "")),
        )


def _changed(model: type[SyncedModel], columns: Iterable[pw.Field]) -> pw.Expression:
    """SQL that is true when the incoming row differs from the stored one in any column.

    ``a <> b OR (a IS NULL) <> (b IS NULL)`` is a null-safe "differs" that both SQLite and
    PostgreSQL accept (SQLite's ``IS NOT`` is not portable).
    """
    terms = []
    for field in columns:
        incoming = getattr(pw.EXCLUDED, field.column_name)
        term = field != incoming
        if field.null:
            term = term | (field.is_null() != incoming.is_null())
        terms.append(term)
    changed: pw.Expression = functools.reduce(operator.or_, terms)
    return changed


def _upsert(db: pw.Database, model: type[SyncedModel], rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    payload = [
        f
        for f in model._meta.sorted_fields
        if f.name not in ("id", "created_at", "updated_at") and f.name in rows[0]
    ]
    query = model.insert_many(rows).on_conflict(
        conflict_target=[model.id],
        preserve=[*payload, model.updated_at],
        where=_changed(model, payload),
    )
    query.execute(db)


def load_reference_data(db: pw.Database, path: str | Path | None = None) -> dict[str, int]:
    """Load (or reload) the reference data into ``db`` in one transaction.

    Idempotent: loading the same file twice writes nothing the second time. A director whose
    entry names a ``login`` is linked to the user with that login when the user exists (the
    demo's ``director``); otherwise the stored link, possibly set by an administrator, stays.

    Args:
        db: an open database with the current schema.
        path: the file to load; the bundled ``company.toml`` by default.

    Returns:
        How many rows of each kind the file holds, e.g. ``{"directorates": 5, ...}``.

    Raises:
        ValidationError: the file is unreadable or inconsistent (nothing is written).
    """
    data = reference_rows(read_reference_file(path))
    # Queries name ``db`` explicitly rather than rebinding the models (bind_ctx is global to
    # the process: head office may load reference data while other threads serve requests).
    with db.atomic():
        links = _director_links(db, data)
        for director in data.rows[Director]:
            director["user"] = links.get(director["id"])
        for model, _name in REFERENCE_MODELS:
            for start in range(0, len(data.rows[model]), 200):
                _upsert(db, model, data.rows[model][start : start + 200])
        _retire_old_rules(db, data)
    return {name: len(data.rows[model]) for model, name in REFERENCE_MODELS}


def _director_links(db: pw.Database, data: ReferenceRows) -> dict[str, str | None]:
    """Director id → user id to store: the named login's user, else whatever is stored."""
    query = (
        Director.select(Director.id, Director.user)
        .where(Director.id.in_([d["id"] for d in data.rows[Director]]))
        .tuples()
        .bind(db)
    )
    stored_rows: list[Any] = list(query)
    stored: dict[str, str | None] = {director_id: user_id for director_id, user_id in stored_rows}
    links = dict(stored)
    logins = list(set(data.director_logins.values()))
    found: list[Any] = list(
        User.select(User.login, User.id).where(User.login.in_(logins)).tuples().bind(db)
    )
    users = dict(found)
    for director_id, login in data.director_logins.items():
        if login in users:
            links[director_id] = users[login]
    return links


def _retire_old_rules(db: pw.Database, data: ReferenceRows) -> None:
    keep = [row["id"] for row in data.rows[AddressRule]]
    directorates = [row["id"] for row in data.rows[Directorate]]
    (
        AddressRule.update(deleted_at=data.revision, updated_at=data.revision)
        .where(
            AddressRule.directorate.in_(directorates),
            AddressRule.id.not_in(keep),
            AddressRule.deleted_at.is_null(),
        )
        .execute(db)
    )


def directorate_rules(db: pw.Database) -> list[AddressRuleSpec]:
    """The address rules in force (not tombstoned), in a stable order.

    Pass them to :func:`receptionapp.core.addresses.resolve_directorate` or, for many
    addresses, to :class:`DirectorateResolver`.
    """
    query = (
        AddressRule.select(
            Directorate.code,
            AddressRule.city,
            AddressRule.street_key,
            AddressRule.house_from,
            AddressRule.house_to,
            AddressRule.parity,
        )
        .join(Directorate)
        .where(AddressRule.deleted_at.is_null(), Directorate.deleted_at.is_null())
        .order_by(
            Directorate.code,
            AddressRule.city,
            AddressRule.street_key,
            AddressRule.house_from,
            AddressRule.house_to,
            AddressRule.parity,
        )
        .tuples()
        .bind(db)
    )
    rows: list[Any] = list(query)
    return [
        AddressRuleSpec(code, city, key, house_from, house_to, parity)
        for code, city, key, house_from, house_to, parity in rows
    ]


class DirectorateResolver:
    """Address → directorate for many addresses (an import, the demo generator).

    Gives exactly what :func:`~receptionapp.core.addresses.resolve_directorate` gives over the
    same rules, but looks only at the rules of the address's city and street instead of all
    of them.

    Attributes:
        rules: the rules, in the order given.
    """

    def __init__(self, rules: Iterable[AddressRuleSpec]) -> None:
        self.rules = list(rules)
        self._by_street: dict[tuple[str, str], list[AddressRuleSpec]] = {}
        for rule in self.rules:
            self._by_street.setdefault((fold(rule.city.strip()), rule.street_key), []).append(rule)

    def candidates(self, city: str, street: str) -> list[AddressRuleSpec]:
        """The rules that may apply to addresses on ``street`` of ``city``."""
        folded = fold(city.strip())
        return self._by_street.get((folded, street_key(street)), []) + self._by_street.get(
            (folded, ""), []
        )

    def house_independent(self, city: str, street: str) -> bool:
        """Whether every house of the street has the same directorate (no ranges, no parity)."""
        return all(
            rule.house_from is None and rule.house_to is None and rule.parity == "all"
            for rule in self.candidates(city, street)
        )

    def resolve(self, city: str, street: str, house: str) -> str | None:
        """The directorate code serving the address, or None when no rule covers it."""
        return resolve_directorate(self.candidates(city, street), city, street, house)


def find_directorate(db: pw.Database, city: str, street: str, house: str) -> str | None:
    """The code of the directorate serving one address, or None (rule 5 of RULES.md)."""
    return DirectorateResolver(directorate_rules(db)).resolve(city, street, house)
