"""The demo company at any scale: ``receptionapp demo-data`` and the GUI's ``--demo``.

:func:`generate_demo_company` writes subscribers, accounts, phones and some history straight
into the tables (batched ``executemany`` inside transactions, no change capture, DESIGN.md
§5). The result depends only on the seed, the number of subscribers and the database's
reference data and users: the same inputs give byte-identical rows, ids included. Nothing
reads the clock; every timestamp lies before :data:`TODAY`.

What the rows look like (the lookup, import and sync code rely on these shapes):

* ``subscriber_ref`` is billing's key ``S`` + 7 digits (``S0000001``, in generation order);
  ids are natural: ``subscriber:<ref>``, ``account:<number>``, ``phone:<ref>:<e164>``
  (``phone:<ref>:raw:<text>`` for text that is not a number), ``phone_account:<phone
  id>:<number>``, ``account_service:<number>:<service code>``, as the billing import makes
  them, so an export of the demo company imports onto the same rows. History rows (contacts,
  complaints, requests, package changes, answers) are what clerks create: UUIDv7, built from
  their own timestamp and the seeded generator.
* **Account numbers** have 10 digits: the two-digit area code of the account's directorate
  (``57`` Kharkiv, ``44`` Kyiv, ``48`` Odesa, ``56`` Dnipro, ``61`` Zaporizhzhia), a 7-digit
  serial, and a Luhn check digit: ``5704829136``. Serials are a seeded permutation, unique
  over the company, so tails are spread evenly. (Above 3,333,333 subscribers the serial
  grows to 8 digits.)
* Names are written in the Ukrainian or the Russian spelling (``Ковальов``/``Ковалёв``,
  ``Олександр``/``Александр``), sometimes mixed, with women's forms and patronymics; about
  2 % are organisations (``ТОВ «Світанок»``).
* Addresses are on the streets of the reference data's address rules (sometimes in a
  Russian spelling or without the street type), and every account's directorate is what
  the rules say for its address.
* Phones: about 2.5 per subscriber: mobiles of the real operator codes, CDMA (092, 094),
  landlines of the city with 7-digit local numbers, work and other numbers, retired numbers
  as history, and a few texts that are not numbers at all (``e164`` NULL). ``raw_text`` is
  the number as a billing clerk typed it (``дом. 700-12-34``, ``8-050-123-45-67``); it
  always reads back to ``e164`` (a local number with the area code of the account's city).

For speed on a new file (:func:`run_demo_data_command`, :func:`ensure_demo_database`) the
load runs with ``synchronous=OFF``, no journal, foreign-key checks off and the secondary
indexes of the big tables dropped and rebuilt at the end (from their own SQL, so their names
and definitions stay those of the migrations); the file is built under a temporary name and
renamed when complete, so an interrupted run leaves nothing half-written behind.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import hashlib
import importlib
import importlib.util
import json
import logging
import marshal
import operator
import os
import pickle
import random
import resource
import signal
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, cast

import peewee as pw

from receptionapp.core.errors import ValidationError
from receptionapp.core.ids import NAMESPACE
from receptionapp.db.database import open_database
from receptionapp.db.models import database_proxy
from receptionapp.db.reference import (
    DirectorateResolver,
    directorate_rules,
    load_reference_data,
    read_reference_file,
)

log = logging.getLogger(__name__)

DEMO_FILE = "reference/demo.toml"

#: "Today" of the demo company: every generated date lies before it.
TODAY = dt.date(2026, 11, 28)

#: Demo users made by :func:`ensure_demo_database`: (login, password). The clerk is
#: :data:`DEMO_CLERK_NAME`; the director is the Kharkiv director of the reference data.
DEMO_CLERK = ("clerk", "clerk")
DEMO_DIRECTOR = ("director", "director")
DEMO_CLERK_NAME = "Олена Коваль"

#: ``progress(stage, done, total)``: stages ``subscribers``, ``indexes``, ``search index``.
Progress = Callable[[str, int, int], None]

# Subscribers per transaction: big enough for executemany to shine, small enough for memory.
_CHUNK = 20_000

# Columns written per table (the rest keep their schema defaults).
_COLUMNS: dict[str, tuple[str, ...]] = {
    "subscriber": (
        "id", "scope", "created_at", "updated_at", "subscriber_ref", "last_name",
        "first_name", "patronymic", "kind", "notes", "phones_reconciled_at",
        "phones_reconciled_by_id",
    ),
    "account": (
        "id", "scope", "created_at", "updated_at", "number", "subscriber_id", "city",
        "street", "house", "flat", "directorate_id", "status", "balance", "package_id",
    ),
    "account_service": (
        "id", "scope", "created_at", "updated_at", "account_id", "service_id", "connected_at",
    ),
    "phone": (
        "id", "scope", "created_at", "updated_at", "subscriber_id", "e164", "raw_text",
        "kind", "note", "added_by_id", "confirmed_at", "confirmed_by_id", "retired_at",
        "retired_by_id", "retire_reason",
    ),
    "phone_account": ("id", "scope", "created_at", "updated_at", "phone_id", "account_id"),
    "phone_kind_answer": (
        "id", "scope", "created_at", "updated_at", "subscriber_id", "kind", "answer",
        "answered_by_id",
    ),
    "package_change": (
        "id", "scope", "created_at", "updated_at", "account_id", "from_package_id",
        "to_package_id", "connection_fees", "total_fee", "effective_date", "clerk_id", "status",
    ),
    "contact": (
        "id", "scope", "created_at", "updated_at", "channel", "subscriber_id", "account_id",
        "caller_phone", "purpose", "outcome", "clerk_id", "started_at", "ended_at",
    ),
    "technician_request": (
        "id", "scope", "created_at", "updated_at", "kind", "subscriber_id", "account_id",
        "address", "note", "contact_phone", "preferred_time", "status", "created_by_id",
    ),
    "technician_request_status": (
        "id", "scope", "created_at", "updated_at", "request_id", "status", "comment",
        "changed_by_id",
    ),
    "complaint": (
        "id", "scope", "created_at", "updated_at", "number", "channel", "category", "text",
        "subscriber_id", "account_id", "status", "responsible_id", "due_date", "created_by_id",
    ),
    "complaint_status": (
        "id", "scope", "created_at", "updated_at", "complaint_id", "status", "comment",
        "changed_by_id",
    ),
}  # fmt: skip

#: Tables whose secondary indexes are dropped during a bulk load of a new file.
BULK_TABLES = ("subscriber", "account", "account_service", "phone", "phone_account")

_INSERT = {
    table: 'INSERT INTO "{}" ({}) VALUES ({})'.format(
        table, ", ".join(f'"{c}"' for c in cols), ", ".join("?" * len(cols))
    )
    for table, cols in _COLUMNS.items()
}

# --- small fast helpers ----------------------------------------------------------------------

_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}


class _NaturalIds:
    """``natural_id(kind, key)`` for one kind, about three times faster, same result.

    The SHA-1 state of the namespace and ``kind:`` prefix is computed once and copied.
    """

    def __init__(self, kind: str) -> None:
        self._base = hashlib.sha1(NAMESPACE.bytes + f"{kind}:".encode())

    def __call__(self, key: str) -> str:
        digest = self._base.copy()
        digest.update(key.encode())
        x = digest.hexdigest()
        return f"{x[:8]}-{x[8:12]}-5{x[13:16]}-{_VARIANT[x[16]]}{x[17:20]}-{x[20:32]}"


_EPOCH = dt.datetime(2000, 1, 1)
_DAY_TEXT = [(_EPOCH.date() + dt.timedelta(days=d)).isoformat() for d in range(366 * 30)]
_TODAY_DAY = (TODAY - _EPOCH.date()).days
_DAY = 86_400


_TIME_TEXT = [f" {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in range(_DAY)]


def _stamp(seconds: int) -> str:
    """Seconds since 2000-01-01 as the text peewee stores for a DateTimeField."""
    return _DAY_TEXT[seconds // _DAY] + _TIME_TEXT[seconds % _DAY]


class _Random(random.Random):
    """``random.Random`` with integer helpers built on ``random()``: 5x cheaper than
    ``randrange``, and just as deterministic (a negligible bias is fine for demo data)."""

    def below(self, n: int) -> int:
        """An integer in ``[0, n)``."""
        return int(self.random() * n)

    def span(self, a: int, b: int) -> int:
        """An integer in ``[a, b)``."""
        return a + int(self.random() * (b - a))

    def between(self, a: int, b: int) -> int:
        """An integer in ``[a, b]``."""
        return a + int(self.random() * (b - a + 1))


def _uuid7(seconds: int, rng: _Random) -> str:
    """A UUIDv7 for a row a clerk made at ``seconds``; random bits from the seeded generator."""
    ms = (seconds + 946_684_800) * 1000 + rng.below(1000)
    rand = rng.getrandbits(74)
    value = (ms << 80) | (0x7 << 76) | ((rand >> 62) << 64) | (0b10 << 62) | (rand & (2**62 - 1))
    x = f"{value:032x}"
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"


def _luhn_sum(group: str, doubled_last: bool) -> int:
    total = 0
    for i, ch in enumerate(reversed(group)):
        d = int(ch)
        if (i % 2 == 0) == doubled_last:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total


# Luhn sums of every three-digit group, by whether its last digit is doubled.
_LUHN3 = (
    [_luhn_sum(f"{n:03d}", False) for n in range(1000)],
    [_luhn_sum(f"{n:03d}", True) for n in range(1000)],
)


def _luhn(digits: str) -> str:
    """The Luhn check digit of ``digits``, three digits at a time."""
    digits = digits.zfill(-(-len(digits) // 3) * 3)  # leading zeros add nothing
    total = 0
    doubled = True  # the digit next to the check digit is doubled
    for end in range(len(digits), 0, -3):
        total += _LUHN3[doubled][int(digits[end - 3 : end])]
        doubled = not doubled  # three digits on, the parity flips
    return str(-total % 10)


class _Weighted:
    """Weighted choice by bisecting cumulative weights (cheaper than ``random.choices``)."""

    def __init__(self, items: Sequence[Any], weights: Sequence[float]) -> None:
        self.items = list(items)
        self.cum: list[float] = []
        total = 0.0
        for w in weights:
            total += w
            self.cum.append(total)
        self.total = total

    def pick(self, rng: random.Random) -> Any:
        """One item, with probability proportional to its weight."""
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


# --- the context a generation runs in -----------------------------------------------------------


@dataclass(slots=True)
class _City:
    code: str
    dir_id: str
    name: str
    area: str
    office: str
    landline_starts: list[str]
    streets: _Weighted  # of (main spelling, [other spellings], max house)


@dataclass(slots=True)
class _Package:
    code: str
    id: str
    fee: int
    services: list[tuple[str, str]]  # (service code, service id)


class _CachedResolver:
    """Address → directorate over the database's rules, answers remembered.

    Most streets have no house-range rule, so their answer is kept per street; the others per
    house number. Picklable, so the worker process gets it with the rest of the context.
    """

    def __init__(self, resolver: DirectorateResolver) -> None:
        self._resolver = resolver
        self._by_street: dict[tuple[str, str], str | None] = {}
        self._by_house: dict[tuple[str, str, str], str | None] = {}

    def __call__(self, city: str, street: str, house: str) -> str | None:
        """The directorate of ``house`` (its leading number is enough) on ``street``."""
        key = (city, street)
        if key in self._by_street:
            return self._by_street[key]
        full = (city, street, house)
        if full in self._by_house:
            return self._by_house[full]
        code = self._resolver.resolve(city, street, house)
        if self._resolver.house_independent(city, street):
            self._by_street[key] = code
        else:
            self._by_house[full] = code
        return code


@dataclass
class _Context:
    cities: _Weighted  # of _City
    resolve: _CachedResolver
    dir_ids: dict[str, str]
    dir_area: dict[str, str]
    packages: dict[str, _Package]
    package_pick: _Weighted
    tariffs: list[tuple[str, str | None, int, str, str | None]]  # svc, dir, price, from, to
    clerks: list[str | None]
    words: dict[str, Any]
    offices: dict[str, str]


_PACKAGE_SHARES = {
    "TV-BASIC": 24,
    "TV-DIGITAL": 8,
    "NET-100": 20,
    "NET-500": 8,
    "NET-1000": 3,
    "DUO-100": 17,
    "DUO-DIGITAL": 7,
    "TRIO": 7,
    "TV-SOCIAL": 6,
}


def _demo_words() -> dict[str, Any]:
    try:
        from receptionapp.resources import resource_path
    except ImportError:  # pragma: no cover - only before the resources module existed
        return read_reference_file(Path(__file__).resolve().parents[2] / "resources" / DEMO_FILE)
    return read_reference_file(resource_path(DEMO_FILE))


def _context(db: pw.SqliteDatabase) -> _Context:
    words = _demo_words()
    company = read_reference_file()
    cur = db.execute_sql(
        "SELECT code, id, city, area_code FROM directorate WHERE deleted_at IS NULL ORDER BY code"
    )
    directorates = {code: (did, city, area) for code, did, city, area in cur.fetchall()}
    resolve = _CachedResolver(DirectorateResolver(directorate_rules(db)))
    cities: list[_City] = []
    weights: list[float] = []
    for entry in company.get("directorates", []):
        code = entry["code"]
        if code not in directorates or code not in words["cities"]:
            continue
        did, city, area = directorates[code]
        streets: list[tuple[str, list[str], int]] = []
        street_weights: list[float] = []
        for street in entry.get("streets", []):
            main = street["street"]
            if resolve(city, main, "1") is None:
                continue
            crc = zlib.crc32(main.encode())
            streets.append((main, list(street.get("aliases", [])), 20 + crc % 180))
            street_weights.append(1 + crc % 5 + (3 if main.startswith("просп") else 0))
        if not streets:
            continue
        info = words["cities"][code]
        cities.append(
            _City(
                code=code,
                dir_id=did,
                name=city,
                area=area,
                office=info["office"],
                landline_starts=list(info["landline_starts"]),
                streets=_Weighted(streets, street_weights),
            )
        )
        weights.append(float(info["weight"]))
    if not cities:
        raise ValidationError(
            "the database has no directorates with streets; run: receptionapp init",
            code="demo.no_reference_data",
        )

    services = dict(db.execute_sql("SELECT id, code FROM service").fetchall())
    packages: dict[str, _Package] = {}
    for pid, code, fee in db.execute_sql(
        "SELECT id, code, monthly_fee FROM package WHERE active = 1 AND deleted_at IS NULL "
        "ORDER BY code"
    ).fetchall():
        svc = sorted(
            (services[s], s)
            for (s,) in db.execute_sql(
                "SELECT service_id FROM package_service WHERE package_id = ?", (pid,)
            ).fetchall()
        )
        packages[code] = _Package(code, pid, fee, svc)
    shares = [_PACKAGE_SHARES.get(code, 3) for code in packages]
    tariffs = [
        (code, dcode, price, valid_from, valid_to)
        for code, dcode, price, valid_from, valid_to in db.execute_sql(
            "SELECT s.code, d.code, t.price, t.valid_from, t.valid_to FROM connection_tariff t "
            "JOIN service s ON s.id = t.service_id LEFT JOIN directorate d "
            "ON d.id = t.directorate_id WHERE t.deleted_at IS NULL AND t.building_key IS NULL "
            "ORDER BY s.code, t.valid_from"
        ).fetchall()
    ]
    clerks: list[str | None] = [
        uid
        for (uid,) in db.execute_sql(
            "SELECT id FROM user WHERE role IN ('clerk', 'senior_clerk') AND active = 1 "
            "ORDER BY login"
        ).fetchall()
    ] or [None]
    return _Context(
        cities=_Weighted(cities, weights),
        resolve=resolve,
        dir_ids={code: v[0] for code, v in directorates.items()},
        dir_area={code: v[2] for code, v in directorates.items()},
        packages=packages,
        package_pick=_Weighted(list(packages.values()), shares),
        tariffs=tariffs,
        clerks=clerks,
        words=words,
        offices={code: info["office"] for code, info in words["cities"].items()},
    )


# --- phones as billing clerks typed them --------------------------------------------------------

_MOBILE_FORMATS = (
    "{op} {a} {b} {c}",
    "{op}{a}{b}{c}",
    "8-{op}-{a}-{b}-{c}",
    "+38 {op} {a}{b}{c}",
    "{op}.{a}.{b}.{c}",
    "моб {op}{a}{b}{c}",
    "моб. {op}-{a}-{b}-{c}",
    "({op}) {a}-{b}-{c}",
    "+38{op}{a}{b}{c}",
    "38{op}{a}{b}{c}",
    "{op}-{a}-{b}{c}",
    "м.т. {op} {a}-{b}-{c}",
    "моб.тел. 8{op}{a}{b}{c}",
)
_MOBILE_WEIGHTS = (14, 14, 10, 8, 4, 6, 6, 8, 6, 3, 5, 3, 2)
_HOME_FORMATS = (
    "дом. {a}-{b}-{c}",
    "(0{area}) {a} {b} {c}",
    "{a}-{b}-{c}",
    "0{area}-{a}-{b}-{c}",
    "8(0{area}){a}{b}{c}",
    "д.т. {a}{b}{c}",
    "дом {a} {b} {c}",
    "+380{area}{a}{b}{c}",
    "домашний {a}-{b}-{c}",
    "8-0{area}-{a}-{b}-{c}",
)
_HOME_WEIGHTS = (14, 10, 16, 8, 6, 6, 6, 3, 4, 5)
_WORK_FORMATS = (
    "роб. (0{area}) {a}-{b}-{c}",
    "раб. {a}-{b}-{c}",
    "р.т. {a}{b}{c}",
    "служб. 0{area}{a}{b}{c}",
)
_WORK_MOBILE_FORMATS = ("роб. моб. {op} {a} {b} {c}", "раб. {op}-{a}-{b}-{c}", "р.т. {op}{a}{b}{c}")
_CDMA_FORMATS = (
    "CDMA {op} {a} {b} {c}",
    "{op}-{a}-{b}-{c}",
    "({op}) {a}-{b}-{c}",
    "{op}{a}{b}{c}",
    "CDMA {op}{a}{b}{c}",
)
_OTHER_FORMATS = ("{note} {op}{a}{b}{c}", "{note} {op} {a} {b} {c}", "{note}: {op}-{a}-{b}-{c}")
_OTHER_NOTES = ("дочка", "син", "сусідка", "мама", "брат", "сестра", "сын", "дочь")


@dataclass(slots=True)
class _Phone:
    key: str  # e164, or "raw:<text>"
    e164: str | None
    raw: str
    kind: str
    note: str
    accounts: list[int]  # indexes into the subscriber's accounts
    retired: bool = False


@dataclass(slots=True)
class _Account:
    number: str
    id: str
    city: _City
    street: str
    house: str
    flat: str
    dir_code: str
    status: str
    package: _Package
    created: int


@dataclass
class _Buffers:
    """Rows made and not yet written, per table."""

    rows: dict[str, list[tuple[Any, ...]]] = field(
        default_factory=lambda: {table: [] for table in _COLUMNS}
    )


class _Generator:
    """Makes the rows of one subscriber at a time into buffers, deterministically."""

    def __init__(self, ctx: _Context, subscribers: int, seed: int) -> None:
        self.ctx = ctx
        self.rng = _Random(seed)
        self.out = _Buffers()
        self.ids = {
            kind: _NaturalIds(kind)
            for kind in ("subscriber", "account", "account_service", "phone", "phone_account")
        }
        slots = 3 * subscribers
        width = max(7, len(str(slots - 1)))
        self.modulus = 10**width
        self.width = width
        self.mult = 2_718_283  # odd and not a multiple of 5: a bijection modulo 10**width
        self.offset = random.Random(seed ^ 0x5EED).randrange(self.modulus)
        self.complaint_seq: dict[tuple[str, int], int] = {}
        names = ctx.words["names"]
        self.surnames = [tuple(s) for s in names["surnames"]]
        self.male = [tuple(m) for m in names["male"]]
        self.female = [tuple(f) for f in names["female"]]
        orgs = ctx.words["organisations"]
        self.org_forms = [tuple(f) for f in orgs["forms"]]
        self.org_names = list(orgs["names"])
        phones = ctx.words["phones"]
        self.mobile_ops = _Weighted(list(phones["mobile"]), list(phones["mobile"].values()))
        self.cdma_ops = _Weighted(list(phones["cdma"]), list(phones["cdma"].values()))
        self.history = ctx.words["history"]
        self.mobile_formats = _Weighted(_MOBILE_FORMATS, _MOBILE_WEIGHTS)
        self.home_formats = _Weighted(_HOME_FORMATS, _HOME_WEIGHTS)
        self.first_day = (dt.date(2006, 1, 1) - _EPOCH.date()).days

    # -- names -------------------------------------------------------------------------------

    def _person(self) -> tuple[str, str, str]:
        rng = self.rng
        r = rng.random()
        uk_surname = uk_first = r < 0.58
        if r >= 0.93:  # a record typed half in one spelling, half in the other
            uk_surname = rng.random() < 0.5
            uk_first = not uk_surname
        surname = self.surnames[rng.below(len(self.surnames))]
        last = surname[0] if uk_surname else surname[1]
        woman = rng.random() < 0.53
        if woman:
            if surname[2] == "ov":
                last += "а"
            elif surname[2] in ("sky", "adj"):
                last = last[:-2] + ("а" if uk_surname else "ая")
            first_pair = self.female[rng.below(len(self.female))]
            first = first_pair[0] if uk_first else first_pair[1]
        else:
            first_pair = self.male[rng.below(len(self.male))]
            first = first_pair[0] if uk_first else first_pair[1]
        father = self.male[rng.below(len(self.male))]
        if rng.random() < 0.04:
            patronymic = ""
        else:
            patronymic = father[2 + (0 if uk_first else 2) + (1 if woman else 0)]
        return last, first, patronymic

    def _organisation(self) -> str:
        rng = self.rng
        form = self.org_forms[rng.below(len(self.org_forms))]
        name = self.org_names[rng.below(len(self.org_names))]
        if form[0] == "ОСББ":
            city = self.ctx.cities.pick(rng)
            street = city.streets.pick(rng)[0]
            return f"ОСББ «{street.split(' ', 1)[-1]} {rng.between(1, 150)}»"
        return f"{form[0] if rng.random() < 0.7 else form[1]} «{name}»"

    # -- addresses ---------------------------------------------------------------------------

    def _address(self, city: _City, organisation: bool) -> tuple[str, str, str, str]:
        """(street as written, house, flat, directorate code) of a new address in ``city``."""
        rng = self.rng
        ctx = self.ctx
        for _attempt in range(20):
            main, aliases, max_house = city.streets.pick(rng)
            r = rng.random()
            if r < 0.1 and aliases:
                street = aliases[rng.below(len(aliases))]
            elif r > 0.95 and " " in main and main.split(" ", 1)[0].endswith("."):
                street = main.split(" ", 1)[1]  # without the street type word
            else:
                street = main
            n = int(max_house * rng.random() ** 1.6) + 1
            r = rng.random()
            if r < 0.05:
                house = f"{n}{'АБВ'[rng.below(3)]}"
            elif r < 0.07:
                house = f"{n}{'абв'[rng.below(3)]}"
            elif r < 0.10:
                house = f"{n}/{rng.between(1, 12)}"
            elif r < 0.11:
                house = f"{n} корп. {rng.between(1, 4)}"
            else:
                house = str(n)
            dir_code = ctx.resolve(city.name, street, str(n))
            if dir_code is None:
                continue
            if organisation:
                flat = f"оф. {rng.between(1, 40)}" if rng.random() < 0.3 else ""
            else:
                flat = str(rng.between(1, 280)) if rng.random() < 0.78 else ""
            return street, house, flat, dir_code
        raise ValidationError(  # pragma: no cover - only with contradictory address rules
            f"no address rule covers the streets of {city.name}", code="demo.no_address_rule"
        )

    # -- one subscriber ----------------------------------------------------------------------

    def subscriber(self, index: int) -> None:
        """Make subscriber number ``index`` (from 1) with accounts, phones and history."""
        rng = self.rng
        ctx = self.ctx
        out = self.out.rows
        ref = f"S{index:07d}"
        sid = self.ids["subscriber"](ref)
        organisation = rng.random() < 0.02
        if organisation:
            last, first, patronymic, kind = self._organisation(), "", "", "organisation"
        else:
            last, first, patronymic = self._person()
            kind = "person"
        created = self._day_time(self.first_day + rng.below(_TODAY_DAY - self.first_day - 8))

        r = rng.random()
        n_accounts = 1 if r < 0.76 else 2 if r < 0.95 else 3
        accounts: list[_Account] = []
        city = ctx.cities.pick(rng)
        street, house, flat, dir_code = self._address(city, organisation)
        for k in range(n_accounts):
            if k:
                r = rng.random()
                if r < 0.5:
                    pass  # a second contract at the same address (often TV and Internet apart)
                else:
                    if r > 0.85:
                        city = ctx.cities.pick(rng)
                    street, house, flat, dir_code = self._address(city, organisation)
            serial = (self.mult * ((index - 1) * 3 + k) + self.offset) % self.modulus
            body = f"{ctx.dir_area[dir_code]}{serial:0{self.width}d}"
            number = body + _luhn(body)
            a_created = created if k == 0 else self._later(created)
            status = _ACCOUNT_STATUSES[bisect.bisect_right((0.84, 0.91, 0.96), rng.random())]
            if status == "pending":
                a_created = self._day_time(_TODAY_DAY - rng.between(1, 30))
            accounts.append(
                _Account(
                    number=number,
                    id=self.ids["account"](number),
                    city=city,
                    street=street,
                    house=house,
                    flat=flat,
                    dir_code=dir_code,
                    status=status,
                    package=ctx.package_pick.pick(rng),
                    created=a_created,
                )
            )
        # The directorate of the lowest account number: what the billing import makes of an
        # export sorted by account (its subscriber takes the directorate of its first row).
        scope = min(accounts, key=_NUMBER).dir_code

        reconciled_at: int | None = None
        reconciled_by: str | None = None
        clerk = ctx.clerks[rng.below(len(ctx.clerks))]
        if rng.random() < 0.2:
            reconciled_at = self._day_time(_TODAY_DAY - rng.between(1, 700))
            reconciled_at = max(reconciled_at, created + 60)
            reconciled_by = clerk
        created_text = _stamp(created)
        out["subscriber"].append(
            (
                sid,
                scope,
                created_text,
                _stamp(max(created, reconciled_at or 0)),
                ref,
                last,
                first,
                patronymic,
                kind,
                "",
                None if reconciled_at is None else _stamp(reconciled_at),
                reconciled_by,
            )
        )
        for acc in accounts:
            stamp = _stamp(acc.created)
            balance = self._balance(acc)
            out["account"].append(
                (
                    acc.id,
                    acc.dir_code,
                    stamp,
                    stamp,
                    acc.number,
                    sid,
                    acc.city.name,
                    acc.street,
                    acc.house,
                    acc.flat,
                    ctx.dir_ids[acc.dir_code],
                    acc.status,
                    balance,
                    acc.package.id,
                )
            )
            # As billing imports them: the package's services, whatever the status.
            self._services(acc, acc.package, stamp)

        phones = self._phones(accounts, organisation)
        self._write_phones(ref, sid, scope, created, accounts, phones, reconciled_at, clerk)
        if reconciled_at is not None:
            self._answers(sid, scope, phones, reconciled_at, clerk)
        self._history(sid, scope, accounts, phones, clerk)

    def _services(self, acc: _Account, package: _Package, stamp: str) -> None:
        ids = self.ids["account_service"]
        append = self.out.rows["account_service"].append
        for svc_code, svc_id in package.services:
            append(
                (ids(f"{acc.number}:{svc_code}"), acc.dir_code, stamp, stamp, acc.id, svc_id, stamp)
            )

    def _balance(self, acc: _Account) -> int:
        rng = self.rng
        fee = acc.package.fee
        if acc.status == "pending":
            return 0
        if acc.status == "suspended":
            return -rng.between(fee, 4 * fee)
        if acc.status == "closed":
            return 0 if rng.random() < 0.7 else -rng.between(100, 2 * fee)
        r = rng.random()
        if r < 0.12:
            return -rng.between(1, fee)
        if r < 0.22:
            return 0
        if r < 0.8:
            return rng.between(1, 3 * fee)
        return rng.between(1, 3 * fee) // 100 * 100

    # -- phones ------------------------------------------------------------------------------

    def _mobile(self, ops: _Weighted) -> tuple[str, str, str, str, str]:
        rng = self.rng
        op = ops.pick(rng)
        rest = f"{rng.below(10_000_000):07d}"
        return f"+380{op[1:]}{rest}", op, rest[:3], rest[3:5], rest[5:]

    def _landline(self, city: _City) -> tuple[str, str, str, str]:
        rng = self.rng
        start = city.landline_starts[rng.below(len(city.landline_starts))]
        local = f"{start}{rng.below(100_000):05d}"
        return f"+380{city.area}{local}", local[:3], local[3:5], local[5:]

    def _phones(self, accounts: list[_Account], organisation: bool) -> list[_Phone]:
        rng = self.rng
        everywhere = list(range(len(accounts)))
        phones: list[_Phone] = []
        seen: set[str] = set()

        def add(phone: _Phone) -> None:
            if phone.key not in seen:
                seen.add(phone.key)
                phones.append(phone)

        r = rng.random()
        n_mobile = 0 if r < 0.08 else 1 if r < 0.62 else 2 if r < 0.93 else 3
        for m in range(n_mobile):
            e164, op, a, b, c = self._mobile(self.mobile_ops)
            raw = self.mobile_formats.pick(rng).format(op=op, a=a, b=b, c=c)
            note = ""
            if m:
                notes = self.history["phone_notes_mobile"]
                note = notes[rng.below(len(notes))]
            linked = everywhere if rng.random() < 0.8 else [0]
            add(_Phone(e164, e164, raw, "mobile", note, linked))
        # Home landlines: one per city the subscriber has an account in, at that address.
        cities_done: set[str] = set()
        for i, acc in enumerate(accounts):
            if acc.city.name in cities_done:
                continue
            cities_done.add(acc.city.name)
            if rng.random() < (0.55 if i == 0 else 0.3) and not organisation:
                e164, a, b, c = self._landline(acc.city)
                raw = self.home_formats.pick(rng).format(area=acc.city.area, a=a, b=b, c=c)
                same_place = [
                    j
                    for j, other in enumerate(accounts)
                    if (other.city.name, other.street, other.house, other.flat)
                    == (acc.city.name, acc.street, acc.house, acc.flat)
                ]
                add(_Phone(e164, e164, raw, "home", "", same_place))
        if rng.random() < 0.06:
            e164, op, a, b, c = self._mobile(self.cdma_ops)
            raw = _CDMA_FORMATS[rng.below(len(_CDMA_FORMATS))].format(op=op, a=a, b=b, c=c)
            add(_Phone(e164, e164, raw, "cdma", "", everywhere))
        if rng.random() < (0.6 if organisation else 0.14):
            if rng.random() < 0.6:
                city = accounts[0].city
                e164, a, b, c = self._landline(city)
                fmt = _WORK_FORMATS[rng.below(len(_WORK_FORMATS))]
                raw = fmt.format(area=city.area, a=a, b=b, c=c)
            else:
                e164, op, a, b, c = self._mobile(self.mobile_ops)
                fmt = _WORK_MOBILE_FORMATS[rng.below(len(_WORK_MOBILE_FORMATS))]
                raw = fmt.format(op=op, a=a, b=b, c=c)
            add(_Phone(e164, e164, raw, "work", "", [0]))
        if rng.random() < 0.07:
            e164, op, a, b, c = self._mobile(self.mobile_ops)
            note = _OTHER_NOTES[rng.below(len(_OTHER_NOTES))]
            fmt = _OTHER_FORMATS[rng.below(len(_OTHER_FORMATS))]
            add(_Phone(e164, e164, fmt.format(note=note, op=op, a=a, b=b, c=c), "other", note, [0]))
        if rng.random() < 0.25:  # a number that is no longer true, kept as history
            if rng.random() < 0.5:
                city = accounts[0].city
                e164, a, b, c = self._landline(city)
                raw = self.home_formats.pick(rng).format(area=city.area, a=a, b=b, c=c)
                kind = "home"
            else:
                e164, op, a, b, c = self._mobile(self.mobile_ops)
                raw = self.mobile_formats.pick(rng).format(op=op, a=a, b=b, c=c)
                kind = "mobile"
            add(_Phone(e164, e164, raw, kind, "", [0], retired=True))
        if rng.random() < 0.004:
            texts = self.history["unparsed"]
            raw = texts[rng.below(len(texts))]
            add(_Phone(f"raw:{raw}", None, raw, "other", "", [0]))
        return phones

    def _write_phones(
        self,
        ref: str,
        sid: str,
        scope: str,
        created: int,
        accounts: list[_Account],
        phones: list[_Phone],
        reconciled_at: int | None,
        clerk: str | None,
    ) -> None:
        rng = self.rng
        out = self.out.rows
        phone_ids = self.ids["phone"]
        link_ids = self.ids["phone_account"]
        reasons = self.history["retire_reasons"]
        created_text = _stamp(created)
        confirmed_text = None if reconciled_at is None else _stamp(reconciled_at)
        for phone in phones:
            pid = phone_ids(f"{ref}:{phone.key}")
            if phone.retired:
                retired = self._later(created)
                retired_text: str | None = _stamp(retired)
                updated = retired_text
                reason = reasons[rng.below(len(reasons))]
                retired_by = clerk
                confirmed = None
                confirmed_by = None
            else:
                retired_text = None
                reason = ""
                retired_by = None
                confirmed = confirmed_text if phone.e164 is not None else None
                confirmed_by = clerk if confirmed is not None else None
                updated = confirmed or created_text
            out["phone"].append(
                (
                    pid,
                    scope,
                    created_text,
                    updated,
                    sid,
                    phone.e164,
                    phone.raw,
                    phone.kind,
                    phone.note,
                    None,
                    confirmed,
                    confirmed_by,
                    retired_text,
                    retired_by,
                    reason,
                )
            )
            for j in phone.accounts:
                acc = accounts[j]
                out["phone_account"].append(
                    (
                        link_ids(f"{pid}:{acc.number}"),
                        acc.dir_code,
                        created_text,
                        created_text,
                        pid,
                        acc.id,
                    )
                )

    def _answers(
        self, sid: str, scope: str, phones: list[_Phone], at: int, clerk: str | None
    ) -> None:
        rng = self.rng
        kinds = {p.kind for p in phones if not p.retired and p.e164 is not None}
        stamp = _stamp(at)
        for kind in ("home", "cdma", "mobile"):
            if kind in kinds:
                continue
            answer = "none" if kind == "cdma" or rng.random() < 0.75 else "postponed"
            self.out.rows["phone_kind_answer"].append(
                (_uuid7(at, rng), scope, stamp, stamp, sid, kind, answer, clerk)
            )

    # -- history -----------------------------------------------------------------------------

    def _day_time(self, day: int) -> int:
        """A moment of office hours on ``day`` (days since 2000-01-01), in seconds."""
        return day * _DAY + self.rng.span(8 * 3600, 19 * 3600)

    def _later(self, moment: int) -> int:
        """A moment of office hours on a day after ``moment`` and before today."""
        return self._day_time(self.rng.span(moment // _DAY + 1, _TODAY_DAY))

    def _recent(self, days: int) -> int:
        return self._day_time(_TODAY_DAY - self.rng.between(1, days))

    def _history(
        self,
        sid: str,
        scope: str,
        accounts: list[_Account],
        phones: list[_Phone],
        clerk: str | None,
    ) -> None:
        rng = self.rng
        out = self.out.rows
        words = self.history
        current = [p.e164 for p in phones if p.e164 is not None and not p.retired]
        for acc in accounts:
            if acc.status == "pending":
                self._request(sid, acc, "connection", current, clerk)
        if rng.random() < 0.06:
            for _ in range(rng.between(1, 3)):
                acc = accounts[rng.below(len(accounts))]
                start = max(self._recent(365), acc.created + 60)
                channel = _CHANNELS.pick(rng)
                purposes = words["contact_purposes"]
                out["contact"].append(
                    (
                        _uuid7(start, rng),
                        acc.dir_code,
                        _stamp(start),
                        _stamp(start),
                        channel,
                        sid,
                        acc.id,
                        current[0] if channel == "phone" and current else "",
                        purposes[rng.below(len(purposes))],
                        _OUTCOMES.pick(rng),
                        clerk,
                        _stamp(start),
                        _stamp(start + rng.between(90, 1200)),
                    )
                )
        if rng.random() < 0.015:
            self._complaint(sid, accounts[rng.below(len(accounts))], clerk)
        if rng.random() < 0.04:
            active = [a for a in accounts if a.status == "active"]
            if active:
                self._package_change(active[rng.below(len(active))], clerk)
        if rng.random() < 0.02:
            acc = accounts[rng.below(len(accounts))]
            if acc.status in ("active", "suspended"):
                self._request(sid, acc, "repair", current, clerk)

    def _request(
        self, sid: str, acc: _Account, kind: str, phones: list[str], clerk: str | None
    ) -> None:
        rng = self.rng
        out = self.out.rows
        at = max(self._recent(60), acc.created + 60) if kind == "repair" else acc.created
        phone = phones[0] if phones else ""
        national = f"0{phone[4:]}" if phone else "немає"
        if kind == "connection":
            note = f"Підключення: {acc.package.code}. Контактний тел. {national}"
            status = "new" if rng.random() < 0.7 else "assigned"
        else:
            notes = self.history["repair_notes"]
            note = f"{notes[rng.below(len(notes))]}. Контактний тел. {national}"
            r = rng.random()
            status = _REPAIR_STATUSES[bisect.bisect_right((0.7, 0.85, 0.97), r)]
        address = f"{acc.city.name}, {acc.street} {acc.house}" + (
            f", кв. {acc.flat}" if acc.flat.isdigit() else f", {acc.flat}" if acc.flat else ""
        )
        rid = _uuid7(at, rng)
        steps = {
            "new": ["new"],
            "assigned": ["new", "assigned"],
            "done": ["new", "assigned", "done"],
            "cancelled": ["new", "cancelled"],
        }[status]
        last = at + 3600 * 24 * (len(steps) - 1)
        out["technician_request"].append(
            (
                rid,
                acc.dir_code,
                _stamp(at),
                _stamp(last),
                kind,
                sid,
                acc.id,
                address,
                note,
                phone,
                _PREFERRED[rng.below(len(_PREFERRED))],
                status,
                clerk,
            )
        )
        for i, step in enumerate(steps):
            when = at + 3600 * 24 * i
            out["technician_request_status"].append(
                (_uuid7(when, rng), acc.dir_code, _stamp(when), _stamp(when), rid, step, "", clerk)
            )

    def _complaint(self, sid: str, acc: _Account, clerk: str | None) -> None:
        rng = self.rng
        out = self.out.rows
        words = self.history
        at = max(self._recent(500), acc.created + 60)
        year = int(_DAY_TEXT[at // _DAY][:4])
        office = self.ctx.offices.get(acc.dir_code, acc.dir_code[:2].upper())
        seq = self.complaint_seq.get((office, year), 0) + 1
        self.complaint_seq[(office, year)] = seq
        age = _TODAY_DAY - at // _DAY
        if age > 30:
            status = "resolved" if rng.random() < 0.85 else "rejected"
        else:
            status = "registered" if rng.random() < 0.5 else "in_progress"
        steps = {
            "registered": ["registered"],
            "in_progress": ["registered", "in_progress"],
            "resolved": ["registered", "in_progress", "resolved"],
            "rejected": ["registered", "rejected"],
        }[status]
        cid = _uuid7(at, rng)
        last = at + 3600 * 24 * 3 * (len(steps) - 1)
        categories = words["complaint_categories"]
        texts = words["complaint_texts"]
        out["complaint"].append(
            (
                cid,
                acc.dir_code,
                _stamp(at),
                _stamp(last),
                f"{office}-{year}-{seq:06d}",
                _CHANNELS.pick(rng),
                categories[rng.below(len(categories))],
                texts[rng.below(len(texts))],
                sid,
                acc.id,
                status,
                clerk,
                _DAY_TEXT[at // _DAY + 14],
                clerk,
            )
        )
        for i, step in enumerate(steps):
            when = at + 3600 * 24 * 3 * i
            out["complaint_status"].append(
                (_uuid7(when, rng), acc.dir_code, _stamp(when), _stamp(when), cid, step, "", clerk)
            )

    def _package_change(self, acc: _Account, clerk: str | None) -> None:
        rng = self.rng
        others = [p for p in self.ctx.package_pick.items if p.code != acc.package.code]
        if not others:
            return
        old = others[rng.below(len(others))]
        at = max(self._recent(700), acc.created + _DAY)
        day = _DAY_TEXT[at // _DAY]
        had = {code for code, _ in old.services}
        now = {code for code, _ in acc.package.services}
        # A service once connected stays on the account (billing never removes it either).
        kept = _Package(old.code, old.id, old.fee, [s for s in old.services if s[0] not in now])
        self._services(acc, kept, _stamp(acc.created))
        fees: dict[str, int] = {}
        for code, _sid in acc.package.services:
            if code not in had:
                fees[code] = self._tariff(code, acc.dir_code, day)
        stamp = _stamp(at)
        self.out.rows["package_change"].append(
            (
                _uuid7(at, rng),
                acc.dir_code,
                stamp,
                stamp,
                acc.id,
                old.id,
                acc.package.id,
                json.dumps(fees, sort_keys=True),
                sum(fees.values()),
                day,
                clerk,
                "confirmed",
            )
        )

    def _tariff(self, service: str, dir_code: str, day: str) -> int:
        """Connection price of ``service`` on ``day``: the directorate's own tariff first."""
        company: int | None = None
        for svc, dcode, price, valid_from, valid_to in self.ctx.tariffs:
            if svc != service or valid_from > day or (valid_to is not None and valid_to < day):
                continue
            if dcode == dir_code:
                return int(price)
            if dcode is None:
                company = int(price)
        return company or 0


