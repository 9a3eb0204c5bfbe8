"""The validator: every finding of `spec/ringpattern.md` ("Findings the validator reports").

Findings come as codes with parameters (`messages.finding_message` words them). The graph
checks are linear in the size of the pattern: one pass for reachability, Tarjan's strongly
connected components for loops without a key press, and one longest-path pass over what
is left for long waits.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from kontakt.core.contacts import phones
from kontakt.core.ringpattern.graph import NoKeyGraph, reachable, silent_hangups
from kontakt.core.ringpattern.model import (
    NULLABLE_EXITS,
    REQUIRED_EXITS,
    Node,
    NodeType,
    Pattern,
    frozen,
)
from kontakt.core.severity import Severity

LONG_WAIT_S: Final = 180

SEVERITY: Final[Mapping[str, Severity]] = frozen(
    {
        "unknown-target": Severity.ERROR,
        "missing-exit": Severity.ERROR,
        "unknown-member": Severity.ERROR,
        "unknown-calendar": Severity.ERROR,
        "empty-group": Severity.ERROR,
        "endless-loop": Severity.ERROR,
        "invalid-number": Severity.ERROR,
        "duplicate-entry-number": Severity.ERROR,
        "duplicate-id": Severity.ERROR,
        "unreachable-node": Severity.WARNING,
        "single-member-group": Severity.WARNING,
        "long-wait": Severity.WARNING,
        "silent-hangup": Severity.WARNING,
        "no-public-holidays": Severity.INFO,
    }
)


@dataclass(frozen=True)
class Finding:
    """One finding: the node or entry it concerns (either may be None) and the parameters
    of its message."""

    code: str
    node: str | None = None
    entry: str | None = None
    params: Mapping[str, object] = field(default_factory=frozen)

    @property
    def severity(self) -> Severity:
        return SEVERITY[self.code]


@lru_cache(maxsize=4096)
def is_valid_number(number: str) -> bool:
    """A valid number in E.164 form (`+` and a country code), as libphonenumber judges it
    (not only its syntax)."""
    return number.startswith("+") and phones.is_valid_number(number)


def _finding(
    code: str, node: str | None = None, entry: str | None = None, **params: object
) -> Finding:
    return Finding(code, node, entry, frozen(params))


def _entries(pattern: Pattern) -> Iterator[Finding]:
    seen: set[str] = set()
    for entry in pattern.entries:
        if entry.number in seen:
            yield _finding("duplicate-entry-number", entry=entry.number, number=entry.number)
        seen.add(entry.number)
        if not is_valid_number(entry.number):
            yield _finding("invalid-number", entry=entry.number, number=entry.number)
        if entry.start is None:
            yield _finding("missing-exit", entry=entry.number, exit="start")
        elif pattern.node(entry.start) is None:
            yield _finding("unknown-target", entry=entry.number, exit="start", target=entry.start)


def _exits(pattern: Pattern, node: Node) -> Iterator[Finding]:
    for name in REQUIRED_EXITS.get(node.type, ()):
        if name not in node.exits or (
            node.exits[name] is None and (node.type, name) not in NULLABLE_EXITS
        ):
            yield _finding("missing-exit", node.id, exit=name)
    for name, target in node.all_exits():
        if target is None and name.startswith("options."):
            yield _finding("missing-exit", node.id, exit=name)
        elif target is not None and pattern.node(target) is None:
            yield _finding("unknown-target", node.id, exit=name, target=target)


def _node(pattern: Pattern, node: Node) -> Iterator[Finding]:
    yield from _exits(pattern, node)
    if node.type is NodeType.SCHEDULE:
        calendar = pattern.calendars.get(node.calendar or "")
        if calendar is None:
            yield _finding("unknown-calendar", node.id, calendar=node.calendar)
        elif calendar.public_holidays is None:
            yield _finding("no-public-holidays", node.id, calendar=node.calendar)
    elif node.type in (NodeType.GROUP, NodeType.QUEUE):
        for member in node.member_ids:
            if member not in pattern.members:
                yield _finding("unknown-member", node.id, member=member)
        if not node.member_ids:
            yield _finding("empty-group", node.id)
        elif len(set(node.member_ids)) == 1:
            yield _finding("single-member-group", node.id, member=node.member_ids[0])
    elif node.type is NodeType.FORWARD and not is_valid_number(node.number or ""):
        yield _finding("invalid-number", node.id, number=node.number)


def _graph(pattern: Pattern) -> Iterator[Finding]:
    reached = reachable(pattern, (e.start for e in pattern.entries))
    for node in pattern.nodes:
        if node.id not in reached:
            yield _finding("unreachable-node", node.id)
    graph = NoKeyGraph(pattern)
    for cycle in graph.cycles():
        yield _finding("endless-loop", cycle[0], path=" → ".join(cycle))
    for node_id, seconds in graph.long_waits(LONG_WAIT_S):
        yield _finding("long-wait", node_id, seconds=seconds, limit=LONG_WAIT_S)
    for node_id, number in silent_hangups(pattern):
        yield _finding("silent-hangup", node_id, number)


def validate(pattern: Pattern) -> list[Finding]:
    """All findings of `pattern`: errors first, then warnings, then information; within a
    severity in document order."""
    findings: list[Finding] = list(_entries(pattern))
    seen: set[str] = set()
    for node in pattern.nodes:
        if node.id in seen:
            findings.append(_finding("duplicate-id", node.id))
            continue
        seen.add(node.id)
        findings.extend(_node(pattern, node))
    for member_id, member in pattern.members.items():
        if not is_valid_number(member.number):
            findings.append(_finding("invalid-number", member=member_id, number=member.number))
    findings.extend(_graph(pattern))
    return sorted(findings, key=lambda f: -f.severity.rank)
