"""Reading the ring-pattern JSON document (`spec/ringpattern.md`, version 1).

`loads` / `from_document` turn text or parsed JSON into a `Pattern`, refusing anything
that is not a version-1 document with a `PatternError` that names the place
(`nodes[3].options."1"`, or a line and column of the JSON text). Sizes are bounded
(`model.MAX_DOCUMENT_BYTES`, `MAX_ITEMS`, `MAX_ENTRIES`, `MAX_SECONDS`) so that what the
document asks for cannot grow without end. Keys the spec does not know are kept in each
object's `extra` (`save.py` writes them back). Semantic problems (a target that does not
exist, a duplicate id) are not load errors: the validator reports them as findings.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Mapping
from datetime import date
from functools import cache
from typing import Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from holidays.registry import EntityLoader

from kontakt.core.reasons import json_reason
from kontakt.core.ringpattern.errors import PatternError
from kontakt.core.ringpattern.model import (
    EXIT_KEYS,
    FORMAT,
    MAX_CALLERS,
    MAX_DOCUMENT_BYTES,
    MAX_ENTRIES,
    MAX_ITEMS,
    MAX_SECONDS,
    MENU_KEYS,
    NODE_FIELDS,
    VERSION,
    WEEKDAYS,
    Calendar,
    Device,
    Entry,
    Json,
    Member,
    Node,
    NodeType,
    Pattern,
    Strategy,
    frozen,
)

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_START = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
_END = re.compile(r"([01]\d|2[0-3]):[0-5]\d|24:00")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH_DAY = re.compile(r"\d{2}-\d{2}")


def child(path: str, key: str | int) -> str:
    """The path of `key` (an index or an object key) inside `path`."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    name = key if _NAME.fullmatch(key) else f'"{key}"'
    return f"{path}.{name}" if path else name


class _Object:
    """One JSON object being read: typed access by key, and what is left over."""

    def __init__(self, value: Json, path: str) -> None:
        if not isinstance(value, dict):
            raise PatternError("not-object", path=path)
        self.value: dict[str, Json] = value
        self.path = path
        self.used: set[str] = set()

    def has(self, key: str) -> bool:
        return key in self.value

    def raw(self, key: str, required: bool = False) -> Json:
        self.used.add(key)
        if key not in self.value:
            if required:
                raise PatternError("missing-key", {"key": key}, self.path)
            return None
        return self.value[key]

    def text(self, key: str, required: bool = False) -> str | None:
        value = self.raw(key, required)
        if value is None and not required:
            return None
        return _text(value, child(self.path, key))

    def whole(self, key: str, most: int, error: str) -> int | None:
        """A whole number from 0 to `most`; else `PatternError(error)` with the field's key."""
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= most:
            raise PatternError(
                error, {"field": key, "value": value, "most": most}, child(self.path, key)
            )
        return value

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        value = self.text(key, required=True)
        if value not in allowed:
            raise PatternError(
                "bad-value", {"value": value, "allowed": ", ".join(allowed)}, child(self.path, key)
            )
        return value

    def obj(self, key: str, required: bool = False) -> _Object | None:
        value = self.raw(key, required)
        return None if value is None and not required else _Object(value, child(self.path, key))

    def items(self, key: str, required: bool = False) -> list[tuple[str, Json]] | None:
        value = self.raw(key, required)
        if value is None and not required:
            return None
        path = child(self.path, key)
        if not isinstance(value, list):
            raise PatternError("not-list", path=path)
        _bounded(value, path, MAX_ENTRIES if path == "entries" else MAX_ITEMS)
        return [(child(path, i), item) for i, item in enumerate(value)]

    def extra(self) -> Mapping[str, Json]:
        return frozen({k: v for k, v in self.value.items() if k not in self.used})


def _bounded(value: list[Json] | dict[str, Json], path: str, most: int = MAX_ITEMS) -> None:
    if len(value) > most:
        raise PatternError("too-many", {"count": len(value), "most": most}, path)


def _text(value: Json, path: str) -> str:
    if not isinstance(value, str):
        raise PatternError("not-text", path=path)
    return value


