"""Benchmark: the whole `kontakt check-contacts` process on 100,000 HRM rows.

Baseline, measured in the same run: a Python process that only reads the same CSV with the
csv module. Also: a process that only starts `kontakt` (imports, language), and the peak
memory of the check. Targets: at most 1.5 s, under 300 MB.

    PYTHONPATH=src /work/venv/bin/python tests/benchmarks/bench_contacts.py [--rows N]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent
SRC = HERE.parents[1] / "src"
RUNS = 3


def timed(command: list[str]) -> tuple[float, int]:
    """Median seconds of RUNS runs, and the largest peak RSS (KiB) any child reached."""
    # An empty data folder: the check runs on the files given, not on a database of the user's.
    env = {**os.environ, "PYTHONPATH": str(SRC), "XDG_DATA_HOME": tempfile.mkdtemp()}
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        hrm, directory, out = (Path(folder) / name for name in ("hrm.csv", "dir.csv", "o.json"))
        subprocess.run(
            [
                sys.executable,
                str(HERE / "make_hrm_export.py"),
                "--rows",
                str(args.rows),
                "--out",
                str(hrm),
                "--directory",
                str(directory),
            ],
            check=True,
        )
        read_only, _ = timed(
            [
                sys.executable,
                "-c",
                "import csv,sys; list(csv.reader(open(sys.argv[1], "
                "encoding='cp1252', newline=''), delimiter=';'))",
                str(hrm),
            ]
        )
        start_only, _ = timed(
            [sys.executable, "-m", "kontakt", "--lang", "en", "check-contacts", "--help"]
        )
        check, peak_kib = timed(
            [
                sys.executable,
                "-m",
                "kontakt",
                "--lang",
                "en",
                "check-contacts",
                str(hrm),
                "--directory",
                str(directory),
                "--domain",
                "demo.kommune.no",
                "--today",
                "2026-11-25",
                "--json",
                str(out),
            ]
        )
    print(f"rows: {args.rows}, median of {RUNS} runs each")
    print(f"plain csv read (baseline): {read_only:.3f} s")
    print(f"kontakt start-up only:     {start_only:.3f} s ({start_only / check:.0%} of the check)")
    print(
        f"check-contacts --json:     {check:.3f} s = {check / read_only:.1f}x the baseline "
        f"(target <= 1.5 s)"
    )
    print(f"peak memory of the check:  {peak_kib / 1024:.0f} MB (target < 300 MB)")


if __name__ == "__main__":
    main()
