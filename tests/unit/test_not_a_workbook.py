"""A zip that is no workbook, named .xlsx, is refused in words by every import that reads
workbooks (the one reader, `core/tables/xlsx_table.py`), never with the library's English."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from kontakt.cli import main


@pytest.mark.parametrize(
    "command",
    [
        ["check-contacts"],
        ["service-level"],
        ["preparedness", "check", "--sites"],
    ],
    ids=["contact-check", "call-records", "sites"],
)
@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "is not a workbook Kontakt can read"),
        ("nn", "er ikkje ei arbeidsbok Kontakt kan lese"),
    ],
)
def test_a_zip_with_no_workbook_is_named_and_refused_in_words(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
    language: str,
    words: str,
) -> None:
    fake = tmp_path / "eksport.xlsx"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("notes.txt", "not a spreadsheet")
    code = main(["--lang", language, "--db", f"sqlite:///{tmp_path / 'k.db'}", *command, str(fake)])
    err = capsys.readouterr().err
    assert code == 2
    assert str(fake) in err and words in err
    assert "_rels" not in err and "File not found" not in err and "Traceback" not in err
