"""The demo company: deterministic, consistent with the rules, realistic enough to search."""

from __future__ import annotations

import collections
import csv
import io
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import peewee as pw
import phonenumbers
import pytest

from receptionapp.core.addresses import resolve_directorate
from receptionapp.core.errors import PermissionDenied, ValidationError
from receptionapp.core.ids import natural_id
from receptionapp.core.phones import extract_phones
from receptionapp.db.database import open_database
from receptionapp.db.demo import (
    BULK_TABLES,
    TerminalProgress,
    ensure_demo_database,
    generate_demo_company,
    run_demo_data_command,
)
from receptionapp.db.models import Director, User
from receptionapp.db.reference import directorate_rules, load_reference_data
from receptionapp.db.users import authenticate

SIZE = 3000
DUMPED = ("subscriber", "account", "account_service", "phone", "phone_account")


def dump(path: Path, tables: tuple[str, ...] = DUMPED) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY id').fetchall() for t in tables}
    finally:
        conn.close()


def schema(path: Path) -> set[tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
            "AND sql IS NOT NULL"
        ).fetchall()
    finally:
        conn.close()
    return {(kind, name, sql) for kind, name, sql in rows}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo company of SIZE subscribers made by the command (a new file, bulk mode)."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert run_demo_data_command(path, SIZE, seed=7) == 0
    return path


