"""Versioned schema migrations, kept in ``PRAGMA user_version``.

Each step brings the schema from version ``n - 1`` to ``n`` inside one transaction. Step 1
is a frozen SQL snapshot of the first release (``0001_initial.sql``): later model changes
must add a step here, never edit an earlier one. :func:`migrate` is called by
:func:`receptionapp.db.database.open_database`, which backs the file up first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from importlib import resources

import peewee as pw

from receptionapp.db import capture

log = logging.getLogger(__name__)


def _run_sql_file(name: str) -> Callable[[pw.SqliteDatabase], None]:
    def step(db: pw.SqliteDatabase) -> None:
        sql = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
        for statement in sql.split(";\n"):
            if statement.strip():
                db.execute_sql(statement)

    step.__doc__ = f"Run the statements of {name}."
    return step


def _search_index_step(db: pw.SqliteDatabase) -> None:
    """Create the lookup index tables (filled by step 4)."""
    from receptionapp.db.search import migrate_search_index

    migrate_search_index(db)


def _search_terms_step(db: pw.SqliteDatabase) -> None:
    """Lookup index: term list and prefix indexes; fill it from the rows already there."""
    from receptionapp.db.search import migrate_search_terms

    migrate_search_terms(db)


#: Steps by the version they produce.
STEPS: dict[int, Callable[[pw.SqliteDatabase], None]] = {
    1: _run_sql_file("0001_initial.sql"),
    2: capture.migrate_sync_tables,
    3: _search_index_step,
    4: _search_terms_step,
}

CURRENT_VERSION = max(STEPS)


def schema_version(db: pw.SqliteDatabase) -> int:
    """The schema version of an open database (0 for an empty one)."""
    row = db.execute_sql("PRAGMA user_version").fetchone()
    version = int(row[0])
    if version == 0:
        # Touch the schema so that a file that is not a database fails here, not later.
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    return version


def migrate(db: pw.SqliteDatabase) -> int:
    """Apply every missing step, each in its own transaction; returns the final version."""
    version = schema_version(db)
    for target in sorted(STEPS):
        if target <= version:
            continue
        log.info("migrating schema %s -> %s", version, target)
        with db.atomic():
            STEPS[target](db)
            db.execute_sql(f"PRAGMA user_version = {int(target)}")
        version = target
    if capture.has_capture(db):
        # Capture triggers list the columns of their table: a step that added columns needs
        # them regenerated (a no-op when nothing changed).
        capture.install_capture(db)
    return version
