"""Benchmark of phone parsing and of ``receptionapp import`` on a large billing export.

Prints:

* ``parse_phone`` per number over a mix of real-world spellings, against
  ``phonenumbers.parse`` + ``is_valid_number`` in the same process (the baseline ratio);
* ``extract_phones`` per ``phones`` field of the generated file;
* the import of a generated export (default 100,000 rows, about 1.3 accounts per subscriber)
  into a fresh office database, in rows/s: first import, the same file again (a no-op), and
  a newer export where one row in ten changed.

Usage::

    python -m tests.benchmarks.bench_import [--rows N] [--seed S] [--keep DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import phonenumbers

from receptionapp.core.errors import ValidationError
from receptionapp.core.phones import extract_phones, parse_phone
from receptionapp.db.billing import HEADER, import_billing_csv
from receptionapp.db.database import open_database

CITIES = {
    "Харків": "57",
    "Київ": "44",
    "Одеса": "48",
    "Дніпро": "56",
    "Запоріжжя": "61",
}
FALLBACK_STREETS = ["вул. Центральна", "вул. Шевченка", "просп. Миру", "ул. Гагарина"]
LAST_NAMES = ["Петренко", "Коваленко", "Шевченко", "Бондаренко", "Ковальов", "Мельник", "Бойко"]
FIRST_NAMES = ["Олена", "Микола", "Тарас", "Ірина", "Олександр", "Андрій", "Ольга", "Сергій"]
PATRONYMICS = ["Іванівна", "Петрович", "Олександрівна", "Васильович", ""]
MOBILE_CODES = ["50", "66", "95", "99", "67", "68", "96", "97", "98", "63", "73", "93"]
CDMA_CODES = ["92", "94"]
PACKAGES = ["TV-BASIC", "TV-DIGITAL", "NET-100", "NET-500", "DUO-100", "DUO-DIGITAL", "TRIO"]
STATUSES = ["active"] * 6 + ["pending", "suspended", "closed"]


def mobile(rng: random.Random) -> str:
    code = rng.choice(MOBILE_CODES + CDMA_CODES)
    d = f"{rng.randrange(10_000_000):07d}"
    return rng.choice(
        [
            f"0{code} {d[:3]} {d[3:5]} {d[5:]}",
            f"+38 (0{code}) {d[:3]}-{d[3:5]}-{d[5:]}",
            f"8-0{code}-{d[:3]}-{d[3:5]}-{d[5:]}",
            f"0{code}{d}",
            f"380{code}{d}",
        ]
    )


def landline(rng: random.Random, area: str, *, local: bool) -> str:
    d = f"{rng.randrange(2, 8)}{rng.randrange(1_000_000):06d}"
    if local:
        return rng.choice([f"{d[:3]}-{d[3:5]}-{d[5:]}", d, f"{d[:3]} {d[3:5]} {d[5:]}"])
    return rng.choice([f"(0{area}) {d[:3]}-{d[3:5]}-{d[5:]}", f"8-0{area}-{d}", f"0{area}{d}"])


def phones_field(rng: random.Random, area: str) -> str:
    parts = []
    if rng.random() < 0.6:
        parts.append("дом. " + landline(rng, area, local=rng.random() < 0.7))
    if rng.random() < 0.8:
        parts.append(rng.choice(["моб. ", "м.т. ", ""]) + mobile(rng))
    if rng.random() < 0.1:
        parts.append("р.т. " + landline(rng, area, local=True))
    if rng.random() < 0.03:
        parts.append(rng.choice(["нет", "дом. 12-34", "звонить после 18"]))
    return rng.choice(["; ", ", "]).join(parts)


def generate(path: Path, rows: int, seed: int, streets: dict[str, list[str]]) -> None:
    """A deterministic export: ``rows`` rows, 1–3 accounts per subscriber."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADER)
        written = 0
        ref = 0
        while written < rows:
            ref += 1
            name = (rng.choice(LAST_NAMES), rng.choice(FIRST_NAMES), rng.choice(PATRONYMICS))
            city = rng.choice(list(CITIES))
            for _ in range(min(rng.choice([1, 1, 1, 2, 2, 3]), rows - written)):
                written += 1
                writer.writerow(
                    [
                        f"S-{ref:07d}",
                        f"{1_000_000 + written:08d}",
                        *name,
                        city,
                        rng.choice(streets.get(city) or FALLBACK_STREETS),
                        str(rng.randrange(1, 200)),
                        str(rng.randrange(1, 300)) if rng.random() < 0.8 else "",
                        phones_field(rng, CITIES[city]),
                        rng.choice(PACKAGES),
                        f"{rng.randrange(-50000, 200000) / 100:.2f}",
                        rng.choice(STATUSES),
                    ]
                )


