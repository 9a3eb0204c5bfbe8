"""Benchmark: the whole `kontakt service-level` process on a year of calls (about 250,000
rows, a municipality of 25,000), with the demo ring pattern, JSON out.

Baseline, measured in the same run: a Python process that only reads the same CSV with the
csv module. Prints both medians and their ratio. Target: the command under 3 s.

    PYTHONPATH=src python tests/benchmarks/bench_servicelevel.py [--days 365 --per-day 940]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
SRC = ROOT / "src"
PATTERN = ROOT / "resources" / "demo" / "demo-sentralbord.ringpattern.json"
RUNS = 3
TARGET_S = 3.0


def timed(command: list[str]) -> float:
    """Median wall-clock seconds of RUNS runs."""
    # An empty data folder: no database of the user's is consulted for targets.
    env = {**os.environ, "PYTHONPATH": str(SRC), "XDG_DATA_HOME": tempfile.mkdtemp()}
    env.pop("KONTAKT_DB_URL", None)
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--per-day", type=int, default=940)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        calls, out = Path(folder) / "calls.csv", Path(folder) / "out.json"
        subprocess.run(
            [
                sys.executable,
                str(HERE / "make_calls.py"),
                "--days",
                str(args.days),
                "--per-day",
                str(args.per_day),
                "--out",
                str(calls),
            ],
            check=True,
        )
        rows = sum(1 for _ in calls.open(encoding="utf-8")) - 1
        bare = timed(
            [
                sys.executable,
                "-c",
                "import csv, sys; "
                "rows = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline=''), "
                "delimiter=';'))",
                str(calls),
            ]
        )
        command = timed(
            [
                sys.executable,
                "-m",
                "kontakt",
                "--lang",
                "nn",
                "service-level",
                str(calls),
                "--pattern",
                str(PATTERN),
                "--target",
                "Sentralbordet=80/20",
                "--json",
                str(out),
            ]
        )
    print(f"{rows:,} call records")
    print(f"bare csv read:         {bare:6.2f} s")
    print(f"kontakt service-level: {command:6.2f} s  (target {TARGET_S:.0f} s)")
    print(f"ratio:                 {command / bare:6.1f} x the bare read")


if __name__ == "__main__":
    main()
