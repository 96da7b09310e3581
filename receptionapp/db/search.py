"""The lookup engine: one query string finds subscribers by name, address, account or phone.

Nothing is scanned at query time. The index is kept in tables of its own (schema step
``0002_search_index.sql``), derived from the subscriber, account and phone tables:

* ``search_doc``: one row per account (and one per subscriber without accounts) holding its
  index tokens (:func:`receptionapp.core.search_keys.document_tokens`) and the reversed digits
  of the account number (B-tree index: suffix search on account numbers);
* ``search_fts``: an FTS5 index over ``search_doc.keys`` (external content, ``detail=none``,
  prefix indexes of 2 and 3 characters); its rowids are ``search_doc.id``, assigned in
  alphabetical order of the name at :func:`rebuild_index`, so matches come out of FTS5 in
  that order without sorting;
* ``search_phone``: reversed digits of every current number (B-tree: exact and suffix
  search on the national number).

:func:`lookup` answers in tiers, best first, and stops as soon as it has ``limit`` results:
for digits, exact account and phone matches, then account and phone tails; for words, every
word matching a whole indexed word, then every word a prefix, then Ukrainian/Russian
variants and wrong-layout readings. Within a tier, results are in alphabetical order of the
name.

Writers keep the index current: the billing importer and the GUI call
:func:`index_subscribers` with the subscribers they changed (sync must too); bulk loads call
:func:`rebuild_index`. ``receptionapp lookup`` (:func:`run_lookup_command`) opens the
database read-only and never takes the GUI lock.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import json
import logging
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, cast

import peewee as pw

from receptionapp.core.errors import ReceptionError, SchemaTooNew, StorageUnavailable
from receptionapp.core.search_keys import (
    NSN_LENGTH,
    ParsedQuery,
    QueryKind,
    QueryTerm,
    document_tokens,
    parse_query,
    reversed_digits,
)
from receptionapp.core.text import fold
from receptionapp.db.models import database_proxy

log = logging.getLogger(__name__)

#: The schema step that creates the index tables (in ``receptionapp/db/migrations``).
SCHEMA_FILE = "0003_search_index.sql"
#: Results of a one- or two-character query are capped at this many.
SHORT_QUERY_LIMIT = 20
#: A phone tail needs at least this many digits (fewer would match a good part of the city).
MIN_PHONE_TAIL = 4
#: An account tail needs at least this many digits.
MIN_ACCOUNT_TAIL = 3

# The digit after "9": the upper bound of a range scan over reversed digits that start with
# a given prefix (``x >= '4321' AND x < '4321:'``).
_AFTER_DIGITS = ":"

Progress = Callable[[int, int], None]


class MatchKind(enum.Enum):
    """Why a result was found, in the order results are ranked."""

    ACCOUNT = "account"  # the whole account number
    PHONE = "phone"  # a whole phone number
    ACCOUNT_TAIL = "account_tail"  # the last digits of an account number
    PHONE_TAIL = "phone_tail"  # the last digits of a phone number
    WORDS = "words"  # every word is a whole word of the name or address
    PREFIX = "prefix"  # every word begins a word of the name or address
    VARIANT = "variant"  # other-language spelling or wrong keyboard layout


@dataclass(frozen=True, slots=True)
class LookupResult:
    """One matching account (or a matching subscriber without accounts).

    The first seven attributes are the ``lookup --json`` contract (DESIGN.md §3); a
    subscriber without accounts has empty account fields.

    Attributes:
        subscriber_id: the subscriber's id.
        name: "Last First Patronymic" as written.
        account_number: the account's number.
        address: one line, ``Харків, вул. Сумська 10, кв. 5``.
        directorate: the code of the account's directorate.
        status: the account's status code.
        phones: the subscriber's current (not retired) numbers, E.164, sorted.
        account_id: the account's id (None for a subscriber without accounts).
        match: why it was found.
        rank: position in the result, 0 first.
    """

    subscriber_id: str
    name: str
    account_number: str
    address: str
    directorate: str
    status: str
    phones: tuple[str, ...]
    account_id: str | None = None
    match: MatchKind = MatchKind.WORDS
    rank: int = 0

    def to_json(self) -> dict[str, Any]:
        """The element of ``lookup --json``: exactly the contract's keys."""
        return {
            "subscriber_id": self.subscriber_id,
            "name": self.name,
            "account_number": self.account_number,
            "address": self.address,
            "directorate": self.directorate,
            "status": self.status,
            "phones": list(self.phones),
        }