def newer_export(source: Path, dest: Path, seed: int) -> None:
    """The same export a month later: one row in ten has a new balance or status."""
    rng = random.Random(seed + 1)
    with (
        source.open(encoding="utf-8", newline="") as src,
        dest.open("w", encoding="utf-8", newline="") as out,
    ):
        reader = csv.reader(src)
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(next(reader))
        for row in reader:
            if rng.random() < 0.1:
                row[11] = f"{rng.randrange(-50000, 200000) / 100:.2f}"
                row[12] = rng.choice(STATUSES)
            writer.writerow(row)


def median_time(func: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench_parsing(samples: list[str]) -> None:
    def ours() -> None:
        for text in samples:
            with contextlib.suppress(ValidationError):
                parse_phone(text, "57")

    def baseline() -> None:
        for text in samples:
            with contextlib.suppress(phonenumbers.NumberParseException):
                phonenumbers.is_valid_number(phonenumbers.parse(text, "UA"))

    mine, theirs = median_time(ours), median_time(baseline)
    per = mine / len(samples) * 1e6
    print(
        f"parse_phone: {per:.1f} µs per number ({len(samples)} numbers, median of 5); "
        f"phonenumbers.parse+is_valid_number: {theirs / len(samples) * 1e6:.1f} µs "
        f"(ratio {mine / theirs:.2f})"
    )


def timed_import(db_path: Path, csv_path: Path, rows: int, label: str) -> None:
    db = open_database(db_path)
    try:
        started, cpu_started = time.perf_counter(), time.process_time()
        report = import_billing_csv(db, csv_path)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
    finally:
        db.close()
    # CPU time beside wall time: on a shared machine the wall clock measures the neighbours.
    print(
        f"import ({label}): {rows} rows in {elapsed:.1f} s = {rows / elapsed:,.0f} rows/s "
        f"(CPU {cpu:.1f} s = {rows / cpu:,.0f} rows/s); {report.summary()}"
    )


def streets_by_city(db_path: Path) -> dict[str, list[str]]:
    db = open_database(db_path)
    try:
        rows = db.execute_sql(
            "SELECT city, street FROM address_rule WHERE street <> '' AND deleted_at IS NULL"
        ).fetchall()
    finally:
        db.close()
    result: dict[str, list[str]] = {}
    for city, street in rows:
        result.setdefault(city, []).append(street)
    return {city: sorted(set(names)) for city, names in result.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="folder to keep the CSV and database in")
    options, _ = parser.parse_known_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        folder = options.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        db_path = folder / "bench_import.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        db = open_database(db_path, create=True)
        try:
            from receptionapp.db.reference import load_reference_data

            load_reference_data(db)
        finally:
            db.close()

        csv_path = folder / "bench_import.csv"
        started = time.perf_counter()
        generate(csv_path, options.rows, options.seed, streets_by_city(db_path))
        print(
            f"generated {options.rows} rows ({csv_path.stat().st_size / 1e6:.1f} MB) "
            f"in {time.perf_counter() - started:.1f} s"
        )

        with csv_path.open(encoding="utf-8", newline="") as handle:
            fields = [row[9] for row in csv.reader(handle)][1:]
        # One number per sample, labels dropped, as a clerk would type it into a field.
        samples = [
            re.sub(r"^[^\d+(]*", "", part)
            for field in fields[:5000]
            for part in re.split(r"[;,]", field)
            if part.strip()
        ]
        bench_parsing(samples)
        subset = fields[:20_000]
        per_field = median_time(lambda: [extract_phones(f, "57") for f in subset], 3)
        print(f"extract_phones: {per_field / len(subset) * 1e6:.1f} µs per phones field")

        timed_import(db_path, csv_path, options.rows, "new database")
        timed_import(db_path, csv_path, options.rows, "same file again")
        newer = folder / "bench_import_newer.csv"
        newer_export(csv_path, newer, options.seed)
        timed_import(db_path, newer, options.rows, "newer export, 10% changed")
        print(f"database: {db_path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
