"""Benchmark of the lookup engine on a 1,000,000-subscriber demo database (issue 3, item 5).

Run as a script (``make bench``, ``python -m tests.benchmarks.bench_lookup`` or
``python tests/benchmarks/bench_lookup.py``); pytest does not collect it. Exits 1 when a
target is missed. It builds the demo database once with ``receptionapp demo-data`` and keeps it
under ``.bench/`` (git-ignored), then for each query kind draws at least 200 distinct
queries of three or more characters from the data and prints:

* p50 and p95 of :func:`receptionapp.db.search.lookup` (limit 50, results materialised:
  names, addresses, directorates and phones), as medians over ``--repeat`` runs;
* the same queries as a ``LIKE '%…%'`` scan over the same data, in the same process (a
  subset per kind, ``--scan-queries``, since each scan reads every row), and the ratios;
* how many of the engine's answers contain the account or subscriber the query was drawn
  from (a check that the queries are meaningful, not a target);
* the time of a full :func:`~receptionapp.db.search.rebuild_index` with ``--rebuild``, and
  the peak RSS of the process.

Targets (DESIGN.md §6): engine p95 ≤ 20 ms for every kind, ≥ 30× faster than the scan.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from receptionapp.core.search_keys import LAYOUT_RU, LAYOUT_UK, number_start  # noqa: E402
from receptionapp.core.text import fold  # noqa: E402
from receptionapp.db import migrations  # noqa: E402
from receptionapp.db.database import open_read_only  # noqa: E402
from receptionapp.db.search import lookup  # noqa: E402

DEFAULT_DB = ROOT / ".bench" / "demo-1m.db"
LIMIT = 50

KINDS = (
    "surname prefix",
    "full name",
    "other-language spelling",
    "wrong layout",
    "address",
    "account tail",
    "full phone",
    "phone tail",
    "phone start",
    "account start",
)

# Cyrillic letter -> the Latin key it is on (Russian layout first, Ukrainian letters after).
_TO_KEYS: dict[str, str] = {}
for _table in (LAYOUT_UK, LAYOUT_RU):
    for _latin, _cyrillic in _table.items():
        _TO_KEYS[chr(int(_cyrillic))] = chr(_latin)
_TO_KEYS["ʼ"] = _TO_KEYS["'"]


@dataclass
class Query:
    """A benchmark query and what it was drawn from."""

    text: str
    account_id: str | None = None
    subscriber_id: str | None = None


@dataclass
class KindResult:
    """Timings of one kind (seconds)."""

    engine_p50: list[float] = field(default_factory=list)
    engine_p95: list[float] = field(default_factory=list)
    scan: list[float] = field(default_factory=list)
    found: int = 0
    missed: list[str] = field(default_factory=list)
    queries: int = 0


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def ensure_database(path: Path, subscribers: int) -> None:
    """Build the demo database at ``path`` once; bring an older schema up to date."""
    if path.exists():
        _bring_up_to_date(path)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"building {path} with {subscribers:,} subscribers (once; reused later)…", flush=True)
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "receptionapp.cli",
            "demo-data",
            "--db",
            str(path),
            "--subscribers",
            str(subscribers),
        ],
        check=True,
        cwd=ROOT,
    )
    print(f"  demo-data took {time.perf_counter() - started:.1f} s", flush=True)


def _bring_up_to_date(path: Path) -> None:
    # The cached file is ours: migrate it in place, without the backup copy that
    # open_database makes of a user's database (a whole copy of several GB).
    from receptionapp.db.database import make_database

    db = make_database(path)
    db.connect()
    try:
        version = migrations.schema_version(db)
        if version < migrations.CURRENT_VERSION:
            print(f"migrating {path} from schema {version}…", flush=True)
            started = time.perf_counter()
            migrations.migrate(db)
            print(f"  took {time.perf_counter() - started:.1f} s", flush=True)
    finally:
        db.close()


def wrong_layout(text: str) -> str:
    return "".join(
        _TO_KEYS.get(ch.lower(), ch).upper() if ch.isupper() else _TO_KEYS.get(ch, ch)
        for ch in text
    )


def _demo_spellings() -> dict[str, str]:
    """Ukrainian ↔ Russian spellings of the demo company's names, both ways."""
    with (ROOT / "resources" / "reference" / "demo.toml").open("rb") as file:
        names = tomllib.load(file)["names"]
    pairs: list[tuple[str, str]] = [(row[0], row[1]) for row in names["surnames"]]
    for row in names["male"]:
        pairs += [(row[0], row[1]), (row[2], row[4]), (row[3], row[5])]
    for row in names["female"]:
        pairs.append((row[0], row[1]))
    other: dict[str, str] = {}
    for uk, ru in pairs:
        if fold(uk) != fold(ru):
            other.setdefault(uk, ru)
            other.setdefault(ru, uk)
    return other