_CHANNELS = _Weighted(("phone", "office", "forum", "email"), (70, 20, 5, 5))
_OUTCOMES = _Weighted(
    (
        "helped_by_phone",
        "technician_request",
        "complaint",
        "referred_to_reception_point",
        "booked_with_director",
        "other",
    ),
    (50, 15, 10, 10, 3, 12),
)
_NUMBER = operator.attrgetter("number")
_ACCOUNT_STATUSES = ("active", "suspended", "closed", "pending")
_REPAIR_STATUSES = ("done", "new", "assigned", "cancelled")
_PREFERRED = ("", "будні після 18:00", "субота до обіду", "будь-коли, попередньо подзвонити")


# --- writing ------------------------------------------------------------------------------------

Rows = dict[str, list[tuple[Any, ...]]]
_FIRST = operator.itemgetter(0)


def _chunks(ctx: _Context, subscribers: int, seed: int) -> Iterator[tuple[int, Rows]]:
    """The rows of every :data:`_CHUNK` subscribers, with how many are done after them."""
    gen = _Generator(ctx, subscribers, seed)
    for first in range(1, subscribers + 1, _CHUNK):
        last = min(first + _CHUNK, subscribers + 1)
        for index in range(first, last):
            gen.subscriber(index)
        rows = gen.out.rows
        gen.out = _Buffers()
        for table in BULK_TABLES:
            # In key order the inserts walk each primary-key index left to right instead of
            # jumping around it: about a sixth less work for the writer, paid by the generator.
            rows[table].sort(key=_FIRST)
        yield last - 1, rows


