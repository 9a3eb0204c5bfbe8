"""A large synthetic ring pattern for benchmarks: the same document for the same arguments.

Each entry number has its own tree of 20 nodes (schedule, welcome, menu, nine answer
groups, a queue, an evening schedule, forwarding, voicemail, messages, a hang-up), so
1,000 nodes make 50 entries; ten calendars with different hours are shared among them.
"""

from __future__ import annotations

import random
from typing import Any

NODES_PER_ENTRY = 20


def _calendar(rng: random.Random, evening: bool) -> dict[str, Any]:
    start, end = (16, 22) if evening else (rng.choice([7, 8, 9]), rng.choice([15, 16]))
    minutes = rng.choice(["00", "30"])
    weekly = {
        d: [[f"{start:02d}:{minutes}", f"{end:02d}:00"]]
        for d in ("mon", "tue", "wed", "thu", "fri")
    }
    if not evening:
        weekly["wed"] = [[f"{start:02d}:{minutes}", "11:30"], ["12:00", f"{end:02d}:00"]]
    return {
        "weekly": weekly,
        "public_holidays": "NO",
        "closed_dates": ["2026-11-20"],
        "closed_yearly": ["12-24", "12-31"],
        "special_hours": {"2026-12-23": [["08:00", "12:00"]]},
    }


def _tree(i: int, rng: random.Random, members: list[str]) -> list[dict[str, Any]]:
    n = f"e{i}"
    crew = [rng.sample(members, 3) for _ in range(9)]
    strategy = ["simultaneous", "sequential", "rotating"]
    return [
        {
            "id": f"{n}-open",
            "type": "schedule",
            "calendar": f"day{i % 5}",
            "open": f"{n}-welcome",
            "closed": f"{n}-evening",
            "holiday": f"{n}-holiday",
        },
        {"id": f"{n}-welcome", "type": "announcement", "prompt": "Velkomen", "next": f"{n}-menu"},
        {
            "id": f"{n}-menu",
            "type": "menu",
            "prompt": "Trykk 1-9",
            "options": {str(k): f"{n}-g{k}" for k in range(1, 10)} | {"#": f"{n}-bye"},
            "timeout_s": 8,
            "no_input": f"{n}-queue",
        },
        *(
            {
                "id": f"{n}-g{k}",
                "type": "group",
                "members": crew[k - 1],
                "strategy": strategy[k % 3],
                "ring_s": 15,
                "max_ring_s": 40,
                "no_answer": f"{n}-queue" if k < 5 else f"{n}-vm",
            }
            for k in range(1, 10)
        ),
        {
            "id": f"{n}-queue",
            "type": "queue",
            "members": crew[0] + crew[1],
            "strategy": "sequential",
            "max_wait_s": 120,
            "overflow": f"{n}-evening",
        },
        {
            "id": f"{n}-evening",
            "type": "schedule",
            "calendar": f"evening{i % 5}",
            "open": f"{n}-forward",
            "closed": f"{n}-closed",
        },
        {"id": f"{n}-forward", "type": "forward", "number": "+4755568700"},
        {"id": f"{n}-closed", "type": "announcement", "prompt": "Stengt", "next": f"{n}-vm"},
        {"id": f"{n}-holiday", "type": "announcement", "prompt": "Heilagdag", "next": None},
        {"id": f"{n}-vm", "type": "voicemail", "mailbox": f"post{i}@demo.kommune.no"},
        {"id": f"{n}-bye", "type": "hangup"},
        {"id": f"{n}-spare", "type": "voicemail", "mailbox": "spare@demo.kommune.no"},
    ]


def large_pattern(entries: int = 50, seed: int = 2026) -> dict[str, Any]:
    """A valid version-1 document with `entries` numbers and 20 nodes per number."""
    rng = random.Random(seed)
    members = {
        f"m{j}": {"name": f"Tilsett {j}", "number": f"+47410{j:05d}", "device": "mobile"}
        for j in range(200)
    }
    calendars = {f"day{k}": _calendar(rng, False) for k in range(5)}
    calendars |= {f"evening{k}": _calendar(rng, True) for k in range(5)}
    nodes = [node for i in range(entries) for node in _tree(i, rng, list(members))]
    return {
        "format": "kontakt.ringpattern",
        "version": 1,
        "id": "bench",
        "name": "Benchmark",
        "timezone": "Europe/Oslo",
        "entries": [
            {"number": f"+475610{i:04d}", "label": f"Nummer {i}", "start": f"e{i}-open"}
            for i in range(entries)
        ],
        "calendars": calendars,
        "members": members,
        "nodes": nodes,
    }