def _other_surname(surname: str, other: dict[str, str]) -> str | None:
    if surname in other:
        return other[surname]
    # Women's forms: Ковальова / Ковалёва, Левицька / Левицкая.
    for uk_end, ru_end in (("а", "а"), ("ка", "кая"), ("ня", "няя")):
        for a, b in ((uk_end, ru_end), (ru_end, uk_end)):
            if surname.endswith(a):
                stem = surname[: -len(a)]
                for base_end in ("", "ий", "ый", "ій", "ой"):
                    base = stem + base_end
                    if base in other:
                        counterpart = other[base]
                        for end in ("ий", "ый", "ій", "ой"):
                            if counterpart.endswith(end):
                                counterpart = counterpart[: -len(end)]
                                break
                        return counterpart + b
    return None


def draw_queries(db: pw.SqliteDatabase, per_kind: int, seed: int) -> dict[str, list[Query]]:
    rng = random.Random(seed)
    (max_rowid,) = db.execute_sql("SELECT max(rowid) FROM account").fetchone()
    sample = sorted(rng.sample(range(1, max_rowid + 1), min(max_rowid, per_kind * 40)))
    rows = []
    for start in range(0, len(sample), 500):
        chunk = sample[start : start + 500]
        rows += db.execute_sql(
            "SELECT a.id, s.id, s.last_name, s.first_name, s.patronymic, s.kind, a.number,"
            " a.street, a.house, a.flat, a.city FROM account AS a JOIN subscriber AS s"
            f" ON s.id = a.subscriber_id WHERE a.rowid IN ({', '.join('?' * len(chunk))})"
            " AND a.deleted_at IS NULL AND s.deleted_at IS NULL",
            chunk,
        ).fetchall()
    rng.shuffle(rows)
    people = [r for r in rows if r[5] == "person" and r[3]]
    phones = db.execute_sql(
        "SELECT e164, subscriber_id FROM phone WHERE e164 IS NOT NULL AND retired_at IS NULL"
        " AND deleted_at IS NULL AND rowid IN (SELECT rowid FROM phone ORDER BY random()"
        f" LIMIT {per_kind * 6})"
    ).fetchall()
    other = _demo_spellings()
    queries: dict[str, dict[str, Query]] = {kind: {} for kind in KINDS}

    def add(kind: str, query: Query) -> None:
        if len(queries[kind]) < per_kind and len(query.text) >= 3:
            queries[kind].setdefault(query.text, query)

    # Common prefixes: the most frequent 3-letter starts of surnames, then random ones.
    starts: dict[str, int] = {}
    for r in people:
        starts[r[2][:3]] = starts.get(r[2][:3], 0) + 1
    for prefix, _n in sorted(starts.items(), key=lambda kv: -kv[1])[:40]:
        add("surname prefix", Query(prefix))
    for aid, sid, last, first, patronymic, _kind, number, street, house, flat, _city in people:
        add("surname prefix", Query(last[: rng.randint(3, max(3, len(last) - 1))]))
        add("full name", Query(f"{last} {first} {patronymic}".strip(), aid, sid))
        other_last, other_first = _other_surname(last, other), other.get(first)
        other_patronymic = other.get(patronymic)
        if other_last or other_first or other_patronymic:
            text = " ".join(
                w
                for w in (other_last or last, other_first or first, other_patronymic or patronymic)
                if w
            )
            add("other-language spelling", Query(text, aid, sid))
        words = rng.choice([f"{last} {first} {patronymic}", f"{last} {first} {patronymic}", last])
        add("wrong layout", Query(wrong_layout(words), aid, sid))
        plain = " ".join(w for w in street.split() if not w.endswith(".")) or street
        form = rng.randrange(4)
        if form == 0 and flat:
            text = f"{plain} {house} кв {flat}"
        elif form == 1 and flat:
            text = f"{street}, {house}, кв. {flat}"
        elif form == 2 and flat:
            text = f"{plain} {house}/{flat}"
        else:
            text = f"{plain} {house}"
        add("address", Query(text, aid, sid))
        add("account tail", Query(number[-rng.randint(5, 8) :], aid, sid))
        add("account start", Query(number[: rng.randint(5, len(number) - 1)], aid, sid))
    for e164, sid in phones:
        national = "0" + e164[4:]
        text = rng.choice(
            [
                e164,
                f"{national[:3]} {national[3:6]} {national[6:8]} {national[8:]}",
                f"({national[:3]}) {national[3:6]}-{national[6:8]}-{national[8:]}",
                national,
                f"+38 {national}",
            ]
        )
        add("full phone", Query(text, None, sid))
        add("phone tail", Query(e164[-rng.randint(4, 7) :], None, sid))
        if e164.startswith("+380"):
            # The clerk is still typing: 4 to 8 of the 9 national digits.
            typed = national[: rng.randint(5, 9)]
            text = rng.choice(
                [
                    f"{typed[:3]} {typed[3:6]} {typed[6:]}".strip(),
                    f"({typed[:3]}) {typed[3:]}",
                    f"+38 {typed}",
                    f"8 {typed}",
                    typed,
                ]
            )
            add("phone start", Query(text, None, sid))
    return {kind: list(found.values()) for kind, found in queries.items()}


