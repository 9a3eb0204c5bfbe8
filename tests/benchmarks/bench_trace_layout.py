"""Trace-back and automatic-layout benchmark on the 1,000-node, 50-number pattern, against
the time to merely load the same document in the same run.

Run: PYTHONPATH=src python tests/benchmarks/bench_trace_layout.py
Targets (issue 17): automatic layout of 1,000 nodes under 0.5 s (also shown against a
60-node pattern, as the issue compares). Trace back has no target
in the issue; measured here: every member, every node, and the worst case of a path that
no minute of the year follows (the whole year swept).
"""

from __future__ import annotations

import copy
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ringpattern_gen import large_pattern

from kontakt.core.ringpattern import from_document
from kontakt.core.ringpattern.layout import automatic
from kontakt.core.ringpattern.trace import Tracer, trace

RUNS = 7
FIRST = date(2026, 12, 1)


def median_ms(work: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _first_layout_ms() -> float:
    """Automatic layout in a fresh process, igraph's import included."""
    code = (
        "import sys, time, json; sys.path.insert(0, 'tests/benchmarks');"
        "from ringpattern_gen import large_pattern;"
        "from kontakt.core.ringpattern import from_document;"
        "from kontakt.core.ringpattern.layout import automatic;"
        "p = from_document(large_pattern()); t = time.perf_counter(); automatic(p);"
        "print((time.perf_counter() - t) * 1000)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout)


def _never_followed() -> dict[str, object]:
    """The benchmark pattern where each evening schedule has a holiday exit to a message
    and the evening calendars know no holidays: that path is followed on no day."""
    doc = copy.deepcopy(large_pattern())
    for node in doc["nodes"]:
        if node["id"].endswith("-evening"):
            node["holiday"] = node["id"].replace("-evening", "-holiday")
    for name, calendar in doc["calendars"].items():
        if name.startswith("evening"):
            calendar.update(public_holidays=None, closed_dates=[], closed_yearly=[])
    return doc


def _menus_on_no_day() -> dict[str, object]:
    """Worst case near the bound: 729 paths (three menus of nine keys) behind a holiday
    exit of a calendar with no holidays, so each path's example is swept for all year."""
    doc = copy.deepcopy(large_pattern(entries=1))
    doc["calendars"] = {"plain": {**doc["calendars"]["day0"], "public_holidays": None}}
    del doc["calendars"]["plain"]["closed_dates"], doc["calendars"]["plain"]["closed_yearly"]
    del doc["calendars"]["plain"]["special_hours"]
    menus = [
        {
            "id": f"m{i}",
            "type": "menu",
            "prompt": "p",
            "options": {str(k): f"m{i + 1}" if i < 2 else "e0-g1" for k in range(1, 10)},
            "no_input": "e0-vm",
        }
        for i in range(3)
    ]
    for node in doc["nodes"]:
        if node["type"] == "schedule":
            node["calendar"] = "plain"
        if node["id"] == "e0-open":
            node["holiday"] = "m0"
    doc["nodes"] = [*doc["nodes"], *menus]
    return doc


def main() -> None:
    text = json.dumps(large_pattern(), ensure_ascii=False)
    pattern = from_document(json.loads(text))
    load = median_ms(lambda: from_document(json.loads(text)))
    layout = median_ms(lambda: automatic(pattern))
    small = from_document(large_pattern(entries=3))  # the issue compares with a small one
    small_layout = median_ms(lambda: automatic(small))
    first = _first_layout_ms()
    members = list(pattern.members)
    nodes = [n.id for n in pattern.nodes]

    def trace_members() -> int:
        tracer = Tracer(pattern)  # as the editor keeps one
        return sum(len(tracer.trace("member", m, FIRST).paths) for m in members)

    def trace_nodes() -> int:
        tracer = Tracer(pattern)
        return sum(len(tracer.trace("node", n, FIRST).paths) for n in nodes)

    def trace_one() -> int:
        return len(trace(pattern, "member", "m165", FIRST).paths)  # in 21 groups

    member_paths, node_paths = trace_members(), trace_nodes()
    every_member = median_ms(trace_members)
    every_node = median_ms(trace_nodes)
    one = median_ms(trace_one)
    never = from_document(_never_followed())
    worst = median_ms(lambda: trace(never, "node", "e0-holiday", FIRST))
    nulls = sum(p.example is None for p in trace(never, "node", "e0-holiday", FIRST).paths)
    menus = from_document(_menus_on_no_day())
    many = median_ms(lambda: trace(menus, "node", "e0-g1", FIRST))
    many_nulls = sum(p.example is None for p in trace(menus, "node", "e0-g1", FIRST).paths)

    print(f"pattern: {len(pattern.nodes)} nodes, {len(pattern.entries)} numbers")
    print(f"median of {RUNS} runs")
    print(f"  load (json + dataclasses)      {load:8.1f} ms   1.00 x load   (baseline)")
    print(
        f"  automatic layout, 1,000 nodes  {layout:8.1f} ms {layout / load:6.2f} x load   "
        f"target < 500 ms: {'met' if layout < 500 else 'MISSED'}"
    )
    print(
        f"  automatic layout, {len(small.nodes)} nodes     {small_layout:8.1f} ms "
        f"{small_layout / load:6.2f} x load   (1,000 nodes: {layout / small_layout:.1f} x this)"
    )
    print(
        f"  the same, fresh process        {first:8.1f} ms {first / load:6.2f} x load   "
        f"(igraph's import included) target < 500 ms: {'met' if first < 500 else 'MISSED'}"
    )
    print(
        f"  trace every member ({len(members)})      {every_member:8.1f} ms "
        f"{every_member / load:6.2f} x load   {member_paths} paths"
    )
    print(
        f"  trace every node ({len(nodes)})       {every_node:8.1f} ms "
        f"{every_node / load:6.2f} x load   {node_paths} paths"
    )
    print(
        f"  one member, fresh (21 groups)  {one:8.1f} ms {one / load:6.2f} x load   "
        f"{trace_one()} paths"
    )
    print(
        f"  one trace, year swept          {worst:8.1f} ms {worst / load:6.2f} x load   "
        f"{nulls} path(s) with no example"
    )
    print(
        f"  729 paths, none on any day     {many:8.1f} ms {many / load:6.2f} x load   "
        f"{many_nulls} path(s) with no example (the bound is 1,000 paths)"
    )


if __name__ == "__main__":
    main()
