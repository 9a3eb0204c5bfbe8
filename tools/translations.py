"""Refresh and compile Kontakt's translations (Qt Linguist .ts -> .qm).

    python tools/translations.py update    # pyside6-lupdate: new source strings into the .ts files
    python tools/translations.py release   # pyside6-lrelease: compile the .ts files to .qm

Translate the new entries in Qt Linguist (or by editing the .ts), then `release`. The test
suite fails while a source string has no finished Nynorsk or Bokmål translation, or while a
.qm file is older than its .ts. English is the source language: its catalogue carries each
text as its own translation.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "kontakt"
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("nn", "nb", "en")


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def source_files() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py") if "migrations" not in p.parts
    )


def update(ts_dir: Path = TRANSLATIONS) -> None:
    """Bring every source string into the .ts files of `ts_dir`, dropping vanished ones."""
    ts_dir.mkdir(exist_ok=True)
    for language in LANGUAGES:
        ts = ts_dir / f"kontakt_{language}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *source_files(),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        if language == "en":
            _english_is_its_own_translation(ts)


def _english_is_its_own_translation(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.find("source")
        if translation is not None and source is not None and translation.get("type"):
            translation.text = source.text
            del translation.attrib["type"]
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def release(ts_dir: Path = TRANSLATIONS, qm_dir: Path = TRANSLATIONS) -> None:
    """Compile each .ts of `ts_dir` to a .qm in `qm_dir` (unfinished entries left out)."""
    for language in LANGUAGES:
        ts = ts_dir / f"kontakt_{language}.ts"
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                "-nounfinished",
                "-silent",
                str(ts),
                "-qm",
                str(qm_dir / f"kontakt_{language}.qm"),
            ],
            check=True,
            capture_output=True,
        )


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every entry without a finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not (translation.text or "").strip()
            ):
                missing.append((name, message.findtext("source") or ""))
    return missing


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "release":
        release()
    else:
        sys.exit(__doc__)
