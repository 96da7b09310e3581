"""``receptionapp lookup``: the JSON contract of DESIGN.md §3 over an imported billing export."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from receptionapp.cli import main
from receptionapp.db.database import GuiLock, open_database
from tests.db.test_billing_import import GOOD, make_office

DATA = Path(__file__).resolve().parents[1] / "data"
KEYS = ["subscriber_id", "name", "account_number", "address", "directorate", "status", "phones"]


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An office database with ``billing_good.csv`` imported through the real CLI."""
    path = make_office(tmp_path_factory.mktemp("lookup") / "office.db")
    assert main(["import", "--db", str(path), str(GOOD)]) == 0
    return path


def run_json(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["lookup", "--db", str(db), "--json", *args]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    data = json.loads(out)
    assert isinstance(data, list)
    return data


def test_json_has_exactly_the_contract_keys(
    imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = run_json(capsys, imported, "Петренко", "Олена")
    assert [list(item) for item in data] == [KEYS, KEYS]
    first = data[0]
    assert first["name"] == "Петренко Олена Іванівна"
    assert {item["account_number"] for item in data} == {"1200001", "1200002"}
    by_number = {item["account_number"]: item for item in data}
    assert by_number["1200001"]["address"] == "Харків, вул. Сумська 10, кв. 5"
    assert by_number["1200001"]["directorate"] == "kharkiv"
    assert by_number["1200001"]["status"] == "active"
    phones = by_number["1200001"]["phones"]
    assert phones == sorted(phones)
    assert "+380501234567" in phones and "+380577001234" in phones
    assert all(isinstance(p, str) and p.startswith("+380") for p in phones)


def test_json_is_utf8_not_escaped(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["lookup", "--db", str(imported), "--json", "Коваленко"]) == 0
    out = capsys.readouterr().out
    assert "Коваленко Микола Петрович" in out
    assert "\\u04" not in out


@pytest.mark.parametrize(
    ("query", "number"),
    [
        (["Ковалёв", "Александр"], "5700003"),  # Russian spelling of Ковальов Олександр
        (["Rjdfkmjd"], "5700003"),  # Ковальов typed on the Latin keys
        (["Хрещатик", "1", "кв", "12"], "4400001"),
        (["ул.", "Сумская", "10/5"], "1200001"),
        (["4400001"], "4400001"),
        (["0001"], "4400001"),  # the tail of 4400001 (and of others)
        (["(067)", "765-43-21"], "4400001"),
        (["+380941234567"], "4800001"),
        (["234-56-78"], "4400001"),
    ],
)
def test_every_query_kind(
    imported: Path, capsys: pytest.CaptureFixture[str], query: list[str], number: str
) -> None:
    data = run_json(capsys, imported, *query)
    assert number in [item["account_number"] for item in data]


def test_exact_phone_first_and_all_accounts_of_the_subscriber(
    imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = run_json(capsys, imported, "050", "123", "45", "67")
    assert {item["account_number"] for item in data} == {"1200001", "1200002"}


def test_no_match_is_an_empty_array_and_success(
    imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_json(capsys, imported, "Неіснуючий") == []
    assert run_json(capsys, imported, "*") == []
    assert run_json(capsys, imported, '" OR 1=1 --') == []
    assert run_json(capsys, imported, "NEAR(") == []
    assert run_json(capsys, imported, "😀") == []


def test_limit_counts_elements(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert len(run_json(capsys, imported, "Петренко")) == 2
    assert len(run_json(capsys, imported, "--limit", "1", "Петренко")) == 1


def test_limit_must_be_positive(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["lookup", "--db", str(imported), "--limit", "0", "x"])
    assert info.value.code == 2


def test_table_without_json(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["lookup", "--db", str(imported), "Бондаренко"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split() == ["name", "account", "address", "directorate", "status", "phones"]
    assert any("Бондаренко Ірина Олександрівна" in line and "6100001" in line for line in lines)
    capsys.readouterr()
    assert main(["lookup", "--db", str(imported), "Неіснуючий"]) == 0
    assert capsys.readouterr().out.strip() == "no matches"


def test_missing_database_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lookup", "--db", str(tmp_path / "nope.db"), "--json", "x"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "no database" in err
    assert not (tmp_path / "nope.db").exists()


def test_an_old_schema_is_not_migrated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "office.db"
    shutil.copy(DATA / "office_schema_v1.db", path)
    before = path.read_bytes()
    assert main(["lookup", "--db", str(path), "--json", "Ковальов"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "receptionapp init" in err
    assert path.read_bytes() == before


def test_works_while_the_gui_holds_the_lock_and_writes(imported: Path, tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    shutil.copy(imported, path)
    for suffix in ("-wal", "-shm"):
        if Path(str(imported) + suffix).exists():
            shutil.copy(str(imported) + suffix, str(path) + suffix)
    with GuiLock(path):
        gui_db = open_database(path)
        try:
            # The window is in the middle of a write transaction.
            gui_db.execute_sql("BEGIN IMMEDIATE")
            gui_db.execute_sql(
                "UPDATE subscriber SET last_name = 'Змінений' WHERE subscriber_ref = 'S-1004'"
            )
            proc = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "receptionapp.cli",
                    "lookup",
                    "--db",
                    str(path),
                    "--json",
                    "Бондаренко",
                ],
                capture_output=True,
                text=True,
                encoding="utf-8",
                timeout=60,
                check=False,
            )
            gui_db.execute_sql("ROLLBACK")
        finally:
            gui_db.close()
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert {item["account_number"] for item in data} == {"5600001", "6100001"}
    assert {item["name"] for item in data} == {"Бондаренко Ірина Олександрівна"}


def test_lookup_writes_nothing(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(imported)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = imported.read_bytes()
    run_json(capsys, imported, "Петренко")
    assert imported.read_bytes() == before