_FRAME = struct.Struct("<Q")


def worker_main() -> None:
    """Body of the generator process (``python -c ...``, see :func:`_chunks_from_worker`).

    Reads the pickled ``(context, subscribers, seed)`` from standard input and writes each
    chunk to standard output as a length-prefixed ``marshal`` frame (fast for plain tuples),
    then an empty frame. An error becomes a ``("error", text)`` frame for the parent to
    report in its one line. Ctrl+C is left to the parent, which ends this process.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    out = sys.stdout.buffer

    def send(message: Any) -> None:
        data = marshal.dumps(message)
        out.write(_FRAME.pack(len(data)))
        out.write(data)
        out.flush()

    try:
        ctx, subscribers, seed = pickle.loads(sys.stdin.buffer.read())
        for done, rows in _chunks(ctx, subscribers, seed):
            send((done, rows))
        send(None)
    except OSError:  # the parent stopped listening: it failed or was interrupted
        pass
    except Exception as exc:
        with contextlib.suppress(OSError):
            send(("error", f"{type(exc).__name__}: {exc}"))


def _read_exactly(stream: IO[bytes], size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise RuntimeError("the demo data generator process stopped unexpectedly")
    return data


def _chunks_from_worker(ctx: _Context, subscribers: int, seed: int) -> Iterator[tuple[int, Rows]]:
    """:func:`_chunks` computed in another process, so generating and writing overlap.

    The same single generator runs there, so the rows are exactly those of :func:`_chunks`.
    The process is a plain ``python -c`` child rather than :mod:`multiprocessing`, which
    would re-run the caller's main script and does not mix with threads when forking.
    """
    process = subprocess.Popen(
        [sys.executable, "-c", "from receptionapp.db.demo import worker_main; worker_main()"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    stdin, stdout = cast(IO[bytes], process.stdin), cast(IO[bytes], process.stdout)
    finished = False
    try:
        stdin.write(pickle.dumps((ctx, subscribers, seed)))
        stdin.close()
        while True:
            (size,) = _FRAME.unpack(_read_exactly(stdout, _FRAME.size))
            message = marshal.loads(_read_exactly(stdout, size))
            if message is None:
                finished = True
                break
            if message[0] == "error":
                raise RuntimeError(f"the demo data generator failed: {message[1]}")
            yield message
    finally:
        stdout.close()
        if not finished:
            process.kill()
        process.wait()


def _write(conn: Any, rows: Rows) -> None:
    for table, table_rows in rows.items():
        if table_rows:
            conn.executemany(_INSERT[table], table_rows)


@contextlib.contextmanager
def _uncaptured(db: pw.SqliteDatabase) -> Iterator[None]:
    """One transaction whose writes sync's change capture ignores (a bulk load, DESIGN §5)."""
    try:
        from receptionapp.db.capture import capture_suspended
    except ImportError:  # no change capture in this version
        with db.atomic():
            yield
        return
    with capture_suspended(db):
        yield


