"""Head office: its database, offices and credentials, and the push/pull rules.

Head office keeps the same domain tables as an office (the models of
:mod:`receptionapp.db.models`) on SQLite or PostgreSQL, plus:

* ``ho_office`` — offices, their directorates, hashed enrollment token and credential;
* ``ho_applied_op`` — the result of every operation an office pushed, by
  ``(office, client_seq)`` and ``op_id``: a resent operation is answered from here, so
  effects happen exactly once although delivery is at least once;
* ``ho_row`` — one row per synced row: its pull scope, the field clocks (HLC, office) of
  last-writer-wins, and ``seq``, the position of its latest change in the log offices pull;
* ``ho_counter`` — the log's high-water mark and head office's HLC. A push applies its
  operations first (on PostgreSQL under row locks of the rows it touches, so pushes of
  different offices run side by side; see :func:`push`), then takes this row's lock
  (``FOR UPDATE`` by its UPDATE; SQLite has one writer, ``BEGIN IMMEDIATE``), assigns the
  ``seq`` values of its rows and commits, releasing it. Transactions thus assign ``seq``
  values in commit order and a reader that has seen ``seq`` N has seen everything below it:
  the log has no gaps a puller could skip;
* ``ho_alias`` — ids an office created for a natural key head office already had (the same
  phone of a subscriber added at two offices), mapped to the surviving id;
* ``ho_row_scope`` — directorates that see a row beyond its own scope (a subscriber with an
  account in another directorate is seen there whole) and those that no longer do, whose
  offices pull ``{"kind": "evict"}`` and drop their copy (:mod:`receptionapp.sync.scopes`).

The log keeps the latest change of each row only (a row's ``seq`` moves up when it changes),
so the initial sync of an office is the same pull from cursor 0 and sends every live row
once. Pulled rows carry their current values and clocks; offices merge them per field.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import logging
import random
import secrets
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast
from urllib.parse import unquote, urlparse

import peewee as pw

from receptionapp.core.clock import local_to_utc, utc_to_local, utcnow
from receptionapp.core.errors import NotFoundError, ReceptionError, ValidationError
from receptionapp.db import models as m
from receptionapp.sync import hlc as hlcs
from receptionapp.sync import scopes as visibility
from receptionapp.sync.entities import (
    ENTITIES,
    FIELDS,
    MERGE_KEYS,
    OFFICE_WRITABLE,
    REFERENCE,
    TRANSITIONS,
    Wire,
    to_python,
    to_wire,
)

log = logging.getLogger(__name__)

#: Directorate code that gives an office (a call centre) every directorate.
ALL_DIRECTORATES = "all"

#: Most operations one push may carry.
MAX_BATCH = 500

#: Most rows one pull page may carry.
MAX_PAGE = 5000

#: Head office's own node name in field clocks.
HEAD_OFFICE = "~ho"  # sorts after office codes: on an exact HLC tie head office wins

#: Fields of billing data a head-office import rewrites (stamped with the import's clock).
BILLING_FIELDS: dict[str, tuple[str, ...]] = {
    "subscriber": ("last_name", "first_name", "patronymic"),
    "account": ("city", "street", "house", "flat", "package_id", "balance", "status"),
}


class HoMeta(m.BaseModel):
    """Key/value facts of head office (schema version, epoch)."""

    key = pw.TextField(primary_key=True)
    value = pw.TextField()

    class Meta:
        table_name = "ho_meta"


class HoCounter(m.BaseModel):
    """The one row whose lock serializes log appends: high-water ``seq`` and the HLC."""

    id = pw.IntegerField(primary_key=True)
    seq = pw.BigIntegerField(default=0)
    hlc = pw.BigIntegerField(default=0)

    class Meta:
        table_name = "ho_counter"


class HoOffice(m.BaseModel):
    """An office: its directorates and credentials (SHA-256 of random secrets)."""

    code = pw.TextField(primary_key=True)
    directorates = pw.TextField()  # JSON list of directorate codes, or ["all"]
    status = pw.TextField(default="active")  # active / revoked
    token_hash = pw.TextField(null=True, unique=True)
    credential_hash = pw.TextField(null=True, unique=True)
    last_client_seq = pw.BigIntegerField(default=0)
    created_at = pw.DateTimeField(default=utcnow)
    enrolled_at = pw.DateTimeField(null=True)
    last_seen_at = pw.DateTimeField(null=True)
    revoked_at = pw.DateTimeField(null=True)

    class Meta:
        table_name = "ho_office"

    def scopes(self) -> list[str] | None:
        """The directorates this office may read and write; None for all of them."""
        codes: list[str] = json.loads(self.directorates)
        return None if ALL_DIRECTORATES in codes else codes


class HoAppliedOp(m.BaseModel):
    """The outcome of one pushed operation, kept to answer a resend the same way."""

    office = pw.TextField()
    client_seq = pw.BigIntegerField()
    op_id = pw.TextField(unique=True)
    status = pw.TextField()
    result = pw.TextField()  # JSON
    applied_at = pw.DateTimeField(default=utcnow)

    class Meta:
        table_name = "ho_applied_op"
        primary_key = pw.CompositeKey("office", "client_seq")


class HoRow(m.BaseModel):
    """Sync metadata of one domain row: pull scope, log position, field clocks."""

    entity = pw.TextField()
    pk = pw.TextField()
    scope = pw.TextField()
    seq = pw.BigIntegerField(unique=True)
    clocks = pw.TextField(default="{}")  # JSON {field: [hlc, node]}

    class Meta:
        table_name = "ho_row"
        primary_key = pw.CompositeKey("entity", "pk")
        indexes = ((("scope", "seq"), False),)


class HoAlias(m.BaseModel):
    """An id an office created for a row head office already had under another id."""

    entity = pw.TextField()
    # A column named like peewee's Model.alias(); the class never needs that method.
    alias = pw.TextField()  # type: ignore[assignment]
    target = pw.TextField()

    class Meta:
        table_name = "ho_alias"
        primary_key = pw.CompositeKey("entity", "alias")


HO_MODELS: tuple[type[m.BaseModel], ...] = (
    HoMeta,
    HoCounter,
    HoOffice,
    HoAppliedOp,
    HoRow,
    HoAlias,
    visibility.HoRowScope,
)
SCHEMA_VERSION = "1"
#: What ``ho_row_scope`` covers (2: the subscriber's history too); a head office whose
#: entries were built for less works them out again for every row.
ROW_SCOPE_VERSION = "2"


class SyncRefused(ReceptionError):
    """A request head office refuses as a whole (answered with ``status`` and ``body``)."""

    code = "sync.refused"

    def __init__(self, status: int, error: str, message: str, **extra: Any) -> None:
        super().__init__(message, code=f"sync.{error}")
        self.status = status
        self.body: dict[str, Any] = {"error": error, "message": message, **extra}


class OpRejected(Exception):
    """A business rule refuses one operation; the ones behind it still apply."""

    def __init__(self, reason: str, message: str, **detail: Any) -> None:
        super().__init__(message)
        self.reason = reason
        self.detail = detail


# --- database -------------------------------------------------------------------------


def open_headoffice(url: str) -> pw.Database:
    """A peewee database for a head-office URL (not yet connected).

    ``sqlite:///relative.db``, ``sqlite:////absolute.db`` or
    ``postgresql://user[:password]@host:port/name``.

    Raises:
        ValidationError: any other form.
    """
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///") :]
        if not path:
            raise ValidationError(f"no file in database URL {url}", code="sync.bad_url", url=url)
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        return pw.SqliteDatabase(
            path,
            pragmas={"journal_mode": "wal", "synchronous": 2, "busy_timeout": 30000},
            check_same_thread=False,
            lock_type="IMMEDIATE",
        )
    parsed = urlparse(url)
    if parsed.scheme in ("postgresql", "postgres") and parsed.path.strip("/"):
        return pw.PostgresqlDatabase(
            unquote(parsed.path.strip("/")),
            user=unquote(parsed.username) if parsed.username else None,
            password=unquote(parsed.password) if parsed.password else None,
            host=parsed.hostname or None,
            port=parsed.port or 5432,
        )
    raise ValidationError(
        f"unsupported database URL {url!r}: use sqlite:///FILE or postgresql://user@host:port/name",
        code="sync.bad_url",
        url=url,
    )


def is_postgres(db: pw.Database) -> bool:
    """Whether ``db`` is PostgreSQL (row locks) rather than SQLite (one writer)."""
    return isinstance(db, pw.PostgresqlDatabase)


@contextmanager
def bound(db: pw.Database) -> Iterator[None]:
    """Bind every model to head office's database for the block.

    Nothing is rebound when the models already use ``db`` (the service points the models'
    proxy at its one database): a binding is global, and a thread leaving the block would
    put back what it found while another thread is still inside, pushing.
    """
    current = HoCounter._meta.database
    if isinstance(current, pw.DatabaseProxy):
        current = current.obj
    if current is db:
        db.connect(reuse_if_open=True)
        yield
        return
    with db.bind_ctx([*m.ALL_MODELS, *HO_MODELS], bind_refs=False, bind_backrefs=False):
        db.connect(reuse_if_open=True)
        yield


@contextmanager
def _without_foreign_keys() -> Iterator[None]:
    """Create tables without FOREIGN KEY constraints.

    Head office accepts rows that refer to users of the office that wrote them (users are
    local to each database) and rows whose parent an office cannot see; integrity that
    matters (scopes, unique keys, transitions) is checked by the push rules.
    """
    saved = []
    for model in m.ALL_MODELS:
        for fk in model._meta.refs:
            saved.append((fk, fk.deferred))
            fk.deferred = True
    try:
        yield
    finally:
        for fk, deferred in saved:
            fk.deferred = deferred


def ensure_schema(db: pw.Database) -> None:
    """Create head office's tables when missing, load reference data, index every row."""
    with bound(db):
        # A head office older than ``ho_row_scope``: who sees what is worked out for its rows.
        build = not db.table_exists("ho_row_scope")
        if isinstance(db, pw.SqliteDatabase):
            # The office schema, by the office migrations (the lookup index included: the
            # billing import keeps it up to date on SQLite); head office logs its changes
            # itself, so capture stays off for good. Foreign keys are not enforced.
            from receptionapp.db import migrations

            migrations.migrate(db)
            db.execute_sql("UPDATE sync_control SET capture = 0 WHERE id = 1")
            db.create_tables(list(HO_MODELS), safe=True)
        else:
            with _without_foreign_keys():
                db.create_tables([*m.ALL_MODELS, *HO_MODELS], safe=True)
        with db.atomic():
            if HoCounter.get_or_none(HoCounter.id == 1) is None:
                HoCounter.create(id=1, seq=0, hlc=0)
            HoMeta.insert(key="schema", value=SCHEMA_VERSION).on_conflict_ignore().execute()
            HoMeta.insert(key="epoch", value=secrets.token_hex(8)).on_conflict_ignore().execute()
            covered = HoMeta.get_or_none(HoMeta.key == "row_scope")
            build = build or covered is None or covered.value != ROW_SCOPE_VERSION
        if not m.Directorate.select().exists():
            from receptionapp.db.reference import load_reference_data

            load_reference_data(db)
        index_rows(db, build_scopes=build)
        if build:
            HoMeta.insert(key="row_scope", value=ROW_SCOPE_VERSION).on_conflict(
                conflict_target=[HoMeta.key], update={HoMeta.value: ROW_SCOPE_VERSION}
            ).execute()


