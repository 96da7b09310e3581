"""Opening an office database: pragmas, the GUI lock, migrations and backups.

One :class:`peewee.DatabaseProxy` (:data:`receptionapp.db.models.database_proxy`) is
initialised at start-up by :func:`open_database`. SQLite errors that the user can fix
(locked, full, read-only, corrupt, too new) are translated into
:class:`~receptionapp.core.errors.StorageUnavailable` subclasses.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import peewee as pw

from receptionapp.core.errors import DatabaseLocked, SchemaTooNew, StorageUnavailable
from receptionapp.db import migrations
from receptionapp.db.models import database_proxy

log = logging.getLogger(__name__)

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: a saved row survives a power cut
    "busy_timeout": 5000,
    "cache_size": -64000,  # 64 MB page cache
    "temp_store": 2,  # memory
}


def storage_error(exc: BaseException, path: str | os.PathLike[str] = "") -> StorageUnavailable:
    """Translate an SQLite/OS error into the error class the user is shown.

    The whole chain of the exception is read: after SQLITE_FULL, SQLite has already rolled
    the transaction back, and peewee's own rollback then fails with "no transaction is
    active", which hides the real cause in ``__context__``.
    """
    chain: list[BaseException] = []
    cursor: BaseException | None = exc
    while cursor is not None and cursor not in chain:
        chain.append(cursor)
        cursor = cursor.__cause__ or cursor.__context__
    text = " | ".join(str(e).lower() for e in chain)
    errnos = {getattr(e, "errno", None) for e in chain}
    where = str(path)
    if "locked" in text or "busy" in text:
        return StorageUnavailable(
            f"the database {where} is busy; try again", code="storage.busy", path=where
        )
    if "full" in text or 28 in errnos:
        return StorageUnavailable(
            f"the disk holding {where} is full; free some space and try again",
            code="storage.full",
            path=where,
        )
    if (
        "readonly" in text
        or "read-only" in text
        or any(isinstance(e, PermissionError) for e in chain)
    ):
        return StorageUnavailable(
            f"the database {where} cannot be written (read-only file or folder)",
            code="storage.read_only",
            path=where,
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StorageUnavailable(
            f"the file {where} is not a ReceptionApp database or is damaged; restore a backup",
            code="storage.corrupt",
            path=where,
        )
    if "unable to open" in text or any(isinstance(e, FileNotFoundError) for e in chain):
        return StorageUnavailable(
            f"the database {where} cannot be opened (missing folder or no permission)",
            code="storage.cannot_open",
            path=where,
        )
    return StorageUnavailable(f"database error at {where}: {exc}", code="storage.other", path=where)


def make_database(path: str | os.PathLike[str]) -> pw.SqliteDatabase:
    """A peewee database object for ``path`` with the house pragmas (not yet connected)."""
    return pw.SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)


def open_database(
    path: str | os.PathLike[str], *, create: bool = False, migrate: bool = True
) -> pw.SqliteDatabase:
    """Open (and, if asked, create or migrate) the office database at ``path``.

    Args:
        path: the SQLite file.
        create: create the file when it is missing; otherwise a missing file is an error.
        migrate: bring an older schema up to date (after a backup of the file).

    Returns:
        The connected database, also installed in :data:`database_proxy`.

    Raises:
        StorageUnavailable: missing, unreadable, corrupt or read-only file.
        SchemaTooNew: the file comes from a newer version of the application.
    """
    file = Path(path)
    if not create and not file.exists():
        raise StorageUnavailable(
            f"no database at {file}; create one with: receptionapp init --db {file}",
            code="storage.missing",
            path=str(file),
        )
    if create:
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise storage_error(exc, file) from exc
    db = make_database(file)
    version = _connect_checked(db, file)
    if version < migrations.CURRENT_VERSION:
        if not migrate:
            db.close()
            raise StorageUnavailable(
                f"{file} has an older schema ({version}); run: receptionapp init --db {file}",
                code="storage.needs_migration",
                path=str(file),
            )
        try:
            if version > 0:
                backup_before_migration(db, file, version)
            migrations.migrate(db)
        except (pw.DatabaseError, sqlite3.DatabaseError, OSError) as exc:
            db.close()
            raise storage_error(exc, file) from exc
    database_proxy.initialize(db)
    return db


def _connect_checked(db: pw.SqliteDatabase, file: Path) -> int:
    """Connect and read the schema version; refuse (and close) a file from a newer version.

    Raises:
        StorageUnavailable: the file cannot be read or is not a database.
        SchemaTooNew: the schema version is newer than this application knows.
    """
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
    return version


def open_read_only(path: str | os.PathLike[str]) -> pw.SqliteDatabase:
    """Open an office database for reading only: no GUI lock, no migration, no proxy binding.

    ``receptionapp lookup`` uses it beside a running window.

    Raises:
        StorageUnavailable: missing or unreadable file, or a schema that needs migrating.
        SchemaTooNew: the file comes from a newer version of the application.
    """
    file = Path(path)
    if not file.exists():
        raise StorageUnavailable(f"no database at {file}", code="storage.missing", path=str(file))
    uri = file.resolve().as_uri() + "?mode=ro"
    db = pw.SqliteDatabase(
        uri, uri=True, pragmas={"busy_timeout": 5000, "query_only": 1, "cache_size": -64000}
    )
    version = _connect_checked(db, file)
    if version < migrations.CURRENT_VERSION:
        db.close()
        what = (
            "is not a ReceptionApp database" if version == 0 else f"has an older schema ({version})"
        )
        raise StorageUnavailable(
            f"{file} {what}; run: receptionapp init --db {file}",
            code="storage.needs_migration",
            path=str(file),
        )
    return db


def backup_before_migration(db: pw.SqliteDatabase, file: Path, version: int) -> Path:
    """Copy the database next to itself as ``NAME.v<version>.bak`` before migrating it."""
    dest = file.with_name(f"{file.name}.v{version}.bak")
    n = 1
    while dest.exists():
        n += 1
        dest = file.with_name(f"{file.name}.v{version}.{n}.bak")
    backup_connection(db.connection(), dest)
    log.info("backed up %s to %s before migrating from schema %s", file, dest, version)
    return dest


def backup_connection(source: sqlite3.Connection, dest: str | os.PathLike[str]) -> None:
    """Consistent copy of a live database with SQLite's online backup API.

    The copy is written to a temporary file and renamed, so ``dest`` is never half-written.
    """
    target = Path(dest)
    tmp = target.with_name(target.name + ".partial")
    try:
        tmp.unlink(missing_ok=True)
        out = sqlite3.connect(str(tmp))
        try:
            source.backup(out)
        finally:
            out.close()
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def backup_file(path: str | os.PathLike[str], dest: str | os.PathLike[str]) -> None:
    """``receptionapp backup``: consistent copy of the (possibly live) database at ``path``.

    Raises:
        StorageUnavailable: the source cannot be read or the destination written.
    """
    source = Path(path)
    if not source.exists():
        raise StorageUnavailable(
            f"no database at {source}", code="storage.missing", path=str(source)
        )
    target = Path(dest)
    if target.is_dir():
        target = target / source.name
    try:
        conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA busy_timeout = 5000")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            backup_connection(conn, target)
        finally:
            conn.close()
    except (sqlite3.DatabaseError, OSError) as exc:
        raise storage_error(exc, target if isinstance(exc, OSError) else source) from exc


class GuiLock:
    """An OS-level exclusive lock that keeps a second GUI off the same database.

    It is an ``flock`` on ``<db>.lock``: the kernel releases it when the process dies, even by
    SIGKILL, so a crash never leaves the office locked out. Read-only commands do not take it.
    """

    def __init__(self, db_path: str | os.PathLike[str]) -> None:
        self.path = Path(str(db_path) + ".lock")
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`DatabaseLocked` naming the holder's pid."""
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open
        except OSError as exc:
            raise storage_error(exc, self.path) from exc
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            handle.seek(0)
            holder = handle.read().strip()
            handle.close()
            raise DatabaseLocked(
                f"the database is already open in another ReceptionApp window (process {holder})",
                pid=holder,
            ) from exc
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._file = handle

    def release(self) -> None:
        """Give the lock back (also happens when the process exits)."""
        if self._file is not None:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
            self._file.close()
            self._file = None

    def __enter__(self) -> GuiLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


@contextlib.contextmanager
def translated_errors(path: str | os.PathLike[str] = "") -> Iterator[None]:
    """Turn SQLite/OS errors raised inside the block into :class:`StorageUnavailable`."""
    try:
        yield
    except (pw.IntegrityError, sqlite3.IntegrityError):
        raise  # a broken constraint is a bug or a duplicate, not the environment
    except (pw.DatabaseError, sqlite3.DatabaseError, OSError) as exc:
        raise storage_error(exc, path) from exc
