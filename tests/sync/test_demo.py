"""The demo's local head office: made from the demo office, started and stopped with it.

Real processes throughout: the service is started the way the window starts it
(:func:`start_in_background`), a "window" that gets killed is a small Python process of its
own, and processes are waited for through a pidfd (no sleeps).
"""

from __future__ import annotations

import os
import select
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from receptionapp.core.errors import StorageUnavailable
from receptionapp.db import models as m
from receptionapp.db.database import open_database
from receptionapp.db.demo import ensure_demo_database
from receptionapp.sync.client import status, sync_once
from receptionapp.sync.demo import (
    stale_services,
    start_demo_headoffice,
    start_in_background,
    stop_demo_headoffice,
)
from tests.sync.harness import on, wait_until


def gone(pid: int, timeout: float = 20.0) -> bool:
    """Whether process ``pid`` ends within ``timeout`` seconds (waits on a pidfd)."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        readable, _, _ = select.select([fd], [], [], timeout)
        return bool(readable)
    finally:
        os.close(fd)


def refused(url: str) -> bool:
    """Whether nothing listens at ``url`` any more."""
    try:
        httpx.get(url + "/openapi.json", timeout=5.0)
    except httpx.ConnectError:
        return True
    return False


def setting(path: Path, key: str) -> str | None:
    """One ``local_setting`` of the office database at ``path``, read on the side."""
    with sqlite3.connect(path) as con:
        row = con.execute("SELECT value FROM local_setting WHERE key = ?", (key,)).fetchone()
    con.close()
    return None if row is None else str(row[0])


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo office, made once per module (the tests copy it)."""
    path = tmp_path_factory.mktemp("demo-template") / "office.db"
    ensure_demo_database(path, subscribers=50)
    return path


