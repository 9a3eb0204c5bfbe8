"""Coverage over time: exact per state change, equal to stepping every 15 minutes, DST-true."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

from kontakt.core.ringpattern import Coverage, Coverer, coverage, simulate

from .builders import HOME_CARE, MAIN, demo, group, pattern, voicemail


def _brute_force(number: str, first: date, last: date) -> list[tuple[str, str, tuple[str, ...]]]:
    """Simulate every 15 minutes (in real time, so DST nights have 92 or 100 samples)."""
    p = demo()
    zone = p.zone
    t = datetime.combine(first, datetime.min.time(), zone).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), datetime.min.time(), zone).astimezone(UTC)
    runs: list[tuple[datetime, tuple[object, ...]]] = []
    while t < end:
        call = simulate(p, number, t)
        state = next((s.state for s in call.steps if s.state is not None), None)
        key = (state, call.outcome, call.route)
        if not runs or runs[-1][1] != key:
            runs.append((t, key))
        t += timedelta(minutes=15)
    stops = [start for start, _ in runs[1:]] + [end]
    return [
        (start.astimezone(zone).isoformat(), stop.astimezone(zone).isoformat(), key[2])
        for (start, key), stop in zip(runs, stops, strict=True)
    ]  # type: ignore[misc]


def _rows(cov: Coverage) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(i.start.isoformat(), i.end.isoformat(), i.route) for i in cov.intervals]


def test_coverage_equals_stepping_every_15_minutes() -> None:
    for number in (MAIN, HOME_CARE):
        for first, last in (
            (date(2026, 3, 26), date(2026, 4, 7)),
            (date(2026, 10, 22), date(2026, 10, 27)),
            (date(2026, 12, 21), date(2027, 1, 2)),
        ):
            assert _rows(coverage(demo(), number, first, last)) == _brute_force(number, first, last)


def test_dst_nights_carry_their_offsets_and_lose_nothing() -> None:
    spring = coverage(demo(), MAIN, date(2026, 3, 28), date(2026, 3, 29)).intervals
    assert [(i.start.isoformat(), i.end.isoformat()) for i in spring] == [
        ("2026-03-28T00:00:00+01:00", "2026-03-30T00:00:00+02:00")
    ]
    autumn = coverage(demo(), MAIN, date(2026, 10, 23), date(2026, 10, 26)).intervals
    assert [(i.start.isoformat(), i.state) for i in autumn] == [
        ("2026-10-23T00:00:00+02:00", "closed"),
        ("2026-10-23T08:00:00+02:00", "open"),
        ("2026-10-23T15:00:00+02:00", "closed"),
        ("2026-10-26T08:00:00+01:00", "open"),
        ("2026-10-26T15:30:00+01:00", "closed"),
    ]
    seconds = sum(i.end.timestamp() - i.start.timestamp() for i in autumn)
    assert seconds == 4 * 86400 + 3600  # the autumn night has 25 hours


def test_intervals_follow_each_other_without_gaps() -> None:
    intervals = Coverer(demo()).coverage(MAIN, date(2026, 1, 1), date(2026, 12, 31)).intervals
    assert intervals[0].start.isoformat() == "2026-01-01T00:00:00+01:00"
    assert intervals[-1].end.isoformat() == "2027-01-01T00:00:00+01:00"
    assert all(a.end == b.start for a, b in itertools.pairwise(intervals))
    assert all((a.route, a.state) != (b.route, b.state) for a, b in itertools.pairwise(intervals))
    for day in ("2026-04-06", "2026-05-14", "2026-05-25", "2026-12-24", "2026-12-31"):
        noon = datetime.fromisoformat(f"{day}T12:00").replace(tzinfo=intervals[0].start.tzinfo)
        assert next(i.state for i in intervals if i.start <= noon < i.end) == "holiday"


def test_a_schedule_behind_ringing_shifts_the_change_by_the_ring_time() -> None:
    p = pattern(
        [
            group("g", ["a", "b"], ring_s=90, no_answer="s"),
            {"id": "s", "type": "schedule", "calendar": "office", "open": "vm", "closed": "bye"},
            voicemail(),
            {"id": "bye", "type": "hangup"},
        ]
    )
    rows = [
        (i.start.strftime("%H:%M:%S"), i.outcome)
        for i in coverage(p, MAIN, date(2026, 11, 24), date(2026, 11, 24)).intervals
    ]
    assert rows == [("00:00:00", "hangup"), ("07:58:30", "voicemail"), ("15:58:30", "hangup")]
