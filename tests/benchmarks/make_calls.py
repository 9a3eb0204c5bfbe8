#!/usr/bin/env python3
"""Write synthetic call records for the demo municipality's ring pattern (demo data,
benchmarks and trials).

The calls are made up; the shape is a telephony platform's export: semicolon-separated
CSV with Norwegian headers, `dd.mm.yyyy HH:MM:SS` times, talk time as `HH:MM:SS`, results
in Norwegian, calling numbers made up (Kontakt keeps only their keyed hashes). Busy
mornings on working days, a few calls after closing time, a thin switchboard on Mondays at
nine so a target is missed there. Same arguments, same bytes.

    python make_calls.py --days 21 --per-day 150 --out resources/demo/calls.csv
    python make_calls.py --days 365 --per-day 1000 --out calls.csv      # about 250,000
"""

from __future__ import annotations

import argparse
import random
from datetime import date, datetime, timedelta
from pathlib import Path

HEADER = "Starttid;Oppringt nummer;Kø;Ventetid;Samtaletid;Utfall;Svart av;A-nummer"
QUEUES = (
    ("56 10 00 00", "Sentralbordet", ("kari", "ingrid", "ola"), 0.5),
    ("56 10 00 00", "Helse og omsorg", ("per", "silje"), 0.25),
    ("56 10 00 00", "Byggesak", ("arne", "kari"), 0.15),
    ("56 10 05 00", "Heimetenesta vakttelefon", ("per", "silje"), 0.10),
)
HOUR_WEIGHTS = {8: 3, 9: 5, 10: 4, 11: 3, 12: 4, 13: 3, 14: 2, 15: 1}
FIRST_DAY = date(2026, 10, 26)


def rows(days: int, per_day: int, seed: int = 21) -> list[str]:
    """The data rows, oldest first (working days only get the office-hours calls)."""
    rng = random.Random(seed)
    hours = [hour for hour, weight in HOUR_WEIGHTS.items() for _ in range(weight)]
    weights = [queue[3] for queue in QUEUES]
    lines = []
    for offset in range(days):
        day = FIRST_DAY + timedelta(days=offset)
        working = day.weekday() < 5
        count = per_day if working else per_day // 20
        for _ in range(count):
            entry, target, members, _ = rng.choices(QUEUES, weights)[0]
            if working and rng.random() > 0.03:
                hour = rng.choice(hours)
            else:  # before or after opening hours, or the weekend
                hour = rng.choice((6, 7, 16, 17, 18, 20))
            moment = datetime(day.year, day.month, day.day, hour) + timedelta(
                seconds=rng.randrange(3600)
            )
            slow = (
                5.0 if day.weekday() == 0 and hour in (9, 10) and target == "Sentralbordet" else 1.0
            )
            wait = int(rng.expovariate(1 / (5 * slow)))
            closed = not working or hour < 8 or hour >= 16
            roll = rng.random()
            if closed:
                result, wait, talk, agent = "Stengt", 0, 0, ""
            elif roll < 0.02 * slow:
                result, talk, agent = "Tapt", 0, ""
            elif roll < 0.03 * slow:
                result, wait, talk, agent = "Overflyt", 240, 0, ""
            elif roll < 0.035 * slow:
                result, talk, agent = "Talepost", 0, ""
            else:
                result, talk, agent = (
                    "Besvart",
                    int(rng.gauss(170, 60)) % 900 + 20,
                    rng.choice(members),
                )
            caller = f"4{rng.randrange(10_000_000):07d}"
            lines.append(
                f"{moment:%d.%m.%Y %H:%M:%S};{entry};{'' if closed else target};{wait};"
                f"{talk // 3600:02d}:{talk // 60 % 60:02d}:{talk % 60:02d};"
                f"{result};{agent};{caller}"
            )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=21)
    parser.add_argument("--per-day", type=int, default=150)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    text = "\n".join([HEADER, *rows(args.days, args.per_day)]) + "\n"
    args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
