"""Preparedness benchmark: the sweep (power and network at each of 20 sites, data centre,
mobile network, platform) over a generated 1,000-node pattern with 50 entry numbers,
against the same simulations run bare (the moments and lost members worked out
beforehand, one `simulate` call per entry, state and scenario).

Run: PYTHONPATH=src python tests/benchmarks/bench_preparedness.py
Target (issue 22): the sweep under 1 s.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ringpattern_gen import large_pattern

from kontakt.core.preparedness.scenarios import (
    Leg,
    Runner,
    entry_moments,
    lost_members,
    sweep_scenarios,
)
from kontakt.core.preparedness.sites import from_document as sites_from_document
from kontakt.core.ringpattern import from_document, simulate

RUNS = 5
SITES = 20
TODAY = date(2026, 11, 25)
DEVICES = ("desk", "softphone", "mobile")


def median_ms(work: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def document() -> dict[str, Any]:
    doc = large_pattern()
    for index, member in enumerate(doc["members"].values()):
        member["device"] = DEVICES[index % 3]
        member["site"] = f"site{index % SITES}"
    return doc


def sites() -> dict[str, Any]:
    return {
        "format": "kontakt.sites",
        "version": 1,
        "autonomy_target_min": 120,
        "sites": [
            {
                "id": f"site{k}",
                "name": f"Lokasjon {k}",
                "path": [
                    {"kind": "access-switch", "name": f"sw{k}", "poe": True, "ups_min": 30 * k},
                    {"kind": "core", "name": "core", "generator": True},
                ],
            }
            for k in range(SITES)
        ],
    }


def main() -> None:
    pattern = from_document(json.loads(json.dumps(document())))
    register = sites_from_document(sites())
    scenarios = sweep_scenarios(register)

    def sweep() -> list[Leg]:
        results = Runner([pattern], register, TODAY).run_all(scenarios)
        return [e.during for r in results for e in r.entries]

    moments = {e.number: entry_moments(pattern, e.number, TODAY) for e in pattern.entries}
    lost = [lost_members(pattern, register, s) for s in scenarios]

    def bare() -> list[Leg]:
        during = []
        for unavailable in lost:
            for number, found in moments.items():
                for moment in found:
                    simulate(pattern, number, moment.at)
                    call = simulate(pattern, number, moment.at, unavailable=unavailable)
                    during.append(Leg.of(call))
        return during

    legs = sweep()
    assert legs == bare(), "the sweep must meet what the bare simulations meet"
    rows = len(legs)
    swept = median_ms(sweep)
    baseline = median_ms(bare)
    print(
        f"pattern: {len(pattern.nodes)} nodes, {len(pattern.entries)} numbers, "
        f"{len(pattern.members)} members at {SITES} sites; {len(scenarios)} scenarios, "
        f"{rows} entry rows (normal and during each)"
    )
    print(f"median of {RUNS} runs")
    print(f"  bare simulations     {baseline:8.1f} ms   1.00 x bare   (baseline)")
    print(
        f"  sweep                {swept:8.1f} ms {swept / baseline:6.2f} x bare   "
        f"target < 1000 ms: {'met' if swept < 1000 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
