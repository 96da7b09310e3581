"""The lookup engine: one query string finds subscribers by name, address, account or phone.

Nothing is scanned at query time. The index lives in tables of its own (schema steps 3 and
4, ``0004_search_terms.sql`` is the current shape), derived from the subscriber, account and
phone tables:

* ``search_doc``: one row per account (and one per subscriber without accounts) holding its
  index tokens (:class:`receptionapp.core.search_keys.DocumentKeys`): exact keys and variant
  stems of the name, city and street words, house, flat, the account number and the
  subscriber's current phones as reversed digits;
* ``search_fts``: FTS5 over ``search_doc.keys`` (external content, ``detail=none``, no
  column sizes, prefix indexes of 1–4 characters, ``ascii`` tokenizer: the tokens are folded
  already). Its rowids are ``search_doc.id``, assigned in alphabetical order of the name by
  :func:`rebuild_index`, so matches come out of FTS5 in that order without sorting;
* ``search_term``: every word token (not the digits), so that a longer prefix is searched
  as the few whole terms it begins, which FTS5 evaluates lazily, instead of reading every
  entry of every matching term first.

:func:`lookup` answers in tiers, best first, and stops as soon as it has ``limit`` results.
Digits: the whole account number, the whole phone number; then, for digits that begin like
a Ukrainian number (``050 12``, ``+38 050 12``, ``8 050 12``), the phone numbers they begin;
the account numbers they begin; then tails of both, ranked by how much of the number was
typed. The starts of numbers are range scans of the B-tree indexes on ``phone.e164`` and
``account.number`` (the tokens in FTS5 are reversed digits, which only a tail can use).

Words: every word whole as written; every word whole in the other language's spelling;
every word a prefix; then with the last word a prefix in either spelling (wrong-layout
readings take part in every tier). Within a tier, alphabetical order.

Writers keep the index current: the billing importer, phone reconciliation, sync and the GUI
call :func:`index_subscribers` with the subscribers they changed; bulk loads call
:func:`rebuild_index`. The result fields are read from the source tables at query time, so
they are never stale; only what a query matches can be. ``receptionapp lookup``
(:func:`run_lookup_command`) opens the database read-only and never takes the GUI lock.
"""

from __future__ import annotations

import contextlib
import enum
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

from receptionapp.core.errors import ReceptionError
from receptionapp.core.search_keys import (
    ACCOUNT_MARK,
    DIGIT_MARKS,
    NSN_LENGTH,
    PHONE_MARK,
    DocumentKeys,
    ParsedQuery,
    QueryKind,
    QueryTerm,
    TermRole,
    parse_query,
)
from receptionapp.db.database import open_read_only
from receptionapp.db.models import database_proxy

log = logging.getLogger(__name__)

#: Results of a one- or two-character query are capped at this many.
SHORT_QUERY_LIMIT = 20
#: A phone tail needs at least this many digits (fewer would match a good part of the city).
MIN_PHONE_TAIL = 4
#: An account tail needs at least this many digits.
MIN_ACCOUNT_TAIL = 3
#: The first digits of an account number need at least this many digits.
MIN_ACCOUNT_PREFIX = 5


Progress = Callable[[int, int], None]


class MatchKind(enum.Enum):
    """Why a result was found, in the order results are ranked."""

    ACCOUNT = "account"  # the whole account number
    PHONE = "phone"  # a whole phone number
    PHONE_PREFIX = "phone_prefix"  # the start of a phone number still being typed
    ACCOUNT_PREFIX = "account_prefix"  # the first digits of an account number
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

#: The schema steps of the index (SQL files in ``receptionapp/db/migrations``).
SCHEMA_FILES = {3: "0003_search_index.sql", 4: "0004_search_terms.sql"}

#: FTS5 merge settings while the whole index is written (one merge at the end is cheaper than
#: merging as segments pile up), and the settings restored for incremental updates.
_BULK_FTS_CONFIG = (("automerge", 0), ("crisismerge", 2000))
_LIVE_FTS_CONFIG = (("automerge", 4), ("crisismerge", 16))


