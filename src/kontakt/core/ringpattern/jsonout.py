"""The JSON forms of ring-pattern results (`spec/ringpattern.md`, "JSON output of the
command line"): the keys there are a contract with outside tools, so they live here once
for the command line, change requests and anything else that writes them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from kontakt.core.ringpattern.coverage import Coverage
from kontakt.core.ringpattern.diff import PARTS, PatternDiff
from kontakt.core.ringpattern.layout import Rect
from kontakt.core.ringpattern.messages import finding_message
from kontakt.core.ringpattern.model import Json, Pattern
from kontakt.core.ringpattern.simulate import Call, Step
from kontakt.core.ringpattern.trace import Trace
from kontakt.core.ringpattern.validate import Finding
from kontakt.core.texts import Translate


def local_iso(moment: datetime) -> str:
    """Local ISO date-time with its UTC offset, to the second: 2026-11-24T08:00:00+01:00."""
    return moment.isoformat(timespec="seconds")


def findings_json(
    pattern: Pattern, findings: Sequence[Finding], translate: Translate
) -> dict[str, Json]:
    return {
        "pattern": pattern.id,
        "findings": [
            {
                "code": f.code,
                "severity": str(f.severity),
                "node": f.node,
                "entry": f.entry,
                "message": finding_message(f, pattern, translate),
            }
            for f in findings
        ],
    }


def step_json(step: Step) -> dict[str, Json]:
    """A step, every key always there: `state`, `pressed` and `rang` are null where the
    node type has none."""
    return {
        "node": step.node,
        "type": str(step.type),
        "at_s": step.at_s,
        "state": None if step.state is None else str(step.state),
        "pressed": step.pressed,
        "rang": None if step.rang is None else list(step.rang),
        "result": None if step.result is None else str(step.result),
    }


def call_json(call: Call) -> dict[str, Json]:
    return {
        "entry": call.entry,
        "at": local_iso(call.at),
        "steps": [step_json(s) for s in call.steps],
        "outcome": str(call.outcome),
        "answered_by": call.answered_by,
        "forwarded_to": call.forwarded_to,
        "elapsed_s": call.elapsed_s,
    }


def coverage_json(coverage: Coverage) -> dict[str, Json]:
    return {
        "entry": coverage.entry,
        "intervals": [
            {
                "from": local_iso(i.start),
                "to": local_iso(i.end),
                "state": None if i.state is None else str(i.state),
                "outcome": str(i.outcome),
                "route": list(i.route),
            }
            for i in coverage.intervals
        ],
    }


def diff_json(diff: PatternDiff) -> dict[str, Json]:
    return {
        "added": {p: dict(diff.added[p]) for p in PARTS},
        "removed": {p: dict(diff.removed[p]) for p in PARTS},
        "changed": {
            p: {
                k: {f: {"old": old, "new": new} for f, (old, new) in fields.items()}
                for k, fields in diff.changed[p].items()
            }
            for p in PARTS
        },
        "entries_affected": list(diff.entries_affected),
    }


def trace_json(trace: Trace) -> dict[str, Json]:
    return {
        "target": {trace.kind: trace.target},
        "paths": [
            {
                "entry": p.entry,
                "nodes": list(p.nodes),
                "exits": list(p.exits),
                "press": list(p.press),
                "example": None if p.example is None else local_iso(p.example),
            }
            for p in trace.paths
        ],
    }


def _scene_number(value: float) -> float | int:
    """A coordinate as JSON writes it: whole numbers without a decimal point."""
    return int(value) if float(value).is_integer() else value


def layout_json(pattern: Pattern, rects: Mapping[str, Rect]) -> dict[str, Json]:
    return {
        "pattern": pattern.id,
        "nodes": {
            node_id: {
                "x": _scene_number(r.x),
                "y": _scene_number(r.y),
                "w": _scene_number(r.w),
                "h": _scene_number(r.h),
            }
            for node_id, r in rects.items()
        },
    }