def _lock_counter(db: pw.Database) -> HoCounter:
    """Take the log-append lock (inside a transaction) and return the counter row."""
    query = HoCounter.select().where(HoCounter.id == 1)
    if is_postgres(db):
        query = query.for_update()
    counter: HoCounter = query.get()
    return counter


def index_rows(
    db: pw.Database,
    *,
    changed_since: dt.datetime | None = None,
    stamp_fields: dict[str, tuple[str, ...]] | None = None,
    build_scopes: bool = False,
) -> int:
    """Put rows written behind sync's back (bulk loads, imports) into the pull log.

    Rows without metadata are always indexed; with ``changed_since``, rows created or
    updated since then are moved to the log's head too. ``stamp_fields`` names fields whose
    clocks are set to head office's current HLC (the billing fields an import rewrote), so
    the import counts as a write in last-writer-wins.

    Who sees which row beyond its own directorate (:mod:`receptionapp.sync.scopes`) is
    worked out for the rows indexed here (for every row with ``build_scopes``, or when rows
    were indexed for the first time); rows whose set of directorates changed move to the
    log's head too, so offices that lost them drop them and offices that gained them get them.

    Returns:
        How many rows were (re)indexed.
    """
    with bound(db):
        indexed: int = _retrying(
            "indexing rows",
            lambda: _index_rows(db, changed_since, stamp_fields or {}, build_scopes),
        )
    return indexed


def _index_rows(
    db: pw.Database,
    changed_since: dt.datetime | None,
    stamp_fields: dict[str, tuple[str, ...]],
    build_scopes: bool = False,
) -> int:
    # It holds the log lock from the start (a push takes it last): a push holding a row
    # this needs waits for the lock, and PostgreSQL aborts one of the two; both try again.
    total = 0
    touched: list[tuple[str, str]] = []
    moved: dict[tuple[str, str], str] = {}
    with db.atomic():
        counter = _lock_counter(db)
        seq = counter.seq
        stamp = hlcs.tick(counter.hlc)
        for entity, model in ENTITIES.items():
            # Rows without metadata, set-based (a bulk load brings hundreds of thousands).
            scope = "'*'" if entity in REFERENCE else "t.scope"
            p = db.param
            db.execute_sql(
                f"INSERT INTO ho_row (entity, pk, scope, seq, clocks) "
                f"SELECT {p}, t.id, {scope}, {p} + row_number() OVER (ORDER BY t.id), '{{}}' "
                f'FROM "{entity}" AS t WHERE NOT EXISTS '
                f"(SELECT 1 FROM ho_row AS r WHERE r.entity = {p} AND r.pk = t.id)",
                (entity, seq, entity),
            )
            (top,) = db.execute_sql("SELECT coalesce(max(seq), 0) FROM ho_row").fetchone()
            total += int(top) - seq
            # A bulk load (not an import, whose rows are settled below): work it all out.
            build_scopes = build_scopes or (changed_since is None and int(top) > seq)
            seq = max(seq, int(top))
            if changed_since is None:
                continue
            cond = (model.updated_at >= changed_since) | (model.created_at >= changed_since)
            stamped = stamp_fields.get(entity, ())
            batch: list[tuple[str, str]] = []
            for pk, scope in model.select(model.id, model.scope).where(cond).tuples().iterator():
                batch.append((pk, scope))
                if len(batch) >= 500:
                    seq = _reindex_batch(entity, batch, seq, stamped, stamp, moved)
                    total += len(batch)
                    touched.extend((entity, pk) for pk, _ in batch)
                    batch = []
            if batch:
                seq = _reindex_batch(entity, batch, seq, stamped, stamp, moved)
                total += len(batch)
                touched.extend((entity, pk) for pk, _ in batch)
        regained: set[tuple[str, str]] = set()
        if build_scopes:
            regained.update(visibility.build(db))
        if touched or moved:
            regained.update(visibility.settle(db, touched, moved))
        for entity, pk in sorted(regained):
            seq += 1
            HoRow.update(seq=seq).where((HoRow.entity == entity) & (HoRow.pk == pk)).execute()
        counter.seq = seq
        counter.hlc = stamp
        counter.save()
    return total


def _reindex_batch(
    entity: str,
    batch: list[tuple[str, str]],
    seq: int,
    stamped: Sequence[str],
    stamp: int,
    moved: dict[tuple[str, str], str],
) -> int:
    pks = [pk for pk, _ in batch]
    existing = {
        row.pk: row for row in HoRow.select().where((HoRow.entity == entity) & HoRow.pk.in_(pks))
    }
    for pk, scope in batch:
        seq += 1
        row = existing.get(pk)
        clocks = json.loads(row.clocks) if row is not None else {}
        for name in stamped:
            clocks[name] = [stamp, HEAD_OFFICE]
        pull_scope = m.COMPANY_SCOPE if entity in REFERENCE else scope
        if row is None:
            HoRow.insert(
                entity=entity, pk=pk, scope=pull_scope, seq=seq, clocks=json.dumps(clocks)
            ).execute()
        else:
            if row.scope != pull_scope:
                moved[(entity, pk)] = row.scope  # offices of the old directorate drop it
            HoRow.update(scope=pull_scope, seq=seq, clocks=json.dumps(clocks)).where(
                (HoRow.entity == entity) & (HoRow.pk == pk)
            ).execute()
    return seq


# --- offices and credentials ----------------------------------------------------------


def _hash(secret: str) -> str:
    # The secrets are 256 random bits: a fast hash is enough (no dictionary to guess from).
    return hashlib.sha256(secret.encode()).hexdigest()


def add_office(db: pw.Database, code: str, directorates: Sequence[str]) -> str:
    """Register an office for directorates (or ``all``) and return its enrollment token.

    Raises:
        ValidationError: empty or unknown code/directorate, or the office exists.
    """
    code = code.strip()
    if not code or len(code) > 40 or not all(ch.isalnum() or ch in "-_." for ch in code):
        raise ValidationError(
            f"bad office code {code!r}: letters, digits, '-', '_' or '.'", code="sync.bad_office"
        )
    wanted = sorted({d.strip() for d in directorates if d.strip()})
    if not wanted:
        raise ValidationError("name at least one directorate (or all)", code="sync.no_scope")
    token = "enr-" + secrets.token_urlsafe(24)
    with bound(db), db.atomic():
        if ALL_DIRECTORATES not in wanted:
            known = {d.code for d in m.Directorate.select(m.Directorate.code)}
            unknown = [d for d in wanted if d not in known]
            if unknown:
                raise ValidationError(
                    f"unknown directorate {', '.join(unknown)}; known: {', '.join(sorted(known))}",
                    code="sync.unknown_directorate",
                )
        else:
            wanted = [ALL_DIRECTORATES]
        if HoOffice.get_or_none(HoOffice.code == code) is not None:
            raise ValidationError(
                f"office {code} exists; use new-token for a fresh enrollment token",
                code="sync.office_exists",
            )
        HoOffice.create(code=code, directorates=json.dumps(wanted), token_hash=_hash(token))
    return token


