"""Edits of a ring pattern, each taking a `Pattern` and giving a new one.

The editor's undo commands hold the pattern before and after one of these; the values are
immutable and share their unchanged parts, so keeping both is cheap. A port is what a
card shows: a menu key (`"1"`, `"*"`) or one of the type's named exits (`"no_answer"`).
Removing a node leaves the exits that led to it unconnected (the validator then says
which are missing); nothing else is changed behind the user's back. A node or entry that
does not exist is a `PatternError` (`unknown-node`, `unknown-entry`); a port, field or id
the node cannot have is the caller's mistake (`ValueError`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any, Final

from kontakt.core.ringpattern.errors import PatternError
from kontakt.core.ringpattern.model import (
    EXIT_KEYS,
    MENU_KEYS,
    NODE_FIELDS,
    Calendar,
    Member,
    Node,
    NodeType,
    Pattern,
    Strategy,
    frozen,
)

Position = tuple[float, float]

PASTE_OFFSET: Final = 40.0
"""How far a duplicate lands from its original (right and down), in scene units."""


def unique_id(pattern: Pattern, base: str, taken: Iterable[str] = ()) -> str:
    """`base`, or `base-2`, `base-3`, … : the first that no node (nor `taken`) has."""
    used = set(pattern.node_by_id) | set(taken)
    if base not in used:
        return base
    number = 2
    while f"{base}-{number}" in used:
        number += 1
    return f"{base}-{number}"


def new_node(node_type: NodeType, node_id: str, label: str | None = None) -> Node:
    """A fresh node of `node_type` with nothing connected: a group or queue without members
    ringing all at once, a menu without options."""
    extra: dict[str, Any] = {}
    if node_type in (NodeType.GROUP, NodeType.QUEUE):
        extra = {"members": (), "strategy": Strategy.SIMULTANEOUS}
    elif node_type is NodeType.MENU:
        extra = {"options": frozen()}
    return Node(node_id, node_type, label, **extra)


def _node(pattern: Pattern, node_id: str) -> Node:
    node = pattern.node(node_id)
    if node is None:
        raise PatternError("unknown-node", {"node": node_id})
    return node


def _replace_node(pattern: Pattern, node: Node) -> Pattern:
    nodes = tuple(node if n.id == node.id else n for n in pattern.nodes)
    return replace(pattern, nodes=nodes)


def _with_positions(pattern: Pattern, positions: Mapping[str, Position]) -> Pattern:
    layout = dict(pattern.layout or {})
    layout.update(positions)
    return replace(pattern, layout=frozen(layout))


def add_node(pattern: Pattern, node: Node, at: Position | None = None) -> Pattern:
    """`pattern` with `node` added at the end (its card at `at`, when given)."""
    if node.id in pattern.node_by_id:
        raise ValueError(f"a node {node.id!r} exists already")
    result = replace(pattern, nodes=(*pattern.nodes, node))
    return result if at is None else _with_positions(result, {node.id: at})


def _cut(node: Node, gone: set[str]) -> Node:
    """`node` without its exits into `gone`: named exits removed, menu keys kept unset."""
    exits = {k: t for k, t in node.exits.items() if t is None or t not in gone}
    options = node.options
    if options is not None and any(t in gone for t in options.values()):
        options = frozen({k: (None if t in gone else t) for k, t in options.items()})
    if len(exits) == len(node.exits) and options is node.options:
        return node
    return replace(node, exits=frozen(exits), options=options)


def remove_nodes(pattern: Pattern, node_ids: Iterable[str]) -> Pattern:
    """`pattern` without the nodes `node_ids`; exits and entries that led to them are left
    unconnected, and their cards' positions go."""
    gone = set(node_ids) & set(pattern.node_by_id)
    if not gone:
        return pattern
    nodes = tuple(_cut(n, gone) for n in pattern.nodes if n.id not in gone)
    entries = tuple(replace(e, start=None) if e.start in gone else e for e in pattern.entries)
    layout = pattern.layout
    if layout is not None:
        layout = frozen({k: v for k, v in layout.items() if k not in gone})
    return replace(pattern, nodes=nodes, entries=entries, layout=layout)


