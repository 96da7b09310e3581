"""The office side of sync: one push-then-pull cycle with head office.

1. **Push** the outbox (captured by triggers, :mod:`receptionapp.db.capture`) in
   ``client_seq`` order, at most :data:`PUSH_BATCH` operations a request. Head office answers
   each operation; the answers are recorded in one local transaction (outbox status, sync
   issues for anything not simply applied). A lost answer is harmless: the same operations
   are sent again and head office answers them from its record without applying them twice.
2. **Pull** pages of changes after the stored cursor and apply each page together with the
   new cursor in one local transaction, with capture switched off (pulled rows are not sent
   back) and foreign keys unchecked (a page may bring a row before the parent it refers to,
   and rows may refer to users of other offices). A crash mid-pull resumes from the last
   committed page; applying a page twice changes nothing. A change of ``kind: "evict"``
   says this office may no longer see a row (it moved to another directorate, or its
   subscriber's last account here did): the row and the rows that cannot live without it
   are dropped locally, uncaptured (:func:`_evict`), before the page's other rows apply.

Fields an office has edited but not yet pushed keep a clock in ``sync_clock``; a pulled value
replaces such a field only when head office's clock for it is newer (last writer wins per
field). The clock is dropped once head office acknowledged the edit, after which head office's
values are the truth.

Every request says ``X-Sync-Protocol: 1`` and ``X-Schema-Version: <PRAGMA user_version>``;
head office answers 426 to an office it no longer accepts, and the cycle fails with
``sync.upgrade_required`` leaving the outbox as it was.

**Head office restored from a backup.** Pull answers carry head office's ``epoch``, the
log's ``high_water`` and ``acked_through`` (this office's last ``client_seq`` head office
has applied). The first page of each cycle tells whether head office lost what this office
had: another epoch (the operator ran ``headoffice new-epoch`` after the restore), a log
that ends before this office's cursor, or fewer applied operations than this office has
acknowledged; a push answered ``409 gap`` with an ``expected_client_seq`` below the
operations being sent says the same. The office then marks the acknowledged operations
head office no longer has as pending again (same ``client_seq`` and ``op_id``: head office
answers those it still has from its record, so nothing is applied twice), sends them, and
pulls everything again from cursor 0 (merging a row again changes nothing). For this,
acknowledged operations stay in the outbox for :data:`OUTBOX_RETENTION` and are purged at
the end of a successful cycle; pending ones are never purged.

**Storage faults.** A locked or full office database fails the cycle with the storage
error codes (``storage.busy``, ``storage.full``): a pulled page and its cursor, or a push's
results, are committed together or not at all, so the next cycle starts where the last
committed step left off (head office answers a resent push from its record).

Settings live in ``local_setting`` (``sync.server``, ``sync.credential``, ``sync.office``,
``sync.cursor``, ``sync.epoch``, ``sync.last_success``). The credential makes the database
file private to its owner (mode 0600).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import httpx
import peewee as pw

from receptionapp.core.clock import utcnow
from receptionapp.core.errors import ReceptionError, StorageUnavailable
from receptionapp.db import capture, migrations
from receptionapp.db.database import translated_errors
from receptionapp.sync.entities import ENTITIES, MERGE_KEYS, Wire

log = logging.getLogger(__name__)

#: Operations per push request (head office accepts up to 500).
PUSH_BATCH = 200

#: Rows per pull page: head office's largest. Each page is one local transaction, and a
#: bigger one writes each index page it touches once for more rows: with pages of 2,000 the
#: last 10 % of a 100,000-subscriber initial sync ran at 0.45 of the first 10 %'s rate (the
#: random-key indexes outgrow what one commit coalesces), with 5,000 at 0.56-0.60.
PULL_PAGE = 5000

#: Seconds to wait for head office before calling it unreachable.
TIMEOUT = 30.0

#: Wire protocol spoken (``X-Sync-Protocol``).
PROTOCOL = 1

#: How long acknowledged operations stay in the outbox, to be sent again to a head office
#: restored from a backup (research/sync-protocol.md 4.7 and 4.14).
OUTBOX_RETENTION = dt.timedelta(days=30)


class SyncFailed(ReceptionError):
    """A sync cycle could not finish; local data is untouched and nothing is lost."""

    code = "sync.failed"


@dataclass
class SyncReport:
    """What one cycle did."""

    office: str = ""
    pushed: int = 0
    pulled: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    pending: int = 0
    open_issues: int = 0
    cursor: int = 0
    #: Why this cycle found head office behind this office (``epoch``, ``log_behind``,
    #: ``acked_behind``, ``gap``), or None.
    restored: str | None = None
    #: Acknowledged operations purged from the outbox (older than the retention).
    purged: int = 0

    def summary(self) -> str:
        """One line for the command line and the log."""
        counts = ", ".join(f"{n} {k}" for k, n in sorted(self.outcomes.items())) or "nothing"
        restored = (
            "; head office had lost changes (restored from a backup?): resent them and "
            "pulled everything again"
            if self.restored
            else ""
        )
        return (
            f"office {self.office}: pushed {self.pushed} ({counts}), pulled {self.pulled}, "
            f"{self.pending} pending, {self.open_issues} open sync issues{restored}"
        )


# --- settings -------------------------------------------------------------------------


def _setting(db: pw.Database, key: str) -> str | None:
    row = db.execute_sql("SELECT value FROM local_setting WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _set(db: pw.Database, key: str, value: str) -> None:
    db.execute_sql(
        "INSERT INTO local_setting (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def _protect(db: pw.Database) -> None:
    """The file now holds a credential: readable by its owner only."""
    path = db.database
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            os.chmod(f"{path}{suffix}", 0o600)


@dataclass
class SyncStatus:
    """What the status bar shows."""

    enrolled: bool
    office: str
    server: str
    pending: int
    open_issues: int
    conflicts: int
    last_success: str | None
    last_error: str | None
    last_error_code: str | None = None


def status(db: pw.Database) -> SyncStatus:
    """Counts and settings for the status bar and the sync page (cheap, indexed)."""
    pending = db.execute_sql(
        "SELECT count(*) FROM sync_outbox WHERE status = 'pending'"
    ).fetchone()[0]
    issues = db.execute_sql(
        "SELECT count(*), coalesce(sum(kind = 'conflict'), 0) FROM sync_issue "
        "WHERE resolved_at IS NULL"
    ).fetchone()
    return SyncStatus(
        enrolled=_setting(db, "sync.credential") is not None,
        office=_setting(db, "sync.office") or "",
        server=_setting(db, "sync.server") or "",
        pending=int(pending),
        open_issues=int(issues[0]),
        conflicts=int(issues[1]),
        last_success=_setting(db, "sync.last_success"),
        last_error=_setting(db, "sync.last_error"),
        last_error_code=_setting(db, "sync.last_error_code"),
    )


@dataclass
class SyncIssue:
    """A conflict, a refusal or an overridden edit the clerk should see."""

    id: int
    kind: str
    entity: str
    pk: str
    detail: dict[str, Any]
    created_at: str
    resolved_at: str | None


def issues(db: pw.Database, *, include_resolved: bool = False, limit: int = 500) -> list[SyncIssue]:
    """Sync issues, newest first."""
    where = "" if include_resolved else "WHERE resolved_at IS NULL"
    rows = db.execute_sql(
        "SELECT id, kind, entity, pk, detail, created_at, resolved_at FROM sync_issue "
        f"{where} ORDER BY id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [SyncIssue(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6]) for r in rows]


def resolve_issue(db: pw.Database, issue_id: int) -> None:
    """Mark an issue as seen and dealt with."""
    with db.atomic():
        db.execute_sql(
            "UPDATE sync_issue SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL",
            (str(utcnow()), issue_id),
        )


# --- the cycle ------------------------------------------------------------------------


class _Session:
    """HTTP to head office with errors turned into :class:`SyncFailed`."""

    def __init__(
        self,
        http: httpx.Client,
        credential: str | None,
        schema_version: int = migrations.CURRENT_VERSION,
    ) -> None:
        self.http = http
        self.credential = credential
        self.headers = {
            "X-Sync-Protocol": str(PROTOCOL),
            "X-Schema-Version": str(schema_version),
        }

    def call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        headers = dict(self.headers)
        if self.credential:
            headers["Authorization"] = f"Bearer {self.credential}"
        try:
            response = self.http.request(method, path, headers=headers, **kwargs)
        except httpx.HTTPError as exc:
            raise SyncFailed(
                f"head office is unreachable ({type(exc).__name__}: {exc}); changes are kept "
                "and will be sent later",
                code="sync.offline",
            ) from exc
        try:
            body: dict[str, Any] = response.json()
        except ValueError:
            body = {}
        if response.status_code == 200:
            return body
        error = str(body.get("error", "http"))
        message = str(body.get("message", response.reason_phrase))
        if response.status_code == 403 and error == "revoked":
            raise SyncFailed(
                f"{message}; this office can no longer sync, its data stays here",
                code="sync.revoked",
            )
        if response.status_code == 426:
            raise SyncFailed(
                f"head office requires a newer ReceptionApp: {message}; nothing was sent, "
                "changes are kept here and will be sent after the update",
                code="sync.upgrade_required",
                min_schema_version=body.get("min_schema_version"),
            )
        if response.status_code == 401:
            raise SyncFailed(
                f"head office refused the credential ({message}); enrol again with --token",
                code="sync.unauthorized",
            )
        if response.status_code >= 500 or response.status_code == 429:
            raise SyncFailed(
                f"head office is not available now ({response.status_code}); try again later",
                code="sync.offline",
            )
        raise SyncFailed(
            f"head office refused the request: {message}",
            code=f"sync.{error}",
            status=response.status_code,
            body=body,
        )


def sync_once(
    db: pw.Database,
    *,
    server: str | None = None,
    token: str | None = None,
    http: httpx.Client | None = None,
    push_batch: int = PUSH_BATCH,
    pull_page: int = PULL_PAGE,
) -> SyncReport:
    """One push-then-pull cycle.

    Args:
        db: the open office database.
        server: head office's base URL; remembered for later cycles.
        token: an enrollment token: enrol first (needed once).
        http: an HTTP client to use (tests pass one with an in-process transport).
        push_batch: operations per push request.
        pull_page: rows per pull page.

    Raises:
        SyncFailed: head office unreachable, refused (``sync.upgrade_required`` when it no
            longer accepts this version), or this office is not enrolled.
        StorageUnavailable: the office database is locked past its busy timeout
            (``storage.busy``), the disk is full (``storage.full``), …; what was committed
            stays whole, the next cycle goes on from there.
    """
    with translated_errors(str(db.database)):
        return _sync_once(db, server, token, http, push_batch, pull_page)


def _sync_once(
    db: pw.Database,
    server: str | None,
    token: str | None,
    http: httpx.Client | None,
    push_batch: int,
    pull_page: int,
) -> SyncReport:
    capture.install_capture(db)
    url = server or _setting(db, "sync.server")
    if http is None and not url:
        raise SyncFailed(
            "no head office known: give --server URL (and --token T the first time)",
            code="sync.no_server",
        )
    (schema_version,) = db.execute_sql("PRAGMA user_version").fetchone()
    with _client(http, url) as client:
        session = _Session(client, None, int(schema_version))
        if token:
            answer = session.call("POST", "/v1/enroll", json={"token": token})
            with db.atomic():
                _set(db, "sync.credential", answer["credential"])
                _set(db, "sync.office", answer["office"])
                if _setting(db, "sync.epoch") is None:
                    # Not over a known one: enrolling again after head office was restored,
                    # the first pull must still see the epoch change.
                    _set(db, "sync.epoch", str(answer["epoch"]))
                # The billing import of an enrolled office keeps to its directorates.
                _set(db, "office_directorates", json.dumps(answer["directorates"]))
                if url:
                    _set(db, "sync.server", url)
            _protect(db)
        elif server:
            with db.atomic():
                _set(db, "sync.server", server)
        credential = _setting(db, "sync.credential")
        if credential is None:
            raise SyncFailed(
                "this office is not enrolled: give --token T (from headoffice add-office)",
                code="sync.not_enrolled",
            )
        session.credential = credential
        report = SyncReport(office=_setting(db, "sync.office") or "")
        try:
            with translated_errors(str(db.database)):
                _cycle(db, session, report, push_batch, pull_page)
        except StorageUnavailable as exc:
            # The database itself refuses: recording the failure in it would wait for the
            # lock (or the space) again; the caller shows the error.
            log.warning("sync cycle failed: %s", exc.message)
            raise
        except SyncFailed as exc:
            with db.atomic():
                _set(db, "sync.last_error", f"{utcnow():%Y-%m-%d %H:%M:%S} {exc.message}")
                _set(db, "sync.last_error_code", exc.code)
            raise
    with db.atomic():
        _set(db, "sync.last_success", str(utcnow()))
        db.execute_sql(
            "DELETE FROM local_setting WHERE key IN ('sync.last_error', 'sync.last_error_code')"
        )
        report.purged = purge_outbox(db)
    st = status(db)
    report.pending = st.pending
    report.open_issues = st.open_issues
    return report


def _cycle(
    db: pw.Database, session: _Session, report: SyncReport, push_batch: int, pull_page: int
) -> None:
    """Push, then pull; start over when head office turns out to be behind this office."""
    _push_all(db, session, report, push_batch)
    cursor = int(_setting(db, "sync.cursor") or 0)
    first = _fetch(session, cursor, pull_page)
    reason = _restore_reason(db, first, cursor)
    if reason is not None:
        log.warning(
            "head office is behind this office (%s): resending and pulling everything again",
            reason,
        )
        report.restored = reason
        _start_over(db, first)
        _push_all(db, session, report, push_batch)
        cursor = 0
        first = _fetch(session, cursor, pull_page)
    elif first.get("epoch") is not None and _setting(db, "sync.epoch") is None:
        with db.atomic():  # enrolled before head office sent its epoch: adopt it
            _set(db, "sync.epoch", str(first["epoch"]))
    _pull_all(db, session, report, pull_page, first=first)


def _fetch(session: _Session, cursor: int, page: int) -> dict[str, Any]:
    return session.call("GET", "/v1/pull", params={"cursor": cursor, "limit": page})


def _last_acked(db: pw.Database) -> int:
    row = db.execute_sql(
        "SELECT max(client_seq) FROM sync_outbox WHERE status != 'pending'"
    ).fetchone()
    return int(row[0] or 0)


def _restore_reason(db: pw.Database, answer: dict[str, Any], cursor: int) -> str | None:
    """Why head office has lost what this office had, from a pull answer; None if it has not."""
    epoch, known = answer.get("epoch"), _setting(db, "sync.epoch")
    if epoch is not None and known is not None and str(epoch) != known:
        return "epoch"
    high = answer.get("high_water")
    if isinstance(high, int) and high < cursor:
        return "log_behind"
    acked = answer.get("acked_through")
    if isinstance(acked, int) and acked < _last_acked(db):
        return "acked_behind"
    return None


def _start_over(db: pw.Database, answer: dict[str, Any]) -> None:
    """Operations head office lacks become pending again; pull from 0; the epoch is known.

    One transaction: a crash after it leaves pending operations and a zero cursor, which
    the next cycle sends and pulls without needing to detect anything again.
    """
    acked = answer.get("acked_through")
    first = acked + 1 if isinstance(acked, int) else 1
    with db.atomic():
        db.execute_sql(
            "UPDATE sync_outbox SET status = 'pending' WHERE client_seq >= ? "
            "AND status != 'pending'",
            (first,),
        )
        _set(db, "sync.cursor", "0")
        if answer.get("epoch") is not None:
            _set(db, "sync.epoch", str(answer["epoch"]))


def purge_outbox(db: pw.Database, now: dt.datetime | None = None) -> int:
    """Delete acknowledged operations older than :data:`OUTBOX_RETENTION`; never pending ones.

    ``client_seq`` is AUTOINCREMENT, so numbers of purged operations are never reused.

    Returns:
        How many were deleted.
    """
    cutoff = str((now or utcnow()) - OUTBOX_RETENTION)
    cursor = db.execute_sql(
        "DELETE FROM sync_outbox WHERE status != 'pending' AND acked_at IS NOT NULL "
        "AND acked_at < ?",
        (cutoff,),
    )
    return int(cursor.rowcount)


@contextlib.contextmanager
def _client(http: httpx.Client | None, url: str | None) -> Iterator[httpx.Client]:
    if http is not None:
        yield http
        return
    assert url is not None
    with httpx.Client(base_url=url, timeout=TIMEOUT) as client:
        yield client


def _pending(db: pw.Database, limit: int, after: int = 0) -> list[dict[str, Any]]:
    rows = db.execute_sql(
        "SELECT client_seq, op_id, entity, pk, kind, hlc, payload, base FROM sync_outbox "
        "WHERE status = 'pending' AND client_seq > ? ORDER BY client_seq LIMIT ?",
        (after, limit),
    ).fetchall()
    return [
        {
            "client_seq": r[0],
            "op_id": r[1],
            "entity": r[2],
            "pk": r[3],
            "kind": r[4],
            "hlc": r[5],
            "payload": json.loads(r[6]),
            "base": json.loads(r[7]) if r[7] else None,
        }
        for r in rows
    ]


def _resend_from(db: pw.Database, first: int, limit: int) -> list[dict[str, Any]]:
    """Operations from ``first`` on whatever their status (head office lost them).

    Head office that lost operations was restored from a backup, so its log positions
    after the backup are being reused: the cursor goes back to 0 in the same transaction.
    """
    with db.atomic():
        db.execute_sql(
            "UPDATE sync_outbox SET status = 'pending' "
            "WHERE client_seq >= ? AND status != 'pending'",
            (first,),
        )
        _set(db, "sync.cursor", "0")
    return _pending(db, limit, first - 1)


def _push_all(db: pw.Database, session: _Session, report: SyncReport, batch: int) -> None:
    ops = _pending(db, batch)
    while ops:
        try:
            answer = session.call("POST", "/v1/push", json={"ops": ops})
        except SyncFailed as exc:
            body = exc.params.get("body") or {}
            expected = body.get("expected_client_seq")
            if (
                exc.code == "sync.gap"
                and isinstance(expected, int)
                and expected < ops[0]["client_seq"]
            ):
                # Head office lost operations it had acknowledged (restored from a backup):
                # the outbox keeps them, send them again.
                log.warning("head office expects client_seq %s; resending", expected)
                report.restored = report.restored or "gap"
                ops = _resend_from(db, expected, batch)
                if not ops or ops[0]["client_seq"] != expected:
                    raise SyncFailed(
                        f"head office lost operations from client_seq {expected} on, older "
                        f"than this office keeps ({OUTBOX_RETENTION.days} days); they cannot "
                        "be sent again: ask head office to restore a newer backup",
                        code="sync.lost_operations",
                        expected_client_seq=expected,
                    ) from exc
                continue
            raise
        _record_results(db, ops, answer["results"], report)
        _receive_hlc(db, int(answer.get("server_hlc", 0)))
        report.pushed += len(ops)
        ops = _pending(db, batch)


def _record_results(
    db: pw.Database,
    ops: Sequence[dict[str, Any]],
    results: Sequence[dict[str, Any]],
    report: SyncReport,
) -> None:
    by_seq = {op["client_seq"]: op for op in ops}
    now = str(utcnow())
    with db.atomic():
        for result in results:
            op = by_seq.get(result.get("client_seq"))
            if op is None:
                continue
            status_ = str(result.get("status", "applied"))
            report.outcomes[status_] = report.outcomes.get(status_, 0) + 1
            db.execute_sql(
                "UPDATE sync_outbox SET status = ?, result = ?, acked_at = ? "
                "WHERE client_seq = ? AND status = 'pending'",
                (status_, json.dumps(result), now, op["client_seq"]),
            )
            # Head office has decided this edit: its values are the truth from now on.
            db.execute_sql(
                "DELETE FROM sync_clock WHERE entity = ? AND pk = ? AND hlc <= ? "
                "AND field NOT LIKE '%@seen'",
                (op["entity"], op["pk"], op["hlc"]),
            )
            kinds = []
            if status_ in ("rejected", "conflict"):
                kinds.append(status_)
            if result.get("superseded"):
                kinds.append("superseded")
            if result.get("clock_skew"):
                kinds.append("clock_skew")
            for kind in kinds:
                # An operation sent again (to a restored head office) is not a new issue.
                db.execute_sql(
                    "INSERT INTO sync_issue (kind, entity, pk, op_id, detail, created_at) "
                    "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
                    "(SELECT 1 FROM sync_issue WHERE op_id = ? AND kind = ?)",
                    (
                        *(kind, op["entity"], op["pk"], op["op_id"], json.dumps(result), now),
                        *(op["op_id"], kind),
                    ),
                )


def _receive_hlc(db: pw.Database, server_hlc: int) -> None:
    if server_hlc:
        with db.atomic():
            db.execute_sql("UPDATE sync_control SET hlc = max(hlc, ?) WHERE id = 1", (server_hlc,))


def _pull_all(
    db: pw.Database,
    session: _Session,
    report: SyncReport,
    page: int,
    on_page: Callable[[int], None] | None = None,
    *,
    first: dict[str, Any] | None = None,
) -> None:
    """Pull and apply pages until head office has no more (``on_page(rows)`` after each).

    ``first`` is the answer for the stored cursor when the caller already fetched it.
    """
    cursor = int(_setting(db, "sync.cursor") or 0)
    while True:
        answer = first if first is not None else _fetch(session, cursor, page)
        first = None
        # A long pull (the first one, or one after a long absence) defers the lookup index:
        # rebuilt once at the end instead of page by page (see apply_changes).
        bulk = answer["has_more"] and cursor == 0
        apply_changes(
            db,
            answer["changes"],
            int(answer["next_cursor"]),
            int(answer["server_hlc"]),
            bulk=bulk,
            last=not answer["has_more"],
        )
        report.pulled += len(answer["changes"])
        if on_page is not None:
            on_page(len(answer["changes"]))
        cursor = int(answer["next_cursor"])
        if not answer["has_more"]:
            break
    report.cursor = cursor


# --- applying pulled rows -------------------------------------------------------------


@contextlib.contextmanager
def _foreign_keys_off(db: pw.Database) -> Iterator[None]:
    """Foreign keys unchecked and commits without a full fsync, for one pulled page.

    ``synchronous = NORMAL`` is safe here: a page and the cursor commit together, so a page
    lost to a power cut is simply pulled again. Both pragmas only take effect outside a
    transaction, and are restored after.
    """
    (sync_mode,) = db.execute_sql("PRAGMA synchronous").fetchone()
    db.execute_sql("PRAGMA foreign_keys = OFF")
    db.execute_sql("PRAGMA synchronous = NORMAL")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA synchronous = {int(sync_mode)}")
        db.execute_sql("PRAGMA foreign_keys = ON")


def _local_columns(db: pw.Database, table: str, cache: dict[str, list[str]]) -> list[str]:
    if table not in cache:
        cache[table] = [r[1] for r in db.execute_sql(f'PRAGMA table_info("{table}")')]
    return cache[table]


_COLUMNS: dict[str, list[str]] = {}

_CHILDREN: dict[str, list[tuple[str, str]]] = {
    entity: [
        (child._meta.table_name, fk.column_name)
        for child in ENTITIES.values()
        for fk in child._meta.refs
        if fk.rel_model is model
    ]
    for entity, model in ENTITIES.items()
}


#: Rows that cannot live without their parent (a required reference), by parent table.
_REQUIRED_CHILDREN: dict[str, list[tuple[str, str]]] = {
    entity: [
        (child._meta.table_name, fk.column_name)
        for child in ENTITIES.values()
        for fk in child._meta.refs
        if fk.rel_model is model and not fk.null
    ]
    for entity, model in ENTITIES.items()
}

#: Required references of each table: (column, parent table).
_REQUIRED_PARENTS: dict[str, list[tuple[str, str]]] = {
    entity: [
        (fk.column_name, fk.rel_model._meta.table_name)
        for fk in model._meta.refs
        if not fk.null and fk.rel_model._meta.table_name in ENTITIES
    ]
    for entity, model in ENTITIES.items()
}

#: The subscriber's history: it goes where the subscriber goes (head office's
#: ``scopes.SUBSCRIBER_ROWS``); the status steps follow as required children.
_HISTORY = ("contact", "complaint", "technician_request", "appointment")


def apply_changes(
    db: pw.Database,
    changes: Sequence[dict[str, Any]],
    next_cursor: int,
    server_hlc: int,
    *,
    bulk: bool = False,
    last: bool = True,
) -> None:
    """Apply one pulled page and move the cursor, in one transaction (see module doc).

    Evictions first (a row evicted and received again in one page cannot happen: head office
    sends each row once, in its latest state).

    The lookup index of the subscribers a page touches is refreshed in the same
    transaction. ``bulk`` (the first page of a long pull) instead marks the index stale
    (``sync.reindex``, committed with the page); while it is marked pages skip the index,
    and the ``last`` page rebuilds it whole — so an interrupted initial sync still ends
    with a complete index.
    """
    with _foreign_keys_off(db), capture.capture_suspended(db):
        evicts = [c for c in changes if c.get("kind") == "evict"]
        if evicts:
            changes = [c for c in changes if c.get("kind") != "evict"]
        left = _evict(db, evicts)
        by_entity: dict[str, list[dict[str, Any]]] = {}
        for change in changes:
            by_entity.setdefault(change["entity"], []).append(change)
        deleted_here = {
            (r[0], r[1])
            for r in db.execute_sql(
                "SELECT entity, pk FROM sync_outbox WHERE status = 'pending' AND kind = 'delete'"
            )
        }
        for entity in ENTITIES:
            if entity in by_entity:
                _apply_entity(db, entity, by_entity[entity], deleted_here)
        if bulk:
            _set(db, "sync.reindex", "1")
        if _setting(db, "sync.reindex") is None:
            _reindex(db, changes, left)
        elif last:
            _rebuild_index(db)
            db.execute_sql("DELETE FROM local_setting WHERE key = 'sync.reindex'")
        _set(db, "sync.cursor", str(next_cursor))
        db.execute_sql("UPDATE sync_control SET hlc = max(hlc, ?) WHERE id = 1", (server_hlc,))


def _evict(db: pw.Database, evicts: Sequence[dict[str, Any]]) -> set[str]:
    """Drop rows this office may no longer see, with the rows that cannot live without them.

    An eviction is not a delete of the record (head office keeps it; another directorate's
    office still has it): capture is off, nothing goes to the outbox, the fields' pending
    clocks go with the rows. The dependants are the rows whose required reference points at
    an evicted row (an account's services and phone links, a subscriber's phones), and the
    subscriber's history of other directorates (contacts, complaints, requests, appointments
    naming the subscriber, with their status steps), which this office saw only through the
    subscriber. History of the office's own directorates stays: head office still sends it
    here (its own scope), it is the office's own record. A row the office never had is
    ignored.

    Returns:
        The subscribers whose lookup entries must be refreshed (left or lost rows).
    """
    touched: set[str] = set()
    queue = [(str(c["entity"]), str(c["pk"])) for c in evicts if c["entity"] in ENTITIES]
    own = json.loads(_setting(db, "office_directorates") or "[]") if queue else []
    own_marks = ", ".join("?" * len(own)) or "NULL"
    seen: set[tuple[str, str]] = set()
    while queue:
        entity, pk = queue.pop()
        if (entity, pk) in seen:
            continue
        seen.add((entity, pk))
        if entity == "subscriber":
            touched.add(pk)
            for table in _HISTORY:
                queue.extend(
                    (table, str(r[0]))
                    for r in db.execute_sql(
                        f'SELECT id FROM "{table}" WHERE subscriber_id = ? '
                        f"AND scope NOT IN ({own_marks})",
                        (pk, *own),
                    )
                )
        elif entity in _INDEXED_CHILDREN:
            row = db.execute_sql(
                f'SELECT subscriber_id FROM "{entity}" WHERE id = ?', (pk,)
            ).fetchone()
            if row is not None and row[0] is not None:
                touched.add(str(row[0]))
        for child, column in _REQUIRED_CHILDREN[entity]:
            queue.extend(
                (child, str(r[0]))
                for r in db.execute_sql(f'SELECT id FROM "{child}" WHERE "{column}" = ?', (pk,))
            )
        db.execute_sql(f'DELETE FROM "{entity}" WHERE id = ?', (pk,))
        db.execute_sql("DELETE FROM sync_clock WHERE entity = ? AND pk = ?", (entity, pk))
    return touched


def _reindex(
    db: pw.Database, changes: Sequence[dict[str, Any]], evicted: Iterable[str] = ()
) -> None:
    """Refresh the lookup index of the subscribers a page touched (same transaction).

    ``evicted`` names subscribers that lost rows to an eviction (or left themselves).
    """
    ids: set[str] = set(evicted)
    for change in changes:
        if change["entity"] == "subscriber":
            ids.add(change["pk"])
        elif change["entity"] in _INDEXED_CHILDREN:
            subscriber = change["row"].get("subscriber_id")
            if isinstance(subscriber, str):
                ids.add(subscriber)
    if not ids or not _has_table(db, "search_doc"):
        return
    from receptionapp.db.search import index_subscribers

    # Only an office database (SQLite) has the lookup index.
    index_subscribers(cast(pw.SqliteDatabase, db), sorted(ids))


def _rebuild_index(db: pw.Database) -> None:
    if _has_table(db, "search_doc"):
        from receptionapp.db.search import rebuild_index

        rebuild_index(cast(pw.SqliteDatabase, db))  # only SQLite has the lookup index


#: Tables whose rows feed a subscriber's lookup entry (besides the subscriber itself).
_INDEXED_CHILDREN = frozenset({"account", "phone"})


def _has_table(db: pw.Database, name: str) -> bool:
    row = db.execute_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def _apply_entity(
    db: pw.Database,
    entity: str,
    changes: list[dict[str, Any]],
    deleted_here: set[tuple[str, str]],
) -> None:
    table = entity
    local_cols = _local_columns(db, table, _COLUMNS)
    known = set(local_cols)
    existing: dict[str, dict[str, Wire]] = {}
    pending: dict[tuple[str, str], tuple[int, str]] = {}
    pks = [c["pk"] for c in changes]
    col_list = ", ".join(f'"{c}"' for c in local_cols)
    for start in range(0, len(pks), 500):
        chunk = pks[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for stored in db.execute_sql(
            f'SELECT {col_list} FROM "{table}" WHERE id IN ({marks})', chunk
        ):
            values = dict(zip(local_cols, stored, strict=True))
            existing[str(values["id"])] = values
        for pk, name, hlc, node in db.execute_sql(
            f"SELECT pk, field, hlc, node FROM sync_clock WHERE entity = ? AND pk IN ({marks})",
            [entity, *chunk],
        ):
            pending[(pk, name)] = (hlc, node)
    inserts: list[list[Wire]] = []
    insert_cols = local_cols
    add_wins = capture.ADD_WINS_FIELDS.get(entity)
    seen: list[tuple[str, str, str, int]] = []
    natural = _natural_keys(db, entity, [c["row"] for c in changes if c["pk"] not in existing])
    orphans = _orphan_tombstones(db, entity, [c for c in changes if c["pk"] not in existing])
    for change in changes:
        pk = change["pk"]
        if (entity, pk) in deleted_here:
            continue  # deleted here, not yet pushed: the delete will win at head office
        if pk in orphans:
            continue
        row: dict[str, Wire] = change["row"]
        clocks: dict[str, list[Any]] = change["clocks"]
        if add_wins is not None and add_wins in clocks:
            mine_seen = pending.get((pk, add_wins))
            theirs_seen = int(clocks[add_wins][0])
            if mine_seen is None or mine_seen[0] <= theirs_seen:
                seen.append((entity, pk, f"{add_wins}@seen", theirs_seen))
        current = existing.get(pk)
        if current is None:
            twin = natural.get(tuple(row.get(k) for k in MERGE_KEYS.get(entity, ())))
            if twin is not None and twin != pk:
                _fold_duplicate(db, entity, twin, pk)
            inserts.append([row.get(c) for c in insert_cols])
            existing[pk] = dict(zip(insert_cols, inserts[-1], strict=True))
            continue
        updates: dict[str, Wire] = {}
        for name, value in row.items():
            if name not in known or name == "id" or current.get(name) == value:
                continue
            mine = pending.get((pk, name))
            if mine is not None:
                theirs = tuple(clocks.get(name, (0, "")))
                if (mine[0], mine[1]) > (int(theirs[0]), str(theirs[1])):
                    continue  # a newer local edit, still to be pushed
            updates[name] = value
        if updates:
            sets = ", ".join(f'"{c}" = ?' for c in updates)
            db.execute_sql(f'UPDATE "{table}" SET {sets} WHERE id = ?', [*updates.values(), pk])
            current.update(updates)
    if inserts:
        _insert_rows(db, table, col_list, len(insert_cols), inserts)
    if seen:
        db.cursor().executemany(
            "INSERT OR REPLACE INTO sync_clock (entity, pk, field, hlc, node) "
            "VALUES (?, ?, ?, ?, '~')",
            seen,
        )


def _orphan_tombstones(db: pw.Database, entity: str, changes: Sequence[dict[str, Any]]) -> set[str]:
    """Tombstones of rows this office does not hold, whose required parent it does not hold.

    Head office sends a deleted row in its own scope; the office may have evicted its parent
    (the last account of another directorate's subscriber deleted here, the subscriber
    left): such a tombstone would be a row without its parent, of nothing the office shows.
    """
    requires = _REQUIRED_PARENTS.get(entity, [])
    dead = [c for c in changes if c["row"].get("deleted_at") is not None]
    if not requires or not dead:
        return set()
    orphans: set[str] = set()
    for column, parent in requires:
        wanted = sorted({str(c["row"][column]) for c in dead if c["row"].get(column) is not None})
        held: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            held.update(
                str(r[0])
                for r in db.execute_sql(
                    f'SELECT id FROM "{parent}" WHERE id IN ({", ".join("?" * len(chunk))})',
                    chunk,
                )
            )
        orphans.update(
            str(c["pk"])
            for c in dead
            if c["row"].get(column) is not None and str(c["row"][column]) not in held
        )
    return orphans


@contextlib.contextmanager
def _without_insert_trigger(db: pw.Database, table: str, rows: int) -> Iterator[None]:
    """Drop the table's capture trigger for a big insert, re-create it after.

    Capture is off while pulled rows are applied, but SQLite still runs the trigger's
    WHEN test for every row: a page of thousands of rows goes 3-4 times faster without it.
    Inside the page's transaction, so no other connection ever sees the table uncaptured.
    """
    name = f"sync_ai_{table}"
    row = (
        db.execute_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
        ).fetchone()
        if rows >= 200
        else None
    )
    if row is None:
        yield
        return
    db.execute_sql(f'DROP TRIGGER "{name}"')
    yield
    db.execute_sql(row[0])


def _insert_rows(
    db: pw.Database, table: str, col_list: str, width: int, rows: list[list[Wire]]
) -> None:
    """Insert pulled rows; one that clashes with a local row is kept out, visibly."""
    sql = f'INSERT INTO "{table}" ({col_list}) VALUES ({", ".join("?" * width)})'
    try:
        with db.atomic(), _without_insert_trigger(db, table, len(rows)):
            db.cursor().executemany(sql, rows)
        return
    except pw.IntegrityError:
        pass
    for row in rows:
        try:
            with db.atomic():
                db.execute_sql(sql, row)
        except pw.IntegrityError as exc:
            db.execute_sql(
                "INSERT INTO sync_issue (kind, entity, pk, op_id, detail, created_at) "
                "VALUES ('local_clash', ?, ?, NULL, ?, ?)",
                (table, row[0], json.dumps({"message": str(exc)}), str(utcnow())),
            )


def _natural_keys(
    db: pw.Database, entity: str, rows: Sequence[dict[str, Wire]]
) -> dict[tuple[Wire, ...], str]:
    """Local rows sharing a natural key (:data:`MERGE_KEYS`) with incoming new rows."""
    keys = MERGE_KEYS.get(entity)
    if not keys or not rows:
        return {}
    firsts = sorted({str(r[keys[0]]) for r in rows if r.get(keys[0]) is not None})
    cols = ", ".join(f'"{k}"' for k in keys)
    found: dict[tuple[Wire, ...], str] = {}
    for start in range(0, len(firsts), 500):
        chunk = firsts[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in db.execute_sql(
            f'SELECT id, {cols} FROM "{entity}" WHERE "{keys[0]}" IN ({marks})', chunk
        ):
            if all(v is not None for v in row[1:]):
                found[tuple(row[1:])] = str(row[0])
    return found


def _fold_duplicate(db: pw.Database, entity: str, old: str, keep: str) -> None:
    """A local row with the same natural key as an incoming one becomes that one.

    Head office merged the two (or will, when the local one is pushed); references to the
    local id move to the surviving id, duplicates among them are dropped the same way.
    """
    for child, column in _CHILDREN[entity]:
        db.execute_sql(
            f'UPDATE OR IGNORE "{child}" SET "{column}" = ? WHERE "{column}" = ?', (keep, old)
        )
        db.execute_sql(f'DELETE FROM "{child}" WHERE "{column}" = ?', (old,))
    db.execute_sql(f'DELETE FROM "{entity}" WHERE id = ?', (old,))
    db.execute_sql("DELETE FROM sync_clock WHERE entity = ? AND pk = ?", (entity, old))


# --- command line ---------------------------------------------------------------------


def run_sync_command(path: str | Path, server: str | None, token: str | None) -> int:
    """``receptionapp sync``: one cycle; prints a summary, raises on failure."""
    from receptionapp.db.database import open_database

    db = open_database(path)
    try:
        report = sync_once(db, server=server, token=token)
    finally:
        db.close()
    print(report.summary())
    return 0
