"""The office database: pragmas, migrations with backup, the GUI lock, backups, bad files."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import peewee as pw
import pytest

from receptionapp.core.errors import DatabaseLocked, SchemaTooNew, StorageUnavailable
from receptionapp.db import migrations
from receptionapp.db.database import (
    GuiLock,
    backup_file,
    open_database,
    storage_error,
    translated_errors,
)
from receptionapp.db.models import ALL_MODELS, Account, Phone, Subscriber, User

DATA = Path(__file__).parent.parent / "data"


def test_new_database_has_house_pragmas_and_current_schema(tmp_path: Path) -> None:
    db = open_database(tmp_path / "office.db", create=True)
    try:
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
        assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert migrations.schema_version(db) == migrations.CURRENT_VERSION
    finally:
        db.close()


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    """Migrations and models must not drift: every model column exists in the database."""
    db = open_database(tmp_path / "office.db", create=True)
    try:
        for model in ALL_MODELS:
            table = model._meta.table_name
            columns = {row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")')}
            expected = {field.column_name for field in model._meta.sorted_fields}
            assert expected <= columns, (table, expected - columns)
    finally:
        db.close()


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StorageUnavailable) as info:
        open_database(tmp_path / "nope.db")
    assert info.value.code == "storage.missing"
    assert "receptionapp init" in info.value.message
    assert not (tmp_path / "nope.db").exists()


def test_corrupt_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(StorageUnavailable) as info:
        open_database(path)
    assert info.value.code == "storage.corrupt"


def test_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    open_database(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew) as info:
        open_database(path)
    assert info.value.params["version"] == 999
    assert path.read_bytes() == before


def test_schema_1_database_migrates_without_loss_and_is_backed_up(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    shutil.copy(DATA / "office_schema_v1.db", path)
    db = open_database(path)
    try:
        assert migrations.schema_version(db) == migrations.CURRENT_VERSION
        sub = Subscriber.get(Subscriber.subscriber_ref == "S0000001")
        assert (sub.last_name, sub.first_name, sub.patronymic) == (
            "Ковальов",
            "Олександр",
            "Іванович",
        )
        balances = sorted(a.balance for a in Account.select().where(Account.subscriber == sub))
        assert balances == [-12550, 30000]
        assert sorted(p.e164 for p in Phone.select()) == ["+380501234567", "+380577001234"]
        assert User.get(User.login == "clerk").name == "Олена Коваль"
    finally:
        db.close()
    if migrations.CURRENT_VERSION > 1:
        backups = list(tmp_path.glob("office.db.v1*.bak"))
        assert len(backups) == 1
        conn = sqlite3.connect(backups[0])
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        conn.close()


def test_a_failed_migration_step_leaves_the_old_schema(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "office.db"
    shutil.copy(DATA / "office_schema_v1.db", path)

    def broken(db: pw.SqliteDatabase) -> None:
        db.execute_sql("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setitem(migrations.STEPS, 99, broken)
    monkeypatch.setattr(migrations, "CURRENT_VERSION", 99)
    import receptionapp.db.database as database_module

    monkeypatch.setattr(database_module.migrations, "CURRENT_VERSION", 99)
    with pytest.raises(StorageUnavailable) as info:
        open_database(path)
    assert info.value.code == "storage.full"
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    assert "half_done" not in tables
    assert version < 99


def test_second_lock_is_refused_and_names_the_holder(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    with GuiLock(path):
        with pytest.raises(DatabaseLocked) as info:
            GuiLock(path).acquire()
        assert info.value.code == "storage.in_use"
    with GuiLock(path):  # released: can be taken again
        pass


def test_lock_of_a_killed_process_is_released(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from receptionapp.db.database import GuiLock\n"
            f"lock = GuiLock({str(path)!r}); lock.acquire()\n"
            "print('locked', flush=True)\n"
            "sys.stdin.read()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseLocked) as info:
            GuiLock(path).acquire()
        assert info.value.params["pid"] == str(holder.pid)
        holder.kill()  # SIGKILL: no chance to clean up
        holder.wait(timeout=10)
        with GuiLock(path):
            pass
    finally:
        if holder.poll() is None:
            holder.kill()
        if holder.stdin:
            holder.stdin.close()
        if holder.stdout:
            holder.stdout.close()
        holder.wait(timeout=10)


def test_backup_of_a_live_database_is_consistent(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    db = open_database(path, create=True)
    try:
        with db.atomic():
            for n in range(50):
                db.execute_sql(
                    "INSERT INTO local_setting (key, value) VALUES (?, ?)", (f"k{n}", "v" * 100)
                )
        # An uncommitted transaction in progress must not appear in the copy.
        db.execute_sql("BEGIN")
        db.execute_sql("INSERT INTO local_setting (key, value) VALUES ('pending', 'x')")
        backup_file(path, tmp_path / "copy.db")
        db.execute_sql("ROLLBACK")
    finally:
        db.close()
    conn = sqlite3.connect(tmp_path / "copy.db")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        keys = {r[0] for r in conn.execute("SELECT key FROM local_setting")}
        assert len(keys) == 50 and "pending" not in keys
    finally:
        conn.close()
    assert not list(tmp_path.glob("*.partial"))


def test_backup_into_a_folder_keeps_the_name(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    open_database(path, create=True).close()
    dest = tmp_path / "backups"
    dest.mkdir()
    backup_file(path, dest)
    assert (dest / "office.db").exists()


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (sqlite3.OperationalError("database is locked"), "storage.busy"),
        (sqlite3.OperationalError("database or disk is full"), "storage.full"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "storage.read_only"),
        (PermissionError(13, "Permission denied"), "storage.read_only"),
        (sqlite3.DatabaseError("file is not a database"), "storage.corrupt"),
        (sqlite3.OperationalError("unable to open database file"), "storage.cannot_open"),
        (OSError(28, "No space left on device"), "storage.full"),
    ],
)
def test_storage_errors_are_classified(error: BaseException, code: str) -> None:
    assert storage_error(error, "/x/office.db").code == code


def test_disk_full_during_a_write_loses_nothing_already_saved(tmp_path: Path) -> None:
    """SQLite's own 'disk full' (via max_page_count) rolls the transaction back cleanly."""
    path = tmp_path / "office.db"
    db = open_database(path, create=True)
    try:
        db.execute_sql("INSERT INTO local_setting (key, value) VALUES ('saved', 'yes')")
        pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
        db.execute_sql(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(StorageUnavailable) as info, translated_errors(path), db.atomic():
            for n in range(2000):
                db.execute_sql(
                    "INSERT INTO local_setting (key, value) VALUES (?, ?)", (f"k{n}", "x" * 500)
                )
        assert info.value.code == "storage.full"
        rows = db.execute_sql("SELECT key FROM local_setting").fetchall()
        assert rows == [("saved",)]
    finally:
        db.close()
