"""The ring-pattern document as immutable values (`spec/ringpattern.md`, version 1).

An optional field the document left out is held as `None` so that saving writes back what
was read; the effective value (with the spec's default) is a property. Exits are a mapping
of the exit keys the document has, so "absent" and "null" stay apart: an announcement's
`next: null` hangs up, a missing `next` is a dead end.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from types import MappingProxyType
from typing import Any, Final
from zoneinfo import ZoneInfo

FORMAT: Final = "kontakt.ringpattern"
VERSION: Final = 1
DEFAULT_TIMEZONE: Final = "Europe/Oslo"
DEFAULT_MENU_TIMEOUT_S: Final = 10
DEFAULT_RING_S: Final = 20
DEFAULT_MAX_WAIT_S: Final = 300
DEFAULT_MAX_CALLERS: Final = 10
MAX_MENU_PLAYS: Final = 3

MAX_SECONDS: Final = 86_400
"""The longest time-out, ring or wait time a document may give (a day): a larger one is a
typing error, and it would carry a simulated call past the end of the calendar."""
MAX_CALLERS: Final = 1_000
"""The most callers a queue may hold."""
MAX_DOCUMENT_BYTES: Final = 5_000_000
"""The largest document read (5 MB; a large municipality's pattern is some hundred kB)."""
MAX_ITEMS: Final = 10_000
"""The most calendars, members or nodes in a document, or members in a group."""
MAX_ENTRIES: Final = 500
"""The most entry numbers in a document (comparing two versions follows each through a
year). With `MAX_DOCUMENT_BYTES` and `MAX_ITEMS` this bounds the work of validating,
simulating and comparing a document."""

WEEKDAYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MENU_KEYS: Final = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#")

Json = Any
"""A JSON value as `json.loads` gives it (kept verbatim for unknown keys)."""


def frozen(mapping: Mapping[str, Any] | None = None) -> Mapping[str, Any]:
    """A read-only copy of `mapping` (compares equal to any mapping with the same items)."""
    return MappingProxyType(dict(mapping or {}))


class NodeType(StrEnum):
    SCHEDULE = "schedule"
    MENU = "menu"
    GROUP = "group"
    QUEUE = "queue"
    ANNOUNCEMENT = "announcement"
    VOICEMAIL = "voicemail"
    FORWARD = "forward"
    HANGUP = "hangup"


class Strategy(StrEnum):
    SIMULTANEOUS = "simultaneous"
    SEQUENTIAL = "sequential"
    ROTATING = "rotating"


class Device(StrEnum):
    MOBILE = "mobile"
    DESK = "desk"
    SOFTPHONE = "softphone"


EXIT_KEYS: Final[Mapping[NodeType, tuple[str, ...]]] = MappingProxyType(
    {
        NodeType.SCHEDULE: ("open", "closed", "holiday"),
        NodeType.MENU: ("no_input", "invalid"),
        NodeType.GROUP: ("no_answer",),
        NodeType.QUEUE: ("overflow",),
        NodeType.ANNOUNCEMENT: ("next",),
        NodeType.VOICEMAIL: (),
        NodeType.FORWARD: (),
        NodeType.HANGUP: (),
    }
)
"""The named exits of each node type (menu options come on top), in the spec's order."""

NODE_FIELDS: Final[Mapping[NodeType, tuple[str, ...]]] = MappingProxyType(
    {
        NodeType.SCHEDULE: ("calendar",),
        NodeType.MENU: ("prompt", "options", "timeout_s"),
        NodeType.GROUP: ("members", "strategy", "ring_s", "max_ring_s"),
        NodeType.QUEUE: ("members", "strategy", "ring_s", "max_wait_s", "max_callers", "prompt"),
        NodeType.ANNOUNCEMENT: ("prompt",),
        NodeType.VOICEMAIL: ("mailbox",),
        NodeType.FORWARD: ("number",),
        NodeType.HANGUP: (),
    }
)
"""Per node type, its fields beyond id, type, label and exits, in the order they are written."""

REQUIRED_EXITS: Final[Mapping[NodeType, tuple[str, ...]]] = MappingProxyType(
    {
        NodeType.SCHEDULE: ("open", "closed"),
        NodeType.MENU: ("no_input",),
        NodeType.GROUP: ("no_answer",),
        NodeType.QUEUE: ("overflow",),
        NodeType.ANNOUNCEMENT: ("next",),
    }
)

NULLABLE_EXITS: Final = frozenset(
    {("announcement", "next"), ("menu", "invalid"), ("schedule", "holiday")}
)
"""Exits where `null` is allowed: hang up after the message, or the default behaviour."""

NO_KEY_EXITS: Final = frozenset(
    {"open", "closed", "holiday", "no_input", "no_answer", "overflow", "next"}
)
"""Exits a caller follows without pressing a key (what `endless-loop` looks along)."""

TERMINAL_TYPES: Final = frozenset({NodeType.VOICEMAIL, NodeType.FORWARD, NodeType.HANGUP})


@dataclass(frozen=True)
class Entry:
    """A number callers dial and the node where its calls start."""

    number: str
    start: str | None
    label: str | None = None
    extra: Mapping[str, Json] = field(default_factory=frozen)


@dataclass(frozen=True)
class Calendar:
    """Opening hours: weekly intervals (`("08:00", "15:30")`), holidays and exceptions."""

    weekly: Mapping[str, tuple[tuple[str, str], ...]]
    public_holidays: str | None = None
    closed_dates: tuple[str, ...] | None = None
    closed_yearly: tuple[str, ...] | None = None
    special_hours: Mapping[str, tuple[tuple[str, str], ...]] | None = None
    extra: Mapping[str, Json] = field(default_factory=frozen)


@dataclass(frozen=True)
class Member:
    """A person (or phone) that groups and queues ring."""

    number: str
    name: str | None = None
    employee_id: str | None = None
    device: Device | None = None
    site: str | None = None
    extra: Mapping[str, Json] = field(default_factory=frozen)


@dataclass(frozen=True)
class Node:
    """One routing step. Fields that a type does not use stay `None`.

    `exits` holds the named exits the document has (value `None` for `null`); `options`
    the menu's digits. `members` is a tuple (order matters for sequential ringing).
    """

    id: str
    type: NodeType
    label: str | None = None
    exits: Mapping[str, str | None] = field(default_factory=frozen)
    calendar: str | None = None
    prompt: str | None = None
    options: Mapping[str, str | None] | None = None
    timeout_s: int | None = None
    members: tuple[str, ...] | None = None
    strategy: Strategy | None = None
    ring_s: int | None = None
    max_ring_s: int | None = None
    max_wait_s: int | None = None
    max_callers: int | None = None
    mailbox: str | None = None
    number: str | None = None
    extra: Mapping[str, Json] = field(default_factory=frozen)

    @property
    def ring_seconds(self) -> int:
        return DEFAULT_RING_S if self.ring_s is None else self.ring_s

    @property
    def timeout_seconds(self) -> int:
        return DEFAULT_MENU_TIMEOUT_S if self.timeout_s is None else self.timeout_s

    @property
    def max_wait_seconds(self) -> int:
        return DEFAULT_MAX_WAIT_S if self.max_wait_s is None else self.max_wait_s

    @property
    def member_ids(self) -> tuple[str, ...]:
        return self.members or ()

    def exit_target(self, name: str) -> str | None:
        """Where exit `name` leads, with the spec's defaults (a schedule's `holiday` exit
        falls back to `closed`); `None` when it is absent or `null`."""
        if name == "holiday" and self.exits.get("holiday") is None:
            return self.exits.get("closed")
        return self.exits.get(name)

    def all_exits(self) -> Iterator[tuple[str, str | None]]:
        """Every exit as (name, target): named exits, then menu options as `options."1"`."""
        yield from self.exits.items()
        for key, target in (self.options or {}).items():
            yield f'options."{key}"', target

    def no_key_targets(self) -> Iterator[str]:
        """Targets reached without a key press (with defaults applied), each once."""
        names = (
            ("open", "closed", "holiday")
            if self.type is NodeType.SCHEDULE
            else (tuple(n for n in EXIT_KEYS[self.type] if n in NO_KEY_EXITS))
        )
        seen: set[str] = set()
        for name in names:
            target = self.exit_target(name)
            if target is not None and target not in seen:
                seen.add(target)
                yield target


@dataclass(frozen=True)
class Pattern:
    """A whole ring pattern. `nodes` keeps document order (and any duplicate ids, which the
    validator reports); `node(id)` finds the first node with that id."""

    id: str
    name: str
    entries: tuple[Entry, ...]
    calendars: Mapping[str, Calendar]
    members: Mapping[str, Member]
    nodes: tuple[Node, ...]
    timezone: str | None = None
    layout: Mapping[str, tuple[float, float]] | None = None
    extra: Mapping[str, Json] = field(default_factory=frozen)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone or DEFAULT_TIMEZONE)

    @cached_property
    def node_by_id(self) -> Mapping[str, Node]:
        by_id: dict[str, Node] = {}
        for node in self.nodes:
            by_id.setdefault(node.id, node)
        return MappingProxyType(by_id)

    def node(self, node_id: str | None) -> Node | None:
        return None if node_id is None else self.node_by_id.get(node_id)

    def entry(self, number: str) -> Entry | None:
        return next((e for e in self.entries if e.number == number), None)
