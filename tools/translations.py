"""Refresh and compile Kontakt's translations (Qt Linguist .ts -> .qm).

    python tools/translations.py update    # pyside6-lupdate: new source strings into the .ts files
    python tools/translations.py release   # pyside6-lrelease: compile the .ts files to .qm

Translate the new entries in Qt Linguist (or by editing the .ts), then `release`. The test
suite fails while a source string has no finished Nynorsk or Bokmål translation, or while a
.qm file is older than its .ts. English is the source language: its catalogue carries each
text as its own translation, and the two forms of each counted text (`%n version(s)` ->
"%n version", "%n versions"; made from "(s)" unless given).

Translations can also come as JSON files in `translations/pending/` (a list of
`{"context", "source", "nn", "nb"[, "en"]}`, a list of forms for a counted text), which
`update` writes into the .ts files: work on several branches then merges without
conflicts in the catalogues.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "kontakt"
TRANSLATIONS = ROOT / "translations"
PENDING = TRANSLATIONS / "pending"
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
        apply_pending(ts, language)
        if language == "en":
            _english_is_its_own_translation(ts)


def _english_is_its_own_translation(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.find("source")
        if translation is None or source is None or not translation.get("type"):
            continue
        if message.get("numerus") == "yes":
            text = source.text or ""
            if "(s)" not in text:
                continue  # needs its English forms given in a pending file
            forms = [text.replace("(s)", ""), text.replace("(s)", "s")]
            for element, form in zip(translation.iter("numerusform"), forms, strict=False):
                element.text = form
        else:
            translation.text = source.text
        del translation.attrib["type"]
    _write(tree, ts)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    """Write `tree` as lupdate does, so that a later `update` changes no byte."""
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *source_files(),
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def pending_entries(folder: Path = PENDING) -> list[dict[str, object]]:
    """Every entry of the JSON files in `folder` (see the module's docstring)."""
    entries: list[dict[str, object]] = []
    for path in sorted(folder.glob("*.json")):
        entries.extend(json.loads(path.read_text(encoding="utf-8")))
    return entries


def apply_pending(ts: Path, language: str, folder: Path = PENDING) -> None:
    """Write the pending translations for `language` into `ts` (where its text is found)."""
    wanted = {
        (str(e["context"]), str(e["source"])): e[language]
        for e in pending_entries(folder)
        if language in e
    }
    if not wanted:
        return
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            value = wanted.get((name, message.findtext("source") or ""))
            translation = message.find("translation")
            if value is None or translation is None:
                continue
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value, value]
                elements = list(translation.iter("numerusform"))
                for element, form in zip(elements, forms, strict=False):
                    element.text = str(form)
            elif isinstance(value, list):
                raise SystemExit(
                    f"{ts.name}: {name!r} {message.findtext('source')!r} has plural forms in a "
                    "pending file, but the code does not count it: pass the count to "
                    "translate(context, source, '', n) where lupdate can see it"
                )
            else:
                translation.text = str(value)
            translation.attrib.pop("type", None)
    _write(tree, ts)


QT_CATALOGUES = tuple(f"qtbase_kontakt_{language}" for language in ("nn", "nb"))
"""Kontakt's own translations of Qt's texts (dialog buttons, the file dialog, context menus):
Bokmål has none from Qt, and Qt's Nynorsk uses a-infinitives. Kept by hand, not by lupdate."""


def catalogues() -> list[str]:
    """The name of every catalogue `release` compiles."""
    return [f"kontakt_{language}" for language in LANGUAGES] + list(QT_CATALOGUES)


def release(ts_dir: Path = TRANSLATIONS, qm_dir: Path = TRANSLATIONS) -> None:
    """Compile each .ts of `ts_dir` to a .qm in `qm_dir` (unfinished entries left out)."""
    for name in catalogues():
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                "-nounfinished",
                "-silent",
                str(ts_dir / f"{name}.ts"),
                "-qm",
                str(qm_dir / f"{name}.qm"),
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
            if translation is None or translation.get("type") in (
                "unfinished",
                "vanished",
                "obsolete",
            ):
                missing.append((name, message.findtext("source") or ""))
                continue
            if message.get("numerus") == "yes":
                texts = [(form.text or "").strip() for form in translation.iter("numerusform")]
            else:
                texts = [(translation.text or "").strip()]
            if not all(texts):
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
