"""Benchmark of ``receptionapp demo-data`` (DESIGN.md §6: 1,000,000 subscribers ≤ 3 minutes).

Builds a demo company of N subscribers (default 1,000,000) into a new temporary file the way
the command does, and prints the time per stage, rows per second and the size of the file.
The baseline, measured in the same run: the rows of the first 1,000 subscribers (about
10,000 rows, every table) written one by one through the peewee models' ``create()`` in one
transaction, and right after it the same rows with ``executemany`` as ``demo-data`` writes
them; it prints the ratio, and the baseline extrapolated to the whole run. Exits 1 when
the default run misses the 3-minute target.

Usage::

    python tests/benchmarks/bench_demo_data.py [--subscribers N] [--seed S] [--keep PATH]
    python -m tests.benchmarks.bench_demo_data ...        (as ``make bench`` runs it)
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TARGET_SECONDS = 180.0
DEFAULT_SUBSCRIBERS = 1_000_000
BASELINE_SUBSCRIBERS = 1_000


def _quiet_progress(_stage: str, _done: int, _total: int) -> None:
    pass


def baseline(workdir: Path, seed: int) -> tuple[int, float, float]:
    """The same sample rows written both ways, back to back: (rows, naive s, bulk s).

    Naive: one peewee ``Model.create()`` per row. Bulk: ``executemany`` per table, as
    ``demo-data`` writes a chunk. Both in one transaction on a new database with its indexes,
    so the ratio is the write method's alone (the run adds the bulk-load settings).
    """
    from receptionapp.db import demo
    from receptionapp.db.database import open_database
    from receptionapp.db.models import ALL_MODELS
    from receptionapp.db.reference import load_reference_data

    naive_db = open_database(workdir / "naive.db", create=True)
    bulk_db = open_database(workdir / "bulk.db", create=True)
    try:
        load_reference_data(naive_db)
        load_reference_data(bulk_db)
        ctx = demo._context(naive_db)
        _done, rows = next(demo._chunks(ctx, BASELINE_SUBSCRIBERS, seed))
        models = {model._meta.table_name: model for model in ALL_MODELS}
        records: list[tuple[Any, dict[str, Any]]] = []
        for table, table_rows in rows.items():
            model = models[table]
            names = [model._meta.columns[c].name for c in demo._COLUMNS[table]]
            records.extend((model, dict(zip(names, row, strict=True))) for row in table_rows)

        started = time.perf_counter()
        with naive_db.bind_ctx(list(models.values())), demo._uncaptured(naive_db):
            naive_db.execute_sql("PRAGMA defer_foreign_keys = ON")  # tables one after another
            for model, values in records:
                model.create(**values)
        naive = time.perf_counter() - started

        started = time.perf_counter()
        with demo._uncaptured(bulk_db):
            bulk_db.execute_sql("PRAGMA defer_foreign_keys = ON")
            demo._write(bulk_db.connection(), rows)
        bulk = time.perf_counter() - started
    finally:
        naive_db.close()
        bulk_db.close()
    return len(records), naive, bulk


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; 0 unless the default run misses the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=DEFAULT_SUBSCRIBERS)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="move the database here afterwards")
    options, _others = parser.parse_known_args(argv)  # `make bench` passes every script's args

    from receptionapp.db.demo import TerminalProgress, make_demo_database

    workdir = Path(tempfile.mkdtemp(prefix="bench-demo-"))
    try:
        sample, naive, bulk = baseline(workdir, options.seed)  # first: quick, fails early
        path = workdir / "demo.db"
        started = time.perf_counter()
        summary = make_demo_database(
            path, options.subscribers, options.seed, TerminalProgress(sys.stderr)
        )
        total = time.perf_counter() - started
        size = path.stat().st_size
        rows = sum(summary.rows.values())
        stages = ", ".join(f"{name} {sec:.1f} s" for name, sec in summary.seconds.items())
        print(
            f"demo-data, {options.subscribers:,} subscribers: {rows:,} rows in {total:.1f} s "
            f"({stages})"
        )
        print(
            f"  {rows / total:,.0f} rows/s over the whole command; "
            f"{summary.rows['subscriber'] / total:,.0f} subscribers/s; "
            f"database {size / 1e6:,.0f} MB ({size / max(options.subscribers, 1):,.0f} B per "
            "subscriber)"
        )
        cpu = summary.cpu_seconds
        print("  processor time: " + ", ".join(f"{k} {v:.1f} s" for k, v in cpu.items()))
        idle = (
            max(cpu.get("generate", 0.0), cpu.get("generator process", 0.0))
            + cpu.get("indexes", 0.0)
            + cpu.get("search index", 0.0)
        )
        print(f"  on two otherwise idle cores that is about {idle:.0f} s")
        print(
            f"  baseline on a {sample:,}-row sample (every table): peewee Model.create() "
            f"{sample / naive:,.0f} rows/s, executemany {sample / bulk:,.0f} rows/s: "
            f"{naive / bulk:.1f}x; Model.create() extrapolated to {rows:,} rows: "
            f"{rows / sample * naive:,.0f} s, {rows / sample * naive / total:.1f}x this run"
        )
        if options.keep is not None:
            shutil.move(str(path), options.keep)
            print(f"  kept as {options.keep}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if options.subscribers == DEFAULT_SUBSCRIBERS:
        met = total <= TARGET_SECONDS
        print(f"  target ≤ {TARGET_SECONDS:.0f} s: {'met' if met else 'MISSED'}")
        return 0 if met else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