# The baseline: what a search box without an index does, one scan per query.
_NAME = "s.last_name || ' ' || s.first_name || ' ' || s.patronymic"
SCANS: dict[str, str] = {
    "name": "SELECT a.id FROM account AS a JOIN subscriber AS s ON s.id = a.subscriber_id"
    f" WHERE {_NAME} LIKE ?",
    "address": "SELECT a.id FROM account AS a WHERE a.street || ' ' || a.house || ' кв ' ||"
    " a.flat LIKE ?",
    "account": "SELECT a.id FROM account AS a WHERE a.number LIKE ?",
    "phone": "SELECT p.subscriber_id FROM phone AS p WHERE p.e164 LIKE ?",
}
SCAN_OF_KIND = {
    "surname prefix": "name",
    "full name": "name",
    "other-language spelling": "name",
    "wrong layout": "name",
    "address": "address",
    "account tail": "account",
    "full phone": "phone",
    "phone tail": "phone",
    "phone start": "phone",
    "account start": "account",
}


def scan_pattern(kind: str, text: str) -> str:
    if SCAN_OF_KIND[kind] in ("account", "phone"):
        digits = "".join(ch for ch in text if ch.isdigit())
        if kind == "full phone" and digits.startswith("0"):
            digits = digits[1:]
        elif kind == "phone start":
            digits = number_start(digits) or digits
        return f"%{digits}%"
    return f"%{text}%"


_REBUILD_CHILD = """
import sys
from receptionapp.db.database import open_database
from receptionapp.db.search import rebuild_index
db = open_database(sys.argv[1])
try:
    rebuild_index(db)
finally:
    db.close()
"""