class _DocKeys:
    """The ``rs_doc_keys`` SQL function: a document's tokens, and progress reports.

    Attributes:
        keys: the document builder; its term list feeds ``search_term``.
        calls: documents built so far.
    """

    def __init__(self, progress: Progress | None, total: int, every: int = 50_000) -> None:
        self.keys = DocumentKeys()
        self.progress = progress
        self.total = max(total, 1)
        self.every = every
        self.calls = 0

    def __call__(self, *fields: str | None) -> str:
        self.calls += 1
        if self.progress is not None and self.calls % self.every == 0:
            self.progress(min(self.calls, self.total), self.total)
        return self.keys(*fields)


# Current numbers: not retired, not deleted, readable.
_CURRENT_PHONE = "p.retired_at IS NULL AND p.deleted_at IS NULL AND p.e164 IS NOT NULL"

# Every document (an account, or a subscriber without accounts) with its tokens, in
# alphabetical order of the name (raw text order: no Python call per comparison). The
# phones of each subscriber are gathered in one pass over the phone table (a lookup per
# subscriber would read it in random order). ``{subscribers}`` narrows it to some
# subscribers (two ``?`` lists).
_DOC_INSERT = f"""
WITH phones AS MATERIALIZED (
    SELECT p.subscriber_id AS sid, group_concat(p.e164, ' ') AS numbers
    FROM phone AS p WHERE {_CURRENT_PHONE} {{phone_subscribers}}
    GROUP BY p.subscriber_id
)
INSERT INTO search_doc (subscriber_id, account_id, keys)
SELECT s.id, a.id,
       rs_doc_keys(s.last_name, s.first_name, s.patronymic, a.city, a.street, a.house, a.flat,
                   a.number, phones.numbers)
FROM subscriber AS s
LEFT JOIN account AS a ON a.subscriber_id = s.id AND a.deleted_at IS NULL
LEFT JOIN phones ON phones.sid = s.id
WHERE s.deleted_at IS NULL {{subscribers}}
ORDER BY s.last_name, s.first_name, s.patronymic, s.id, a.number
"""

_INDEXES = (
    (
        "search_doc_subscriber_id",
        'CREATE INDEX "search_doc_subscriber_id" ON "search_doc" ("subscriber_id")',
    ),
)


def _register(conn: sqlite3.Connection, doc_keys: _DocKeys) -> None:
    """Register the Python function the index statements use on this connection."""
    # Not deterministic: SQLite must call it once per row (it counts and collects).
    conn.create_function("rs_doc_keys", 9, doc_keys)


def _run_schema_file(db: pw.SqliteDatabase, name: str) -> None:
    sql = resources.files("receptionapp.db.migrations").joinpath(name).read_text(encoding="utf-8")
    for statement in sql.split(";\n"):
        if statement.strip():
            db.execute_sql(statement)


def migrate_search_index(db: pw.SqliteDatabase) -> None:
    """Schema step 3: the first index tables (filled by step 4)."""
    _run_schema_file(db, SCHEMA_FILES[3])


def migrate_search_terms(db: pw.SqliteDatabase) -> None:
    """Schema step 4: the index tables as they are now, and their fill.

    Account numbers and phones moved into the FTS documents; the term list and prefix
    indexes of 1–4 characters were added.

    A database of an earlier schema with subscribers in it comes out searchable.
    """
    _run_schema_file(db, SCHEMA_FILES[4])
    rebuild_index(db)


def _fts_config(db: pw.Database, settings: Iterable[tuple[str, int]]) -> None:
    for name, value in settings:
        db.execute_sql("INSERT INTO search_fts (search_fts, rank) VALUES (?, ?)", (name, value))


