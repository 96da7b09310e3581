"""The command line contract: --help everywhere, one-line failures, user add, backup."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from receptionapp.cli import build_parser

SUBCOMMANDS = [
    ["init"],
    ["user"],
    ["user", "add"],
    ["backup"],
    ["demo-data"],
    ["import"],
    ["lookup"],
]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "receptionapp.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("words", SUBCOMMANDS, ids=lambda w: " ".join(w))
def test_every_subcommand_has_help(words: list[str]) -> None:
    with pytest.raises(SystemExit) as info:
        build_parser().parse_args([*words, "--help"])
    assert info.value.code == 0


def assert_one_line_failure(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_usage_error_is_one_line() -> None:
    result = run("demo-data", "--db", "x.db", "--subscribers", "many")
    assert result.returncode == 2
    assert_one_line_failure(result)
    assert "many" in result.stderr


def test_missing_database_is_one_line(tmp_path: Path) -> None:
    result = run("backup", "--db", str(tmp_path / "none.db"), str(tmp_path / "copy.db"))
    assert_one_line_failure(result)
    assert "none.db" in result.stderr


def test_init_then_user_add_then_backup(tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    result = run("init", "--db", str(db))
    assert result.returncode == 0, result.stderr
    result = run(
        "user", "add", "--db", str(db), "--login", "olena", "--name", "Олена Коваль",
        "--role", "clerk", "--password-stdin", stdin="s3cret!\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "olena" in result.stdout
    again = run(
        "user", "add", "--db", str(db), "--login", "olena", "--name", "X",
        "--role", "clerk", "--password-stdin", stdin="other-pass\n",
    )  # fmt: skip
    assert_one_line_failure(again)
    assert "taken" in again.stderr

    result = run("backup", "--db", str(db), str(tmp_path / "copy.db"))
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(tmp_path / "copy.db")
    try:
        assert conn.execute('SELECT name FROM "user"').fetchall() == [("Олена Коваль",)]
    finally:
        conn.close()


def test_user_add_without_terminal_asks_for_password_stdin(tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    assert run("init", "--db", str(db)).returncode == 0
    result = run(
        "user", "add", "--db", str(db), "--login", "o", "--name", "O", "--role", "clerk", stdin=""
    )
    assert_one_line_failure(result)
    assert "--password-stdin" in result.stderr
