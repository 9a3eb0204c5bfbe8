"""The Beredskap workspace on the demo data: sites with autonomy and paths, a scenario run
with its routes, a weakness decided, the plan marked reviewed and exported."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kontakt.core.preparedness.scenarios import Kind
from kontakt.core.preparedness.weaknesses import Decision, Weakness
from kontakt.i18n import command_line_translate
from kontakt.services import preparedness
from kontakt.storage.db import Database
from kontakt.ui.workspaces.preparedness.models import AUTONOMY_ROLE
from kontakt.ui.workspaces.preparedness.plan_pdf import write_plan_pdf
from kontakt.ui.workspaces.preparedness.site_dialog import SiteDialog
from kontakt.ui.workspaces.preparedness.workspace import PreparednessWorkspace
from tests.unit.preparedness.builders import TODAY


def test_sites_a_scenario_a_weakness_and_the_plan(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    page = PreparednessWorkspace(demo_db)
    qtbot.addWidget(page)
    page.today = lambda: TODAY
    page.resize(1100, 700)  # the page in a 1 280 × 800 window, beside the navigation
    page.show()
    page.activated()
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10_000)

    model = page.sites_model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "radhuset",
        "helsehuset",
        "teknisk",
    ]
    assert model.index(2, 2).data(AUTONOMY_ROLE) == (0, 120)
    page.sites_view.selectRow(2)
    assert [h.name for h in page.path_view.hops] == ["sw-te-1", "fw-te", "fiber te-dc", "core-dc"]
    assert page.path_view.power_text(page.path_view.hops[0]) == "no emergency power"
    assert page.path_view.power_pen(page.path_view.hops[0]).style() == Qt.PenStyle.DotLine
    assert "Dotted red: no emergency power" in page.legend.text()
    # every column of the site list, the autonomy bar included, fits without scrolling
    assert not page.sites_view.horizontalScrollBar().isVisible()
    assert "PoE" in page.site_findings.text()
    assert "desk-phone-without-poe" in {f.code for f in page.loaded.result.findings}  # type: ignore[union-attr]
    assert "never been reviewed" in page.reminders.text()

    # the GUI edits the register: teknisk gets emergency power on its switch
    teknisk = page.chosen_site()
    assert teknisk is not None and teknisk.id == "teknisk"
    powered = (replace(teknisk.path[0], ups_min=240, poe=True), *teknisk.path[1:])
    assert SiteDialog(teknisk, page).site() == teknisk  # the dialog gives back what it shows
    page.ask_site = lambda site: replace(site, path=powered)
    page.edit_site(teknisk)
    qtbot.waitUntil(lambda: page.sites_model.index(2, 2).data(AUTONOMY_ROLE) == (30, 120))
    assert "PoE" not in " ".join(
        f.code
        for f in page.loaded.result.for_site("teknisk")  # type: ignore[union-attr]
    )

    page.kind.setCurrentIndex(page.kind.findData(Kind.NETWORK.value))
    page.site_choice.setCurrentIndex(page.site_choice.findData("radhuset"))
    page.run_button.click()
    qtbot.waitUntil(lambda: bool(page.results), timeout=10_000)
    assert page.results[0].scenario.name == "network radhuset"
    assert page.lost.text() == "Lost: Ingrid Haugland, Kari Nordmann"  # names, not ids
    first = page.scenario_model.rows[0]
    assert first.entry == "+4756100000" and first.during.rang == ("ola",)
    assert page.scenario_model.index(0, 5).data() == "yes"
    assert "Kari Nordmann" in page.scenario_model.index(0, 3).data()  # who rang, by name
    assert "Sentralbordet" in page.route.text()
    assert page.scenario_choice.isHidden()  # one scenario: nothing to choose between
    page.kind.setCurrentIndex(page.kind.findData(None))  # the sweep
    page.run_button.click()
    qtbot.waitUntil(lambda: len(page.results) > 1, timeout=10_000)
    assert not page.scenario_choice.isHidden()
    assert page.scenario_choice.itemText(0).startswith("Power cut at Rådhuset for 120 min: ")

    page.edit_weakness = lambda w: Weakness(
        "UPS i rådhuset held for kort",
        sites=("radhuset",),
        decision=Decision.MEASURE_PLANNED,
        owner="Kari Nordmann",
        due=TODAY - timedelta(days=2),
    )
    page.add_weakness()
    qtbot.waitUntil(lambda: bool(page.weakness_model.rows), timeout=10_000)
    assert page.weakness_model.rows[0][1]  # past due: unanswered
    assert page.weakness_model.index(0, 1).data() == "Rådhuset"
    assert "UPS i rådhuset held for kort" in page.reminders.text()

    page.ask_text = lambda title, label, default: "Kari Nordmann"
    page.mark_reviewed()
    qtbot.waitUntil(lambda: bool(page.loaded and page.loaded.data.reviews), timeout=10_000)
    assert "by Kari Nordmann" in page.review_text.text()
    assert [r.by for r in preparedness.stored(demo_db).reviews] == ["Kari Nordmann"]

    page.fallback.setPlainText("IKTNH set hovudnummeret over til 912 00 002.")
    page.save_plan_texts()
    qtbot.waitUntil(
        lambda: (
            "912 00 002" in (page.loaded.data.texts["platform_fallback"] if page.loaded else "")
        ),
        timeout=10_000,
    )

    xlsx, pdf = tmp_path / "plan.xlsx", tmp_path / "plan.pdf"
    page.ask_path = lambda mode, pattern: str(xlsx)
    page.export_plan("xlsx")
    page.ask_path = lambda mode, pattern: str(pdf)
    page.export_plan("pdf")
    assert xlsx.stat().st_size > 0
    text = _pdf_text(pdf)
    for said in (
        "Preparedness plan for telephony",
        "Municipality",
        "Demo kommune",
        "Reviewed by",
        "Kari Nordmann",
        "Sites",
        "Teknisk etat",  # the site by its name
        "Network down at Rådhuset",
        "UPS i rådhuset held for kort",
        "912 00 002",
    ):
        assert said in text, said


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_the_plan_pdf_in_nynorsk_has_every_section_and_the_headers_on_each_page(
    demo_db: Database, tmp_path: Path, qapp: object
) -> None:
    nn = command_line_translate("nn")
    data = preparedness.stored(demo_db)
    result = preparedness.run_check(data, TODAY)
    sheets = preparedness.plan_sheets(data, result, nn, now=datetime(2030, 3, 6, 9, 30))
    pdf = write_plan_pdf(tmp_path / "plan.pdf", sheets, nn)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages]
    text = " ".join(pages)
    assert text.startswith("Beredskapsplan for telefoni Kommune Demo kommune Eksportert 06.03.2030")
    for section in ("Kontaktar", "Gjennomgang", "Lokasjonar", "Scenario", "Svakheiter", "Funn"):
        assert section in text, section
    assert "Svakheiter Svakheit" in text and "Ingen." in text  # an empty table says so
    for site in ("Rådhuset", "Helsehuset", "Teknisk etat"):
        assert f"Lokasjon {site}" in text or f"på {site}" in text, site
    assert "Lokasjon teknisk" not in text
    assert "Ingrid Haugland" in text  # who rang, by name
    scenario_pages = [p for p in pages if "Straumbrot på" in p or "Nettverket nede" in p]
    assert len(scenario_pages) > 1
    assert all("Vanlegvis Under bortfallet" in p for p in scenario_pages)  # header repeated
