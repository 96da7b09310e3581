"""``receptionapp import``: the billing export of DESIGN.md §3, through the real CLI and the API."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import peewee as pw
import pytest

from receptionapp.core.errors import StorageUnavailable, ValidationError
from receptionapp.core.ids import natural_id, new_id
from receptionapp.db.billing import HEADER, OUTSIDE_OFFICE, import_billing_csv
from receptionapp.db.database import open_database
from receptionapp.db.reference import load_reference_data

DATA = Path(__file__).resolve().parents[1] / "data"
GOOD = DATA / "billing_good.csv"
MIXED = DATA / "billing_mixed.csv"  # BOM, CRLF, quoted fields over several lines, bad rows
NEWER = DATA / "billing_newer.csv"  # a later export of the subscribers of GOOD
WRONG_HEADER = DATA / "billing_wrong_header.csv"
CP1251 = DATA / "billing_cp1251.csv"

MIXED_ERRORS = [
    "line 5: balance '12.345' is not an amount in hryvnias",
    "line 6: unknown package 'GOLD'",
    "line 7: status 'frozen' is not one of pending, active, suspended, closed",
    "line 8: unknown city 'Львів'",
    "line 9: subscriber_ref is empty",
    "line 10: expected 13 fields, found 12",
    "line 13: account 4400101 already appears on line 2",
    "line 14: balance 'abc' is not an amount in hryvnias",
    "line 17: malformed CSV: ',' expected after '\"'",
]

# Tables the import writes, with the natural key of each row.
KEYS = {
    "subscriber": "subscriber_ref",
    "account": "number",
    "account_service": "account_id || ':' || service_id",
    "phone": "subscriber_id || ':' || coalesce(e164, 'raw:' || raw_text)",
    "phone_account": "phone_id || ':' || account_id",
}


# --- databases -------------------------------------------------------------------------


def make_office(path: Path) -> Path:
    """A fresh office database with the reference data, closed again."""
    db = open_database(path, create=True)
    try:
        load_reference_data(db)
    finally:
        db.close()
    return path


@pytest.fixture
def office(tmp_path: Path) -> Path:
    return make_office(tmp_path / "office.db")


@pytest.fixture
def db(office: Path) -> Iterator[pw.SqliteDatabase]:
    database = open_database(office)
    yield database
    database.close()


# --- helpers ---------------------------------------------------------------------------


def run_import(db_path: Path, csv_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "receptionapp.cli", "import", "--db", str(db_path), str(csv_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def import_in_process(db_path: Path, csv_path: Path) -> int:
    """Import through the API (faster than a process), returning the exit code."""
    db = open_database(db_path)
    try:
        return import_billing_csv(db, csv_path).exit_code
    finally:
        db.close()


def dump(path: Path) -> str:
    """The whole database as SQL text."""
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def query(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(sql, params))
    finally:
        conn.close()


def phones_of(path: Path, ref: str) -> dict[str | None, tuple[object, ...]]:
    """E.164 (or ``raw:text``) → (kind, note, retired?, sorted account numbers)."""
    rows = query(
        path,
        "SELECT p.id, coalesce(p.e164, 'raw:' || p.raw_text), p.kind, p.note, "
        "p.retired_at IS NOT NULL FROM phone p JOIN subscriber s ON s.id = p.subscriber_id "
        "WHERE s.subscriber_ref = ?",
        (ref,),
    )
    result: dict[str | None, tuple[object, ...]] = {}
    for phone_id, key, kind, note, retired in rows:
        numbers = sorted(
            str(n)
            for (n,) in query(
                path,
                "SELECT a.number FROM phone_account l JOIN account a ON a.id = l.account_id "
                "WHERE l.phone_id = ?",
                (phone_id,),
            )
        )
        result[str(key)] = (kind, note, bool(retired), numbers)
    return result


def services_of(path: Path, number: str) -> list[str]:
    rows = query(
        path,
        "SELECT s.code FROM account_service x JOIN account a ON a.id = x.account_id "
        "JOIN service s ON s.id = x.service_id WHERE a.number = ?",
        (number,),
    )
    return sorted(str(code) for (code,) in rows)


def write_csv(path: Path, *rows: str, header: str = ",".join(HEADER)) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


# --- the command line ------------------------------------------------------------------


def test_fixtures_are_what_the_tests_claim() -> None:
    mixed = MIXED.read_bytes()
    assert mixed.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in mixed and mixed.count(b"\r\n") == mixed.count(b"\n")
    with pytest.raises(UnicodeDecodeError):
        CP1251.read_bytes().decode("utf-8")


def test_good_file_imports_with_exit_0(office: Path) -> None:
    result = run_import(office, GOOD)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip() == (
        "7 rows imported, 0 rejected; 5 subscribers, 7 accounts, 9 phones new/updated "
        "(2 phone texts kept for a clerk to resolve)"
    )
    rows = query(
        office,
        "SELECT a.number, s.subscriber_ref, a.balance, a.status, a.scope, p.code, a.flat "
        "FROM account a JOIN subscriber s ON s.id = a.subscriber_id "
        "JOIN package p ON p.id = a.package_id ORDER BY a.number",
    )
    assert rows == [
        ("1200001", "S-1001", -12550, "active", "kharkiv", "TRIO", "5"),
        ("1200002", "S-1001", 0, "active", "kharkiv", "NET-100", ""),
        ("4400001", "S-1002", 25000, "suspended", "kyiv", "DUO-100", "12"),
        ("4800001", "S-1003", 1205, "pending", "odesa", "TV-BASIC", ""),
        ("5600001", "S-1004", 100010, "closed", "dnipro", "TV-DIGITAL", "1"),
        ("5700003", "S-1005", 550, "active", "kharkiv", "NET-500", "44"),
        ("6100001", "S-1004", -700, "active", "zaporizhzhia", "DUO-DIGITAL", "7"),
    ]
    subscribers = query(
        office,
        "SELECT subscriber_ref, last_name, first_name, patronymic, scope, id FROM subscriber "
        "ORDER BY subscriber_ref",
    )
    assert subscribers[2][:5] == ("S-1003", "Шевченко, ФОП", "Тарас", "", "odesa")
    assert subscribers[3][4] == "dnipro"  # the directorate of the subscriber's first account
    assert all(row[5] == natural_id("subscriber", row[0]) for row in subscribers)
    assert phones_of(office, "S-1001") == {
        "+380577001234": ("home", "", False, ["1200001"]),
        "+380501234567": ("mobile", "", False, ["1200001", "1200002"]),
        "+380577151234": ("work", "", False, ["1200002"]),
    }
    assert phones_of(office, "S-1002") == {
        "+380442345678": ("home", "", False, ["4400001"]),
        "+380677654321": ("mobile", "дочка", False, ["4400001"]),
    }
    assert phones_of(office, "S-1003") == {"+380941234567": ("cdma", "", False, ["4800001"])}
    assert phones_of(office, "S-1004") == {
        "raw:дом. нет": ("other", "", False, ["6100001"]),
        "+380631112233": ("mobile", "", False, ["6100001"]),
    }
    assert phones_of(office, "S-1005") == {"raw:d.t. 12-34": ("other", "", False, ["5700003"])}
    assert services_of(office, "1200001") == ["CTV", "DTV", "NET"]
    assert services_of(office, "6100001") == ["DTV", "NET"]
    assert query(office, "SELECT count(*) FROM account_service") == [(11,)]


def test_bad_rows_are_named_by_line_and_the_rest_imported_exit_2(office: Path) -> None:
    result = run_import(office, MIXED)
    assert result.returncode == 2
    assert result.stderr.splitlines() == MIXED_ERRORS
    assert result.stdout.startswith("5 rows imported, 9 rejected; 4 subscribers, 5 accounts")
    accounts = query(office, "SELECT number, street, house FROM account ORDER BY number")
    assert [row[0] for row in accounts] == ["4400101", "4400102", "4800101", "5700101", "6100101"]
    # A quoted field over two lines: blanks collapsed, commas kept.
    assert ("5700101", "вул. Сумська", "12, корп. 2") in accounts
    assert set(phones_of(office, "S-2001")) == {"+380501112233", "+380442345678"}


def test_wrong_header_exit_1_and_nothing_written(office: Path) -> None:
    before = dump(office)
    result = run_import(office, WRONG_HEADER)
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert "wrong header" in result.stderr and "Traceback" not in result.stderr
    assert dump(office) == before


def test_non_utf8_file_exit_1_and_nothing_written(office: Path) -> None:
    before = dump(office)
    result = run_import(office, CP1251)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"receptionapp: cannot import {CP1251}: line 2 is not UTF-8 text; nothing was imported"
    )
    assert dump(office) == before


def test_missing_database_or_file_exit_1(office: Path, tmp_path: Path) -> None:
    missing_db = tmp_path / "missing.db"
    result = run_import(missing_db, GOOD)
    assert result.returncode == 1
    assert "no database" in result.stderr
    assert not missing_db.exists()
    result = run_import(office, tmp_path / "missing.csv")
    assert result.returncode == 1
    assert "no such file" in result.stderr


def test_every_row_rejected_exit_1(office: Path, tmp_path: Path) -> None:
    before = dump(office)
    bad = write_csv(
        tmp_path / "bad.csv",
        "S-1,1,Петренко,,,Харків,вул. Сумська,1,,,NOPE,0,active",
        "S-2,2,Петренко,,,Харків,вул. Сумська,1,,,TRIO,x,active",
    )
    result = run_import(office, bad)
    assert result.returncode == 1
    assert result.stderr.splitlines()[:2] == [
        "line 2: unknown package 'NOPE'",
        "line 3: balance 'x' is not an amount in hryvnias",
    ]
    assert dump(office) == before


def test_header_only_file_exit_0(office: Path, tmp_path: Path) -> None:
    result = run_import(office, write_csv(tmp_path / "empty.csv"))
    assert result.returncode == 0
    assert result.stdout.startswith("0 rows imported, 0 rejected")


# --- idempotence, newer exports, identical ids -----------------------------------------


def test_reimport_changes_nothing(office: Path) -> None:
    assert run_import(office, GOOD).returncode == 0
    assert run_import(office, MIXED).returncode == 2
    before = dump(office)
    again = run_import(office, GOOD)
    assert again.returncode == 0
    assert again.stdout.strip() == (
        "7 rows imported, 0 rejected; 0 subscribers, 0 accounts, 0 phones new/updated"
    )
    assert run_import(office, MIXED).returncode == 2
    assert dump(office) == before


def test_newer_export_updates_billing_fields_and_respects_clerks(office: Path) -> None:
    assert run_import(office, GOOD).returncode == 0
    # What clerks did meanwhile: one number retired, one added by hand.
    retired_at = "2026-11-20 10:00:00"
    conn = sqlite3.connect(office)
    with conn:
        conn.execute(
            "UPDATE phone SET retired_at = ?, retire_reason = 'disconnected' WHERE id = ?",
            (retired_at, natural_id("phone", "S-1001", "+380501234567")),
        )
        conn.execute(
            "INSERT INTO phone (id, scope, created_at, updated_at, subscriber_id, e164, "
            "raw_text, kind, note, retire_reason) VALUES (?, 'kyiv', ?, ?, ?, '+380661234567', "
            "'', 'mobile', 'added by a clerk', '')",
            (new_id(), retired_at, retired_at, natural_id("subscriber", "S-1002")),
        )
    conn.close()
    untouched_before = query(
        office, "SELECT * FROM account WHERE number IN ('1200002', '5600001') ORDER BY number"
    )

    result = run_import(office, NEWER)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        "8 rows imported, 0 rejected; 2 subscribers, 3 accounts, 2 phones new/updated"
    )
    assert query(
        office,
        "SELECT a.balance, a.status, p.code, a.flat FROM account a "
        "JOIN package p ON p.id = a.package_id WHERE a.number = '1200001'",
    ) == [(31000, "suspended", "NET-500", "6")]
    assert query(office, "SELECT house FROM account WHERE number = '4800001'") == [("7",)]
    assert query(office, "SELECT last_name FROM subscriber WHERE subscriber_ref = 'S-1005'") == [
        ("Ковалёв",)
    ]
    assert query(
        office,
        "SELECT a.number, s.subscriber_ref, a.status FROM account a "
        "JOIN subscriber s ON s.id = a.subscriber_id WHERE a.number = '5700004'",
    ) == [("5700004", "S-1006", "pending")]
    # Unchanged rows were not even touched.
    assert (
        query(
            office, "SELECT * FROM account WHERE number IN ('1200002', '5600001') ORDER BY number"
        )
        == untouched_before
    )
    # Services once connected stay when the package shrinks (TRIO → NET-500).
    assert services_of(office, "1200001") == ["CTV", "DTV", "NET"]
    s1001 = phones_of(office, "S-1001")
    assert s1001["+380501234567"] == ("mobile", "", True, ["1200001", "1200002"])  # still retired
    assert s1001["+380970001122"] == ("mobile", "", False, ["1200001"])  # the new number
    assert query(
        office,
        "SELECT retired_at FROM phone WHERE id = ?",
        (natural_id("phone", "S-1001", "+380501234567"),),
    ) == [(retired_at,)]
    s1002 = phones_of(office, "S-1002")
    assert s1002["+380677654321"] == ("mobile", "дочка", False, ["4400001"])  # not in the file
    assert s1002["+380661234567"] == ("mobile", "added by a clerk", False, [])  # a clerk's

    before = dump(office)
    assert run_import(office, NEWER).returncode == 0
    assert dump(office) == before


def test_two_databases_get_identical_ids(tmp_path: Path) -> None:
    first = make_office(tmp_path / "a.db")
    second = make_office(tmp_path / "b.db")
    for path in (first, second):
        assert import_in_process(path, GOOD) == 0
        assert import_in_process(path, MIXED) == 2
    for table, key in KEYS.items():
        sql = f"SELECT id, {key}, scope FROM {table} ORDER BY id"
        rows = query(first, sql)
        assert rows, table
        assert rows == query(second, sql), table
    assert query(first, "SELECT id FROM phone WHERE e164 = '+380941234567'") == [
        (natural_id("phone", "S-1003", "+380941234567"),)
    ]
    assert query(first, "SELECT id FROM phone WHERE raw_text = 'дом. нет'") == [
        (natural_id("phone", "S-1004", "raw", "дом. нет"),)
    ]
    assert query(first, "SELECT id FROM account WHERE number = '1200001'") == [
        (natural_id("account", "1200001"),)
    ]


# --- decisions in the ambiguous cases (through the API) ---------------------------------


def test_account_of_another_subscriber_is_rejected(db: pw.SqliteDatabase, tmp_path: Path) -> None:
    import_billing_csv(db, GOOD)
    other = write_csv(
        tmp_path / "other.csv",
        "S-9001,1200001,Сидоренко,Ганна,,Харків,вул. Сумська,10,5,,TRIO,0,active",
        "S-9001,1200009,Сидоренко,Ганна,,Харків,вул. Сумська,10,5,,TRIO,0,active",
    )
    seen: list[str] = []
    report = import_billing_csv(db, other, on_error=lambda error: seen.append(str(error)))
    assert seen == ["line 2: account 1200001 belongs to another subscriber (S-1001)"]
    assert report.exit_code == 2
    assert report.imported == 1
    rows = db.execute_sql(
        "SELECT s.subscriber_ref FROM account a JOIN subscriber s ON s.id = a.subscriber_id "
        "WHERE a.number = '1200001'"
    ).fetchall()
    assert rows == [("S-1001",)]


def test_errors_come_in_line_order_across_a_batch(db: pw.SqliteDatabase, tmp_path: Path) -> None:
    import_billing_csv(db, GOOD)
    rows = [
        "S-9001,1200001,Сидоренко,Ганна,,Харків,вул. Сумська,10,5,,TRIO,0,active",  # line 2
        "S-9002,1200010,Сидоренко,Ганна,,Харків,вул. Сумська,10,5,,TRIO,0,active",  # line 3
        "S-9003,1200011,Сидоренко,Ганна,,Харків,вул. Сумська,10,5,,TRIO,bad,active",  # line 4
    ]
    report = import_billing_csv(db, write_csv(tmp_path / "f.csv", *rows), batch_rows=10)
    assert [error.line for error in report.errors] == [2, 4]


def test_subscriber_names_come_from_the_first_row(db: pw.SqliteDatabase, tmp_path: Path) -> None:
    file = write_csv(
        tmp_path / "f.csv",
        "S-1,100,Петренко,Олена,,Харків,вул. Сумська,1,,,TRIO,0,active",
        "S-1,101,Петренко-Коваль,Олена,,Київ,вул. Хрещатик,2,,,TRIO,0,active",
    )
    report = import_billing_csv(db, file, batch_rows=1)
    assert report.exit_code == 0
    assert db.execute_sql("SELECT last_name, scope FROM subscriber").fetchall() == [
        ("Петренко", "kharkiv")
    ]
    before = db.execute_sql("SELECT * FROM subscriber").fetchall()
    import_billing_csv(db, file, batch_rows=1)
    assert db.execute_sql("SELECT * FROM subscriber").fetchall() == before
    # The import relaxes fsync for its batches and gives the connection back as it was.
    assert db.execute_sql("PRAGMA synchronous").fetchone() == (2,)


def test_office_imports_only_its_directorates(db: pw.SqliteDatabase) -> None:
    db.execute_sql(
        "INSERT INTO local_setting (key, value) VALUES ('office_directorates', ?)",
        (json.dumps(["kharkiv", "kyiv"]),),
    )
    report = import_billing_csv(db, GOOD)
    assert [str(error) for error in report.errors] == [
        f"line 5: {OUTSIDE_OFFICE}",
        f"line 6: {OUTSIDE_OFFICE}",
        f"line 7: {OUTSIDE_OFFICE}",
    ]
    assert report.exit_code == 2
    scopes = {row[0] for row in db.execute_sql("SELECT scope FROM account").fetchall()}
    assert scopes == {"kharkiv", "kyiv"}

    db.execute_sql("UPDATE local_setting SET value = '[\"all\"]'")
    assert import_billing_csv(db, GOOD).exit_code == 0


def test_unknown_street_of_a_known_city_and_missing_fields(
    db: pw.SqliteDatabase, tmp_path: Path
) -> None:
    file = write_csv(
        tmp_path / "f.csv",
        "S-1,100,,Олена,,Харків,,1,,,,,active",
        "S-2,101,Петренко,Олена,,харків,вулиця Невідома,1,,,TRIO,0,active",
    )
    report = import_billing_csv(db, file)
    assert [str(error) for error in report.errors] == [
        "line 2: last_name is empty; street is empty; balance '' is not an amount in "
        "hryvnias; package is empty"
    ]
    assert report.imported == 1  # a whole-city rule serves any street of the city


def test_local_numbers_take_the_area_code_of_the_city(
    db: pw.SqliteDatabase, tmp_path: Path
) -> None:
    file = write_csv(
        tmp_path / "f.csv",
        'S-1,100,Петренко,,,Одеса,вул. Дерибасівська,1,,"765-43-21; 12-34",TRIO,0,active',
        'S-2,200,Петренко,,,Запоріжжя,просп. Соборний,1,,"234-56-78",TRIO,0,active',
    )
    import_billing_csv(db, file)
    rows = db.execute_sql("SELECT e164, raw_text FROM phone ORDER BY raw_text").fetchall()
    assert rows == [(None, "12-34"), ("+380612345678", "234-56-78"), ("+380487654321", "765-43-21")]


# --- storage problems ------------------------------------------------------------------


def test_full_disk_leaves_whole_rows_and_a_rerun_finishes(office: Path, tmp_path: Path) -> None:
    big = write_csv(
        tmp_path / "big.csv",
        *(
            f"S-{n // 2},{700000 + n},Петренко{n},Олена,Іванівна,Харків,вул. Сумська,{n},{n},"
            f'"моб. 050 {n:03d} 45 67; дом. 7{n:06d}; щось {n}",TRIO,{n}.50,active'
            for n in range(1, 301)
        ),
    )
    reference = make_office(tmp_path / "reference.db")
    assert import_in_process(reference, big) == 0

    db = open_database(office)
    try:
        pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
        db.execute_sql(f"PRAGMA max_page_count = {pages + 20}")
        with pytest.raises(StorageUnavailable) as caught:
            import_billing_csv(db, big, batch_rows=7)
        assert caught.value.code == "storage.full"
        assert "run the import again to finish" in caught.value.message
        # What was committed is whole: every subscriber has an account, every account its
        # services, every phone a link.
        counts = db.execute_sql(
            "SELECT (SELECT count(*) FROM account), "
            "(SELECT count(*) FROM subscriber s WHERE NOT EXISTS "
            "(SELECT 1 FROM account a WHERE a.subscriber_id = s.id)), "
            "(SELECT count(*) FROM account a WHERE NOT EXISTS "
            "(SELECT 1 FROM account_service x WHERE x.account_id = a.id)), "
            "(SELECT count(*) FROM phone p WHERE NOT EXISTS "
            "(SELECT 1 FROM phone_account l WHERE l.phone_id = p.id))"
        ).fetchone()
        assert 0 < counts[0] < 300
        assert counts[0] % 7 == 0  # whole batches
        assert counts[1:] == (0, 0, 0)
        db.execute_sql("PRAGMA max_page_count = 1073741823")
        assert import_billing_csv(db, big).exit_code == 0
    finally:
        db.close()
    for table, key in KEYS.items():
        sql = f"SELECT id, {key}, scope FROM {table} ORDER BY id"
        assert query(office, sql) == query(reference, sql), table


def test_locked_database_is_one_clear_error(db: pw.SqliteDatabase, office: Path) -> None:
    db.execute_sql("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(office)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StorageUnavailable) as caught:
            import_billing_csv(db, GOOD)
        assert caught.value.code == "storage.busy"
        assert "nothing was imported" in caught.value.message
    finally:
        other.rollback()
        other.close()
    assert db.execute_sql("SELECT count(*) FROM account").fetchone() == (0,)
    assert db.execute_sql("PRAGMA synchronous").fetchone() == (2,)


def test_api_refuses_bad_files(db: pw.SqliteDatabase, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    for path, code in (
        (empty, "import.wrong_header"),
        (WRONG_HEADER, "import.wrong_header"),
        (CP1251, "import.unreadable"),
        (tmp_path, "import.unreadable"),
    ):
        with pytest.raises(ValidationError) as caught:
            import_billing_csv(db, path)
        assert caught.value.code == code
    assert db.execute_sql("SELECT count(*) FROM subscriber").fetchone() == (0,)


def test_street_cache_resolves_as_the_rule_engine(db: pw.SqliteDatabase) -> None:
    from receptionapp.core.addresses import AddressRuleSpec, resolve_directorate
    from receptionapp.db.billing import _resolver
    from receptionapp.db.reference import directorate_rules

    rules = directorate_rules(db)
    # Rules that depend on the house, beside a whole-street and a whole-city rule.
    rules += [
        AddressRuleSpec("kyiv", "Харків", "тестова", 1, 20, "all"),
        AddressRuleSpec("odesa", "Харків", "тестова", 21, None, "even"),
        AddressRuleSpec("dnipro", "Харків", "друга тестова"),
    ]
    resolve = _resolver(rules)
    streets = {
        (str(city), str(street))
        for city, street in db.execute_sql("SELECT city, street FROM address_rule").fetchall()
    }
    streets |= {("Харків", "вул. Тестова"), ("Харків", "Друга Тестова"), ("Харків", "Нова")}
    for city, street in sorted(streets):
        for house in ("", "1", "2", "20", "21", "22", "23А", "101/3"):
            assert resolve(city, street, house) == resolve_directorate(rules, city, street, house)
    assert resolve("Харків", "вул. Тестова", "7") == "kyiv"
    assert resolve("Харків", "вул. Тестова", "22") == "odesa"
    assert resolve("Харків", "вул. Тестова", "23") == "kharkiv"


def test_lookup_finds_imported_subscribers_at_once(db: pw.SqliteDatabase) -> None:
    from receptionapp.db.search import lookup

    import_billing_csv(db, GOOD)
    found = lookup("8 (050) 123-45-67", db=db)
    assert {(r.account_number, r.phones) for r in found} >= {
        ("1200001", ("+380501234567", "+380577001234", "+380577151234")),
        ("1200002", ("+380501234567", "+380577001234", "+380577151234")),
    }
    assert {r.account_number for r in lookup("Коваленко", db=db)} == {"4400001"}
    # A newer export: the new number finds its subscriber (with all their accounts).
    import_billing_csv(db, NEWER)
    assert {r.account_number for r in lookup("097 000 11 22", db=db)} == {"1200001", "1200002"}
    assert "5700004" in {r.account_number for r in lookup("Литвиненко", db=db)}