def _schema_objects(
    db: pw.SqliteDatabase, kind: str, tables: Iterable[str]
) -> list[tuple[str, str]]:
    """(name, SQL) of the indexes or triggers of ``tables`` (automatic indexes excluded)."""
    names = list(tables)
    marks = ", ".join("?" * len(names))
    cursor = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = ? AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY name",
        [kind, *names],
    )
    return [(name, sql) for name, sql in cursor.fetchall()]


@dataclass
class DemoSummary:
    """What :func:`generate_demo_company` wrote and how long it took.

    Attributes:
        rows: rows written per table.
        seconds: time per stage (``generate``, ``indexes``, ``search index``).
        cpu_seconds: processor time per stage in this process, and ``generator process``
            for the second process when there was one: what the stages cost on a machine
            that other work also uses.
    """

    rows: dict[str, int]
    seconds: dict[str, float]
    cpu_seconds: dict[str, float] = field(default_factory=dict)


def generate_demo_company(
    db: pw.SqliteDatabase,
    subscribers: int,
    seed: int,
    progress: Progress | None = None,
    *,
    fresh_file: bool = False,
    parallel: bool | None = None,
) -> DemoSummary:
    """Write a deterministic demo company into ``db`` (reference data must be loaded).

    Args:
        db: an open office database with reference data and no subscribers yet.
        subscribers: how many subscribers to make.
        seed: the random seed; the same seed gives the same rows.
        progress: called as ``progress(stage, done, total)`` while it works.
        fresh_file: the file is new and disposable (built under a temporary name): load it
            without a journal, fsync or foreign-key checks, with the secondary indexes and
            the change-capture triggers of the tables it fills dropped and recreated from
            their own SQL at the end. Never for a database someone relies on.
        parallel: generate in a second process while this one writes (the same rows, sooner
            on two cores); by default from 50,000 subscribers on.

    Returns:
        Rows written per table and the time each stage took.

    Raises:
        ValidationError: ``demo.not_empty`` when the database already has subscribers;
            ``demo.no_reference_data`` when it has no directorates.
    """
    if subscribers < 1:
        raise ValidationError("the number of subscribers must be 1 or more", code="demo.count")
    (existing,) = db.execute_sql("SELECT count(*) FROM subscriber").fetchone()
    if existing:
        raise ValidationError(
            f"the database already has {existing} subscribers; "
            "demo data goes into a new or empty database",
            code="demo.not_empty",
            count=existing,
        )
    if parallel is None:
        parallel = subscribers >= 50_000 and (os.cpu_count() or 1) > 1 and bool(sys.executable)
    report = progress or (lambda _stage, _done, _total: None)
    ctx = _context(db)
    conn = db.connection()
    seconds: dict[str, float] = {}
    counts = dict.fromkeys(_COLUMNS, 0)

    dropped: list[tuple[str, str]] = []
    db.execute_sql("PRAGMA foreign_keys = OFF")  # the generator keeps every reference whole
    if fresh_file:
        db.execute_sql("PRAGMA journal_mode = OFF")
        db.execute_sql("PRAGMA synchronous = OFF")
        db.execute_sql("PRAGMA cache_size = -2000000")  # 2 GB: the hot B-tree pages stay
        db.execute_sql("PRAGMA threads = 2")  # CREATE INDEX may sort on a helper thread
        dropped = _schema_objects(db, "trigger", _COLUMNS) + _schema_objects(
            db, "index", BULK_TABLES
        )
        for name, sql in dropped:
            kind = "TRIGGER" if sql.lstrip().upper().startswith("CREATE TRIGGER") else "INDEX"
            db.execute_sql(f'DROP {kind} "{name}"')
    cpu: dict[str, float] = {}
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        started, cpu_started = time.perf_counter(), time.process_time()
        report("subscribers", 0, subscribers)
        chunks = (_chunks_from_worker if parallel else _chunks)(ctx, subscribers, seed)
        # A new file is written in one transaction: a commit writes out every dirty page,
        # and the primary-key indexes of random UUIDs dirty nearly all their pages in each
        # chunk. Without a commit they stay in the page cache and only the table pages, which
        # are only ever appended, spill to the file. An existing database commits each chunk.
        with db.atomic() if fresh_file else contextlib.nullcontext():
            for done, rows in chunks:
                for table, table_rows in rows.items():
                    counts[table] += len(table_rows)
                with contextlib.nullcontext() if fresh_file else _uncaptured(db):
                    _write(conn, rows)
                report("subscribers", done, subscribers)
        seconds["generate"] = time.perf_counter() - started
        cpu["generate"] = time.process_time() - cpu_started
        if parallel:
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu["generator process"] = (after.ru_utime + after.ru_stime) - (
                children.ru_utime + children.ru_stime
            )

        started, cpu_started = time.perf_counter(), time.process_time()
        if dropped:
            # Index builds sort faster in runs of a few hundred MB than in one huge run.
            db.execute_sql("PRAGMA cache_size = -250000")
            report("indexes", 0, len(dropped))
            for i, (_name, sql) in enumerate(dropped, start=1):
                db.execute_sql(sql)
                report("indexes", i, len(dropped))
            seconds["indexes"] = time.perf_counter() - started
            cpu["indexes"] = time.process_time() - cpu_started

        # Still with the bulk settings of a new file: the lookup index is as big a write.
        started, cpu_started = time.perf_counter(), time.process_time()
        if _rebuild_search_index(db, report):
            seconds["search index"] = time.perf_counter() - started
            cpu["search index"] = time.process_time() - cpu_started
    finally:
        # A failed load of a new file leaves it to be deleted (no schema to put back); the
        # house settings return either way, for whoever uses the connection next.
        if fresh_file:
            db.execute_sql("PRAGMA synchronous = FULL")
            db.execute_sql("PRAGMA cache_size = -64000")
            db.execute_sql("PRAGMA threads = 0")
            db.execute_sql("PRAGMA journal_mode = WAL")
        db.execute_sql("PRAGMA foreign_keys = ON")
    return DemoSummary(rows=counts, seconds=seconds, cpu_seconds=cpu)


