"""Each preparedness finding code, triggered and not triggered, naming what it concerns."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from kontakt.core.contacts.directory import DirectoryEntry
from kontakt.core.preparedness.check import check
from kontakt.core.preparedness.findings import CODES, Finding
from kontakt.core.preparedness.weaknesses import Decision, Review, Weakness
from kontakt.core.texts import untranslated
from tests.unit.preparedness.builders import (
    DIRECT,
    MAIN,
    TODAY,
    pattern,
    pattern_doc,
    register,
    sites_doc,
)

REVIEWED = (Review("Kari", datetime(TODAY.year, TODAY.month, 1, tzinfo=UTC)),)


def run(
    sites: dict[str, Any] | None = None,
    doc: dict[str, Any] | None = None,
    directory: tuple[DirectoryEntry, ...] = (),
    reviews: tuple[Review, ...] = REVIEWED,
    weaknesses: tuple[Weakness, ...] = (),
) -> list[Finding]:
    return list(
        check(register(sites), [pattern(doc)], directory, TODAY, reviews, weaknesses).findings
    )


def codes(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


def test_the_healthy_municipality_has_only_its_short_site() -> None:
    found = run()
    assert [(f.code, f.site) for f in found] == [("short-autonomy", "skule")]
    assert found[0].text(untranslated) == (
        "Site Skulen: emergency power lasts 30 min, less than the target of 120 min."
    )


def test_no_emergency_power_names_the_site_and_the_bare_hop() -> None:
    sites = sites_doc()
    sites["sites"][0]["path"][1].pop("ups_min")
    found = codes(run(sites), "no-emergency-power")
    assert [(f.site, f.severity.value) for f in found] == [("radhuset", "error")]
    assert '"dist-rh"' in found[0].text(untranslated)
    # a site without desk phones or softphones is no concern
    doc = pattern_doc()
    for member in doc["members"].values():
        member["device"] = "mobile"
    assert codes(run(sites, doc), "no-emergency-power") == []


def test_short_autonomy_against_the_target() -> None:
    sites = sites_doc()
    sites["autonomy_target_min"] = 30
    assert codes(run(sites), "short-autonomy") == []
    sites["autonomy_target_min"] = 181
    assert [f.site for f in codes(run(sites), "short-autonomy")] == ["radhuset", "skule"]


def test_desk_phone_without_poe_one_per_phone_member_or_number() -> None:
    sites = sites_doc()
    del sites["sites"][0]["path"][0]["poe"]  # missing counts as none
    directory = (
        DirectoryEntry("+4756100010", "desk", "1", "Kari", "radhuset"),  # kari: a member
        DirectoryEntry("+4756100099", "desk", "2", "Nils", "radhuset"),
        DirectoryEntry("+4791200099", "mobile", "3", "Mona", "radhuset"),
    )
    found = codes(run(sites, directory=directory), "desk-phone-without-poe")
    assert {(f.member, f.number, f.site) for f in found} == {
        ("kari", None, "radhuset"),
        (None, "+4756100099", "radhuset"),
    }
    assert len(found) == 2
    assert codes(run(directory=directory), "desk-phone-without-poe") == []


def test_no_network_point_even_with_wifi() -> None:
    sites = sites_doc()
    sites["sites"][0]["network_points_ok"] = False
    assert [f.site for f in codes(run(sites), "no-network-point")] == ["radhuset"]
    assert codes(run(), "no-network-point") == []


def test_no_mobile_coverage_names_the_mobile_member() -> None:
    sites = sites_doc()
    sites["sites"][0]["mobile_coverage"] = "none"
    found = codes(run(sites), "no-mobile-coverage")
    assert [(f.member, f.site) for f in found] == [("ola", "radhuset")]
    sites["sites"][0]["mobile_coverage"] = "weak"
    assert codes(run(sites), "no-mobile-coverage") == []


def test_single_site_group_when_all_members_are_fixed_at_one_site() -> None:
    assert codes(run(), "single-site-group") == []  # ola's mobile rings too
    doc = pattern_doc()
    doc["nodes"][2]["members"] = ["siv"]
    found = codes(run(doc=doc), "single-site-group")
    assert [(f.node, f.site) for f in found] == [("desk", "skule")]


def test_no_mobile_fallback_over_every_menu_choice() -> None:
    assert codes(run(), "no-mobile-fallback") == []
    doc = pattern_doc()
    doc["nodes"][2]["members"] = ["siv"]
    found = codes(run(doc=doc), "no-mobile-fallback")
    assert [f.entry for f in found] == [DIRECT]
    doc["nodes"].append(
        {
            "id": "menu",
            "type": "menu",
            "options": {"1": "desk", "2": "switchboard"},
            "no_input": "desk",
        }
    )
    doc["entries"][1]["start"] = "menu"
    assert codes(run(doc=doc), "no-mobile-fallback") == []  # pressing 2 rings ola


def test_unknown_site_once_per_site_id() -> None:
    doc = pattern_doc()
    doc["members"]["kari"]["site"] = "brannstasjonen"
    directory = (DirectoryEntry("+4756100077", "desk", "9", "Tor", "brannstasjonen"),)
    found = codes(run(doc=doc, directory=directory), "unknown-site")
    assert [(f.site, f.severity.value) for f in found] == [("brannstasjonen", "error")]
    assert "kari, 56 10 00 77" in found[0].text(untranslated)
    assert codes(run(), "unknown-site") == []


def test_entry_lost_names_the_scenarios() -> None:
    assert codes(run(), "entry-lost") == []  # the platform scenario is left out
    doc = pattern_doc()
    doc["nodes"][1]["members"] = ["kari"]
    doc["nodes"][2]["members"] = ["siv"]
    found = codes(run(doc=doc), "entry-lost")
    assert {f.entry: f.text(untranslated) for f in found} == {
        MAIN: "56 10 00 00 cannot be answered in opening hours during: Network down at "
        "Rådhuset, Central data room down.",
        DIRECT: "56 10 05 00 cannot be answered in opening hours during: Power cut at Skulen "
        "for 120 min, Network down at Skulen, Central data room down.",
    }


def test_plan_review_due_after_twelve_months_or_never() -> None:
    assert codes(run(reviews=()), "plan-review-due")[0].text(untranslated) == (
        "The preparedness plan has never been reviewed."
    )
    old = datetime(TODAY.year - 1, TODAY.month, TODAY.day, tzinfo=UTC) - timedelta(days=1)
    found = codes(run(reviews=(Review("Ola", old),)), "plan-review-due")
    assert old.strftime("%d.%m.%Y") in found[0].text(untranslated)
    assert codes(run(), "plan-review-due") == []


def test_weakness_unanswered_without_decision_or_past_due() -> None:
    open_one = Weakness("UPS i rådhuset er gammal", sites=("radhuset",))
    late = Weakness(
        "Ingen reserve for hovudnummeret",
        entries=(MAIN,),
        decision=Decision.MEASURE_PLANNED,
        due=TODAY - timedelta(days=1),
    )
    fine = Weakness(
        "Svak dekning",
        sites=("skule",),
        decision=Decision.MEASURE_PLANNED,
        due=TODAY + timedelta(days=30),
    )
    accepted = Weakness("Ingen generator", decision=Decision.RISK_ACCEPTED, reason="kost")
    found = codes(run(weaknesses=(open_one, late, fine, accepted)), "weakness-unanswered")
    assert [(f.site, f.entry) for f in found] == [(None, MAIN), ("radhuset", None)]


def test_every_code_has_a_test_above() -> None:
    names = " ".join(n for n in globals() if n.startswith("test_"))
    for code in CODES:
        assert code.replace("-", "_") in names, code


def test_messages_name_sites_and_members_by_name_and_json_keeps_ids() -> None:
    sites = sites_doc()
    sites["sites"][0]["path"][0]["poe"] = False
    sites["sites"][0]["mobile_coverage"] = "none"
    doc = pattern_doc()
    doc["members"]["kari"]["name"] = "Kari Nordmann"
    doc["nodes"][2]["members"] = ["siv"]
    directory = (DirectoryEntry("+4791200002", "mobile", "E7", "Ola Nordmann", "radhuset"),)
    found = {f.code: f for f in run(sites, doc, directory)}
    texts = {code: f.text(untranslated) for code, f in found.items()}
    assert texts["desk-phone-without-poe"] == (
        'The desk phone Kari Nordmann at site Rådhuset hangs on the access switch "sw-rh-2", '
        "which gives no PoE."
    )
    assert texts["no-mobile-coverage"] == (
        "The mobile Ola Nordmann sits at site Rådhuset, which has no mobile coverage indoors."
    )
    assert texts["single-site-group"].startswith("One outage at site Skulen silences")
    poe = found["desk-phone-without-poe"].json(untranslated)
    assert (poe["member"], poe["site"]) == ("kari", "radhuset")

    sites["sites"][1]["name"] = "Rådhuset"  # two sites of one name: the id tells them apart
    sites["sites"][1]["path"][0]["ups_min"] = 0
    texts = {f.code: f.text(untranslated) for f in run(sites, doc, directory)}
    assert texts["no-emergency-power"].startswith("Site Rådhuset (skule): the hop")
    assert "at site Rådhuset (radhuset) hangs" in texts["desk-phone-without-poe"]