def new_token(db: pw.Database, code: str) -> str:
    """A fresh enrollment token for an office (re-activates a revoked one)."""
    token = "enr-" + secrets.token_urlsafe(24)
    with bound(db), db.atomic():
        office = _office(code)
        office.token_hash = _hash(token)
        office.status = "active"
        office.revoked_at = None
        office.save()
    return token


def revoke_office(db: pw.Database, code: str) -> None:
    """Revoke an office: its credential and token stop working at once (its data stays)."""
    with bound(db), db.atomic():
        office = _office(code)
        office.status = "revoked"
        office.token_hash = None
        office.revoked_at = utcnow()
        office.save()


def _office(code: str) -> HoOffice:
    office = HoOffice.get_or_none(HoOffice.code == code)
    if office is None:
        raise NotFoundError(f"no office {code}", code="sync.no_office", office=code)
    return office


def enroll(db: pw.Database, token: str) -> dict[str, Any]:
    """Exchange an enrollment token for a credential.

    The token stays valid until the first push or pull made with a credential it produced,
    so an enrollment whose answer was lost can be retried (the older credential is replaced).
    """
    with bound(db), db.atomic():
        office = HoOffice.get_or_none(HoOffice.token_hash == _hash(token))
        if office is None or office.status != "active":
            raise SyncRefused(401, "bad_token", "the enrollment token is unknown or used")
        credential = "cred-" + secrets.token_urlsafe(32)
        office.credential_hash = _hash(credential)
        office.enrolled_at = utcnow()
        office.save()
        epoch = HoMeta.get(HoMeta.key == "epoch").value
    return {
        "office": office.code,
        "credential": credential,
        "directorates": json.loads(office.directorates),
        "epoch": epoch,
    }


def authenticate(db: pw.Database, credential: str) -> HoOffice:
    """The office a credential belongs to.

    Raises:
        SyncRefused: 401 for an unknown credential, 403 for a revoked office.
    """
    with bound(db):
        office = HoOffice.get_or_none(HoOffice.credential_hash == _hash(credential))
        revoked = False if office is None else office.status != "active"
    if office is None:
        raise SyncRefused(401, "unauthorized", "unknown credential; enrol again with a token")
    if revoked:
        raise SyncRefused(403, "revoked", f"head office revoked office {office.code}")
    return office


def _first_use(office: HoOffice) -> None:
    """The first request made with a credential ends its enrollment token's life."""
    if office.token_hash is not None or office.last_seen_at is None:
        HoOffice.update(token_hash=None, last_seen_at=utcnow()).where(
            HoOffice.code == office.code
        ).execute()


# --- push -----------------------------------------------------------------------------


@dataclass
class Op:
    """One pushed operation, validated: values already converted for the database."""

    client_seq: int
    op_id: str
    entity: str
    pk: str
    kind: str  # insert / update / delete
    hlc: int
    values: dict[str, Any]
    wire: dict[str, Wire]
    base: dict[str, tuple[int, str]] = field(default_factory=dict)


def parse_op(raw: dict[str, Any], index: int) -> Op:
    """Check one operation of a push body against the schema of its table.

    Raises:
        SyncRefused: 422 naming the operation and what is wrong with it.
    """

    def bad(message: str) -> SyncRefused:
        return SyncRefused(422, "bad_operation", f"operation {index}: {message}", index=index)

    entity = raw["entity"]
    if entity not in ENTITIES:
        raise bad(f"unknown entity {entity!r}")
    if entity not in OFFICE_WRITABLE:
        raise bad(f"{entity} is written by head office only")
    fields = FIELDS[entity]
    payload: dict[str, Wire] = raw.get("payload") or {}
    values: dict[str, Any] = {}
    for name, value in payload.items():
        f = fields.get(name)
        if f is None or name == "id":
            raise bad(f"{entity} has no field {name!r}")
        if entity == "account" and name == "balance":
            raise bad("the balance is written by billing and head office only")
        try:
            values[name] = to_python(f, value)
        except ValueError as exc:
            raise bad(str(exc)) from None
    kind = raw["kind"]
    if kind == "insert":
        missing = [
            n
            for n, f in fields.items()
            if n not in payload and n != "id" and not f.null and f.default is None
        ]
        if missing:
            raise bad(f"insert without {', '.join(missing)}")
    base = {k: (int(v[0]), str(v[1])) for k, v in (raw.get("base") or {}).items()}
    return Op(
        client_seq=raw["client_seq"],
        op_id=raw["op_id"],
        entity=entity,
        pk=raw["pk"],
        kind=kind,
        hlc=raw["hlc"],
        values=values,
        wire=payload,
        base=base,
    )


@dataclass
class _Push:
    """State of one push transaction."""

    # The database passed in, not the models' binding: threads of one process share the
    # models, and one leaving ``bound`` restores the old binding while another pushes.
    db: pw.Database
    office: HoOffice
    scopes: list[str] | None
    hlc: int
    savepoints: bool = True
    aliases: dict[tuple[str, str], str] = field(default_factory=dict)
    # Rows and clocks read (and on PostgreSQL locked) for the whole batch up front, a
    # query per table instead of per operation; a row's entry is dropped when it is written.
    rows: dict[tuple[str, str], dict[str, Any] | None] = field(default_factory=dict)
    metas: dict[tuple[str, str], dict[str, list[Any]] | None] = field(default_factory=dict)
    # Rows moved to the log's head, in order: (entity, pk, pull scope, clocks), or scope and
    # clocks None for a row only sent again. Their ``seq``s are assigned at the end, under
    # the log lock (:func:`_append_log`).
    touches: list[tuple[str, str, str | None, dict[str, list[Any]] | None]] = field(
        default_factory=list
    )
    # Inserts not yet sent, by (table, columns): written together, many rows a statement.
    pending: dict[tuple[str, tuple[str, ...]], list[list[Any]]] = field(default_factory=dict)
    # Rows written that may change who sees what (:mod:`receptionapp.sync.scopes`), and rows
    # whose own scope changed, with the scope they had: settled before the log step.
    watched: list[tuple[str, str]] = field(default_factory=list)
    moved: dict[tuple[str, str], str] = field(default_factory=dict)
    watched_parents: tuple[set[str], set[str]] = field(default_factory=lambda: (set(), set()))
    # Complaints and requests given status steps (settled when they are seen elsewhere), and
    # those this push inserts (a step of one is checked with it, not in the tables).
    watched_steps: set[str] = field(default_factory=set)
    inserted_history: set[str] = field(default_factory=set)
    # Subscribers this push creates, with their scope: nobody else sees them yet, so what
    # their rows do is known here (``crossing``: an account in another directorate).
    new_subscribers: dict[str, str] = field(default_factory=dict)
    crossing: bool = False

    def watch(self, entity: str, pk: str, row: dict[str, Any]) -> None:
        """Note a written row that may change who sees what (its subscriber, its account)."""
        self.watched.append((entity, pk))
        step = visibility.step_of(entity, row)
        if step is not None:
            self.watched_steps.add(step)
            return
        subscriber, account = visibility.parents(entity, pk, row)
        if subscriber is not None and subscriber in self.new_subscribers:
            if entity == "account" and row.get("scope") != self.new_subscribers[subscriber]:
                self.crossing = True
            return
        if subscriber is not None:
            self.watched_parents[0].add(subscriber)
        if account is not None:
            self.watched_parents[1].add(account)

    def __post_init__(self) -> None:
        self.node: str = self.office.code  # this office's name in field clocks

    def next_hlc(self) -> int:
        self.hlc = hlcs.tick(self.hlc)
        return self.hlc

    def observe(self, clocks: dict[str, list[Any]]) -> dict[str, list[Any]]:
        """HLC receive rule for a row's clocks: later stamps of this push come after them."""
        for stamp, _node in clocks.values():
            if stamp > self.hlc:
                self.hlc = int(stamp)
        return clocks


#: Test hooks: named points in the push transaction. ``push.applying`` comes after the
#: batch's rows were read and locked, ``push.before_log`` after every operation was applied,
#: before the log lock is taken; ``push.before_commit`` holds the log lock (``seq``s
#: assigned), just before the commit.
HOOKS: dict[str, Callable[[], None]] = {}

