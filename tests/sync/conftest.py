"""Fixtures of the sync tests: head office on SQLite or PostgreSQL, as a process or in-process."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import peewee as pw
import pytest

from receptionapp.sync import headoffice as ho
from tests.sync.harness import (
    Postgres,
    Service,
    new_office_db,
    postgres_available,
    postgres_cluster,
    start_service,
)


@pytest.fixture
def ho_url(tmp_path: Path) -> str:
    """A head-office database URL on SQLite, schema created."""
    url = f"sqlite:///{tmp_path / 'ho.db'}"
    db = ho.open_headoffice(url)
    ho.ensure_schema(db)
    db.close()
    return url


@pytest.fixture
def ho_db(ho_url: str) -> Iterator[pw.Database]:
    """The head-office database of ``ho_url``, open in this process."""
    db = ho.open_headoffice(ho_url)
    db.connect()
    yield db
    db.close()


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Callable[..., Service]]:
    """Start head-office processes; every one is killed at the end of the test."""
    started: list[Service] = []

    def start(db_url: str, env: dict[str, str] | None = None) -> Service:
        service = start_service(db_url, tmp_path / f"service{len(started)}.log", env)
        started.append(service)
        return service

    yield start
    for service in started:
        service.kill()


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[Callable[[str], pw.SqliteDatabase]]:
    """Create office databases by name; all closed at the end."""
    opened: list[pw.SqliteDatabase] = []

    def make(name: str) -> pw.SqliteDatabase:
        db = new_office_db(tmp_path / f"{name}.db")
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.close()


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    """One PostgreSQL cluster for the session (each test creates its own database)."""
    why = postgres_available()
    if why is not None:
        pytest.skip(why)
    with postgres_cluster() as cluster:
        yield cluster
