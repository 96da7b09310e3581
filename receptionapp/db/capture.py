"""Change capture for head-office sync: a transactional outbox filled by SQLite triggers.

Every table an office writes (subscribers, accounts, phones, contacts, requests, complaints,
appointments…) carries three triggers. Whatever writes a row — a model instance, a peewee
bulk query, raw SQL — the trigger appends an operation to ``sync_outbox`` inside the same
transaction, so a change and its outbox row are committed together or not at all. Peewee
signals would miss bulk queries; triggers cannot.

The triggers use only SQL (no Python functions), so any connection, even an external tool's,
captures its writes. State they read lives in the one-row table ``sync_control``:

* ``capture``: 0 while sync applies pulled rows or a bulk load runs
  (:func:`capture_suspended`). SQLite has one writer at a time and the flag is set inside
  the writer's transaction, so no other connection ever sees it off;
* ``hlc``: the hybrid logical clock, ``(unix milliseconds << 16) + counter``; each captured
  row takes ``max(previous + 1, now << 16)`` and the value is committed with the change, so a
  restart or a clock stepping back never reuses a stamp.

An update captures only the columns that changed and records their clocks in ``sync_clock``
(field-level last-writer-wins needs to know which local edits are newer than what head
office sends). Inserts carry their HLC in the operation; no per-field clocks are needed for
a row head office has not seen yet.

Reference data (directorates, packages, schedules…) is written by head office only and users
are local to each database: neither is captured.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator

import peewee as pw

from receptionapp.db import models as m

#: Tables that only head office writes; offices receive them by sync.
REFERENCE_MODELS: tuple[type[m.SyncedModel], ...] = (
    m.Directorate,
    m.AddressRule,
    m.ReceptionPoint,
    m.Director,
    m.ReceptionSchedule,
    m.ScheduleException,
    m.Service,
    m.Package,
    m.PackageService,
    m.ConnectionTariff,
)

#: Columns an office never sends: the balance is written by billing and head office only.
NOT_CAPTURED: dict[str, frozenset[str]] = {"account": frozenset({"balance"})}

#: Fields that form an add-wins register (an OR-set element's presence): a removal carries
#: the clock it observed, so head office can tell a concurrent re-add from an old one.
ADD_WINS_FIELDS: dict[str, str] = {"phone": "retired_at"}

#: Bumped whenever the trigger SQL changes, so that existing databases get the new triggers.
TRIGGERS_VERSION = 2

#: Columns that change on every save and do not by themselves make an operation.
TOUCH_COLUMNS = frozenset({"updated_at"})

SYNC_TABLES_SQL = (
    """CREATE TABLE IF NOT EXISTS sync_control (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        capture INTEGER NOT NULL DEFAULT 1,
        hlc INTEGER NOT NULL DEFAULT 0,
        signature TEXT NOT NULL DEFAULT '')""",
    "INSERT OR IGNORE INTO sync_control (id, capture, hlc, signature) VALUES (1, 1, 0, '')",
    """CREATE TABLE IF NOT EXISTS sync_outbox (
        client_seq INTEGER PRIMARY KEY AUTOINCREMENT,
        op_id TEXT NOT NULL UNIQUE,
        entity TEXT NOT NULL,
        pk TEXT NOT NULL,
        kind TEXT NOT NULL,
        hlc INTEGER NOT NULL,
        payload TEXT NOT NULL,
        base TEXT,
        status TEXT NOT NULL DEFAULT 'pending',
        result TEXT,
        created_at TEXT NOT NULL,
        acked_at TEXT)""",
    "CREATE INDEX IF NOT EXISTS sync_outbox_status ON sync_outbox (status, client_seq)",
    """CREATE TABLE IF NOT EXISTS sync_clock (
        entity TEXT NOT NULL,
        pk TEXT NOT NULL,
        field TEXT NOT NULL,
        hlc INTEGER NOT NULL,
        node TEXT NOT NULL,
        PRIMARY KEY (entity, pk, field)) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS sync_issue (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        entity TEXT NOT NULL,
        pk TEXT NOT NULL,
        op_id TEXT,
        detail TEXT NOT NULL,
        created_at TEXT NOT NULL,
        resolved_at TEXT)""",
    "CREATE INDEX IF NOT EXISTS sync_issue_open ON sync_issue (resolved_at, id)",
)

# The HLC step: wall-clock milliseconds shifted left 16 bits, never below the last stamp + 1.
_TICK = (
    "UPDATE sync_control SET hlc = max(hlc + 1, "
    "CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536) WHERE id = 1"
)
_HLC = "(SELECT hlc FROM sync_control WHERE id = 1)"
_CAPTURING = "(SELECT capture FROM sync_control WHERE id = 1) = 1"
_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"


def office_models() -> tuple[type[m.SyncedModel], ...]:
    """The synced tables an office writes and pushes (every synced model but reference/users)."""
    return tuple(
        model
        for model in m.ALL_MODELS
        if issubclass(model, m.SyncedModel)
        and model not in REFERENCE_MODELS
        and model is not m.User
    )


def synced_models() -> tuple[type[m.SyncedModel], ...]:
    """Every table that travels between head office and offices, in dependency order."""
    return tuple(
        model for model in m.ALL_MODELS if issubclass(model, m.SyncedModel) and model is not m.User
    )


def _columns(db: pw.Database, table: str) -> list[str]:
    return [row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")')]


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _trigger_sql(table: str, columns: list[str]) -> list[str]:
    """The three capture triggers of one table, from its actual columns."""
    skip = NOT_CAPTURED.get(table, frozenset())
    fields = [c for c in columns if c != "id" and c not in skip]
    t = table.replace("'", "''")
    obj = ", ".join(f"'{c}', NEW.{_q(c)}" for c in fields)
    changed_rows = " UNION ALL ".join(
        f"SELECT '{c}' AS k, NEW.{_q(c)} AS v WHERE NEW.{_q(c)} IS NOT OLD.{_q(c)}" for c in fields
    )
    meaningful = " OR ".join(
        f"NEW.{_q(c)} IS NOT OLD.{_q(c)}" for c in fields if c not in TOUCH_COLUMNS
    )
    add_wins = ADD_WINS_FIELDS.get(table)
    base = "NULL"
    seen_on_insert = seen_on_update = ""
    if add_wins is not None:
        # "<field>@seen" holds the clock of the latest add or removal this office has seen
        # (its own or pulled); a removal sends it, so head office can tell whether it saw
        # the latest add.
        seen = f"{add_wins}@seen"
        base = (
            f"(SELECT json_object('{add_wins}', json_array(hlc, node)) FROM sync_clock "
            f"WHERE entity = '{t}' AND pk = OLD.id AND field = '{seen}')"
        )
        upsert_seen = (
            f"  INSERT OR REPLACE INTO sync_clock (entity, pk, field, hlc, node) "
            f"SELECT '{t}', NEW.id, '{seen}', {_HLC}, ''"
        )
        seen_on_insert = upsert_seen + ";"
        seen_on_update = upsert_seen + f" WHERE NEW.{_q(add_wins)} IS NOT OLD.{_q(add_wins)};"
    clocks = "\n".join(
        f"  INSERT OR REPLACE INTO sync_clock (entity, pk, field, hlc, node) "
        f"SELECT '{t}', NEW.id, '{c}', {_HLC}, '' WHERE NEW.{_q(c)} IS NOT OLD.{_q(c)};"
        for c in fields
    )
    insert_op = "INSERT INTO sync_outbox (op_id, entity, pk, kind, hlc, payload, base, created_at) "
    return [
        f"""CREATE TRIGGER {_q("sync_ai_" + table)} AFTER INSERT ON {_q(table)}