#: How often a push PostgreSQL aborted to break a deadlock (or for a serialization failure)
#: is run again before the error is let through.
PUSH_ATTEMPTS = 10

#: SQLSTATEs of aborts that a new attempt of the same transaction resolves.
_RETRYABLE = frozenset({"40P01", "40001"})  # deadlock_detected, serialization_failure


def _hook(name: str) -> None:
    hook = HOOKS.get(name)
    if hook is not None:
        hook()


def _retryable(exc: BaseException) -> bool:
    """Whether a database error is a deadlock or serialization abort (try again)."""
    # peewee wraps the driver's error: the original is its first argument and its context
    for cause in (exc, *exc.args[:1], exc.__cause__, exc.__context__):
        if getattr(cause, "sqlstate", None) in _RETRYABLE:
            return True
    return False


def _retrying(what: str, attempt: Callable[[], Any]) -> Any:
    """Run ``attempt`` (one whole transaction) again after a deadlock, a bounded number of
    times; each retry waits a short random while so the two parties do not meet again."""
    for number in itertools.count(1):
        try:
            return attempt()
        except pw.DatabaseError as exc:
            if number >= PUSH_ATTEMPTS or not _retryable(exc):
                raise
            log.info("%s aborted by the database (%s); attempt %d", what, exc, number + 1)
            time.sleep(random.uniform(0, 0.005 * number))
    raise AssertionError("unreachable")


