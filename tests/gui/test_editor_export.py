"""The drawing exported from the editor and by `kontakt pattern export`: SVG, PDF and PNG
files with the pattern's name, the date and each card's label, and clear refusals."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kontakt.cli import main
from kontakt.core.ringpattern import from_document
from kontakt.i18n import gui_translate
from kontakt.services.patterns import StoredPattern
from kontakt.storage.db import Database
from kontakt.ui.app import Translations
from kontakt.ui.workspaces.patterns.editor import PatternEditor
from kontakt.ui.workspaces.patterns.export import export_pattern
from tests.unit.ringpattern.builders import DEMO_PATH, demo, demo_document

LABELS = ("Hovudmeny", "Sentralbordet", "Helse og omsorg", "Postmottak", "56 10 00 00")


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_the_editor_exports_svg_and_pdf_with_every_label(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, qapp: object
) -> None:
    Translations(qapp).use("en")  # type: ignore[arg-type]
    editor = PatternEditor(demo_db)
    qtbot.addWidget(editor)
    editor.open(StoredPattern("demo-sentralbord", demo(), 1, "baseline"))
    editor.scene.select_only(["helse"])
    svg = editor.export(tmp_path / "demo.svg")
    pdf = editor.export(tmp_path / "demo.pdf")
    assert svg is not None and pdf is not None
    text = svg.read_text(encoding="utf-8")
    assert "<title>Sentralbord og heimeteneste – Demo kommune</title>" in text
    words = pdf_text(pdf)
    for label in (*LABELS, "Sentralbord og heimeteneste", date.today().strftime("%d.%m.%Y")):
        assert label in text
        assert label in words
    assert editor.scene.selected_ids() == ["helse"]  # the screen's selection is kept


def test_a_pattern_without_positions_is_laid_out_in_the_drawing(
    tmp_path: Path, qapp: object
) -> None:
    document = demo_document()
    del document["layout"]
    png = export_pattern(
        from_document(document), "png", tmp_path / "x.png", date(2026, 12, 1), gui_translate
    )
    image = QImage(str(png))
    assert image.width() > 1000 and image.height() > 600


def test_kontakt_pattern_export_draws_headless(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2] / "src")
    out = tmp_path / "drawing.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kontakt",
            "--lang",
            "nn",
            "pattern",
            "export",
            str(DEMO_PATH),
            "--pdf",
            str(out),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    words = pdf_text(out)
    for label in LABELS:
        assert label in words
    assert "svargruppe" in words  # the legend, in Nynorsk


def test_an_unusable_file_is_refused_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    out = tmp_path / "x.svg"
    assert main(["--lang", "en", "pattern", "export", str(broken), "--svg", str(out)]) == 2
    assert "broken.json" in capsys.readouterr().err
    assert not out.exists()