@dataclass(slots=True)
class _Hits:
    """Document ids found so far, in rank order, with why each was found."""

    cap: int
    order: dict[int, MatchKind] = field(default_factory=dict)

    def is_full(self) -> bool:
        return len(self.order) >= self.cap

    def add(self, doc_ids: Iterable[int], match: MatchKind) -> None:
        for doc_id in doc_ids:
            if len(self.order) >= self.cap:
                return
            self.order.setdefault(doc_id, match)


# --- building the index ------------------------------------------------------------------


def _doc_keys(
    last: str | None,
    first: str | None,
    patronymic: str | None,
    city: str | None,
    street: str | None,
    house: str | None,
    flat: str | None,
) -> str:
    return document_tokens(last or "", first or "", patronymic or "", city, street, house, flat)


_fold = functools.lru_cache(maxsize=200_000)(fold)


def _sort_key(last: str | None, first: str | None, patronymic: str | None) -> str:
    # Alphabetical order of the folded name: the order results come out of FTS5 in.
    return f"{_fold(last or '')}\x01{_fold(first or '')}\x01{_fold(patronymic or '')}"


def _phone_digits_rev(e164: str | None, raw_text: str | None) -> str | None:
    if e164:
        return reversed_digits(e164)
    # A number the import could not read: its digits still find it by the last digits.
    digits = reversed_digits(raw_text)
    if digits and 5 <= len(digits) <= 15:
        return digits
    return None


class _Ticker:
    """Reports progress from inside SQL statements, phase by phase, never past the total.

    SQLite may evaluate a column more than once per row, so the count of calls is only an
    estimate: each phase is clamped to its size and completed by :meth:`finish_phase`.
    """

    def __init__(self, progress: Progress | None, total: int, every: int = 50_000) -> None:
        self.progress = progress
        self.total = max(total, 1)
        self.every = every
        self.base = 0
        self.size = 0
        self.calls = 0

    def start_phase(self, size: int) -> None:
        self.size = size
        self.calls = 0

    def finish_phase(self) -> None:
        self.base += self.size
        self.size = self.calls = 0
        self._report()

    def tick(self, value: Any) -> Any:
        self.calls += 1
        if self.progress is not None and self.calls % self.every == 0:
            self._report()
        return value

    def _report(self) -> None:
        if self.progress is not None:
            done = min(self.base + min(self.calls, self.size), self.total)
            self.progress(done, self.total)


def _register(conn: sqlite3.Connection, ticker: _Ticker | None = None) -> None:
    """Register the Python functions the index statements use on this connection."""
    conn.create_function("rs_doc_keys", 7, _doc_keys, deterministic=True)
    conn.create_function("rs_sort_key", 3, _sort_key, deterministic=True)
    conn.create_function("rs_rev_digits", 1, reversed_digits, deterministic=True)
    conn.create_function("rs_phone_rev", 2, _phone_digits_rev, deterministic=True)
    # Not deterministic: SQLite must call it once per row.
    conn.create_function("rs_tick", 1, ticker.tick if ticker else (lambda v: v))


# Current numbers: not retired, not deleted.
_CURRENT_PHONE = "p.retired_at IS NULL AND p.deleted_at IS NULL"