def timed(call: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = call()
    return time.perf_counter() - started, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--subscribers", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200, help="distinct queries per kind")
    parser.add_argument("--scan-queries", type=int, default=20, help="LIKE scans per kind")
    parser.add_argument("--repeat", type=int, default=3, help="engine runs (medians)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true", help="also time rebuild_index")
    parser.add_argument("--kind", action="append", choices=KINDS, help="only these kinds")
    args, _others = parser.parse_known_args()  # `make bench` passes every script's args

    kinds = tuple(args.kind or KINDS)
    ensure_database(args.db, args.subscribers)
    if args.rebuild:
        # In a child process, so that its memory (the sort of 1.3 M documents) does not count
        # in the peak RSS of the lookups below.
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", _REBUILD_CHILD, str(args.db)], check=True, cwd=ROOT)
        seconds = time.perf_counter() - started
        child_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"rebuild_index: {seconds:.1f} s (child process, peak RSS {child_peak:.0f} MB)")
    db = open_read_only(args.db)
    counts = {
        table: db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("subscriber", "account", "phone")
    }
    print(
        f"database {args.db} (schema {migrations.schema_version(db)}): "
        f"{counts['subscriber']:,} subscribers, {counts['account']:,} accounts, "
        f"{counts['phone']:,} phones; {args.db.stat().st_size / 1e9:.2f} GB"
    )
    queries = draw_queries(db, args.queries, args.seed)
    for kind in kinds:
        if len(queries[kind]) < args.queries:
            print(f"  note: only {len(queries[kind])} distinct {kind} queries drawn")

    # Warm-up on other queries of each kind (the page cache and the word caches).
    warm = draw_queries(db, 20, args.seed + 1)
    for kind in kinds:
        for q in warm[kind]:
            lookup(q.text, LIMIT, db=db)

    results = {kind: KindResult() for kind in kinds}
    for _run in range(args.repeat):
        for kind in kinds:
            times = []
            found = 0
            missed = []
            for q in queries[kind]:
                seconds, answer = timed(lambda q=q: lookup(q.text, LIMIT, db=db))
                times.append(seconds)
                assert isinstance(answer, list)
                if q.account_id is None and q.subscriber_id is None:
                    hit = bool(answer)
                elif q.account_id is not None and kind in (
                    "address",
                    "account tail",
                    "account start",
                ):
                    hit = any(r.account_id == q.account_id for r in answer)
                else:
                    hit = any(r.subscriber_id == q.subscriber_id for r in answer)
                found += hit
                if not hit and len(answer) < LIMIT:  # not crowded out: really not found
                    missed.append(q.text)
            res = results[kind]
            res.engine_p50.append(percentile(times, 50))
            res.engine_p95.append(percentile(times, 95))
            res.found, res.missed, res.queries = found, missed, len(queries[kind])

    for kind in kinds:
        subset = queries[kind][: args.scan_queries]
        sql = SCANS[SCAN_OF_KIND[kind]]
        for q in subset:
            seconds, _ = timed(
                lambda q=q, sql=sql, kind=kind: db.execute_sql(
                    sql, (scan_pattern(kind, q.text),)
                ).fetchall()
            )
            results[kind].scan.append(seconds)
    db.close()

    print()
    print(
        f"lookup engine, limit {LIMIT}; p50/p95 in ms (median of {args.repeat} runs); "
        f"LIKE scan over {args.scan_queries} queries per kind"
    )
    header = (
        f"{'kind':<24} {'n':>4} {'p50':>7} {'p95':>7} {'scan p50':>9} {'scan p95':>9} "
        f"{'x p50':>7} {'x p95':>7} {'found':>6}"
    )
    print(header)
    print("-" * len(header))
    worst_p95, worst_ratio = 0.0, float("inf")
    for kind in kinds:
        res = results[kind]
        p50 = statistics.median(res.engine_p50) * 1000
        p95 = statistics.median(res.engine_p95) * 1000
        s50 = percentile(res.scan, 50) * 1000
        s95 = percentile(res.scan, 95) * 1000
        worst_p95 = max(worst_p95, p95)
        worst_ratio = min(worst_ratio, s50 / p50, s95 / p95)
        print(
            f"{kind:<24} {res.queries:>4} {p50:>7.2f} {p95:>7.2f} {s50:>9.0f} {s95:>9.0f} "
            f"{s50 / p50:>6.0f}x {s95 / p95:>6.0f}x {res.found / max(res.queries, 1):>6.0%}"
            f" {len(res.missed):>6}"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print()
    print("found: the answer holds the account (address, account tail/start) or subscriber the")
    print("query was drawn from; missed: it does not, and the answer has fewer than 50 results.")
    for kind in kinds:
        if results[kind].missed:
            print(f"  missed {kind}: {results[kind].missed[:5]}")
    print(
        f"worst engine p95 {worst_p95:.2f} ms (target ≤ 20 ms); "
        f"smallest ratio {worst_ratio:.0f}x (target ≥ 30x); peak RSS {peak:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
