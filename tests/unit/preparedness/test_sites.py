"""The sites register: reading with errors that name the field, writing back, autonomy."""

from __future__ import annotations

import json

import pytest

from kontakt.core.preparedness.sites import Hop, SitesError, dumps, hop_kind_text, loads
from kontakt.core.texts import untranslated
from tests.unit.preparedness.builders import register, sites_doc


def test_a_register_reads_and_writes_back_the_same() -> None:
    first = register()
    again = loads(dumps(first))
    assert again == first
    assert json.loads(dumps(first))["sites"][0]["path"][0] == {
        "kind": "access-switch",
        "name": "sw-rh-2",
        "poe": True,
        "ups_min": 180,
    }


def test_autonomy_is_the_least_hop_and_a_generator_counts_as_unlimited() -> None:
    reg = register()
    assert reg.site("radhuset") is not None
    assert reg.site("radhuset").autonomy_min == 180  # type: ignore[union-attr]
    assert reg.site("skule").autonomy_min == 30  # type: ignore[union-attr]
    doc = sites_doc()
    doc["sites"][1]["path"] = [{"kind": "core", "name": "core-dc", "generator": True}]
    doc["sites"][0]["path"].append({"kind": "router", "name": "r1"})
    bent = register(doc)
    assert bent.site("skule").autonomy_min is None  # type: ignore[union-attr]
    assert bent.site("radhuset").autonomy_min == 0  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("bend", "field", "words"),
    [
        (
            lambda d: d["sites"][1]["path"][0].update(ups_min=-5),
            "sites[1].path[0].ups_min",
            "minutes",
        ),
        (
            lambda d: d["sites"][0].update(mobile_coverage="ok"),
            "sites[0].mobile_coverage",
            "good, weak",
        ),
        (lambda d: d["sites"][0].update(wifi="yes"), "sites[0].wifi", "true or false"),
        (lambda d: d["sites"][0].pop("id"), "sites[0].id", "missing"),
        (lambda d: d["sites"][1].update(id="radhuset"), "sites[1].id", "twice"),
        (lambda d: d["sites"][0]["path"][1].update(poe=1), "sites[0].path[1].poe", "true or false"),
        # beyond what a database integer holds, and beyond any battery
        (
            lambda d: d["sites"][0]["path"][0].update(ups_min=10**12),
            "sites[0].path[0].ups_min",
            "0 to 100 000",
        ),
        (lambda d: d.update(autonomy_target_min=True), "autonomy_target_min", "minutes"),
    ],
)
def test_a_bad_field_is_refused_naming_file_and_field(bend, field, words) -> None:  # type: ignore[no-untyped-def]
    doc = sites_doc()
    bend(doc)
    with pytest.raises(SitesError) as caught:
        loads(json.dumps(doc), file="sites.json")
    message = caught.value.message(untranslated)
    assert message.startswith(f"sites.json, {field}:")
    assert words in message


def test_not_a_sites_register_is_refused() -> None:
    with pytest.raises(SitesError) as caught:
        loads('{"format": "kontakt.ringpattern", "version": 1}', file="x.json")
    assert "not a sites register" in caught.value.message(untranslated)
    with pytest.raises(SitesError) as caught:
        loads("{", file="x.json")
    assert caught.value.message(untranslated).startswith("x.json: this is not JSON")


def test_hop_kinds_are_words_and_another_word_stays_as_typed() -> None:
    words = [hop_kind_text(k, untranslated) for k in ("access-switch", "wan-link", "core")]
    assert words == ["access switch", "WAN link", "core switch"]
    assert hop_kind_text("radiolink", untranslated) == "radiolink"
    assert Hop("wan-link", "").kind == "wan-link"  # the document keeps the spec's value
