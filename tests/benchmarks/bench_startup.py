"""Start-up: process start to the main window shown on the demo database, against a bare
PySide6 window shown by the same Python in the same run. Target: at most 2x the bare window.

    python tests/benchmarks/bench_startup.py [--runs 7]
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

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1180, 760)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def time_to_shown(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting the process until it prints "shown"."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True, env=env)
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "shown":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command} never showed its window")
    process.wait(timeout=60)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "XDG_CONFIG_HOME": folder, "KONTAKT_EXIT_WHEN_SHOWN": "1",
               "KONTAKT_DB_URL": f"sqlite:///{Path(folder) / 'demo.sqlite3'}"}
        kontakt = [sys.executable, "-m", "kontakt"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        time_to_shown(kontakt, env)  # first start loads the demo data: not what is measured
        time_to_shown(bare, env)
        bare_times, kontakt_times = [], []
        for _ in range(args.runs):  # interleaved, so both see the same machine
            bare_times.append(time_to_shown(bare, env))
            kontakt_times.append(time_to_shown(kontakt, env))
    bare_median = statistics.median(bare_times)
    kontakt_median = statistics.median(kontakt_times)
    print(f"bare PySide6 window:        {bare_median * 1000:7.1f} ms (median of {args.runs})")
    print(f"Kontakt main window (demo): {kontakt_median * 1000:7.1f} ms (median of {args.runs})")
    print(f"ratio: {kontakt_median / bare_median:.2f}x the bare window (target: at most 2.00x)")


if __name__ == "__main__":
    main()