def remove_node(pattern: Pattern, node_id: str) -> Pattern:
    """`pattern` without the node `node_id` (see `remove_nodes`)."""
    _node(pattern, node_id)
    return remove_nodes(pattern, [node_id])


def _check_port(node: Node, port: str) -> None:
    if port in EXIT_KEYS[node.type]:
        return
    if node.type is NodeType.MENU and port in MENU_KEYS:
        return
    raise ValueError(f"a {node.type} node has no port {port!r}")


def connect(pattern: Pattern, node_id: str, port: str, target: str) -> Pattern:
    """`pattern` with the port `port` of `node_id` leading to `target`; a menu key that
    the menu did not have becomes one of its options."""
    node = _node(pattern, node_id)
    _node(pattern, target)
    _check_port(node, port)
    if port in EXIT_KEYS[node.type]:
        changed = replace(node, exits=frozen({**node.exits, port: target}))
    else:
        changed = replace(node, options=frozen({**(node.options or {}), port: target}))
    return _replace_node(pattern, changed)


def disconnect(pattern: Pattern, node_id: str, port: str) -> Pattern:
    """`pattern` with the port `port` of `node_id` leading nowhere: a named exit removed,
    a menu key kept as an option without a target."""
    node = _node(pattern, node_id)
    _check_port(node, port)
    if port in EXIT_KEYS[node.type]:
        if port not in node.exits:
            return pattern
        changed = replace(node, exits=frozen({k: t for k, t in node.exits.items() if k != port}))
    else:
        if port not in (node.options or {}):
            return pattern
        changed = replace(node, options=frozen({**(node.options or {}), port: None}))
    return _replace_node(pattern, changed)


def connect_entry(pattern: Pattern, number: str, target: str | None) -> Pattern:
    """`pattern` with calls to the entry `number` starting at `target` (`None`: nowhere)."""
    if pattern.entry(number) is None:
        raise PatternError("unknown-entry", {"number": number})
    if target is not None:
        _node(pattern, target)
    entries = tuple(replace(e, start=target) if e.number == number else e for e in pattern.entries)
    return replace(pattern, entries=entries)


def move(pattern: Pattern, positions: Mapping[str, Position]) -> Pattern:
    """`pattern` with the cards of the nodes in `positions` at those top-left corners."""
    for node_id in positions:
        _node(pattern, node_id)
    return _with_positions(pattern, positions)


def change(pattern: Pattern, node_id: str, **values: Any) -> Pattern:
    """`pattern` with the fields `values` of node `node_id` set (the label or one of the
    node type's own fields); `None` removes a field."""
    node = _node(pattern, node_id)
    allowed = {"label", *NODE_FIELDS[node.type]}
    for name in values:
        if name not in allowed:
            raise ValueError(f"a {node.type} node has no field {name!r}")
    if "members" in values and values["members"] is not None:
        values["members"] = tuple(values["members"])
    if "options" in values and values["options"] is not None:
        values["options"] = frozen(values["options"])
    if "strategy" in values and values["strategy"] is not None:
        values["strategy"] = Strategy(values["strategy"])
    return _replace_node(pattern, replace(node, **values))


def rename(pattern: Pattern, node_id: str, label: str) -> Pattern:
    """`pattern` with node `node_id` labelled `label` (an empty label removes it)."""
    return change(pattern, node_id, label=label.strip() or None)


def paste(
    pattern: Pattern,
    nodes: Sequence[Node],
    positions: Mapping[str, Position] | None = None,
    offset: Position = (0.0, 0.0),
) -> tuple[Pattern, list[str]]:
    """`pattern` with copies of `nodes` (from this pattern or another) added, and the ids
    the copies got: an id already taken gets a number. Exits among the pasted nodes lead to
    the copies; exits to other nodes are kept as they were. `positions` (by the original
    ids) place the copies, moved by `offset`."""
    renamed: dict[str, str] = {}
    for node in nodes:
        renamed[node.id] = unique_id(pattern, node.id, renamed.values())

    def target(t: str | None) -> str | None:
        return renamed.get(t, t) if t is not None else None

    copies = []
    for node in nodes:
        options = node.options
        if options is not None:
            options = frozen({k: target(t) for k, t in options.items()})
        exits = frozen({k: target(t) for k, t in node.exits.items()})
        copies.append(replace(node, id=renamed[node.id], exits=exits, options=options))
    result = replace(pattern, nodes=(*pattern.nodes, *copies))
    placed = {
        renamed[i]: (x + offset[0], y + offset[1])
        for i, (x, y) in (positions or {}).items()
        if i in renamed
    }
    if placed:
        result = _with_positions(result, placed)
    return result, [renamed[n.id] for n in nodes]


