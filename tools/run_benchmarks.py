"""Run every benchmark script of tests/benchmarks, one after another (``make bench``).

A benchmark is a script ``tests/benchmarks/bench_<name>.py`` that measures something and
prints its figures; it is run as ``python -m tests.benchmarks.bench_<name> [ARGS]`` from the
repository root, so it can import ``tests.*`` helpers and ``receptionapp``. A script that
exits non-zero (a missed target, an error) makes the whole run fail, after the others ran.

Usage::

    python tools/run_benchmarks.py [-k SUBSTRING] [-- ARGS FOR EVERY SCRIPT]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH_DIR = ROOT / "tests" / "benchmarks"


def find_benchmarks(selector: str | None = None) -> list[Path]:
    """The benchmark scripts, sorted by name, optionally only those whose name has ``selector``."""
    scripts = sorted(BENCH_DIR.glob("bench_*.py"))
    return [s for s in scripts if selector is None or selector in s.stem]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks; 0 when all of them succeeded."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-k", dest="selector", help="only scripts whose name contains this")
    parser.add_argument("args", nargs=argparse.REMAINDER, help="passed to every script")
    options = parser.parse_args(argv)
    extra = options.args[1:] if options.args[:1] == ["--"] else options.args

    scripts = find_benchmarks(options.selector)
    if not scripts:
        print(f"no benchmarks (tests/benchmarks/bench_*.py) to run in {BENCH_DIR}")
        return 0

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    failed: list[str] = []
    for script in scripts:
        module = f"tests.benchmarks.{script.stem}"
        print(f"=== {module} {' '.join(extra)}".rstrip(), flush=True)
        started = time.perf_counter()
        code = subprocess.call([sys.executable, "-m", module, *extra], cwd=ROOT, env=env)
        elapsed = time.perf_counter() - started
        print(f"=== {module}: {'ok' if code == 0 else f'FAILED (exit {code})'} in {elapsed:.1f} s")
        if code != 0:
            failed.append(script.stem)

    print(f"{len(scripts) - len(failed)} of {len(scripts)} benchmarks succeeded")
    if failed:
        print("failed: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