def _rebuild_search_index(db: pw.SqliteDatabase, report: Progress) -> bool:
    """Build the lookup index when the lookup module exists; whether it did."""
    if importlib.util.find_spec("receptionapp.db.search") is None:
        return False
    rebuild = getattr(importlib.import_module("receptionapp.db.search"), "rebuild_index", None)
    if rebuild is None:
        return False
    last = [0, 1]

    def forward(done: int, total: int) -> None:
        last[:] = [done, max(total, 1)]
        report("search index", *last)

    forward(0, 1)
    rebuild(db, progress=forward)
    if last[0] < last[1]:
        report("search index", last[1], last[1])
    return True


# --- the command line and the GUI's --demo -------------------------------------------------------


class TerminalProgress:
    """A progress bar on a terminal, or a few plain lines when the stream is not one.

    Attributes:
        stream: where it writes (standard error by default).
    """

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self._tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self._stage = ""
        self._last_draw = 0.0
        self._last_quarter = -1
        self._started = time.perf_counter()

    def __call__(self, stage: str, done: int, total: int) -> None:
        """Show that ``done`` of ``total`` of ``stage`` are finished."""
        if stage != self._stage:
            if self._tty and self._stage:
                self.stream.write("\n")
            self._stage = stage
            self._last_quarter = -1
            self._started = time.perf_counter()
        fraction = done / total if total else 1.0
        elapsed = time.perf_counter() - self._started
        if self._tty:
            now = time.perf_counter()
            if done < total and now - self._last_draw < 0.1:
                return
            self._last_draw = now
            width = 30
            filled = int(width * fraction)
            bar = "#" * filled + "-" * (width - filled)
            self.stream.write(
                f"\r{stage:<13} [{bar}] {fraction:4.0%} {done:,}/{total:,} {elapsed:5.1f}s"
            )
            if done >= total:
                self.stream.write("\n")
                self._stage = ""
        else:
            quarter = int(fraction * 4)
            if quarter != self._last_quarter:
                self._last_quarter = quarter
                self.stream.write(f"{stage}: {done:,}/{total:,} ({fraction:.0%}, {elapsed:.1f}s)\n")
        self.stream.flush()


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _build_new_file(
    path: Path,
    build: Callable[[pw.SqliteDatabase], DemoSummary],
) -> DemoSummary:
    """Build a new database under a temporary name next to ``path``, then rename it.

    The models' database proxy is given back to whatever it pointed to before, so that a
    caller with its own database open (the GUI) is not left bound to the temporary file.
    """
    partial = path.with_name(path.name + ".partial")
    _remove_database_files(partial)  # left over from an interrupted run
    previous = database_proxy.obj
    db = open_database(partial, create=True)
    try:
        summary = build(db)
    except BaseException:
        db.close()
        _remove_database_files(partial)
        raise
    finally:
        if previous is not None:
            database_proxy.initialize(previous)
    db.close()
    os.replace(partial, path)
    return summary


