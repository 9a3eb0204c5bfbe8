"""Reading and writing the document: round trip, unknown keys, errors naming the place."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest

from kontakt.core.ringpattern import PatternError, dumps, from_document, loads, to_document
from kontakt.resources import resource_path

from .builders import DEMO_PATH, demo_document, document, group, voicemail


def test_demo_round_trips_to_the_same_document() -> None:
    original = demo_document()
    pattern = from_document(original)
    assert to_document(pattern) == original
    assert loads(dumps(pattern)) == pattern


def test_shipped_demo_is_the_spec_example() -> None:
    shipped = json.loads(
        resource_path("demo", "demo-sentralbord.ringpattern.json").read_text(encoding="utf-8")
    )
    assert shipped == demo_document()


def test_unknown_keys_survive_everywhere() -> None:
    doc = document([group("g", ["a", "b"]), voicemail()])
    doc["x-top"] = {"keep": [1, 2]}
    doc["entries"][0]["x-entry"] = "e"
    doc["calendars"]["office"]["x-cal"] = True
    doc["members"]["a"]["x-member"] = None
    doc["nodes"][0]["x-node"] = 3.5
    doc["nodes"][1]["ring_s"] = 7  # a field voicemail does not have: kept, no meaning
    pattern = from_document(doc)
    assert pattern.nodes[1].extra == {"ring_s": 7}
    assert to_document(pattern) == doc


def test_absent_and_null_exits_stay_apart() -> None:
    doc = document(
        [
            {"id": "a1", "type": "announcement", "prompt": "Hi", "next": None},
            {"id": "a2", "type": "announcement", "prompt": "Hi"},
        ]
    )
    pattern = from_document(doc)
    assert pattern.nodes[0].exits == {"next": None}
    assert pattern.nodes[1].exits == {}
    assert to_document(pattern) == doc


def test_non_ascii_text_is_written_as_is() -> None:
    text = dumps(from_document(demo_document()))
    assert "Sentralbord og heimeteneste – Demo kommune" in text
    assert text.startswith('{\n  "format"')


@pytest.mark.parametrize(
    ("change", "key", "path"),
    [
        (lambda d: d.update(version=2), "newer-version", "version"),
        (lambda d: d.update(format="other"), "wrong-format", "format"),
        (lambda d: d["nodes"][1]["options"].update({"1": 5}), "not-target", 'nodes[1].options."1"'),
        (
            lambda d: d["nodes"][1]["options"].update({"x": "helse"}),
            "bad-value",
            "nodes[1].options.x",
        ),
        (lambda d: d["nodes"][3].update(strategy="random"), "bad-value", "nodes[3].strategy"),
        (lambda d: d["nodes"][2].update(max_wait_s=-1), "not-seconds", "nodes[2].max_wait_s"),
        (lambda d: d["nodes"][0].pop("type"), "missing-key", "nodes[0]"),
        (
            lambda d: d["calendars"]["kontor"]["weekly"].update(mon=[["15:30", "08:00"]]),
            "bad-interval",
            "calendars.kontor.weekly.mon[0]",
        ),
        (
            lambda d: d["calendars"]["kontor"]["weekly"].update(mon=[["8:00", "15:30"]]),
            "bad-time",
            "calendars.kontor.weekly.mon[0][0]",
        ),
        (
            lambda d: d["calendars"]["kontor"].update(closed_yearly=["13-24"]),
            "bad-date",
            "calendars.kontor.closed_yearly[0]",
        ),
        (
            lambda d: d["calendars"]["kontor"].update(public_holidays="XX"),
            "bad-country",
            "calendars.kontor.public_holidays",
        ),
        (lambda d: d.update(timezone="Europe/Nowhere"), "bad-timezone", "timezone"),
        (lambda d: d["members"]["kari"].update(device="fax"), "bad-value", "members.kari.device"),
        (lambda d: d["layout"].update(helse=[1]), "bad-position", "layout.helse"),
    ],
)
def test_unusable_documents_name_the_place(
    change: Callable[[dict[str, Any]], object], key: str, path: str
) -> None:
    doc = demo_document()
    change(doc)
    with pytest.raises(PatternError) as caught:
        from_document(doc)
    assert (caught.value.key, caught.value.path) == (key, path)


def test_malformed_json_and_bytes_are_clear_errors() -> None:
    with pytest.raises(PatternError) as caught:
        loads('{"format": "kontakt.ringpattern",')
    assert caught.value.key == "not-json"
    assert caught.value.params["line"] == 1
    with pytest.raises(PatternError) as caught:
        loads(b"\xff\xfe{}")
    assert caught.value.key == "not-utf8"


def test_example_and_written_documents_match_the_schema() -> None:
    schema = json.loads(
        resource_path("schemas", "ringpattern-v1.schema.json").read_text(encoding="utf-8")
    )
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads(DEMO_PATH.read_text(encoding="utf-8")), schema)
    jsonschema.validate(json.loads(dumps(loads(DEMO_PATH.read_bytes()))), schema)
    bad = demo_document()
    bad["version"] = 2
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_the_schema_bounds_ring_and_wait_times_as_the_reader_does() -> None:
    schema = json.loads(
        resource_path("schemas", "ringpattern-v1.schema.json").read_text(encoding="utf-8")
    )
    day = demo_document()
    day["nodes"][3]["ring_s"] = 86_400
    jsonschema.validate(day, schema)
    assert from_document(day).nodes[3].ring_s == 86_400
    longer = demo_document()
    longer["nodes"][3]["ring_s"] = 10**15
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(longer, schema)
    with pytest.raises(PatternError) as caught:
        from_document(longer)
    assert (caught.value.key, caught.value.path) == ("not-seconds", "nodes[3].ring_s")