def copy_demo(template: Path, path: Path) -> Path:
    """A fresh copy of the demo office at ``path`` (no head office beside it yet)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(template) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Path]:
    """A demo office of this test; every demo head office started for it is stopped after."""
    yield copy_demo(demo_template, tmp_path / "demo" / "office.db")
    stop_demo_headoffice()


def test_demo_office_syncs_with_its_local_head_office(demo: Path) -> None:
    service = start_demo_headoffice(demo)
    try:
        db = open_database(demo)
        report = sync_once(db)
        assert (report.office, report.pulled, report.pushed) == ("demo", 0, 0)
        with on(db):
            sub = m.Subscriber.select().first()
            m.Subscriber.update(notes="з демо").where(m.Subscriber.id == sub.id).execute()
        assert sync_once(db).outcomes == {"applied": 1}
        db.close()
    finally:
        service.stop()
    assert service.process.poll() is not None
    # the next start reuses head office and the enrollment, on a new port
    again = start_demo_headoffice(demo)
    try:
        assert again.url != service.url
        db = open_database(demo)
        assert sync_once(db).office == "demo"  # enrolled once; the new address is used
        with on(db):
            m.Subscriber.update(notes="ще раз").where(m.Subscriber.id == sub.id).execute()
        assert sync_once(db).outcomes == {"applied": 1}
        db.close()
    finally:
        again.stop()


def test_the_first_start_returns_with_the_office_enrolled_and_pointed_at_it(demo: Path) -> None:
    assert setting(demo, "sync.credential") is None
    service = start_in_background(demo)
    # What the Sync page reads first: enrolled, and this run's address.
    db = open_database(demo)
    st = status(db)
    assert (st.enrolled, st.office, st.server) == (True, "demo", service.url)
    report = sync_once(db)  # straight away: the service may still be starting
    assert report.office == "demo"
    assert setting(demo, "sync.last_success") is not None
    db.close()


def test_the_first_sync_succeeds_at_once_though_the_old_port_is_taken(demo: Path) -> None:
    start_demo_headoffice(demo).stop()  # an earlier run: its port is stored
    old = setting(demo, "sync.server")
    assert old is not None
    port = int(old.rsplit(":", 1)[1])
    # Something else holds the old port now: it accepts connections and never answers.
    squatter = socket.socket()
    squatter.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    squatter.bind(("127.0.0.1", port))
    squatter.listen(8)
    try:
        began = time.monotonic()
        service = start_in_background(demo)
        assert service.url != old
        db = open_database(demo)
        assert sync_once(db).office == "demo"  # the first attempt, no retry
        took = time.monotonic() - began
        db.close()
    finally:
        squatter.close()
    # The window is not held up (the office was enrolled already), and the sync only
    # waited for the service to start: far from the 15 s timer or the 30 s timeout.
    assert took < 10.0, took


PARENT = """
import sys
from receptionapp.sync.demo import start_in_background
service = start_in_background(sys.argv[1])
print(service.process.pid, service.url, flush=True)
sys.stdin.read()  # a window, until it is killed
"""


def test_a_killed_window_takes_its_head_office_with_it(demo: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", PARENT, str(demo)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as window:
        try:
            assert window.stdout is not None
            pid_text, url = window.stdout.readline().split()
            pid = int(pid_text)
            assert httpx.get(url + "/openapi.json", timeout=30.0).status_code == 200
            assert stale_services(demo) == [pid]
        finally:
            window.kill()
    assert gone(pid), "the demo head office outlived its killed window"
    assert stale_services(demo) == []
    assert refused(url)


def test_a_window_killed_while_head_office_is_made_leaves_nothing_running(
    demo: Path,
) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", PARENT, str(demo)],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
    ) as window:
        try:
            # Killed as soon as its child exists (head office is usually still being made).
            [pid] = wait_until(lambda: stale_services(demo), what="the demo head office process")
        finally:
            window.kill()
    assert gone(pid)
    assert stale_services(demo) == []
    # The next start works whatever state the killed one left behind.
    service = start_demo_headoffice(demo)
    db = open_database(demo)
    assert sync_once(db).office == "demo"
    db.close()
    service.stop()


def test_closing_the_window_stops_its_head_office(demo: Path) -> None:
    service = start_demo_headoffice(demo)
    stop_demo_headoffice()  # what the window does when it closes
    assert service.process.returncode is not None
    assert stale_services(demo) == []
    assert refused(service.url)


def test_a_stale_service_of_an_earlier_run_is_stopped_and_never_asked(demo: Path) -> None:
    # A head office left running by an earlier version (no lifeline): started by hand.
    with subprocess.Popen(
        [sys.executable, "-m", "receptionapp.sync.demo", str(demo.resolve())],
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    ) as stale:
        try:
            assert stale.stderr is not None
            line = stale.stderr.readline()
            while "serving" not in line:
                assert line, "the stale service did not start"
                line = stale.stderr.readline()
            old = line.split(" on ")[1].split()[0]
            assert setting(demo, "sync.server") == old
            service = start_in_background(demo)
            assert gone(stale.pid), "the stale service was left running"
            assert setting(demo, "sync.server") == service.url != old
            db = open_database(demo)
            assert sync_once(db).office == "demo"
            db.close()
            assert refused(old)
        finally:
            if stale.poll() is None:
                stale.kill()


def test_two_demo_offices_each_get_their_own_service(demo_template: Path, tmp_path: Path) -> None:
    first = copy_demo(demo_template, tmp_path / "one" / "office.db")
    second = copy_demo(demo_template, tmp_path / "two" / "office.db")
    try:
        a = start_in_background(first)
        b = start_in_background(second)
        assert a.url != b.url
        assert a.process.poll() is None and b.process.poll() is None  # neither stopped the other
        for path in (first, second):
            db = open_database(path)
            assert sync_once(db).office == "demo"
            db.close()
    finally:
        stop_demo_headoffice()


def test_a_service_that_cannot_start_is_an_error(demo: Path) -> None:
    demo.with_name("headoffice.db").write_bytes(b"not a database" * 100)
    with pytest.raises(StorageUnavailable) as raised:
        start_in_background(demo)
    assert raised.value.code == "sync.demo_failed"
    assert stale_services(demo) == []