def make_demo_database(
    db_path: str | os.PathLike[str],
    subscribers: int,
    seed: int,
    progress: Progress | None = None,
) -> DemoSummary:
    """Reference data plus a demo company in the database at ``db_path``.

    A new file is built fast under a temporary name and renamed when complete; an existing
    database (migrated first) gets the reference data and the demo company written in, with
    its safety settings kept.

    Raises:
        ValidationError: ``demo.not_empty`` when the database already has subscribers.
        StorageUnavailable: the file cannot be created or opened.
    """
    path = Path(db_path)

    def build(db: pw.SqliteDatabase, fresh: bool) -> DemoSummary:
        load_reference_data(db)
        return generate_demo_company(db, subscribers, seed, progress, fresh_file=fresh)

    if not path.exists():
        return _build_new_file(path, lambda db: build(db, True))
    previous = database_proxy.obj
    db = open_database(path)
    try:
        return build(db, False)
    finally:
        db.close()
        if previous is not None:
            database_proxy.initialize(previous)


def run_demo_data_command(db_path: str | os.PathLike[str], subscribers: int, seed: int) -> int:
    """``receptionapp demo-data``: make a demo company with a progress bar; the exit code."""
    path = Path(db_path)
    started = time.perf_counter()
    summary = make_demo_database(path, subscribers, seed, TerminalProgress())
    total = time.perf_counter() - started
    size = path.stat().st_size
    rows = summary.rows
    stages = ", ".join(f"{name} {sec:.1f} s" for name, sec in summary.seconds.items())
    print(
        f"{path}: {rows['subscriber']:,} subscribers, {rows['account']:,} accounts, "
        f"{rows['phone']:,} phones, {sum(rows.values()):,} rows in {total:.1f} s "
        f"({stages}); {size / 1e6:,.0f} MB"
    )
    return 0