def rebuild_index(db: pw.SqliteDatabase, progress: Progress | None = None) -> None:
    """Rebuild the whole lookup index from the subscriber, account and phone tables.

    Set-based: one ``INSERT … SELECT`` builds every document through a Python function
    registered on the connection (each distinct word, place, house and flat is tokenised
    once), the subscriber index is built after the load, and FTS5 merges its segments once
    at the end. About 40 s of CPU for 1,000,000 subscribers (1.3 M accounts, 2.5 M phones);
    the sort of the documents by name holds them in memory (``temp_store`` = memory) for a
    moment. Runs in one transaction (a savepoint when the caller has one open).

    Args:
        db: the office database.
        progress: called now and then with (documents done, documents in all), from this
            thread; the last call has done == total.
    """
    conn = db.connection()
    # An estimate (counting exactly would read both tables once more): every account, and
    # the subscribers without one, which are few.
    (docs,) = db.execute_sql("SELECT count(*) FROM account").fetchone()
    # Tokens are most of the work: report them, and the rest as the last step.
    total = docs + max(docs // 2, 1)
    doc_keys = _DocKeys(progress, total)
    _register(conn, doc_keys)
    with db.atomic():
        for name, _sql in _INDEXES:
            db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
        db.execute_sql("DELETE FROM search_doc")
        db.execute_sql("DELETE FROM search_term")
        db.execute_sql(_DOC_INSERT.format(subscribers="", phone_subscribers=""))
        if progress is not None:
            progress(min(doc_keys.calls, docs), total)
        _fts_config(db, _BULK_FTS_CONFIG)
        db.execute_sql("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")
        db.execute_sql("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
        _fts_config(db, _LIVE_FTS_CONFIG)
        for _name, sql in _INDEXES:
            db.execute_sql(sql)
        conn.executemany(
            "INSERT INTO search_term (term) VALUES (?)",
            ((t,) for t in sorted(doc_keys.keys.terms())),
        )
    if progress is not None:
        progress(total, total)
    log.info("lookup index rebuilt: %s documents", doc_keys.calls)


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
    doc_keys = _DocKeys(None, 0)
    _register(db.connection(), doc_keys)
    with db.atomic():
        for chunk in _chunks(ids):
            marks = ", ".join("?" * len(chunk))
            # External content: FTS5 is told what each old document held, then forgets it.
            db.execute_sql(
                "INSERT INTO search_fts (search_fts, rowid, keys) SELECT 'delete', id, keys "
                f"FROM search_doc WHERE subscriber_id IN ({marks})",
                chunk,
            )
            db.execute_sql(f"DELETE FROM search_doc WHERE subscriber_id IN ({marks})", chunk)
            (before,) = db.execute_sql("SELECT coalesce(max(id), 0) FROM search_doc").fetchone()
            narrowed = _DOC_INSERT.format(
                subscribers=f"AND s.id IN ({marks})",
                phone_subscribers=f"AND p.subscriber_id IN ({marks})",
            )
            db.execute_sql(narrowed, [*chunk, *chunk])
            db.execute_sql(
                "INSERT INTO search_fts (rowid, keys) SELECT id, keys FROM search_doc WHERE id > ?",
                (before,),
            )
        # Terms of removed documents stay: a term without documents matches nothing.
        db.connection().executemany(
            "INSERT OR IGNORE INTO search_term (term) VALUES (?)",
            ((t,) for t in doc_keys.keys.terms()),
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


#: The last word of a query is read as complete in the other spelling only from this length
#: on: "Ковалёв" finds "Ковальов" before "Ковалевська", but "Ков" is the start of a surname,
#: not the whole word "Київ" (both have the stem "кав").
MIN_WHOLE_LAST_WORD = 4


#: A prefix that begins at most this many indexed terms is searched as those terms (lazy in
#: FTS5); one that begins more is searched as a prefix (FTS5 streams it from a prefix index
#: up to :data:`PREFIX_INDEX_CHARS` characters, else reads every matching entry first).
MAX_PREFIX_TERMS = 64
PREFIX_INDEX_CHARS = 4


class _Prefixes:
    """Turns a prefix into an FTS5 expression, with the term list at hand."""

    def __init__(self, db: pw.Database) -> None:
        self.db = db
        self.cache: dict[str, str] = {}

    def expr(self, token: str) -> str:
        found = self.cache.get(token)
        if found is None:
            found = self.cache[token] = self._expr(token)
        return found

    def _expr(self, token: str) -> str:
        if len(token) <= PREFIX_INDEX_CHARS or token[:1] in DIGIT_MARKS:
            # A short prefix streams from its prefix index; reversed digits are selective.
            return _fts_string(token) + "*"
        upper = token[:-1] + chr(ord(token[-1]) + 1)
        terms = [
            row[0]
            for row in self.db.execute_sql(
                "SELECT term FROM search_term WHERE term >= ? AND term < ? LIMIT ?",
                (token, upper, MAX_PREFIX_TERMS + 1),
            ).fetchall()
        ]
        if len(terms) > MAX_PREFIX_TERMS:
            return _fts_string(token) + "*"
        if not terms:
            return _fts_string(token)  # matches nothing, cheaply
        return " OR ".join(_fts_string(t) for t in terms)


def _term_expr(term: QueryTerm, tier: _Tier, last: bool, prefixes: _Prefixes) -> str:
    exact: list[str] = []
    starts: list[str] = []
    prefix_tier = tier in (_Tier.PREFIX, _Tier.VARIANT_PREFIX)
    if term.role is not TermRole.WORD:
        # Numbers are complete unless the clerk is still typing them (the last word): "1"
        # must not match houses 10-199. Plain numbers (in street names) are always whole.
        marked = [t for t in term.exact if not t.isdigit()]
        plain = [t for t in term.exact if t.isdigit()]
        if prefix_tier and last:
            starts, exact = marked, plain
        else:
            exact = list(term.exact)
    elif (
        tier is _Tier.VARIANT_WORDS
        and term.variants
        and (not last or len(term.exact[0]) >= MIN_WHOLE_LAST_WORD)
    ):
        exact = list(term.variants)
    elif not prefix_tier:
        exact = list(term.exact)
    else:
        starts = list(term.exact)
        if tier is _Tier.VARIANT_PREFIX:
            # A word followed by others is complete: its variant stem must be a whole stem
            # (a prefix of a short stem matches half the names). The last may be unfinished.
            (starts if last else exact).extend(term.variants)
    parts = [_fts_string(t) for t in dict.fromkeys(exact)]
    parts += [prefixes.expr(t) for t in dict.fromkeys(starts)]
    parts += [_fts_string(t) + "*" for t in term.tails if t not in exact]
    return (
        parts[0] if len(parts) == 1 and " OR " not in parts[0] else "(" + " OR ".join(parts) + ")"
    )


def _match_expr(query: ParsedQuery, tier: _Tier, prefixes: _Prefixes) -> str:
    """The FTS5 expression of a tier: every chunk matches (one of its readings)."""
    groups = []
    for g, group in enumerate(query.groups):
        last_group = g == len(query.groups) - 1
        readings = []
        for reading in group.readings:
            terms = [
                _term_expr(term, tier, last_group and t == len(reading) - 1, prefixes)
                for t, term in enumerate(reading)
            ]
            readings.append(terms[0] if len(terms) == 1 else "(" + " AND ".join(terms) + ")")
        unique = list(dict.fromkeys(readings))
        groups.append(unique[0] if len(unique) == 1 else "(" + " OR ".join(unique) + ")")
    return " AND ".join(groups)


def _text_hits(db: pw.Database, query: ParsedQuery, hits: _Hits) -> None:
    """Tiers of :class:`_Tier`, best first; each in alphabetical order of the name."""
    tiers = [_Tier.WORDS, _Tier.PREFIX] if query.short else list(_Tier)
    prefixes = _Prefixes(db)
    done: set[str] = set()
    for tier in tiers:
        if hits.is_full():
            return
        expr = _match_expr(query, tier, prefixes)
        if expr in done:
            continue
        done.add(expr)
        # ``cap`` rows hold at least ``cap - len(seen)`` new ones, whatever the tier.
        hits.add(_fts_rows(db, expr, hits.cap), _TIER_MATCH[tier])


def _fts_rows(db: pw.Database, expr: str, limit: int) -> list[int]:
    return [
        row[0]
        for row in db.execute_sql(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?", (expr, limit)
        ).fetchall()
    ]


def _digits_hits(db: pw.Database, query: ParsedQuery, hits: _Hits) -> None:
    """Exact account, exact phone; then tails of both, the more of the number typed the
    higher (ranked on the index documents, before any result is read)."""
    digits, national = query.digits, query.national
    hits.add(_fts_rows(db, _fts_string(ACCOUNT_MARK + digits[::-1]), hits.cap), MatchKind.ACCOUNT)
    if query.short or hits.is_full():
        return
    whole_phone = len(national) >= NSN_LENGTH
    if whole_phone:
        token = _fts_string(PHONE_MARK + national[::-1])
        hits.add(_fts_rows(db, token, hits.cap), MatchKind.PHONE)
    if hits.is_full():
        return
    if query.number_start:
        hits.add(_phone_start_docs(db, query.number_start, hits.cap), MatchKind.PHONE_PREFIX)
    if len(digits) >= MIN_ACCOUNT_PREFIX and not hits.is_full():
        hits.add(_account_start_docs(db, digits, hits.cap), MatchKind.ACCOUNT_PREFIX)
    if hits.is_full():
        return
    tails: dict[int, tuple[MatchKind, str]] = {}
    if len(digits) >= MIN_ACCOUNT_TAIL:
        prefix = ACCOUNT_MARK + digits[::-1]
        for doc_id in _fts_rows(db, _fts_string(prefix) + "*", hits.cap):
            tails.setdefault(doc_id, (MatchKind.ACCOUNT_TAIL, prefix))
    if not whole_phone and len(national) >= MIN_PHONE_TAIL:
        prefix = PHONE_MARK + national[::-1]
        for doc_id in _fts_rows(db, _fts_string(prefix) + "*", hits.cap):
            tails.setdefault(doc_id, (MatchKind.PHONE_TAIL, prefix))
    tails = {doc_id: found for doc_id, found in tails.items() if doc_id not in hits.order}
    if not tails:
        return
    marks = ", ".join("?" * len(tails))
    keys = dict(
        db.execute_sql(f"SELECT id, keys FROM search_doc WHERE id IN ({marks})", list(tails))
    )

    def cover(doc_id: int) -> float:
        # How much of the matched number the query is: 4 digits of a 6-digit account rank
        # above 4 of a 9-digit phone number.
        _match, prefix = tails[doc_id]
        lengths = [len(t) for t in keys.get(doc_id, "").split() if t.startswith(prefix)]
        return len(prefix) / min(lengths, default=len(prefix) * 4)

    for doc_id in sorted(tails, key=lambda d: (-cover(d), d)):
        hits.add([doc_id], tails[doc_id][0])


def _prefix_range(prefix: str) -> tuple[str, str]:
    """Bounds of the strings of digits that begin with ``prefix`` (``'9' + 1`` is ``':'``)."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _phone_start_docs(db: pw.Database, national_start: str, limit: int) -> list[int]:
    """Documents of the subscribers whose current phone begins with the national digits
    ``national_start``, in the order of the numbers (a range of the ``phone.e164`` index)."""
    low, high = _prefix_range("+380" + national_start)
    # A subscriber with two matching numbers repeats: read a little more than the limit.
    rows = db.execute_sql(
        "SELECT d.id FROM phone AS p JOIN search_doc AS d ON d.subscriber_id = p.subscriber_id "
        f"WHERE p.e164 >= ? AND p.e164 < ? AND {_CURRENT_PHONE} ORDER BY p.e164 LIMIT ?",
        (low, high, limit * 2),
    ).fetchall()
    return [row[0] for row in rows]


def _account_start_docs(db: pw.Database, digits: str, limit: int) -> list[int]:
    """Documents of the accounts whose number begins with ``digits``, in number order."""
    low, high = _prefix_range(digits)
    rows = db.execute_sql(
        "SELECT d.id FROM account AS a JOIN search_doc AS d "
        "ON d.subscriber_id = a.subscriber_id AND d.account_id = a.id "
        "WHERE a.number >= ? AND a.number < ? ORDER BY a.number LIMIT ?",
        (low, high, limit),
    ).fetchall()
    return [row[0] for row in rows]


def format_address(city: str, street: str, house: str, flat: str) -> str:
    """One line: ``Харків, вул. Сумська 10, кв. 5`` (parts that are empty are left out).

    A flat written with its own word (``оф. 4``) keeps it instead of ``кв.``.
    """
    place = " ".join(part for part in (street.strip(), house.strip()) if part)
    line = ", ".join(part for part in (city.strip(), place) if part)
    flat = flat.strip()
    if flat:
        line += f", кв. {flat}" if flat[0].isdigit() else f", {flat}"
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
            f"WHERE p.subscriber_id IN ({sub_marks}) AND {_CURRENT_PHONE}",
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