# Every document (account, or subscriber without accounts) with its tokens and sort key;
# ``{subscribers}`` narrows it to some subscribers (used twice: one ``?`` list per branch).
_DOC_SELECT = """
SELECT s.id AS s_id, a.id AS a_id, rs_rev_digits(a.number) AS rev,
       rs_tick(rs_doc_keys(s.last_name, s.first_name, s.patronymic,
                           a.city, a.street, a.house, a.flat)) AS keys,
       rs_sort_key(s.last_name, s.first_name, s.patronymic) AS sort_key, a.number AS n
FROM subscriber AS s JOIN account AS a ON a.subscriber_id = s.id AND a.deleted_at IS NULL
WHERE s.deleted_at IS NULL {subscribers}
UNION ALL
SELECT s.id, NULL, NULL,
       rs_tick(rs_doc_keys(s.last_name, s.first_name, s.patronymic, NULL, NULL, NULL, NULL)),
       rs_sort_key(s.last_name, s.first_name, s.patronymic), ''
FROM subscriber AS s
WHERE s.deleted_at IS NULL {subscribers}
  AND NOT EXISTS (SELECT 1 FROM account AS a WHERE a.subscriber_id = s.id
                  AND a.deleted_at IS NULL)
"""

_DOC_INSERT = (
    "INSERT INTO search_doc (subscriber_id, account_id, number_rev, keys) "
    "SELECT s_id, a_id, rev, keys FROM ({select}) ORDER BY sort_key, n, s_id"
)

# Current numbers (and the digits of text an import could not read as a number).
_PHONE_INSERT = f"""
INSERT OR IGNORE INTO search_phone (digits_rev, subscriber_id)
SELECT d, subscriber_id FROM (
    SELECT rs_tick(rs_phone_rev(p.e164, p.raw_text)) AS d, p.subscriber_id
    FROM phone AS p
    WHERE {_CURRENT_PHONE} AND (p.e164 IS NOT NULL OR p.raw_text != '') {{subscribers}}
) WHERE d IS NOT NULL {{order}}
"""

_INDEXES = (
    (
        "search_doc_subscriber_id",
        'CREATE INDEX "search_doc_subscriber_id" ON "search_doc" ("subscriber_id")',
    ),
    (
        "search_doc_number_rev",
        'CREATE INDEX "search_doc_number_rev" ON "search_doc" ("number_rev")',
    ),
    (
        "search_phone_subscriber_id",
        'CREATE INDEX "search_phone_subscriber_id" ON "search_phone" ("subscriber_id")',
    ),
)


def migrate_search_index(db: pw.SqliteDatabase) -> None:
    """Schema step: create the index tables and fill them from the rows already there.

    A database of an earlier schema with subscribers in it comes out searchable.
    """
    sql = (
        resources.files("receptionapp.db.migrations")
        .joinpath(SCHEMA_FILE)
        .read_text(encoding="utf-8")
    )
    for statement in sql.split(";\n"):
        if statement.strip():
            db.execute_sql(statement)
    rebuild_index(db)


