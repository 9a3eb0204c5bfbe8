"""The JSON document of `kontakt service-level --json` (`spec/servicelevel.md`, "Command
line"): rates as fractions 0–1, the goal's percent as 80, weekday 0 = Monday, null where a
denominator is 0. No calling number (not even its hash) is in it."""

from __future__ import annotations

from typing import Any

from kontakt.core.servicelevel.figures import Report


def to_json(report: Report) -> dict[str, Any]:
    """The document as `json.dumps` writes it."""
    return {
        "period": {"from": report.first.isoformat(), "to": report.last.isoformat()},
        "calls": report.calls,
        "by_target": [
            {
                "target": target.target,
                "offered": target.period.offered,
                "answered": target.period.answered,
                "answered_within": target.period.answered_within,
                "abandoned": target.period.abandoned,
                "short_abandoned": target.period.short_abandoned,
                "service_level": target.period.service_level,
                "answer_rate": target.period.answer_rate,
                "abandon_rate": target.period.abandon_rate,
                "asa_s": target.period.asa_s,
                "p90_wait_s": target.period.p90_wait_s,
                "aht_s": target.period.aht_s,
                "goal": {"percent": target.goal.percent, "within_s": target.goal.within_s},
                "meets": target.period.meets,
            }
            for target in report.targets
        ],
        "closed_calls": [
            {"weekday": c.weekday, "hour": c.hour, "state": c.state, "count": c.count}
            for c in report.closed
        ],
        "hour_of_week": [
            {
                "target": target.target,
                "weekday": cell.weekday,
                "hour": cell.hour,
                "offered": cell.figures.offered,
                "service_level": cell.figures.service_level,
                "agents_needed": cell.agents_needed,
                "members": target.members,
            }
            for target in report.targets
            for cell in target.hours
        ],
    }
