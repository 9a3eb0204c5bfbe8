"""Every visible text has a finished Nynorsk and Bokmål translation, compiled and current."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import translations as tools  # noqa: E402


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files, refreshed from the source as `update` would."""
    folder = tmp_path_factory.mktemp("ts")
    for ts in (ROOT / "translations").glob("*.ts"):
        shutil.copy2(ts, folder / ts.name)
    tools.update(folder)
    return folder


@pytest.mark.parametrize("language", ["nn", "nb", "en"])
def test_every_source_string_is_translated(refreshed: Path, language: str) -> None:
    missing = tools.unfinished(refreshed / f"kontakt_{language}.ts")
    assert missing == [], f"{len(missing)} texts lack a {language} translation: {missing[:10]}"


@pytest.mark.parametrize("language", ["nn", "nb", "en"])
def test_committed_catalogues_are_current(refreshed: Path, language: str) -> None:
    committed = (ROOT / "translations" / f"kontakt_{language}.ts").read_text(encoding="utf-8")
    assert committed == (refreshed / f"kontakt_{language}.ts").read_text(encoding="utf-8"), (
        "run: python tools/translations.py update (and translate what is new)"
    )


@pytest.mark.parametrize("name", tools.catalogues())
def test_compiled_catalogues_match_their_sources(tmp_path: Path, name: str) -> None:
    tools.release(ROOT / "translations", tmp_path)
    built = (tmp_path / f"{name}.qm").read_bytes()
    assert built == (ROOT / "translations" / f"{name}.qm").read_bytes(), (
        "run: python tools/translations.py release"
    )


@pytest.mark.parametrize("language", ["nn", "nb"])
def test_no_translation_is_a_list_of_forms_written_as_text(language: str) -> None:
    """Plural forms given for a text the code does not count once came out as "['…', '…']"."""
    ts = (ROOT / "translations" / f"kontakt_{language}.ts").read_text(encoding="utf-8")
    assert "<translation>[&apos;" not in ts and "<numerusform>[&apos;" not in ts