def duplicate(pattern: Pattern, node_ids: Iterable[str]) -> tuple[Pattern, list[str]]:
    """`pattern` with copies of the nodes `node_ids` beside the originals, and the copies'
    ids (see `paste`)."""
    nodes = [_node(pattern, i) for i in dict.fromkeys(node_ids)]
    positions = {n.id: p for n in nodes if (p := (pattern.layout or {}).get(n.id)) is not None}
    return paste(pattern, nodes, positions, (PASTE_OFFSET, PASTE_OFFSET))


def set_member(pattern: Pattern, member_id: str, member: Member) -> Pattern:
    """`pattern` with `member` among its members as `member_id` (replacing one of that id)."""
    return replace(pattern, members=frozen({**pattern.members, member_id: member}))


def member_for(pattern: Pattern, member: Member) -> tuple[Pattern, str]:
    """The id `member` has in `pattern` (the member with its employee id, else its number),
    added under a new id when it has none yet; and the pattern with it."""
    for member_id, known in pattern.members.items():
        if (member.employee_id and known.employee_id == member.employee_id) or (
            not member.employee_id and known.number == member.number
        ):
            return pattern, member_id
    member_id = _new_member_id(pattern, member)
    return set_member(pattern, member_id, member), member_id


def _new_member_id(pattern: Pattern, member: Member) -> str:
    base = member.employee_id or member.number.lstrip("+")
    member_id, number = base, 2
    while member_id in pattern.members:
        member_id, number = f"{base}-{number}", number + 1
    return member_id


def add_to_group(pattern: Pattern, node_id: str, member: Member) -> tuple[Pattern, str, bool]:
    """`pattern` with `member` ringing last in the group or queue `node_id`, its member id,
    and whether it rang there already. The member with `member`'s number is the one added
    (someone's new mobile is not their desk phone); without one, `member` joins the
    members under a new id."""
    node = _node(pattern, node_id)
    if node.type not in (NodeType.GROUP, NodeType.QUEUE):
        raise ValueError(f"a {node.type} node has no members")
    member_id = next((i for i, m in pattern.members.items() if m.number == member.number), None)
    if member_id is None:
        member_id = _new_member_id(pattern, member)
        pattern = set_member(pattern, member_id, member)
    if member_id in node.member_ids:
        return pattern, member_id, True
    return change(pattern, node_id, members=(*node.member_ids, member_id)), member_id, False


def set_calendar(pattern: Pattern, name: str, calendar: Calendar) -> Pattern:
    """`pattern` with the calendar `name` (a new one, or replacing the one of that name);
    every schedule that names it follows the new hours."""
    return replace(pattern, calendars=frozen({**pattern.calendars, name: calendar}))


NEW_CALENDAR: Final = Calendar(weekly=frozen(), public_holidays="NO")
"""A calendar as it is first made: closed all week until hours are painted, and closed on
Norway's public holidays."""


def new_calendar(pattern: Pattern, node_id: str) -> tuple[Pattern, str]:
    """`pattern` with a new calendar (`NEW_CALENDAR`, named after the schedule `node_id`,
    with a number when taken) that the schedule uses; and the calendar's name."""
    node = _node(pattern, node_id)
    if node.type is not NodeType.SCHEDULE:
        raise ValueError(f"a {node.type} node has no calendar")
    name, number = node_id, 2
    while name in pattern.calendars:
        name, number = f"{node_id}-{number}", number + 1
    return change(set_calendar(pattern, name, NEW_CALENDAR), node_id, calendar=name), name