def _target(value: Json, path: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise PatternError("not-target", path=path)
    return value


def _check(pattern: re.Pattern[str], value: Json, path: str, key: str) -> str:
    text = _text(value, path)
    if not pattern.fullmatch(text):
        raise PatternError(key, {"value": text}, path)
    return text


def _intervals(items: list[tuple[str, Json]] | None, path: str) -> tuple[tuple[str, str], ...]:
    if items is None:
        raise PatternError("not-list", path=path)
    result = []
    for item_path, item in items:
        if not isinstance(item, list) or len(item) != 2:
            raise PatternError("bad-interval-shape", path=item_path)
        start = _check(_START, item[0], child(item_path, 0), "bad-time")
        end = _check(_END, item[1], child(item_path, 1), "bad-time")
        if end <= start:
            raise PatternError("bad-interval", {"start": start, "end": end}, item_path)
        result.append((start, end))
    return tuple(result)


def _date_list(
    obj: _Object, key: str, pattern: re.Pattern[str], parse: Callable[[str], object]
) -> tuple[str, ...] | None:
    items = obj.items(key)
    if items is None:
        return None
    for path, value in items:
        text = _check(pattern, value, path, "bad-date")
        try:
            parse(text)
        except ValueError:
            raise PatternError("bad-date", {"value": text}, path) from None
    return tuple(value for _, value in items)


@cache
def _countries() -> frozenset[str]:
    # The registry's table of codes: `holidays.list_supported_countries()` would import
    # every one of some 250 country modules to list their subdivisions.
    return frozenset(EntityLoader.get_country_codes())


def _month_day(text: str) -> object:
    return date(2000, int(text[:2]), int(text[3:]))  # a leap year: 02-29 is a real day


def _calendar(value: Json, path: str) -> Calendar:
    obj = _Object(value, path)
    weekly_obj = obj.obj("weekly", required=True)
    assert weekly_obj is not None
    weekly = {}
    for day in weekly_obj.value:
        if day not in WEEKDAYS:
            raise PatternError(
                "bad-value",
                {"value": day, "allowed": ", ".join(WEEKDAYS)},
                child(weekly_obj.path, day),
            )
        weekly[day] = _intervals(weekly_obj.items(day), child(weekly_obj.path, day))
    country = obj.text("public_holidays")
    if country is not None and country not in _countries():
        raise PatternError("bad-country", {"value": country}, child(path, "public_holidays"))
    special = None
    special_obj = obj.obj("special_hours")
    if special_obj is not None:
        special = {}
        for day in special_obj.value:
            day_path = child(special_obj.path, day)
            _check(_DATE, day, day_path, "bad-date")
            try:
                date.fromisoformat(day)
            except ValueError:
                raise PatternError("bad-date", {"value": day}, day_path) from None
            special[day] = _intervals(special_obj.items(day), day_path)
    return Calendar(
        weekly=frozen(weekly),
        public_holidays=country,
        closed_dates=_date_list(obj, "closed_dates", _DATE, date.fromisoformat),
        closed_yearly=_date_list(obj, "closed_yearly", _MONTH_DAY, _month_day),
        special_hours=None if special is None else frozen(special),
        extra=obj.extra(),
    )


def _member(value: Json, path: str) -> Member:
    obj = _Object(value, path)
    device = obj.text("device")
    if device is not None and device not in tuple(Device):
        raise PatternError(
            "bad-value", {"value": device, "allowed": ", ".join(Device)}, child(path, "device")
        )
    return Member(
        number=obj.text("number", required=True) or "",
        name=obj.text("name"),
        employee_id=obj.text("employee_id"),
        device=None if device is None else Device(device),
        site=obj.text("site"),
        extra=obj.extra(),
    )


_REQUIRED_FIELDS: Final = frozenset({"calendar", "members", "strategy", "number"})
_SECONDS: Final = frozenset({"timeout_s", "ring_s", "max_ring_s", "max_wait_s"})


def _node_field(obj: _Object, name: str) -> Any:
    required = name in _REQUIRED_FIELDS
    if name in _SECONDS:
        return obj.whole(name, MAX_SECONDS, "not-seconds")
    if name == "max_callers":
        return obj.whole(name, MAX_CALLERS, "not-count")
    if name == "strategy":
        return Strategy(obj.choice(name, tuple(Strategy)))
    if name == "members":
        items = obj.items(name, required)
        return tuple(_text(v, p) for p, v in items or ())
    if name == "options":
        options = obj.obj(name)
        if options is None:
            return None
        for key, target in options.value.items():
            if key not in MENU_KEYS:
                raise PatternError(
                    "bad-value",
                    {"value": key, "allowed": " ".join(MENU_KEYS)},
                    child(options.path, key),
                )
            _target(target, child(options.path, key))
        return frozen(options.value)
    return obj.text(name, required)


def _node(value: Json, path: str) -> Node:
    obj = _Object(value, path)
    node_id = obj.text("id", required=True) or ""
    node_type = NodeType(obj.choice("type", tuple(NodeType)))
    fields = {name: _node_field(obj, name) for name in NODE_FIELDS[node_type]}
    exits = {
        key: _target(obj.raw(key), child(path, key)) for key in EXIT_KEYS[node_type] if obj.has(key)
    }
    return Node(
        id=node_id,
        type=node_type,
        label=obj.text("label"),
        exits=frozen(exits),
        extra=obj.extra(),
        **fields,
    )


def _entry(value: Json, path: str) -> Entry:
    obj = _Object(value, path)
    return Entry(
        number=obj.text("number", required=True) or "",
        start=_target(obj.raw("start"), child(path, "start")),
        label=obj.text("label"),
        extra=obj.extra(),
    )


def _layout(obj: _Object | None) -> Mapping[str, tuple[float, float]] | None:
    if obj is None:
        return None
    layout = {}
    for node_id, value in obj.value.items():
        if (
            not isinstance(value, list)
            or len(value) != 2
            or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
        ):
            raise PatternError("bad-position", path=child(obj.path, node_id))
        layout[node_id] = (value[0], value[1])
    return frozen(layout)


def from_document(value: Json) -> Pattern:
    """A `Pattern` from a parsed JSON document; `PatternError` when it is not one."""
    obj = _Object(value, "")
    found = obj.raw("format", required=True)
    if found != FORMAT:
        raise PatternError("wrong-format", {"expected": FORMAT, "found": found}, "format")
    version = obj.raw("version", required=True)
    if isinstance(version, str) and version.strip() == str(VERSION):
        raise PatternError("version-as-text", {"value": version, "version": VERSION}, "version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise PatternError("bad-version", {"value": version}, "version")
    if version > VERSION:
        raise PatternError("newer-version", {"version": version, "supported": VERSION}, "version")
    if version < VERSION:
        raise PatternError("bad-version", {"value": version}, "version")
    timezone = obj.text("timezone")
    if timezone is not None:
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise PatternError("bad-timezone", {"value": timezone}, "timezone") from None
    calendars = obj.obj("calendars", required=True)
    members = obj.obj("members", required=True)
    assert calendars is not None and members is not None
    _bounded(calendars.value, calendars.path)
    _bounded(members.value, members.path)
    return Pattern(
        id=obj.text("id", required=True) or "",
        name=obj.text("name", required=True) or "",
        timezone=timezone,
        entries=tuple(_entry(v, p) for p, v in obj.items("entries", required=True) or ()),
        calendars=frozen(
            {k: _calendar(v, child(calendars.path, k)) for k, v in calendars.value.items()}
        ),
        members=frozen({k: _member(v, child(members.path, k)) for k, v in members.value.items()}),
        nodes=tuple(_node(v, p) for p, v in obj.items("nodes", required=True) or ()),
        layout=_layout(obj.obj("layout")),
        extra=obj.extra(),
    )


_TOKENS: Final = re.compile(r'"(?:[^"\\]|\\.)*"|[\[{]|[\]}]|(?<![\d.eE+-])-?\d+(?![\d.eE])')
"""Strings, brackets and integers of JSON text: enough to find where a parse gave up."""


def _line_column(data: str, offset: int) -> dict[str, object]:
    return {"line": data.count("\n", 0, offset) + 1, "column": offset - data.rfind("\n", 0, offset)}


def _deepest(data: str) -> dict[str, object]:
    """Where the nesting of `data` first reaches its greatest depth, and that depth."""
    depth = most = where = 0
    for token in _TOKENS.finditer(data):
        if token[0] in "[{":
            depth += 1
            if depth > most:
                most, where = depth, token.start()
        elif token[0] in "]}":
            depth -= 1
    return {"depth": most, **_line_column(data, where)}


def _longest_integer(data: str) -> dict[str, object]:
    """The first integer of `data` too long for Python's `int` (`sys.int_info`), if any."""
    limit = sys.get_int_max_str_digits()
    for token in _TOKENS.finditer(data):
        digits = len(token[0].lstrip("-"))
        if token[0][0] != '"' and token[0] not in "[]{}" and digits > limit:
            return {"digits": digits, **_line_column(data, token.start())}
    return {"digits": limit, "line": 1, "column": 1}


def loads(data: str | bytes) -> Pattern:
    """A `Pattern` from JSON text (bytes must be UTF-8) of at most `MAX_DOCUMENT_BYTES`."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise PatternError("too-large", {"most": MAX_DOCUMENT_BYTES // 1_000_000})
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise PatternError("not-utf8") from None
    try:
        value = json.loads(data)
    except json.JSONDecodeError as exc:
        raise PatternError(
            "not-json", {"detail": json_reason(exc), "line": exc.lineno, "column": exc.colno}
        ) from None
    except RecursionError:
        raise PatternError("too-deep", _deepest(data)) from None
    except ValueError:  # an integer with more digits than `int` reads
        raise PatternError("too-long-number", _longest_integer(data)) from None
    return from_document(value)
