"""Start-up: process start to the main window shown on the demo database, against a bare
PySide6 window shown by the same Python in the same run. Target: at most 2x the bare window.
With `--frozen`, the PyInstaller build (build.spec) is timed in the same runs too.

    python tests/benchmarks/bench_startup.py [--runs 7] [--frozen dist/kontakt/kontakt]
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


def time_to(command: list[str], env: dict[str, str], *marks: str) -> list[float]:
    """Seconds from starting the process until it prints each of `marks`, in order."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert process.stdout is not None
    times: list[float] = []
    for line in process.stdout:
        if len(times) < len(marks) and line.strip() == marks[len(times)]:
            times.append(time.perf_counter() - start)
    process.wait(timeout=60)
    if len(times) < len(marks):
        raise RuntimeError(f"{command} never printed {marks[len(times)]!r}")
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--frozen", metavar="PROGRAM", help="a built kontakt to time as well")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_CONFIG_HOME": folder,
            "KONTAKT_EXIT_WHEN_SHOWN": "1",
            "KONTAKT_DB_URL": f"sqlite:///{Path(folder) / 'demo.sqlite3'}",
        }
        kontakt = [sys.executable, "-m", "kontakt"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        time_to(kontakt, env, "shown", "ready")  # the first start loads the demo: not measured
        time_to(bare, env, "shown")
        frozen = [str(Path(args.frozen).resolve())] if args.frozen else None
        if frozen:
            time_to(frozen, env, "shown", "ready")  # the first start fills the disk cache
        bare_times, shown_times, ready_times = [], [], []
        frozen_shown: list[float] = []
        frozen_ready: list[float] = []
        for _ in range(args.runs):  # interleaved, so all see the same machine
            bare_times += time_to(bare, env, "shown")
            shown, ready = time_to(kontakt, env, "shown", "ready")
            shown_times.append(shown)
            ready_times.append(ready)
            if frozen:
                shown, ready = time_to(frozen, env, "shown", "ready")
                frozen_shown.append(shown)
                frozen_ready.append(ready)
    bare_median = statistics.median(bare_times)
    shown_median = statistics.median(shown_times)
    ready_median = statistics.median(ready_times)
    print(f"bare PySide6 window:              {bare_median * 1000:7.1f} ms (median of {args.runs})")
    print(
        f"Kontakt main window shown:        {shown_median * 1000:7.1f} ms "
        f"= {shown_median / bare_median:.2f}x the bare window (target: at most 2.00x)"
    )
    print(
        f"... with the demo database open:  {ready_median * 1000:7.1f} ms "
        f"= {ready_median / bare_median:.2f}x the bare window"
    )
    if frozen_shown:
        for label, times, source in (
            ("built program, main window shown:", frozen_shown, shown_median),
            ("... with the demo database open:  ", frozen_ready, ready_median),
        ):
            median = statistics.median(times)
            print(
                f"{label} {median * 1000:7.1f} ms = {median / source:.2f}x from source, "
                f"{median / bare_median:.2f}x the bare window"
            )


if __name__ == "__main__":
    main()