def push(db: pw.Database, office: HoOffice, raw_ops: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Apply an office's operations exactly once, in one transaction, and report each.

    Operations must continue the office's sequence without a hole: ``client_seq`` values
    already applied are answered from ``ho_applied_op`` (after checking ``op_id``), the
    others must follow the last applied one. A business rule that refuses an operation
    makes it ``rejected`` (shown to the clerk) without stopping the ones behind it.

    Concurrency (PostgreSQL, READ COMMITTED): pushes of different offices run side by side.
    A push locks its office's row, then every row it reads, in a fixed order, before reading
    it (``FOR UPDATE`` on the domain row and its ``ho_row``), so field clocks, statuses and
    package checks see the latest committed state and no other push changes them meanwhile;
    a slot's booking and a natural key's merge take an advisory lock on that slot or key
    first. Only when everything is applied does it take the log lock (the ``ho_counter``
    row), give the rows it changed their ``seq``s and commit: ``seq`` order is commit order.
    A deadlock between two pushes aborts one of them in PostgreSQL; it is run again here.

    Raises:
        SyncRefused: 409 ``gap`` or ``node_fork``, 422 for a malformed operation; nothing
            is applied then.
    """
    if len(raw_ops) > MAX_BATCH:
        raise SyncRefused(413, "too_many", f"at most {MAX_BATCH} operations per push")
    ops = [parse_op(raw, i) for i, raw in enumerate(raw_ops)]
    for prev, op in itertools.pairwise(ops):
        if op.client_seq != prev.client_seq + 1:
            raise SyncRefused(
                422, "not_contiguous", "client_seq values must follow each other without holes"
            )

    unused = [ops]

    def attempt() -> dict[str, Any]:
        # Optimistic first: no savepoint per operation (half the statements). A refusal by a
        # rule happens before any write; only a database error (a unique key, a bad value)
        # needs its operation undone alone: then the push is redone with savepoints.
        # Every attempt after the first parses again: applying edits the operations
        # (aliases, server fields).
        batch = unused.pop() if unused else [parse_op(r, i) for i, r in enumerate(raw_ops)]
        try:
            return _push_once(db, office, batch, False)
        except _NeedsSavepoints:
            return _push_once(db, office, [parse_op(r, i) for i, r in enumerate(raw_ops)], True)

    with bound(db):
        result: dict[str, Any] = _retrying(f"push of office {office.code}", attempt)
    return result


class _NeedsSavepoints(Exception):
    """A database error inside an operation of a push run without savepoints."""


def _for_update(db: pw.Database) -> str:
    """`` FOR UPDATE`` on PostgreSQL; SQLite has one writer (BEGIN IMMEDIATE) instead."""
    return " FOR UPDATE" if is_postgres(db) else ""


def _push_once(
    db: pw.Database, office: HoOffice, ops: list[Op], savepoints: bool
) -> dict[str, Any]:
    results: list[dict[str, Any]] = []
    with db.atomic():
        # The office's row lock serializes pushes of one office (a double "Sync now").
        # Read with head office's clock; on PostgreSQL also: every lookup of a push is by
        # key, up to a batch's keys at once, and PostgreSQL would rather scan a whole table
        # whose statistics lag behind its growth (a head office filling up): an index scan
        # where there is one, for this transaction only (set_config(…, true) is SET LOCAL).
        pg = is_postgres(db)
        found = db.execute_sql(
            "SELECT o.code, o.directorates, o.status, o.last_client_seq, c.hlc"
            + (", set_config('enable_seqscan', 'off', true)" if pg else "")
            + f" FROM ho_office AS o, ho_counter AS c WHERE o.code = {db.param} AND c.id = 1"
            + (" FOR UPDATE OF o" if pg else ""),
            (office.code,),
        ).fetchone()
        if found is None:
            raise SyncRefused(401, "unauthorized", "unknown credential; enrol again with a token")
        code, directorates, status, last_client_seq, clock = found[:5]
        current = HoOffice(
            code=code, directorates=directorates, status=status, last_client_seq=last_client_seq
        )
        if current.status != "active":
            raise SyncRefused(403, "revoked", f"head office revoked office {office.code}")
        state = _Push(db, current, current.scopes(), int(clock), savepoints)
        last = current.last_client_seq
        if ops and ops[0].client_seq > last + 1:
            raise SyncRefused(
                409,
                "gap",
                f"expected client_seq {last + 1}, got {ops[0].client_seq}",
                expected_client_seq=last + 1,
            )
        old = [op.client_seq for op in ops if op.client_seq <= last]
        replayed = (
            {
                r.client_seq: r
                for r in HoAppliedOp.select().where(
                    (HoAppliedOp.office == current.code) & HoAppliedOp.client_seq.in_(old)
                )
            }
            if old
            else {}
        )
        fresh = [op for op in ops if op.client_seq > last]
        if fresh:
            among, params = _among(db, "op_id", [op.op_id for op in fresh])
            # No LIMIT: with one, PostgreSQL expects a hit early and scans the table, and
            # there is normally none (the unique index of op_id answers at once).
            used = db.execute_sql(
                f"SELECT op_id FROM ho_applied_op WHERE {among}", params
            ).fetchone()
            if used is not None:
                raise SyncRefused(409, "duplicate_op", "an op_id of this push was used before")
        _preload(state, fresh)
        _hook("push.applying")
        applied: list[tuple[Op, dict[str, Any]]] = []
        for op in ops:
            if op.client_seq <= last:
                prev = replayed.get(op.client_seq)
                if prev is None or prev.op_id != op.op_id:
                    raise SyncRefused(
                        409,
                        "node_fork",
                        f"client_seq {op.client_seq} was applied with another op_id: "
                        "this database is a copy of another office's; enrol it again",
                    )
                results.append(json.loads(prev.result))
                continue
            result = _apply_one(state, op)
            applied.append((op, result))
            last = op.client_seq
            results.append(result)
        try:
            _flush(state)
        except (pw.IntegrityError, pw.DataError) as exc:
            raise _NeedsSavepoints from exc
        subscribers, accounts = (sorted(ids) for ids in state.watched_parents)
        steps = sorted(state.watched_steps)
        if (
            state.moved
            or state.crossing
            or visibility.needs_settling(db, subscribers, accounts, steps)
        ):
            # Rows whose directorates changed go out again: to the offices that now see
            # them, and as evictions to those that no longer do.
            for entity, pk in sorted(visibility.settle(db, state.watched, state.moved)):
                state.touches.append((entity, pk, None, None))
        _hook("push.before_log")
        _append_log(state, applied, last)
        _hook("push.before_commit")
    return {"acked_through": last, "results": results, "server_hlc": state.hlc}


def _append_log(state: _Push, applied: Sequence[tuple[Op, dict[str, Any]]], last: int) -> None:
    """Take the log lock, give the rows this push touched their ``seq``s, keep the results,
    move the office's ``last_client_seq`` to ``last``.

    The ``ho_counter`` row stays locked until the commit, so transactions commit in the
    order of their ``seq``s: a puller that has seen ``seq`` N has seen everything below it.
    Head office's HLC moves to the latest stamp of this push or of any before it. Every
    statement is prepared before the lock is taken; on PostgreSQL all of it is one statement,
    so the lock is held for that statement and the commit only (a round trip back into
    Python in between would also wait for the interpreter's lock among the other pushes).
    """
    db = state.db
    # A row touched twice keeps its last place and its last clocks (places count from 1).
    final: dict[tuple[str, str], list[Any]] = {}
    for place, (entity, pk, scope, clocks) in enumerate(state.touches, start=1):
        entry = final.get((entity, pk))
        if entry is None:
            final[(entity, pk)] = [place, scope, clocks]
        else:
            entry[0] = place
            if scope is not None:
                entry[1:] = [scope, clocks]
    upserts = [
        (entity, pk, scope, place, json.dumps(clocks))
        for (entity, pk), (place, scope, clocks) in final.items()
        if scope is not None
    ]
    # Rows sent again as they are (after a refusal): their clocks stay.
    bumps = [
        (entity, pk, place) for (entity, pk), (place, scope, _) in final.items() if scope is None
    ]
    # Results with their seq still to add: the JSON without its closing brace.
    records = []
    for op, result in applied:
        place = result.pop("seq", None)
        records.append((op.client_seq, op.op_id, result["status"], json.dumps(result)[:-1], place))
    now = HoAppliedOp.applied_at.db_value(utcnow())
    log_lock = _append_log_postgres if is_postgres(db) else _append_log_sqlite
    base, clock = log_lock(db, state, upserts, bumps, records, now, last)
    state.hlc = int(clock)
    for (_op, result), record in zip(applied, records, strict=True):
        if record[4] is not None:
            result["seq"] = base + record[4]


def _values(params: list[Any], rows: Sequence[Sequence[Any]], row_sql: str) -> str:
    """``VALUES`` rows for a statement, their parameters added to ``params``."""
    for row in rows:
        params.extend(row)
    return "VALUES " + ", ".join([row_sql] * len(rows))


#: The log step on PostgreSQL, one statement: the counter (its lock held until the commit),
#: the log rows, the rows only sent again, the results kept. One array a column, so the
#: text never changes: the driver parses it once and the server keeps it prepared.
_APPEND_LOG_PG = (
    "WITH c AS (UPDATE ho_counter SET seq = seq + %s, hlc = greatest(hlc, %s) WHERE id = 1 "
    "RETURNING seq - %s AS base, hlc), "
    "r AS (INSERT INTO ho_row (entity, pk, scope, seq, clocks) "
    "SELECT v.e, v.pk, v.scope, c.base + v.k, v.clocks FROM c, "
    "unnest(%b::text[], %b::text[], %b::text[], %b::bigint[], %b::text[]) "
    "AS v(e, pk, scope, k, clocks) ON CONFLICT (entity, pk) DO UPDATE SET "
    "scope = excluded.scope, seq = excluded.seq, clocks = excluded.clocks), "
    "b AS (UPDATE ho_row SET seq = c.base + v.k FROM c, "
    "unnest(%b::text[], %b::text[], %b::bigint[]) AS v(e, pk, k) "
    "WHERE ho_row.entity = v.e AND ho_row.pk = v.pk), "
    "a AS (INSERT INTO ho_applied_op (office, client_seq, op_id, status, result, applied_at) "
    "SELECT %s, v.cs, v.op_id, v.status, "
    "v.head || coalesce(', \"seq\": ' || (c.base + v.k), '') || '}', %s::timestamp "
    "FROM c, unnest(%b::bigint[], %b::text[], %b::text[], %b::text[], %b::bigint[]) "
    "AS v(cs, op_id, status, head, k)), "
    "o AS (UPDATE ho_office SET last_client_seq = %s, last_seen_at = %s, token_hash = NULL "
    "WHERE code = %s) "
    "SELECT base, hlc FROM c"
)


def _columns(rows: Sequence[Sequence[Any]], width: int) -> list[list[Any]]:
    """Rows as one list a column (``width`` empty lists when there are no rows)."""
    return [list(c) for c in zip(*rows, strict=True)] if rows else [[] for _ in range(width)]


def _append_log_postgres(
    db: pw.Database,
    state: _Push,
    upserts: list[tuple[str, str, str, int, str]],
    bumps: list[tuple[str, str, int]],
    records: list[tuple[int, str, str, str, int | None]],
    now: Any,
    last: int,
) -> tuple[int, int]:
    n = len(state.touches)
    params = [
        n,
        state.hlc,
        n,
        *_columns(upserts, 5),
        *_columns(bumps, 3),
        state.office.code,
        now,
        *_columns(records, 5),
        last,
        now,
        state.office.code,
    ]
    if "push.before_commit" in HOOKS:
        # a test holds the transaction here, the log lock taken, and commits after
        base, clock = db.execute_sql(_APPEND_LOG_PG, params).fetchone()
        return int(base), int(clock)
    # The commit goes out with the statement, in one pipeline: PostgreSQL releases the log
    # lock as soon as it has run both, without waiting for this thread to get the
    # interpreter back from the other pushes' threads (that wait held the lock for
    # milliseconds). The BEGIN after it opens the empty transaction peewee then commits.
    conn = db.connection()
    # peewee's own wrapper turns psycopg errors into peewee's, as execute_sql does.
    with pw.__exception_wrapper__, conn.pipeline():  # type: ignore[attr-defined]
        cursor = conn.cursor()
        cursor.execute(_APPEND_LOG_PG, params)
        conn.execute("COMMIT")
        conn.execute("BEGIN")
    row = cursor.fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def _append_log_sqlite(
    db: pw.Database,
    state: _Push,
    upserts: list[tuple[str, str, str, int, str]],
    bumps: list[tuple[str, str, int]],
    records: list[tuple[int, str, str, str, int | None]],
    now: Any,
    last: int,
) -> tuple[int, int]:
    # One writer at a time (BEGIN IMMEDIATE): the counter is locked since the push began.
    db.execute_sql(
        "UPDATE ho_office SET last_client_seq = ?, last_seen_at = ?, token_hash = NULL "
        "WHERE code = ?",
        (last, now, state.office.code),
    )
    n = len(state.touches)
    top, clock = db.execute_sql(
        "UPDATE ho_counter SET seq = seq + ?, hlc = max(hlc, ?) WHERE id = 1 RETURNING seq, hlc",
        (n, state.hlc),
    ).fetchall()[0]
    base = int(top) - n
    for start in range(0, len(upserts), 1000):
        chunk = [
            (e, pk, scope, base + k, c) for e, pk, scope, k, c in upserts[start : start + 1000]
        ]
        params: list[Any] = []
        db.execute_sql(
            "INSERT INTO ho_row (entity, pk, scope, seq, clocks) "
            + _values(params, chunk, "(?, ?, ?, ?, ?)")
            + " ON CONFLICT (entity, pk) DO UPDATE SET scope = excluded.scope, "
            "seq = excluded.seq, clocks = excluded.clocks",
            params,
        )
    for entity, pk, k in bumps:
        db.execute_sql(
            "UPDATE ho_row SET seq = ? WHERE entity = ? AND pk = ?", (base + k, entity, pk)
        )
    rows = [
        (
            state.office.code,
            client_seq,
            op_id,
            status,
            head + (f', "seq": {base + k}}}' if k is not None else "}"),
            now,
        )
        for client_seq, op_id, status, head, k in records
    ]
    for start in range(0, len(rows), 500):
        params = []
        db.execute_sql(
            "INSERT INTO ho_applied_op (office, client_seq, op_id, status, result, applied_at) "
            + _values(params, rows[start : start + 500], "(?, ?, ?, ?, ?, ?)"),
            params,
        )
    return base, int(clock)


def _apply_one(state: _Push, op: Op) -> dict[str, Any]:
    result: dict[str, Any] = {"client_seq": op.client_seq, "op_id": op.op_id}
    db = state.db
    skew = hlcs.too_far_ahead(op.hlc)
    if skew:
        op.hlc = state.next_hlc()
        result["clock_skew"] = True
    else:
        state.hlc = max(state.hlc, op.hlc)
    try:
        if state.savepoints:
            mark = (len(state.touches), dict(state.aliases), dict(state.metas))
            try:
                with db.atomic():
                    outcome = _apply(state, op)
                    _flush(state)
            except (OpRejected, pw.IntegrityError, pw.DataError):
                _forget(state, *mark)  # what the savepoint undid in the database
                raise
        else:
            try:
                outcome = _apply(state, op)
            except (pw.IntegrityError, pw.DataError) as exc:
                raise _NeedsSavepoints from exc
    except OpRejected as exc:
        result.update(status="rejected", reason=exc.reason, message=str(exc), **exc.detail)
        _resend(state, op)
        return result
    except (pw.IntegrityError, pw.DataError) as exc:
        result.update(status="rejected", reason="integrity", message=str(exc).splitlines()[0])
        _resend(state, op)
        return result
    result.update(outcome)
    result.setdefault("status", "applied")
    return result


def _forget(
    state: _Push,
    touched: int,
    aliases: dict[tuple[str, str], str],
    metas: dict[tuple[str, str], dict[str, list[Any]] | None],
) -> None:
    """Drop what an operation undone by its savepoint left in the push's state."""
    for entity, pk, _scope, _clocks in state.touches[touched:]:
        state.rows.pop((entity, pk), None)  # read again from the database when needed
    del state.touches[touched:]
    state.aliases = aliases
    state.metas = metas  # clocks of earlier operations live only here until the log step
    state.pending.clear()


def _resend(state: _Push, op: Op) -> None:
    """After a refusal, send the row's head-office state again: the office that wrote the
    refused change overwrites its local copy with it on the next pull."""
    pk = _resolve(state, op.entity, op.pk)
    state.touches.append((op.entity, pk, None, None))


def _resolve(state: _Push, entity: str, pk: str) -> str:
    if entity not in MERGE_KEYS:
        return pk  # only rows with a natural key are ever merged into others
    key = (entity, pk)
    if key not in state.aliases:
        alias = HoAlias.get_or_none((HoAlias.entity == entity) & (HoAlias.alias == pk))
        state.aliases[key] = alias.target if alias is not None else pk
    return state.aliases[key]


def _translate(state: _Push, op: Op) -> None:
    """Rewrite ids that head office merged into others (pk and foreign keys)."""
    op.pk = _resolve(state, op.entity, op.pk)
    for name, f in FIELDS[op.entity].items():
        if isinstance(f, pw.ForeignKeyField) and op.values.get(name) is not None:
            target = f.rel_model._meta.table_name
            if target in MERGE_KEYS:
                op.values[name] = _resolve(state, target, op.values[name])


def _check_scope(
    state: _Push,
    scope: str,
    entity: str = "",
    pk: str = "",
    row: dict[str, Any] | None = None,
) -> None:
    """Refuse a write outside the office's directorates, unless the office sees the row (or,
    for a new row, its subscriber) through another of its accounts (``ho_row_scope``)."""
    if state.scopes is None or scope == m.COMPANY_SCOPE or scope in state.scopes:
        return
    if entity and visibility.may_see(state.db, state.scopes, entity, pk, row or {}):
        return
    step = visibility.step_of(entity, row or {})
    if step is not None and step in state.inserted_history:
        return  # a step of a complaint or request this push wrote (and was let write)
    raise OpRejected(
        "forbidden_scope",
        f"office {state.office.code} may not write rows of directorate {scope}",
        scope=scope,
    )


def _advisory_lock(state: _Push, *key: Any) -> None:
    """Hold a PostgreSQL advisory lock on ``key`` until the commit (nothing on SQLite).

    It guards a decision about rows that may not exist yet: the first booking of a slot,
    the one row of a natural key.
    """
    db = state.db
    if not is_postgres(db):
        return
    digest = hashlib.blake2b("\x1f".join(map(str, key)).encode(), digest_size=8).digest()
    db.execute_sql(
        "SELECT pg_advisory_xact_lock(%s)", (int.from_bytes(digest, "big", signed=True),)
    )


def _preload(state: _Push, ops: Sequence[Op]) -> None:
    """Read (and lock) the rows and clocks a batch touches, a query per table, not per op.

    Tables in name order, rows in id order, each domain row before its ``ho_row``: every
    push locks in the same order, so two pushes of a batch's rows never deadlock.
    """
    by_entity: dict[str, set[str]] = {}
    for op in ops:
        if op.entity not in MERGE_KEYS:  # ids may be aliases: read one by one after translation
            by_entity.setdefault(op.entity, set()).add(op.pk)
    db = state.db
    lock = _for_update(db)
    for entity in sorted(by_entity):
        fields = FIELDS[entity]
        cols = ", ".join(f'"{c}"' for c in fields)
        wanted = sorted(by_entity[entity])
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            ids, ids_params = _among(db, "id", chunk)
            pks, pks_params = _among(db, "pk", chunk)  # on SQLite
            for pk in chunk:
                state.rows[(entity, pk)] = None
                state.metas[(entity, pk)] = None
            for values in db.execute_sql(
                f'SELECT {cols} FROM "{entity}" WHERE {ids} ORDER BY id{lock}', ids_params
            ):
                row = {
                    c: f.python_value(v) for (c, f), v in zip(fields.items(), values, strict=True)
                }
                state.rows[(entity, row["id"])] = row
            # Read after the rows' locks: a push that changed one has committed by now.
            if is_postgres(db):
                # One probe of the primary key a row, in the keys' order: given a join or
                # ``entity = … AND pk = ANY(…)``, PostgreSQL may walk every row of the
                # entity instead (a subquery with LIMIT is run once a key, not joined).
                query = (
                    "SELECT r.pk, r.clocks FROM unnest(%b::text[]) AS k(pk), LATERAL "
                    "(SELECT pk, clocks FROM ho_row WHERE entity = %s AND pk = k.pk LIMIT 1 "
                    "FOR UPDATE) AS r"
                )
                params = [chunk, entity]
            else:
                query = f"SELECT pk, clocks FROM ho_row WHERE entity = ? AND {pks} ORDER BY pk"
                params = [entity, *pks_params]
            for pk, clocks in db.execute_sql(query, params):
                state.metas[(entity, pk)] = state.observe(json.loads(clocks))


def _row(model: type[m.SyncedModel], pk: str, state: _Push) -> dict[str, Any] | None:
    """A domain row by id, locked until the commit (PostgreSQL); None when unknown."""
    key = (model._meta.table_name, pk)
    if key in state.rows:
        return state.rows[key]
    query = model.select().where(model.id == pk)
    if is_postgres(state.db):
        query = query.for_update()
    row = cast("dict[str, Any] | None", query.dicts().get_or_none())
    return None if row is None else _as_columns(model, row)


def _as_columns(model: type[m.SyncedModel], row: dict[str, Any]) -> dict[str, Any]:
    return {f.column_name: row[f.name] for f in model._meta.sorted_fields}


def _meta(entity: str, pk: str, state: _Push) -> dict[str, list[Any]] | None:
    """A row's field clocks (a copy to edit), locked until the commit; None if unindexed."""
    key = (entity, pk)
    if key in state.metas:
        known = state.metas[key]
        return None if known is None else dict(known)
    db = state.db
    found = db.execute_sql(
        f"SELECT clocks FROM ho_row WHERE entity = {db.param} AND pk = {db.param}"
        + _for_update(db),
        (entity, pk),
    ).fetchone()
    return None if found is None else state.observe(json.loads(found[0]))


def _touch(state: _Push, entity: str, pk: str, scope: str, clocks: dict[str, list[Any]]) -> int:
    """Move a row to the log's head with its new clocks; returns its place in this push
    (the ``seq`` is that plus the log's top when the push appends, :func:`_append_log`)."""
    state.rows.pop((entity, pk), None)
    state.metas[(entity, pk)] = dict(clocks)
    pull_scope = m.COMPANY_SCOPE if entity in REFERENCE else scope
    state.touches.append((entity, pk, pull_scope, clocks))
    return len(state.touches)


def _flush(state: _Push) -> None:
    """Send the inserts held back: one statement for many rows of a table."""
    if not state.pending:
        return
    db = state.db
    pending, state.pending = state.pending, {}
    for (entity, names), rows in pending.items():
        head = f'INSERT INTO "{entity}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)}) '
        if is_postgres(db):
            # One array a column: a short statement, the same for every batch (the driver
            # parses and the server plans it once), whatever the number of rows.
            types = _column_types(db, entity)
            arrays = ", ".join(f"%b::{types[n]}[]" for n in names)
            db.execute_sql(
                f"{head}SELECT * FROM unnest({arrays})", [list(c) for c in zip(*rows, strict=True)]
            )
            continue
        one = f"({', '.join([db.param] * len(names))})"
        per = max(1, 30000 // len(names))  # under either database's limit of parameters
        for start in range(0, len(rows), per):
            chunk = rows[start : start + per]
            db.execute_sql(
                head + "VALUES " + ", ".join([one] * len(chunk)), [v for r in chunk for v in r]
            )


_COLUMN_TYPES: dict[tuple[str, str], dict[str, str]] = {}


def _column_types(db: pw.Database, table: str) -> dict[str, str]:
    """PostgreSQL's types of a table's columns, read once per process."""
    params = db.connect_params
    key = (f"{params.get('host')}:{params.get('port')}/{db.database}", table)
    if key not in _COLUMN_TYPES:
        _COLUMN_TYPES[key] = dict(
            db.execute_sql(
                "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
                "WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped",
                (f'"{table}"',),
            ).fetchall()
        )
    return _COLUMN_TYPES[key]


def _among(db: pw.Database, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
    """``column`` is one of ``values``: an array on PostgreSQL (the statement's text stays
    the same whatever the number of values), a list of parameters on SQLite."""
    if is_postgres(db):
        return f"{column} = ANY(%b)", [list(values)]
    return f"{column} IN ({', '.join('?' * len(values))})", list(values)


#: Inserts that read other rows first (a slot's bookings, the account of a package change).
_DECIDED = frozenset({"appointment", "package_change"})


def _apply(state: _Push, op: Op) -> dict[str, Any]:
    key = (op.entity, op.pk)
    plain_insert = (
        op.kind == "insert"
        and op.entity not in MERGE_KEYS
        and op.entity not in _DECIDED
        and key in state.rows
        and state.rows[key] is None
    )
    if not plain_insert:
        _flush(state)  # what this operation reads or writes sees the batch's earlier inserts
    _translate(state, op)
    model = ENTITIES[op.entity]
    row = _row(model, op.pk, state)
    if op.kind == "delete":
        return _apply_delete(state, op, model, row)
    if row is None and op.kind == "update":
        raise OpRejected("not_found", f"{op.entity} {op.pk} is unknown at head office")
    if row is None:
        keys = MERGE_KEYS.get(op.entity)
        if keys:
            # Two offices adding the same phone at once: the second waits and merges.
            _advisory_lock(state, op.entity, *(op.values.get(k) for k in keys))
        merged_into = _natural_duplicate(op)
        if merged_into is not None:
            alias = op.pk
            state.aliases[(op.entity, alias)] = merged_into
            op.pk = merged_into
            outcome = _apply_update(state, op, model, _row(model, merged_into, state), adding=True)
            HoAlias.insert(entity=op.entity, alias=alias, target=merged_into).execute()
            outcome["merged_into"] = merged_into
            return outcome
        return _apply_insert(state, op, model)
    return _apply_update(state, op, model, row, adding=op.kind == "insert")


def _natural_duplicate(op: Op) -> str | None:
    keys = MERGE_KEYS.get(op.entity)
    if not keys or any(op.values.get(k) is None for k in keys):
        return None
    model = ENTITIES[op.entity]
    cond = model.id != op.pk
    for k in keys:
        cond &= FIELDS[op.entity][k] == op.values[k]
    found = model.select(model.id).where(cond).tuples().first()
    return found[0] if found else None


#: Columns with a default in the model, by table: ``(name, default)``.
_DEFAULTS: dict[str, list[tuple[str, Any]]] = {
    entity: [(n, f.default) for n, f in fields.items() if n != "id" and f.default is not None]
    for entity, fields in FIELDS.items()
}


def _apply_insert(state: _Push, op: Op, model: type[m.SyncedModel]) -> dict[str, Any]:
    values = dict(op.values)
    scope = values.get("scope", m.COMPANY_SCOPE)
    _check_scope(state, scope, op.entity, op.pk, values)
    if op.entity in _STEP_PARENTS:
        state.inserted_history.add(op.pk)
    if op.entity in visibility.WATCHED:
        if op.entity == "subscriber":
            state.new_subscribers[op.pk] = scope
        state.watch(op.entity, op.pk, values)
    outcome: dict[str, Any] = {}
    server_fields: dict[str, Any] = {}
    if op.entity == "appointment":
        server_fields, outcome = _decide_appointment(state, op.pk, values)
    elif op.entity == "package_change":
        server_fields, outcome = _decide_package_change(state, values)
    values.update(server_fields)
    for name, default in _DEFAULTS[op.entity]:
        # Columns the office does not send (the balance) take the model's default.
        if name not in values:
            values[name] = default() if callable(default) else default
    # Held back and sent with the batch's other rows of this table (see _flush).
    fields = FIELDS[op.entity]
    state.pending.setdefault((op.entity, ("id", *values)), []).append(
        [op.pk, *(fields[k].db_value(v) for k, v in values.items())]
    )
    # One list for every field: clocks are replaced, never edited in place (and fewer
    # objects for the garbage collector to trace on this hot path).
    clocks = dict.fromkeys(values, [op.hlc, state.node])  # noqa: RUF024
    if server_fields:
        stamp = state.next_hlc()
        for k in server_fields:
            clocks[k] = [stamp, HEAD_OFFICE]
    outcome["seq"] = _touch(state, op.entity, op.pk, scope, clocks)
    return outcome


def _apply_delete(
    state: _Push, op: Op, model: type[m.SyncedModel], row: dict[str, Any] | None
) -> dict[str, Any]:
    if row is None:
        return {"status": "applied", "noop": True}
    _check_scope(state, row["scope"], op.entity, op.pk, row)
    if op.entity in visibility.WATCHED:
        state.watch(op.entity, op.pk, row)
    if row["deleted_at"] is not None:
        _resend(state, op)  # the office dropped its copy of the tombstone: send it again
        return {"status": "applied", "noop": True}
    clocks = _meta(op.entity, op.pk, state) or {}
    # Deletes win: the tombstone gets head office's newest stamp, later edits are refused.
    stamp = state.next_hlc()
    now = utcnow()
    model.update(deleted_at=now, updated_at=now).where(model.id == op.pk).execute()
    clocks["deleted_at"] = clocks["updated_at"] = [stamp, HEAD_OFFICE]
    return {"seq": _touch(state, op.entity, op.pk, row["scope"], clocks)}


def _apply_update(
    state: _Push,
    op: Op,
    model: type[m.SyncedModel],
    row: dict[str, Any] | None,
    *,
    adding: bool,
) -> dict[str, Any]:
    assert row is not None
    _check_scope(state, row["scope"], op.entity, op.pk, row)
    if "scope" in op.values:
        _check_scope(state, op.values["scope"])
    if row["deleted_at"] is not None:
        raise OpRejected("deleted", f"{op.entity} {op.pk} was deleted; the change is refused")
    meta = _meta(op.entity, op.pk, state)
    clocks: dict[str, list[Any]] = dict(meta) if meta else {}
    mine = (op.hlc, state.office.code)
    changes: dict[str, Any] = {}
    superseded: list[str] = []
    add_wins = "retired_at" if op.entity == "phone" else None
    for name, value in op.values.items():
        theirs = tuple(clocks.get(name, hlcs.ZERO))
        if name == add_wins:
            if value is None:
                if adding or row[name] is not None:
                    # An add (or re-add) always wins over a removal it did not see: stamp it
                    # after every clock this element has had.
                    changes[name] = None
                    clocks[name] = [max(op.hlc, int(theirs[0]) + 1), state.office.code]
                continue
            if row[name] is None:
                if op.base.get(name, hlcs.ZERO)[0] < int(theirs[0]):
                    superseded.append(name)  # a removal of an add it never saw
                else:
                    changes[name] = value
                    clocks[name] = [max(op.hlc, int(theirs[0]) + 1), state.office.code]
                continue
        if mine > theirs:
            if name == "status" and op.entity in TRANSITIONS and value != row["status"]:
                allowed = TRANSITIONS[op.entity].get(row["status"], frozenset())
                if value not in allowed:
                    raise OpRejected(
                        "transition",
                        f"{op.entity} status cannot go from {row['status']} to {value}",
                        current=row["status"],
                    )
            if row.get(name) != value:
                changes[name] = value
            clocks[name] = [op.hlc, state.office.code]
        elif mine < theirs and row.get(name) != value:
            superseded.append(name)
    outcome: dict[str, Any] = {}
    if op.entity == "appointment" and ("slot_start" in changes or ("director_id" in changes)):
        merged = {**row, **changes}
        server_fields, outcome = _decide_appointment(state, op.pk, merged)
        stamp = state.next_hlc()
        for k, v in server_fields.items():
            changes[k] = v
            clocks[k] = [stamp, HEAD_OFFICE]
    if changes:
        fields = FIELDS[op.entity]
        model.update({fields[k]: v for k, v in changes.items()}).where(model.id == op.pk).execute()
        if "scope" in changes and (op.entity, op.pk) not in state.moved:
            state.moved[(op.entity, op.pk)] = row["scope"]
        if op.entity in visibility.WATCHED and _VISIBILITY_FIELDS & changes.keys():
            state.watch(op.entity, op.pk, {**row, **changes})
            state.watch(op.entity, op.pk, row)  # and where it was
    if superseded:
        outcome["superseded"] = sorted(superseded)
    if changes or meta is None or clocks != meta:
        outcome["seq"] = _touch(state, op.entity, op.pk, {**row, **changes}["scope"], clocks)
    return outcome


#: Fields whose change may change who sees a row (an account moved to another subscriber…).
_VISIBILITY_FIELDS = frozenset(
    {"scope", "subscriber_id", "account_id", "deleted_at", "complaint_id", "request_id"}
)
_STEP_PARENTS = frozenset(parent for parent, _ in visibility.STEP_ROWS.values())


# --- appointments and package changes -------------------------------------------------

_HOLDING = ("pending", "confirmed", "attended", "no_show")


def _decide_appointment(
    state: _Push, pk: str, values: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """First booking of a slot to reach head office wins; a later one becomes ``conflict``."""
    status = values.get("status", "pending")
    if status not in ("pending", "confirmed"):
        return {}, {}
    # Two pushes booking one slot at once: the second waits here for the first's commit,
    # then sees its booking (each statement reads what is committed when it starts).
    _advisory_lock(state, "appointment", values["director_id"], values["slot_start"])
    a = m.Appointment
    winner = (
        a.select(a.id)
        .where(
            (a.director == values["director_id"])
            & (a.slot_start == values["slot_start"])
            & (a.id != pk)
            & (a.status.in_(_HOLDING))
            & a.deleted_at.is_null()
        )
        .tuples()
        .first()
    )
    if winner is None:
        return {"status": "confirmed", "conflict_with": None}, {}
    free = next_free_slots(values["director_id"], values["slot_start"])
    return (
        {"status": "conflict", "conflict_with": winner[0]},
        {
            "status": "conflict",
            "conflict_with": winner[0],
            "alternatives": [str(s) for s in free],
        },
    )


def next_free_slots(director_id: str, after: dt.datetime, count: int = 3) -> list[dt.datetime]:
    """The next ``count`` free reception slots of a director after ``after`` (60 days ahead).

    The schedule's hours are the city's wall clock; ``after``, the bookings and the slots
    returned are naive UTC, like every timestamp of the database.
    """
    schedules = list(
        m.ReceptionSchedule.select().where(
            (m.ReceptionSchedule.director == director_id) & m.ReceptionSchedule.deleted_at.is_null()
        )
    )
    if not schedules:
        return []
    booked = (
        m.Appointment.select(m.Appointment.slot_start)
        .where(
            (m.Appointment.director == director_id)
            & (m.Appointment.slot_start > after)
            & m.Appointment.status.in_(_HOLDING)
            & m.Appointment.deleted_at.is_null()
        )
        .tuples()
    )
    taken = {slot for (slot,) in cast("Iterable[tuple[dt.datetime]]", booked)}
    exceptions = {
        e.date: e
        for e in m.ScheduleException.select().where(
            (m.ScheduleException.director == director_id) & m.ScheduleException.deleted_at.is_null()
        )
    }
    found: list[dt.datetime] = []
    day = utc_to_local(after).date()
    for _ in range(60):
        closed = day in exceptions and exceptions[day].closed
        for s in schedules:
            if closed or s.weekday != day.weekday():
                continue
            if s.valid_from > day or (s.valid_to is not None and s.valid_to < day):
                continue
            start = dt.datetime.combine(day, dt.time.fromisoformat(s.start_time))
            end = dt.datetime.combine(day, dt.time.fromisoformat(s.end_time))
            local = start
            while local + dt.timedelta(minutes=s.slot_minutes) <= end:
                slot = local_to_utc(local)
                if slot > after and slot not in taken:
                    found.append(slot)
                    if len(found) == count:
                        return found
                local += dt.timedelta(minutes=s.slot_minutes)
        day += dt.timedelta(days=1)
    return found


def _decide_package_change(
    state: _Push, values: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Head office validates a package change and moves the account to the new package."""
    # The account is read under its lock: no other push changes its package meanwhile.
    account = _row(m.Account, values["account_id"], state)
    package = m.Package.get_or_none(m.Package.id == values["to_package_id"])
    reason = None
    if account is None or account["deleted_at"] is not None:
        reason = "the account is unknown or closed at head office"
    elif account["status"] == "closed":
        reason = "the account is closed"
    elif package is None or not package.active or package.deleted_at is not None:
        reason = "the package is not offered"
    elif values.get("from_package_id") not in (None, account["package_id"]):
        reason = "the account's package changed meanwhile"
    if reason is not None:
        return {"status": "rejected"}, {
            "status": "rejected",
            "reason": "package_change",
            "message": reason,
        }
    if values.get("status", "pending") == "pending":
        assert package is not None and account is not None  # a reason was given otherwise
        clocks = _meta("account", account["id"], state) or {}
        stamp = state.next_hlc()  # after the clocks it read: later than any of them
        m.Account.update(package=package.id, updated_at=utcnow()).where(
            m.Account.id == account["id"]
        ).execute()
        clocks["package_id"] = [stamp, HEAD_OFFICE]
        _touch(state, "account", account["id"], account["scope"], clocks)
    return {"status": "confirmed"}, {}


# --- pull -----------------------------------------------------------------------------


def pull(db: pw.Database, office: HoOffice, cursor: int, limit: int) -> dict[str, Any]:
    """The changes after ``cursor`` in the office's scopes, oldest first.

    A row is in an office's scopes when its own directorate is one of the office's, or when
    ``ho_row_scope`` says one of them sees it (a subscriber with an account there); a row
    only a gone entry ties to the office goes out as ``{"kind": "evict"}`` (the office drops
    its copy). A call centre (every directorate) sees everything and never evicts.

    The high-water mark is read before the rows: every ``seq`` at or below it belongs to a
    committed transaction (appends are serialized), so ``next_cursor`` never passes a change
    this page did not include.
    """
    limit = max(1, min(limit, MAX_PAGE))
    with bound(db):
        _first_use(office)
        high = HoCounter.select(HoCounter.seq, HoCounter.hlc).where(HoCounter.id == 1).get()
        query = HoRow.select(HoRow.entity, HoRow.pk, HoRow.seq, HoRow.clocks).where(
            (HoRow.seq > cursor) & (HoRow.seq <= high.seq)
        )
        scopes = office.scopes()
        if scopes is not None:
            query = query.where(HoRow.scope.in_([*scopes, m.COMPANY_SCOPE]))
        found = cast("Iterable[tuple[Any, ...]]", query.order_by(HoRow.seq).limit(limit).tuples())
        page = [(*r, True) for r in found]
        if scopes is not None:
            # Rows seen through another of their directorates (or seen no more: evicted).
            # Both lists are in seq order and at most ``limit`` long: the first ``limit``
            # of the two together are the page.
            upto = page[-1][2] if len(page) == limit else high.seq
            extra = visibility.extra_rows(db, scopes, cursor, upto, limit)
            if extra:
                page = sorted([*page, *extra], key=lambda r: r[2])[:limit]
        by_entity: dict[str, list[str]] = {}
        for entity, pk, _seq, _clocks, live in page:
            if live:
                by_entity.setdefault(entity, []).append(pk)
        rows: dict[tuple[str, str], dict[str, Wire]] = {}
        for entity, pks in by_entity.items():
            # Plain SQL: the rows go out as stored, without building model values first.
            cols = list(FIELDS[entity])
            select = ", ".join(f'"{c}"' for c in cols)
            for start in range(0, len(pks), 900):
                chunk = pks[start : start + 900]
                marks = ", ".join([db.param] * len(chunk))
                found = db.execute_sql(
                    f'SELECT {select} FROM "{entity}" WHERE id IN ({marks})', chunk
                )
                for values in found:
                    row = {c: to_wire(v) for c, v in zip(cols, values, strict=True)}
                    rows[(entity, str(row["id"]))] = row
    changes = [
        {"seq": seq, "entity": entity, "pk": pk, "row": rows[(entity, pk)], "clocks": json.loads(c)}
        if live
        else {"seq": seq, "entity": entity, "pk": pk, "kind": "evict"}
        for entity, pk, seq, c, live in page
        if not live or (entity, pk) in rows
    ]
    full = len(page) == limit
    return {
        "changes": changes,
        "next_cursor": page[-1][2] if full else max(cursor, high.seq),
        "has_more": full,
        "server_hlc": high.hlc,
    }


# --- imports --------------------------------------------------------------------------


def run_import_command(url: str, file: Path) -> int:
    """``headoffice import``: a billing export for every directorate, then into the log.

    Output and exit codes are those of ``receptionapp import`` (DESIGN.md §3). The import
    writes directly (a bulk load, not captured); afterwards every row it created or changed
    moves to the log's head with its billing fields stamped with head office's clock, so
    offices receive it on their next pull and it counts as a write in last-writer-wins.
    """
    import sys

    from receptionapp.db.billing import check_billing_file, import_billing_csv

    check_billing_file(file).close()  # a bad file is refused before the database is touched
    db = open_headoffice(url)
    try:
        ensure_schema(db)
        started = utcnow() - dt.timedelta(seconds=1)
        with bound(db):
            report = import_billing_csv(
                db, file, on_error=lambda error: print(error, file=sys.stderr)
            )
        index_rows(db, changed_since=started, stamp_fields=BILLING_FIELDS)
    finally:
        db.close()
    print(report.summary())
    if report.exit_code == 1:
        print("receptionapp: every row was rejected; nothing was imported", file=sys.stderr)
    exit_code: int = report.exit_code
    return exit_code


def entity_rows(
    db: pw.Database, entity: str, scopes: Iterable[str] | None
) -> list[dict[str, Wire]]:
    """Every row of a table in the given scopes, in wire form (for tests and diagnostics)."""
    model = ENTITIES[entity]
    with bound(db):
        query = model.select()
        if scopes is not None and entity not in REFERENCE:
            query = query.where(model.scope.in_([*scopes, m.COMPANY_SCOPE]))
        names = [(f.name, f.column_name) for f in model._meta.sorted_fields]
        return [
            {col: to_wire(row[name]) for name, col in names}
            for row in cast("Iterable[dict[str, Any]]", query.order_by(model.id).dicts())
        ]
