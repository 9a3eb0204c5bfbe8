"""`kontakt catalogue sync` against the reference receiver: a 200 stores the catalogue and
says what changed, the second sync is a 304 that touches nothing; from the command line
and from the Telefonmodellar workspace's button."""

from __future__ import annotations

import base64
import dataclasses
import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kontakt.cli import main
from kontakt.services import catalogue, municipality
from kontakt.storage.db import Database
from tests.e2e.support import MemoryKeyring, Running

ROOT = Path(__file__).resolve().parents[2]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


NOKIA_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 20">'
    b'<rect width="10" height="20"/></svg>'
)
NOKIA_PICTURE = "data:image/svg+xml;base64," + base64.b64encode(NOKIA_SVG).decode()


def _served(demo: dict[str, object]) -> dict[str, object]:
    """The demo catalogue with one model dropped, one repriced and one new."""
    models = [dict(m) for m in demo["models"]]  # type: ignore[attr-defined]
    dropped = models.pop()
    assert dropped["model"] == "Fairphone (Gen. 6)"
    models[0]["price_nok"] = 5990.0
    models.append(
        {"manufacturer": "Nokia", "model": "XR21", "os": "Android", "five_g": True,
         "colours": ["Svart"], "price_nok": 4490.0, "picture": NOKIA_PICTURE}
    )  # fmt: skip
    return {**demo, "models": models, "prices_are_examples": False}


def test_sync_stores_then_a_304_changes_nothing(
    running: Running,
    demo_db: Database,
    demo_db_url: str,
    keyring_with_key: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    demo = json.loads((ROOT / "resources/demo/phone-catalogue.json").read_text("utf-8"))
    running.receiver.catalogue = _served(demo)
    url = demo_db_url

    code, out, err = _run(capsys, "--db", url, "catalogue", "sync", "--api", running.base_url)
    assert code == 0, err
    assert "1 model added." in out
    assert "1 model changed." in out
    assert "1 model removed." in out
    first_sync = catalogue.synced_at(demo_db)
    assert first_sync is not None
    by_name = {m.model: m for m in catalogue.models(demo_db)}
    assert "XR21" in by_name and "Fairphone (Gen. 6)" not in by_name
    # The API's picture is kept for offline use; the demo's models keep their drawings.
    nokia = by_name["XR21"].picture()
    assert nokia is not None and nokia.data == NOKIA_SVG
    galaxy = by_name["Galaxy S25"].picture()
    assert galaxy is not None and b"<title>Samsung Galaxy S25</title>" in galaxy.data
    assert not catalogue.prices_are_examples(demo_db)  # IKTNH's own prices now

    code, out, err = _run(capsys, "--db", url, "catalogue", "sync", "--api", running.base_url)
    assert code == 0, err
    assert "The phone catalogue has not changed." in out
    assert catalogue.synced_at(demo_db) == first_sync

    code, out, _ = _run(capsys, "--db", url, "catalogue", "list", "--json")
    listed = json.loads(out)
    assert listed["synced_at"] == first_sync.isoformat()
    assert listed["prices_are_examples"] is False
    assert len(listed["models"]) == 12


def test_sync_with_no_server_exits_2_and_keeps_the_catalogue(
    demo_db: Database,
    demo_db_url: str,
    keyring_with_key: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    nobody = "http://127.0.0.1:9/v1"  # the discard port: nothing listens there
    code, _, err = _run(capsys, "--db", demo_db_url, "catalogue", "sync", "--api", nobody)
    assert code == 2
    assert "The phone catalogue could not be fetched" in err
    assert len(catalogue.models(demo_db)) == 12
    assert catalogue.synced_at(demo_db) is None


def test_the_workspace_fetches_off_the_gui_thread_then_hears_nothing_changed(
    qtbot: QtBot,
    running: Running,
    demo_db: Database,
    keyring_with_key: MemoryKeyring,
) -> None:
    from kontakt.ui.workspaces.catalogue.workspace import CatalogueWorkspace

    settings = municipality.current(demo_db)
    assert settings is not None
    municipality.save(demo_db, dataclasses.replace(settings, api_base_url=running.base_url))
    demo = json.loads((ROOT / "resources/demo/phone-catalogue.json").read_text("utf-8"))
    running.receiver.catalogue = _served(demo)
    page = CatalogueWorkspace(demo_db)
    qtbot.addWidget(page)

    page.sync_button.click()
    assert page.runner.running  # the fetch runs off the GUI thread

    def shown() -> set[str]:
        return {page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())}

    qtbot.waitUntil(lambda: "XR21" in shown() and not page.runner.running, timeout=10_000)
    assert "Fairphone (Gen. 6)" not in shown()
    first_sync = catalogue.synced_at(demo_db)
    assert first_sync is not None

    page.sync_button.click()
    qtbot.waitUntil(lambda: not page.runner.running and page.sync_button.isEnabled())
    assert catalogue.synced_at(demo_db) == first_sync  # the 304 touched nothing
    assert page.proxy.rowCount() == 12


def test_sync_fetches_the_pictures_the_catalogue_points_to_once_and_keeps_them(
    running: Running,
    demo_db: Database,
    demo_db_url: str,
    keyring_with_key: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from kontakt.api.receiver import demo_pictures

    served = json.loads((ROOT / "resources/demo/phone-catalogue.json").read_text("utf-8"))
    pictures = demo_pictures(served, ROOT / "resources/phones")
    assert len(pictures) == 12  # the reference server serves every demo model's drawing
    pictures["apple-iphone-16e.svg"] = ("image/svg+xml", NOKIA_SVG)
    pictures["not-a-picture.svg"] = ("text/html", b"<html></html>")
    by_name = {m["model"]: m for m in served["models"]}
    by_name["Galaxy S25"]["picture_url"] = "/catalogue/phones/pictures/gone.svg"
    by_name["Pixel 9a"]["picture_url"] = "/catalogue/phones/pictures/not-a-picture.svg"
    running.receiver.catalogue = served
    running.receiver.pictures = pictures
    url = demo_db_url

    code, _, err = _run(capsys, "--db", url, "catalogue", "sync", "--api", running.base_url)
    assert code == 0, err
    stored = {m.model: m for m in catalogue.models(demo_db)}
    iphone = stored["iPhone 16e"].picture()
    assert iphone is not None and iphone.data == NOKIA_SVG  # fetched, kept as data
    # A 404 and an answer that is no picture leave the shipped drawing.
    for name, title in (("Galaxy S25", b"Samsung Galaxy S25"), ("Pixel 9a", b"Google Pixel 9a")):
        shown = stored[name].picture()
        assert shown is not None and b"<title>" + title + b"</title>" in shown.data
        assert "picture" not in stored[name].details

    # A new catalogue with the same addresses: the kept pictures, nothing fetched again.
    running.receiver.pictures = {}
    by_name["iPhone 16e"]["price_nok"] = 5990.0
    code, out, err = _run(capsys, "--db", url, "catalogue", "sync", "--api", running.base_url)
    assert code == 0, err
    assert "1 model changed." in out
    again = {m.model: m for m in catalogue.models(demo_db)}["iPhone 16e"].picture()
    assert again is not None and again.data == NOKIA_SVG