WHEN {_CAPTURING} BEGIN
  {_TICK};
  {insert_op}VALUES (lower(hex(randomblob(16))), '{t}', NEW.id, 'insert', {_HLC},
    json_object({obj}), NULL, {_NOW});
{seen_on_insert}
END""",
        f"""CREATE TRIGGER {_q("sync_au_" + table)} AFTER UPDATE ON {_q(table)}
WHEN {_CAPTURING} AND ({meaningful}) BEGIN
  {_TICK};
  {insert_op}VALUES (lower(hex(randomblob(16))), '{t}', NEW.id, 'update', {_HLC},
    (SELECT json_group_object(k, v) FROM ({changed_rows})), {base}, {_NOW});
{clocks}
{seen_on_update}
END""",
        f"""CREATE TRIGGER {_q("sync_ad_" + table)} AFTER DELETE ON {_q(table)}
WHEN {_CAPTURING} BEGIN
  {_TICK};
  {insert_op}VALUES (lower(hex(randomblob(16))), '{t}', OLD.id, 'delete', {_HLC},
    '{{}}', NULL, {_NOW});
  DELETE FROM sync_clock WHERE entity = '{t}' AND pk = OLD.id;
END""",
    ]


def _plan(db: pw.Database) -> tuple[str, list[tuple[str, list[str]]]]:
    tables = [
        (model._meta.table_name, _columns(db, model._meta.table_name)) for model in office_models()
    ]
    signature = hashlib.sha256(repr((TRIGGERS_VERSION, tables)).encode()).hexdigest()[:16]
    return signature, tables


def install_capture(db: pw.Database, *, force: bool = False) -> bool:
    """(Re)create the capture triggers from the tables' current columns.

    Called after every migration (columns may have been added) and before every sync. Does
    nothing when the triggers already match the columns, unless ``force``.

    Returns:
        True when the triggers were (re)created.
    """
    signature, tables = _plan(db)
    with db.atomic():
        row = db.execute_sql("SELECT signature FROM sync_control WHERE id = 1").fetchone()
        if row is not None and row[0] == signature and not force:
            return False
        for table, columns in tables:
            for prefix in ("sync_ai_", "sync_au_", "sync_ad_"):
                db.execute_sql(f"DROP TRIGGER IF EXISTS {_q(prefix + table)}")
            for sql in _trigger_sql(table, columns):
                db.execute_sql(sql)
        db.execute_sql("UPDATE sync_control SET signature = ? WHERE id = 1", (signature,))
    return True


def migrate_sync_tables(db: pw.Database) -> None:
    """Migration step: the outbox, clocks, issues and control tables, then the triggers."""
    for sql in SYNC_TABLES_SQL:
        db.execute_sql(sql)
    install_capture(db, force=True)


def has_capture(db: pw.Database) -> bool:
    """Whether the database has the sync tables (an office database, schema new enough)."""
    if not isinstance(db, pw.SqliteDatabase):
        return False  # head office (PostgreSQL) logs its changes itself
    row = db.execute_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_control'"
    ).fetchone()
    return row is not None


@contextlib.contextmanager
def capture_suspended(db: pw.Database) -> Iterator[None]:
    """Run the block in one transaction whose writes are not captured for sync.

    For bulk loads (demo data, reference data, a billing import at an office: billing data
    reaches offices from head office) and for applying rows pulled from head office. The
    flag is switched off and back on inside the transaction: a crash rolls both back, and
    no other connection can observe it off.
    """
    if not has_capture(db):
        with db.atomic():
            yield
        return
    with db.atomic():
        # Restore what was there: a head office on SQLite keeps capture off for good.
        (before,) = db.execute_sql("SELECT capture FROM sync_control WHERE id = 1").fetchone()
        db.execute_sql("UPDATE sync_control SET capture = 0 WHERE id = 1")
        yield
        db.execute_sql("UPDATE sync_control SET capture = ? WHERE id = 1", (before,))
