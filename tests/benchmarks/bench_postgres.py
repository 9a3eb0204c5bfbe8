"""Benchmark: the team database on PostgreSQL against SQLite, in one run.

The contact check of 100,000 HRM rows (read and checked once) stored as the municipality's
people, and the 1,000-node ring pattern opened from each database (median of 7); prints
each time and the ratio PostgreSQL / SQLite. Needs a server:

    KONTAKT_TEST_PG_URL=postgresql+psycopg://…/postgres PYTHONPATH=src \\
        python tests/benchmarks/bench_postgres.py [--rows N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

from ringpattern_gen import large_pattern  # noqa: E402

from kontakt.core.contacts.hrm_import import read_table, to_records  # noqa: E402
from kontakt.core.contacts.mapping import resolve_mapping  # noqa: E402
from kontakt.services import municipality, patterns, startup  # noqa: E402
from kontakt.services.contacts import ContactCheckRequest, run_contact_check  # noqa: E402
from kontakt.storage.patterns import add_version  # noqa: E402
from kontakt.storage.people import replace_people  # noqa: E402
from tests.helpers import PG_URL_ENV, PostgresServer, sqlite_url  # noqa: E402


def measure(url: str, hrm: Path, document: str, key: str) -> tuple[float, float]:
    db = startup.open_for_use(url)
    table = read_table(hrm)
    mapping = resolve_mapping(table.headers, file=table.file)
    records = to_records(table, mapping)
    municipality_id = municipality.required_id(db)
    started = time.perf_counter()
    with db.transaction() as session:
        replace_people(
            session, municipality_id, source_name=hrm.name, sheet=None, mapping=mapping,
            records=records,
        )  # fmt: skip
    store = time.perf_counter() - started
    with db.transaction() as session:
        add_version(
            session, municipality_id, key=key, name="Stort", document=document, status="draft"
        )
    opened = []
    for _ in range(7):
        started = time.perf_counter()
        patterns.open_stored(db, key)
        opened.append(time.perf_counter() - started)
    db.dispose()
    return store, statistics.median(opened)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    pg_url = os.environ.get(PG_URL_ENV)
    if not pg_url:
        sys.exit(f"set {PG_URL_ENV} to a PostgreSQL server's URL (.ci/postgres.sh start)")
    server = PostgresServer(pg_url, prefix=f"bench_{os.getpid()}_")
    with tempfile.TemporaryDirectory() as folder:
        hrm = Path(folder) / "hrm.csv"
        subprocess.run(
            [sys.executable, str(HERE / "make_hrm_export.py"), "--rows", str(args.rows),
             "--out", str(hrm), "--directory", str(Path(folder) / "dir.csv")],
            check=True,
        )  # fmt: skip
        started = time.perf_counter()
        result = run_contact_check(ContactCheckRequest(hrm_path=hrm))
        check = time.perf_counter() - started
        pattern = large_pattern(50)
        nodes = len(pattern["nodes"])
        document, key = json.dumps(pattern), str(pattern["id"])
        try:
            sqlite = measure(sqlite_url(Path(folder) / "k.sqlite3"), hrm, document, key)
            name = server.create()
            postgres = measure(server.url_of(name), hrm, document, key)
        finally:
            server.drop_all()
    print(f"contact check of {result.rows} rows (once, no database): {check:.2f} s")
    print(f"pattern: {nodes} nodes, {len(document)} bytes")
    for what, lite, pg in (
        (f"store {result.rows} people", sqlite[0], postgres[0]),
        ("open the 1,000-node pattern", sqlite[1], postgres[1]),
    ):
        print(f"{what}: SQLite {lite * 1000:.0f} ms, PostgreSQL {pg * 1000:.0f} ms,"
              f" ratio {pg / lite:.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
