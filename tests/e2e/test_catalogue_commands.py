"""`kontakt catalogue sync` against the reference receiver: a 200 stores the catalogue and
says what changed, the second sync is a 304 that touches nothing; from the command line
and from the Telefonmodellar workspace's button."""

from __future__ import annotations

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


def _served(demo: dict[str, object]) -> dict[str, object]:
    """The demo catalogue with one model dropped, one repriced and one new."""
    models = [dict(m) for m in demo["models"]]  # type: ignore[attr-defined]
    dropped = models.pop()
    assert dropped["model"] == "Fairphone (Gen. 6)"
    models[0]["price_nok"] = 5990.0
    models.append(
        {"manufacturer": "Nokia", "model": "XR21", "os": "Android", "five_g": True,
         "colours": ["Svart"], "price_nok": 4490.0}
    )  # fmt: skip
    return {**demo, "models": models}


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
    names = {m.model for m in catalogue.models(demo_db)}
    assert "XR21" in names and "Fairphone (Gen. 6)" not in names

    code, out, err = _run(capsys, "--db", url, "catalogue", "sync", "--api", running.base_url)
    assert code == 0, err
    assert "The phone catalogue has not changed." in out
    assert catalogue.synced_at(demo_db) == first_sync

    code, out, _ = _run(capsys, "--db", url, "catalogue", "list", "--json")
    listed = json.loads(out)
    assert listed["synced_at"] == first_sync.isoformat()
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