@pytest.fixture(scope="module")
def conn(demo: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(demo)
    yield connection
    connection.close()


def test_same_seed_same_rows_any_way_it_is_made(demo: Path, tmp_path: Path) -> None:
    # in this process, into an existing database (no bulk tricks), against the command's file
    # (a worker process and the bulk mode): byte-identical rows, ids included
    path = tmp_path / "again.db"
    db = open_database(path, create=True)
    try:
        load_reference_data(db)
        generate_demo_company(db, SIZE, 7, parallel=False)
    finally:
        db.close()
    assert dump(path) == dump(demo)


def test_the_worker_process_makes_the_same_rows(tmp_path: Path) -> None:
    paths = []
    for parallel in (False, True):
        path = tmp_path / f"parallel-{parallel}.db"
        db = open_database(path, create=True)
        try:
            load_reference_data(db)
            generate_demo_company(db, 500, 11, parallel=parallel, fresh_file=True)
        finally:
            db.close()
        paths.append(path)
    assert dump(paths[0]) == dump(paths[1])


def test_another_seed_gives_other_rows(demo: Path, tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    assert run_demo_data_command(path, 300, seed=8) == 0
    other = dump(path)
    mine = dump(demo)
    assert set(other["subscriber"]).isdisjoint(mine["subscriber"][:300])
    assert {r[0] for r in other["account"]}.isdisjoint({r[0] for r in mine["account"]})


def test_bulk_mode_leaves_the_schema_as_migrations_made_it(demo: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.db"
    open_database(fresh, create=True).close()
    assert schema(demo) == schema(fresh)
    conn = sqlite3.connect(demo)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    names = {name for kind, name, _sql in schema(demo) if kind == "index"}
    assert {"account_number", "phone_e164", "phone_account_phone_id_account_id"} <= names
    assert all(any(n.startswith(t) for n in names) for t in BULK_TABLES)


def test_counts_and_shapes(conn: sqlite3.Connection) -> None:
    (subscribers,) = conn.execute("SELECT count(*) FROM subscriber").fetchone()
    (accounts,) = conn.execute("SELECT count(*) FROM account").fetchone()
    (phones,) = conn.execute("SELECT count(*) FROM phone").fetchone()
    assert subscribers == SIZE
    assert 1.2 < accounts / subscribers < 1.4
    assert 2.2 < phones / subscribers < 2.8
    per = collections.Counter(
        n for (n,) in conn.execute("SELECT count(*) FROM account GROUP BY subscriber_id")
    )
    assert set(per) == {1, 2, 3}
    several_cities = conn.execute(
        "SELECT count(*) FROM (SELECT subscriber_id FROM account GROUP BY subscriber_id "
        "HAVING count(DISTINCT city) > 1)"
    ).fetchone()[0]
    several_addresses = conn.execute(
        "SELECT count(*) FROM (SELECT subscriber_id FROM account GROUP BY subscriber_id "
        "HAVING count(DISTINCT city || street || house || flat) > 1)"
    ).fetchone()[0]
    assert several_cities > 0 and several_addresses > several_cities
    statuses = dict(conn.execute("SELECT status, count(*) FROM account GROUP BY status"))
    assert set(statuses) == {"pending", "active", "suspended", "closed"}
    assert statuses["active"] > accounts / 2
    assert conn.execute("SELECT count(*) FROM account WHERE balance < 0").fetchone()[0] > 0
    assert conn.execute("SELECT count(*) FROM account WHERE balance > 0").fetchone()[0] > 0
    assert conn.execute("SELECT count(*) FROM account WHERE package_id IS NULL").fetchone() == (0,)


def test_ids_are_natural_keys(conn: sqlite3.Connection) -> None:
    for sid, ref in conn.execute("SELECT id, subscriber_ref FROM subscriber LIMIT 200"):
        assert re.fullmatch(r"S\d{7}", ref)
        assert sid == natural_id("subscriber", ref)
    for aid, number in conn.execute("SELECT id, number FROM account LIMIT 200"):
        assert aid == natural_id("account", number)
    rows = conn.execute(
        "SELECT p.id, s.subscriber_ref, p.e164, p.raw_text, pa.id, a.number FROM phone p "
        "JOIN subscriber s ON s.id = p.subscriber_id "
        "JOIN phone_account pa ON pa.phone_id = p.id JOIN account a ON a.id = pa.account_id "
        "LIMIT 300"
    )
    for pid, ref, e164, raw, link_id, number in rows:
        key = e164 if e164 is not None else f"raw:{raw}"
        assert pid == natural_id("phone", ref, key)
        assert link_id == natural_id("phone_account", pid, number)  # as billing.py does
    for row_id, number, code in conn.execute(
        "SELECT x.id, a.number, s.code FROM account_service x "
        "JOIN account a ON a.id = x.account_id JOIN service s ON s.id = x.service_id LIMIT 200"
    ):
        assert row_id == natural_id("account_service", number, code)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def test_account_numbers(conn: sqlite3.Connection) -> None:
    rows = conn.execute(
        "SELECT a.number, d.area_code FROM account a JOIN directorate d ON d.id = a.directorate_id"
    ).fetchall()
    numbers = [n for n, _ in rows]
    assert len(set(numbers)) == len(numbers)
    for number, area in rows:
        assert re.fullmatch(r"\d{10}", number)
        assert number.startswith(area)
        assert luhn_ok(number)
    tails = {n[-4:] for n in numbers}
    assert len(tails) > len(numbers) * 0.6  # tails are spread, not sequential


def test_every_account_is_where_the_address_rules_say(demo: Path, conn: sqlite3.Connection) -> None:
    db = open_database(demo)
    try:
        rules = directorate_rules(db)
    finally:
        db.close()
    rows = conn.execute(
        "SELECT a.city, a.street, a.house, d.code, a.scope FROM account a "
        "JOIN directorate d ON d.id = a.directorate_id"
    ).fetchall()
    answers: dict[tuple[str, str, str], str | None] = {}
    for city, street, house, code, scope in rows:
        if (city, street, house) not in answers:
            answers[city, street, house] = resolve_directorate(rules, city, street, house)
        assert answers[city, street, house] == code == scope
    cities = {city for city, *_ in rows}
    assert cities == {"Харків", "Київ", "Одеса", "Дніпро", "Запоріжжя"}
    # billing's variety: Russian spellings, no street type, letters and slashes in houses
    streets = {street for _c, street, *_ in rows}
    assert any(s.startswith("ул. ") for s in streets)
    assert any(" " not in s for s in streets)
    houses = [house for _c, _s, house, *_ in rows]
    assert any("/" in h for h in houses)
    assert any(re.fullmatch(r"\d+[А-Яа-яІі]", h) for h in houses)


def test_names_mix_ukrainian_and_russian_spellings(conn: sqlite3.Connection) -> None:
    people = conn.execute(
        "SELECT last_name, first_name, patronymic FROM subscriber WHERE kind = 'person'"
    ).fetchall()
    text = " ".join(" ".join(p) for p in people)
    assert re.search("[іїєґ]", text) and re.search("[ыэёъ]", text)
    firsts = {first for _l, first, _p in people}
    assert {"Олександр", "Александр"} <= firsts or {"Олена", "Елена"} <= firsts
    lasts = {last for last, _f, _p in people}
    assert lasts & {"Ковальов", "Ковальова"} or lasts & {"Ковалёв", "Ковалёва"}
    assert any(p.endswith(("івна", "ївна")) for _l, _f, p in people)  # women, Ukrainian
    assert any(p.endswith("овна") for _l, _f, p in people)  # women, Russian
    assert any(last.endswith("ова") for last, _f, _p in people)
    organisations = [
        last for (last,) in conn.execute("SELECT last_name FROM subscriber WHERE kind != 'person'")
    ]
    assert organisations and all("«" in name for name in organisations)


def test_phones_are_valid_and_typed_as_billing_clerks_did(conn: sqlite3.Connection) -> None:
    rows = conn.execute(
        "SELECT p.e164, p.raw_text, p.kind, d.area_code FROM phone p "
        "JOIN phone_account pa ON pa.phone_id = p.id JOIN account a ON a.id = pa.account_id "
        "JOIN directorate d ON d.id = a.directorate_id GROUP BY p.id"
    ).fetchall()
    kinds = collections.Counter(kind for _e, _r, kind, _a in rows)
    assert {"home", "cdma", "mobile", "work", "other"} <= set(kinds)
    checked = 0
    for e164, raw, kind, area in rows:
        if e164 is None:  # text a clerk has to resolve
            assert extract_phones(raw, area)[0] == []
            continue
        assert re.fullmatch(r"\+380\d{9}", e164)
        if checked < 1500:
            number = phonenumbers.parse(e164)
            assert phonenumbers.is_valid_number(number), e164
            checked += 1
        # the importer's parser reads the raw text back to the same number
        found, _unparsed = extract_phones(raw, area)
        assert [p.e164 for p in found] == [e164], raw
        if kind == "cdma":
            assert e164[4:6] in ("92", "94")
        if kind == "home":
            assert e164[4:6] == area
    raws = " ".join(raw for _e, raw, _k, _a in rows)
    for habit in ("дом.", "моб", "8-0", "+38 0", "(0", "."):
        assert habit in raws
    retired = conn.execute(
        "SELECT count(*) FROM phone WHERE retired_at IS NOT NULL AND retire_reason != ''"
    ).fetchone()[0]
    assert retired > 0
    # a number is attached to a subscriber once
    assert conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM phone WHERE e164 IS NOT NULL "
        "GROUP BY subscriber_id, e164 HAVING count(*) > 1)"
    ).fetchone() == (0,)


def test_there_is_some_history(conn: sqlite3.Connection) -> None:
    counts = {
        table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        for table in (
            "contact",
            "complaint",
            "complaint_status",
            "package_change",
            "technician_request",
            "technician_request_status",
            "phone_kind_answer",
        )
    }
    assert all(n > 0 for n in counts.values()), counts
    assert counts["contact"] < SIZE * 0.3
    numbers = [n for (n,) in conn.execute("SELECT number FROM complaint")]
    assert all(re.fullmatch(r"(KH|KY|OD|DN|ZP)-20\d\d-\d{6}", n) for n in numbers)
    pending = conn.execute(
        "SELECT count(*) FROM account a WHERE status = 'pending' AND NOT EXISTS (SELECT 1 FROM "
        "technician_request r WHERE r.account_id = a.id AND r.kind = 'connection')"
    ).fetchone()[0]
    assert pending == 0  # activation starts from a request (rule 1)
    notes = [n for (n,) in conn.execute("SELECT note FROM technician_request")]
    assert all("тел." in note for note in notes)
    latest = conn.execute(
        "SELECT max(created_at) FROM (SELECT created_at FROM subscriber UNION ALL "
        "SELECT started_at FROM contact UNION ALL SELECT created_at FROM complaint)"
    ).fetchone()[0]
    assert latest < "2026-11-28"


def test_an_existing_database_gets_demo_data_once(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    db = open_database(path, create=True)
    db.close()
    assert run_demo_data_command(path, 200, seed=1) == 0
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM subscriber").fetchone() == (200,)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if "sync_outbox" in tables:  # bulk loads are not captured for sync
            assert conn.execute("SELECT count(*) FROM sync_outbox").fetchone() == (0,)
    finally:
        conn.close()
    with pytest.raises(ValidationError) as info:
        run_demo_data_command(path, 200, seed=1)
    assert info.value.code == "demo.not_empty"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "receptionapp.cli", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_demo_data_on_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    result = run_cli("demo-data", "--db", str(path), "--subscribers", "250", "--seed", "5")
    assert result.returncode == 0, result.stderr
    assert "250 subscribers" in result.stdout
    assert "subscribers: 250/250 (100%" in result.stderr  # progress lines without a terminal
    assert len(result.stderr.splitlines()) < 20
    assert path.exists() and not Path(f"{path}.partial").exists()
    again = run_cli("demo-data", "--db", str(path), "--subscribers", "250")
    assert again.returncode == 1
    assert len(again.stderr.strip().splitlines()) == 1
    assert "already has 250 subscribers" in again.stderr
    help_text = run_cli("demo-data", "--help")
    assert help_text.returncode == 0 and "--seed" in help_text.stdout


def test_progress_on_a_terminal_redraws_one_line() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Tty()
    bar = TerminalProgress(stream)
    for done in range(0, 101, 5):
        bar("subscribers", done, 100)
    bar("indexes", 16, 16)
    text = stream.getvalue()
    assert text.count("\n") == 2
    assert "\r" in text and "100%" in text and "100/100" in text

    plain = io.StringIO()
    bar = TerminalProgress(plain)
    for done in range(0, 1001):
        bar("subscribers", done, 1000)
    assert len(plain.getvalue().splitlines()) == 5  # 0, 25, 50, 75 and 100 %


def test_ensure_demo_database(tmp_path: Path) -> None:
    path = tmp_path / "demo" / "office.db"
    Path(f"{path}.partial").parent.mkdir()
    Path(f"{path}.partial").write_bytes(b"left over from an interrupted start")
    ensure_demo_database(path, subscribers=300)
    assert path.exists() and not Path(f"{path}.partial").exists()
    created = path.stat().st_mtime_ns

    db = open_database(path)
    try:
        clerk = authenticate("clerk", "clerk")
        assert clerk.role == "clerk" and clerk.name == "Олена Коваль"
        director = authenticate("director", "director")
        assert director.role == "director"
        kharkiv = Director.get_by_id(natural_id("director", "kharkiv"))
        assert kharkiv.user_id == director.id and kharkiv.name == director.name
        with pytest.raises(PermissionDenied):
            authenticate("clerk", "director")
        assert User.select().count() == 2
        (subscribers,) = db.execute_sql("SELECT count(*) FROM subscriber").fetchone()
        assert subscribers == 300
        # history names the demo clerk, as what clerks do must
        (signed,) = db.execute_sql(
            "SELECT count(*) FROM complaint WHERE created_by_id = ?", (clerk.id,)
        ).fetchone()
        (complaints,) = db.execute_sql("SELECT count(*) FROM complaint").fetchone()
        assert signed == complaints
    finally:
        db.close()

    ensure_demo_database(path, subscribers=300)  # reused, not rebuilt
    assert path.stat().st_mtime_ns == created


def test_a_failed_build_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    with pytest.raises(ValidationError):
        run_demo_data_command(path, 0, seed=1)
    assert not path.exists() and not Path(f"{path}.partial").exists()


def test_demo_data_needs_reference_data(tmp_path: Path) -> None:
    db: pw.SqliteDatabase = open_database(tmp_path / "empty.db", create=True)
    try:
        with pytest.raises(ValidationError) as info:
            generate_demo_company(db, 10, 1)
        assert info.value.code == "demo.no_reference_data"
    finally:
        db.close()


def test_the_callers_database_stays_bound(tmp_path: Path) -> None:
    mine = open_database(tmp_path / "mine.db", create=True)
    try:
        ensure_demo_database(tmp_path / "demo.db", subscribers=50)
        assert User._meta.database.obj is mine  # the models still point at the caller's file
        assert User.select().count() == 0
    finally:
        mine.close()


BILLING_HEADER = (
    "subscriber_ref,account_number,last_name,first_name,patronymic,city,street,house,flat,"
    "phones,package,balance,status"
)


def export_as_billing(path: Path, csv_path: Path) -> None:
    """The demo company as billing would export it (DESIGN.md §3), sorted by account."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT s.subscriber_ref, a.number, s.last_name, s.first_name, s.patronymic, a.city, "
            "a.street, a.house, a.flat, (SELECT group_concat(p.raw_text, '; ') FROM phone p "
            "JOIN phone_account pa ON pa.phone_id = p.id WHERE pa.account_id = a.id "
            "AND p.retired_at IS NULL AND p.e164 IS NOT NULL), k.code, a.balance, a.status "
            "FROM account a JOIN subscriber s ON s.id = a.subscriber_id "
            "JOIN package k ON k.id = a.package_id ORDER BY s.subscriber_ref, a.number"
        ).fetchall()
    finally:
        conn.close()
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(BILLING_HEADER.split(","))
        for *head, phones, package, balance, status in rows:
            money = f"{'-' if balance < 0 else ''}{abs(balance) // 100}.{abs(balance) % 100:02d}"
            writer.writerow([*head, phones or "", package, money, status])


def test_billing_import_of_the_demo_company_changes_nothing(tmp_path: Path) -> None:
    # the demo's natural keys, scopes and services are the billing import's own
    path = tmp_path / "demo.db"
    assert run_demo_data_command(path, 400, seed=2) == 0
    csv_path = tmp_path / "export.csv"
    export_as_billing(path, csv_path)
    before = dump(path)
    result = run_cli("import", "--db", str(path), str(csv_path))
    assert result.returncode == 0, result.stderr
    assert dump(path) == before

    # and a fresh office importing the export gets the demo's subscriber and account ids
    fresh = tmp_path / "fresh.db"
    assert run_cli("init", "--db", str(fresh)).returncode == 0
    assert run_cli("import", "--db", str(fresh), str(csv_path)).returncode == 0
    imported = dump(fresh, ("subscriber", "account"))
    assert {r[0] for r in imported["subscriber"]} == {r[0] for r in before["subscriber"]}
    assert {r[0] for r in imported["account"]} == {r[0] for r in before["account"]}