def rebuild_index(db: pw.SqliteDatabase, progress: Progress | None = None) -> None:
    """Rebuild the whole lookup index from the subscriber, account and phone tables.

    Set-based: the tokens are computed by Python functions registered on the connection
    inside ``INSERT … SELECT`` statements, with the secondary indexes dropped during the load.
    Runs in one transaction (a savepoint when the caller has one open).

    Args:
        db: the office database.
        progress: called now and then with (rows done, rows in all), from this thread.
    """
    conn = db.connection()
    docs = db.execute_sql(
        "SELECT (SELECT count(*) FROM account AS a JOIN subscriber AS s"
        " ON s.id = a.subscriber_id WHERE a.deleted_at IS NULL AND s.deleted_at IS NULL)"
        " + (SELECT count(*) FROM subscriber AS s WHERE s.deleted_at IS NULL AND NOT EXISTS"
        " (SELECT 1 FROM account AS a WHERE a.subscriber_id = s.id AND a.deleted_at IS NULL))"
    ).fetchone()[0]
    phones = db.execute_sql(f"SELECT count(*) FROM phone AS p WHERE {_CURRENT_PHONE}").fetchone()[0]
    ticker = _Ticker(progress, total=2 * docs + phones)
    _register(conn, ticker)
    with db.atomic():
        for name, _sql in _INDEXES:
            db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
        db.execute_sql("DELETE FROM search_doc")
        db.execute_sql("DELETE FROM search_phone")
        ticker.start_phase(docs)
        db.execute_sql(_DOC_INSERT.format(select=_DOC_SELECT.format(subscribers="")))
        ticker.finish_phase()
        ticker.start_phase(docs)
        db.execute_sql("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")
        ticker.finish_phase()
        ticker.start_phase(phones)
        db.execute_sql(_PHONE_INSERT.format(subscribers="", order="ORDER BY d, subscriber_id"))
        for _name, sql in _INDEXES:
            db.execute_sql(sql)
        db.execute_sql("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
        ticker.finish_phase()
    log.info("lookup index rebuilt: %s documents, %s phones", docs, phones)


def _chunks(items: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def index_subscribers(db: pw.SqliteDatabase, subscriber_ids: Iterable[str]) -> None:
    """Refresh the index entries of some subscribers (after an import or an edit).

    Removes what the index holds for each subscriber and writes it again from the
    subscriber, account and phone tables; a subscriber that no longer exists (or is
    deleted) just leaves the index. New entries go to the end of the alphabetical order
    until the next :func:`rebuild_index`.
    """
    ids = list(dict.fromkeys(subscriber_ids))
    if not ids:
        return
    _register(db.connection())
    with db.atomic():
        for chunk in _chunks(ids):
            marks = ", ".join("?" * len(chunk))
            old = db.execute_sql(
                f"SELECT id, keys FROM search_doc WHERE subscriber_id IN ({marks})", chunk
            ).fetchall()
            for doc_id, keys in old:
                db.execute_sql(
                    "INSERT INTO search_fts (search_fts, rowid, keys) VALUES ('delete', ?, ?)",
                    (doc_id, keys),
                )
            db.execute_sql(f"DELETE FROM search_doc WHERE subscriber_id IN ({marks})", chunk)
            db.execute_sql(f"DELETE FROM search_phone WHERE subscriber_id IN ({marks})", chunk)
            select = _DOC_SELECT.format(subscribers=f"AND s.id IN ({marks})")
            cursor = db.execute_sql(
                _DOC_INSERT.format(select=select) + " RETURNING id, keys", [*chunk, *chunk]
            )
            for doc_id, keys in cursor.fetchall():
                db.execute_sql("INSERT INTO search_fts (rowid, keys) VALUES (?, ?)", (doc_id, keys))
            db.execute_sql(
                _PHONE_INSERT.format(subscribers=f"AND p.subscriber_id IN ({marks})", order=""),
                chunk,
            )


# --- querying ----------------------------------------------------------------------------


def _fts_string(token: str) -> str:
    # Tokens are folded letters and digits; quoting keeps FTS5 from reading any as syntax.
    return '"' + token.replace('"', '""') + '"'


class _Tier(enum.Enum):
    """How the words of a text query are matched, best first."""

    WORDS = "words"  # the folded words themselves
    VARIANT_WORDS = "variant_words"  # the same words in the other spelling
    PREFIX = "prefix"  # the folded words begin indexed words
    VARIANT_PREFIX = "variant_prefix"  # and the last word, being typed, in either spelling


_TIER_MATCH = {
    _Tier.WORDS: MatchKind.WORDS,
    _Tier.VARIANT_WORDS: MatchKind.VARIANT,
    _Tier.PREFIX: MatchKind.PREFIX,
    _Tier.VARIANT_PREFIX: MatchKind.VARIANT,
}


def _term_expr(term: QueryTerm, tier: _Tier, last: bool) -> str:
    if tier is _Tier.VARIANT_WORDS and term.variants:
        tokens = [_fts_string(t) for t in term.variants]
    else:
        star = "*" if tier in (_Tier.PREFIX, _Tier.VARIANT_PREFIX) else ""
        tokens = [_fts_string(t) + star for t in term.exact]
        if tier is _Tier.VARIANT_PREFIX:
            # A word followed by others is complete: its variant stem must be a whole stem
            # (a prefix of a short stem matches half the names). The last may be unfinished.
            tokens.extend(_fts_string(t) + ("*" if last else "") for t in term.variants)
    unique = list(dict.fromkeys(tokens))
    return unique[0] if len(unique) == 1 else "(" + " OR ".join(unique) + ")"


def _match_expr(query: ParsedQuery, tier: _Tier) -> str:
    """The FTS5 expression of a tier: every chunk matches (one of its readings)."""
    groups = []
    for g, group in enumerate(query.groups):
        last_group = g == len(query.groups) - 1
        readings = []
        for reading in group.readings:
            terms = [
                _term_expr(term, tier, last_group and t == len(reading) - 1)
                for t, term in enumerate(reading)
            ]
            readings.append(terms[0] if len(terms) == 1 else "(" + " AND ".join(terms) + ")")
        unique = list(dict.fromkeys(readings))
        groups.append(unique[0] if len(unique) == 1 else "(" + " OR ".join(unique) + ")")
    return " AND ".join(groups)


def _text_hits(db: pw.Database, query: ParsedQuery, hits: _Hits) -> None:
    """Tiers of :class:`_Tier`, best first; each in alphabetical order of the name."""
    tiers = [_Tier.WORDS, _Tier.PREFIX] if query.short else list(_Tier)
    done: set[str] = set()
    for tier in tiers:
        if hits.is_full():
            return
        expr = _match_expr(query, tier)
        if expr in done:
            continue
        done.add(expr)
        # ``cap`` rows hold at least ``cap - len(seen)`` new ones, whatever the tier.
        rows = db.execute_sql(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?", (expr, hits.cap)
        ).fetchall()
        hits.add((row[0] for row in rows), _TIER_MATCH[tier])


def _range(prefix: str) -> tuple[str, str]:
    return prefix, prefix + _AFTER_DIGITS


def _docs_of_subscribers(db: pw.Database, subscriber_ids: Sequence[str]) -> list[int]:
    if not subscriber_ids:
        return []
    marks = ", ".join("?" * len(subscriber_ids))
    rows = db.execute_sql(
        f"SELECT id, subscriber_id FROM search_doc WHERE subscriber_id IN ({marks})",
        list(subscriber_ids),
    ).fetchall()
    order = {sid: i for i, sid in enumerate(subscriber_ids)}
    rows.sort(key=lambda r: (order[r[1]], r[0]))
    return [r[0] for r in rows]


def _digits_hits(db: pw.Database, query: ParsedQuery, hits: _Hits) -> None:
    digits, national = query.digits, query.national
    rev = digits[::-1]
    rows = db.execute_sql(
        "SELECT id FROM search_doc WHERE number_rev = ? ORDER BY id LIMIT ?", (rev, hits.cap)
    ).fetchall()
    hits.add((r[0] for r in rows), MatchKind.ACCOUNT)
    if query.short or hits.is_full():
        return
    national_rev = national[::-1]
    whole_phone = len(national) >= NSN_LENGTH
    phone_rows: list[tuple[str, int]] = []
    if whole_phone or len(national) >= MIN_PHONE_TAIL:
        low, high = _range(national_rev)
        phone_rows = [
            (sid, len(d))
            for d, sid in db.execute_sql(
                "SELECT digits_rev, subscriber_id FROM search_phone "
                "WHERE digits_rev >= ? AND digits_rev < ? LIMIT ?",
                (low, high, hits.cap),
            ).fetchall()
        ]
    if whole_phone:
        subscribers = list(dict.fromkeys(sid for sid, _n in phone_rows))
        hits.add(_docs_of_subscribers(db, subscribers), MatchKind.PHONE)
        phone_rows = []
    if hits.is_full():
        return
    # Tails: accounts and phones together, the more of the number typed, the higher.
    tails: list[tuple[float, int, str, MatchKind]] = []
    if len(digits) >= MIN_ACCOUNT_TAIL:
        low, high = _range(rev)
        for doc_id, number_rev in db.execute_sql(
            "SELECT id, number_rev FROM search_doc WHERE number_rev > ? AND number_rev < ? LIMIT ?",
            (low, high, hits.cap),
        ).fetchall():
            tails.append((-len(digits) / len(number_rev), doc_id, "", MatchKind.ACCOUNT_TAIL))
    for sid, length in phone_rows:
        tails.append((-len(national) / length, 0, sid, MatchKind.PHONE_TAIL))
    tails.sort(key=lambda t: (t[0], t[1], t[2]))
    for _cover, doc_id, sid, match in tails:
        if hits.is_full():
            return
        if match is MatchKind.ACCOUNT_TAIL:
            hits.add([doc_id], match)
        else:
            hits.add(_docs_of_subscribers(db, [sid]), match)


def format_address(city: str, street: str, house: str, flat: str) -> str:
    """One line: ``Харків, вул. Сумська 10, кв. 5`` (parts that are empty are left out)."""
    place = " ".join(part for part in (street.strip(), house.strip()) if part)
    line = ", ".join(part for part in (city.strip(), place) if part)
    if flat.strip():
        line += f", кв. {flat.strip()}"
    return line


def _full_name(last: str, first: str, patronymic: str) -> str:
    return " ".join(part.strip() for part in (last, first, patronymic) if part and part.strip())


def _materialise(db: pw.Database, hits: _Hits) -> list[LookupResult]:
    if not hits.order:
        return []
    doc_ids = list(hits.order)
    marks = ", ".join("?" * len(doc_ids))
    rows = db.execute_sql(
        "SELECT d.id, d.subscriber_id, d.account_id, s.last_name, s.first_name, s.patronymic,"
        " a.number, a.city, a.street, a.house, a.flat, dr.code, a.status "
        "FROM search_doc AS d JOIN subscriber AS s ON s.id = d.subscriber_id "
        "LEFT JOIN account AS a ON a.id = d.account_id "
        "LEFT JOIN directorate AS dr ON dr.id = a.directorate_id "
        f"WHERE d.id IN ({marks})",
        doc_ids,
    ).fetchall()
    by_doc = {row[0]: row for row in rows}
    subscriber_ids = list(dict.fromkeys(row[1] for row in rows))
    phones: dict[str, list[str]] = {sid: [] for sid in subscriber_ids}
    for chunk in _chunks(subscriber_ids):
        sub_marks = ", ".join("?" * len(chunk))
        for sid, e164 in db.execute_sql(
            "SELECT p.subscriber_id, p.e164 FROM phone AS p "
            f"WHERE p.subscriber_id IN ({sub_marks}) AND {_CURRENT_PHONE} "
            "AND p.e164 IS NOT NULL",
            list(chunk),
        ).fetchall():
            phones[sid].append(e164)
    results = []
    for rank, doc_id in enumerate(doc_ids):
        row = by_doc.get(doc_id)
        if row is None:  # the index is ahead of a concurrent delete
            continue
        (
            _d,
            sid,
            account_id,
            last,
            first,
            patronymic,
            number,
            city,
            street,
            house,
            flat,
            directorate,
            status,
        ) = row
        results.append(
            LookupResult(
                subscriber_id=sid,
                name=_full_name(last, first, patronymic),
                account_number=number or "",
                address=format_address(city or "", street or "", house or "", flat or "")
                if account_id
                else "",
                directorate=directorate or "",
                status=status or "",
                phones=tuple(sorted(set(phones.get(sid, ())))),
                account_id=account_id,
                match=hits.order[doc_id],
                rank=rank,
            )
        )
    return results


def lookup(query: str, limit: int = 50, *, db: pw.Database | None = None) -> list[LookupResult]:
    """Find accounts from whatever the clerk typed; best first, at most ``limit``.

    Uses the database bound to :data:`~receptionapp.db.models.database_proxy` unless ``db``
    is given; safe to call from a worker thread (peewee connections are per thread). Never
    raises on bad input: an empty, punctuation-only or emoji query gives ``[]`` (see
    :func:`receptionapp.core.search_keys.parse_query` for the hint to show).

    Args:
        query: names, address, account number or phone, in any form.
        limit: at most this many results (one or two characters: at most
            :data:`SHORT_QUERY_LIMIT`).
    """
    database = db if db is not None else cast(pw.Database, database_proxy)
    parsed = parse_query(query)
    if parsed.kind is QueryKind.EMPTY or limit < 1:
        return []
    cap = min(limit, SHORT_QUERY_LIMIT) if parsed.short else limit
    hits = _Hits(cap)
    if parsed.kind is QueryKind.DIGITS:
        _digits_hits(database, parsed, hits)
    else:
        _text_hits(database, parsed, hits)
    return _materialise(database, hits)


# --- command line ------------------------------------------------------------------------


def open_read_only(path: str | Path) -> pw.SqliteDatabase:
    """Open an office database for reading only, without the GUI lock and without migrating.

    Raises:
        StorageUnavailable: missing or unreadable file, or a schema that needs migrating.
        SchemaTooNew: the file comes from a newer version of the application.
    """
    from receptionapp.db import migrations
    from receptionapp.db.database import storage_error

    file = Path(path)
    if not file.exists():
        raise StorageUnavailable(f"no database at {file}", code="storage.missing", path=str(file))
    uri = file.resolve().as_uri() + "?mode=ro"
    db = pw.SqliteDatabase(
        uri, uri=True, pragmas={"busy_timeout": 5000, "query_only": 1, "cache_size": -64000}
    )
    try:
        db.connect()
        version = migrations.schema_version(db)
    except (pw.DatabaseError, sqlite3.DatabaseError, OSError) as exc:
        db.close()
        raise storage_error(exc, file) from exc
    if version > migrations.CURRENT_VERSION:
        db.close()
        raise SchemaTooNew(
            f"{file} was written by a newer ReceptionApp (schema {version}, this version "
            f"knows {migrations.CURRENT_VERSION}); update the application",
            path=str(file),
            version=version,
            known=migrations.CURRENT_VERSION,
        )
    if version < migrations.CURRENT_VERSION:
        db.close()
        what = (
            "is not a ReceptionApp database"
            if version == 0
            else (f"has an older schema ({version})")
        )
        raise StorageUnavailable(
            f"{file} {what}; run: receptionapp init --db {file}",
            code="storage.needs_migration",
            path=str(file),
        )
    return db


def _table(results: Sequence[LookupResult]) -> str:
    header = ("name", "account", "address", "directorate", "status", "phones")
    rows = [header] + [
        (r.name, r.account_number, r.address, r.directorate, r.status, ", ".join(r.phones))
        for r in results
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    return "\n".join(lines)


def _write(text: str) -> None:
    try:
        sys.stdout.write(text + "\n")
    except UnicodeEncodeError:  # a terminal that is not UTF-8
        sys.stdout.buffer.write((text + "\n").encode("utf-8"))
    sys.stdout.flush()


def run_lookup_command(db_path: str | Path, query: str, as_json: bool, limit: int) -> int:
    """``receptionapp lookup``: print the matches of ``query`` (JSON array or a table).

    Opens the database read-only (works while the GUI holds its lock; never migrates).

    Returns:
        0 (also when nothing matches); 1 when the database cannot be read, with one line on
        standard error.
    """
    try:
        db = open_read_only(db_path)
    except ReceptionError as exc:
        print(f"receptionapp: {exc.message}", file=sys.stderr)
        return 1
    try:
        try:
            results = lookup(query, limit, db=db)
        except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
            from receptionapp.db.database import storage_error

            print(f"receptionapp: {storage_error(exc, db_path).message}", file=sys.stderr)
            return 1
    finally:
        with contextlib.suppress(Exception):
            db.close()
    if as_json:
        _write(json.dumps([r.to_json() for r in results], ensure_ascii=False, indent=2))
        return 0
    parsed = parse_query(query)
    if not results:
        if parsed.kind is QueryKind.EMPTY:
            _write("nothing to search for: type a name, address, account or phone number")
        else:
            _write("no matches")
        return 0
    _write(_table(results))
    if parsed.short:
        _write(f"(a short query: at most {SHORT_QUERY_LIMIT} results; type more to narrow)")
    return 0