def ensure_demo_database(
    path: Path, subscribers: int = 20_000, progress: Progress | None = None
) -> None:
    """Create the demo office database at ``path`` on first use; reuse it after.

    The new database holds the reference data, the demo company (seed 1) and the demo users
    ``clerk``/``clerk`` (:data:`DEMO_CLERK`) and ``director``/``director`` (the Kharkiv
    director). It is built under a temporary name and renamed when complete, so an
    interrupted first start leaves nothing behind and the next one starts over. About five
    seconds for the default size; ``progress(stage, done, total)`` may show it (called on
    this thread).
    """
    from receptionapp.db.users import add_user  # users pull in argon2; only needed here

    path = Path(path)
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)

    def build(db: pw.SqliteDatabase) -> DemoSummary:
        load_reference_data(db)
        add_user(DEMO_CLERK[0], DEMO_CLERK_NAME, "clerk", DEMO_CLERK[1], scope="kharkiv")
        director = db.execute_sql(
            "SELECT name FROM director WHERE directorate_id = "
            "(SELECT id FROM directorate WHERE code = 'kharkiv')"
        ).fetchone()
        name = director[0] if director else "Директор"
        add_user(DEMO_DIRECTOR[0], name, "director", DEMO_DIRECTOR[1], scope="kharkiv")
        load_reference_data(db)  # links the Kharkiv director to the user just made
        return generate_demo_company(db, subscribers, 1, progress, fresh_file=True)

    _build_new_file(path, build)
