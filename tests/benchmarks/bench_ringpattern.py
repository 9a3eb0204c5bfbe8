"""Ring-pattern benchmark: validation and a year of coverage for every entry of a
1,000-node, 50-number pattern, against the time to merely load the document.

Run: PYTHONPATH=src python tests/benchmarks/bench_ringpattern.py
Targets (issue 3): validation under 50 ms; the year's coverage for all 50 numbers under 1 s.
Coverage is exact per calendar change (as exact as stepping every 15 minutes or better).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ringpattern_gen import large_pattern

from kontakt.core.ringpattern import Coverer, from_document, validate
from kontakt.core.ringpattern.validate import is_valid_number

RUNS = 7


def median_ms(work: Callable[[], object], before: Callable[[], None] = lambda: None) -> float:
    times = []
    for _ in range(RUNS):
        before()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    text = json.dumps(large_pattern(), ensure_ascii=False)
    pattern = from_document(json.loads(text))
    numbers = [e.number for e in pattern.entries]
    first, last = date(2026, 1, 1), date(2026, 12, 31)

    def cover_all() -> int:
        coverer = Coverer(pattern)  # fresh: calendar change lists are computed in the run
        return sum(len(coverer.coverage(n, first, last).intervals) for n in numbers)

    load = median_ms(lambda: from_document(json.loads(text)))
    check = median_ms(lambda: validate(pattern), is_valid_number.cache_clear)
    cover = median_ms(cover_all)
    findings = validate(pattern)
    print(
        f"pattern: {len(pattern.nodes)} nodes, {len(numbers)} numbers, "
        f"{len(pattern.calendars)} calendars; {len(findings)} findings; "
        f"{cover_all()} coverage intervals in {first}..{last}"
    )
    print(f"median of {RUNS} runs")
    print(f"  load (json + dataclasses) {load:8.1f} ms   1.00 x load   (baseline)")
    print(
        f"  validate                  {check:8.1f} ms {check / load:6.2f} x load   "
        f"target < 50 ms: {'met' if check < 50 else 'MISSED'}"
    )
    print(
        f"  coverage, 50 numbers, 1 y {cover:8.1f} ms {cover / load:6.2f} x load   "
        f"target < 1000 ms: {'met' if cover < 1000 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
