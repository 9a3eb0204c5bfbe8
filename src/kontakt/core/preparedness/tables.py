"""Reading the sites register from a workbook with one row a hop.

The workbook's rows are read by the shared XLSX reader of `kontakt.core.tables`;
this module maps the columns and turns rows into sites. A row's
site columns (name, address, network points, Wi-Fi, mobile coverage) may be given on its
first hop only. A cell that cannot be used is refused with the file, row and column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final

from kontakt.core.preparedness.sites import (
    DEFAULT_TARGET_MIN,
    EXPECT_BOOL,
    EXPECT_COVERAGE,
    EXPECT_MINUTES,
    MAX_MINUTES,
    Hop,
    Site,
    SitesError,
    SitesRegister,
)
from kontakt.core.tables.mapping import fold
from kontakt.core.tables.xlsx_table import read_workbook
from kontakt.core.texts import QT_TRANSLATE_NOOP

NO_SITE_COLUMN = QT_TRANSLATE_NOOP(
    "SitesErrors", '{file}: no column for the site id (such as "site" or "lokasjon").'
)
NO_ROWS = QT_TRANSLATE_NOOP("SitesErrors", "{file}: the sheet has no rows with a site id.")
BAD_CELL = QT_TRANSLATE_NOOP(
    "SitesErrors", '{file}, row {row}, column "{column}": {expected}, not "{value}".'
)

HEADERS: Final[Mapping[str, tuple[str, ...]]] = {
    "site": ("site", "site id", "lokasjon", "lokasjon id"),
    "name": ("name", "site name", "namn", "navn", "lokasjonsnamn"),
    "address": ("address", "adresse"),
    "network_points_ok": ("network_points_ok", "network points", "nettverkspunkt"),
    "wifi": ("wifi", "wi-fi", "tradlaust nett", "tradlost nett"),
    "mobile_coverage": ("mobile_coverage", "mobile coverage", "mobildekning"),
    "kind": ("kind", "hop kind", "type"),
    "hop": ("hop", "hop name", "device", "einheit", "enhet", "utstyr"),
    "ups_min": ("ups_min", "ups", "ups minutes", "ups minutt"),
    "generator": ("generator", "aggregat", "naudstraumsaggregat"),
    "poe": ("poe",),
}
"""The headers each field may have (compared folded: case, accents and spaces aside)."""

TRUE_WORDS: Final = frozenset({"true", "yes", "ja", "1", "x"})
FALSE_WORDS: Final = frozenset({"false", "no", "nei", "0", ""})
COVERAGE_WORDS: Final = {
    "good": "good",
    "god": "good",
    "weak": "weak",
    "svak": "weak",
    "none": "none",
    "ingen": "none",
}


def read_rows(path: Path) -> list[list[str]]:
    """The workbook's first sheet, header first."""
    return read_workbook(path, None)


def _columns(header: Sequence[str]) -> dict[str, int]:
    folded = [fold(h) for h in header]
    found: dict[str, int] = {}
    for field, words in HEADERS.items():
        for index, text in enumerate(folded):
            if text in {fold(w) for w in words} and field not in found:
                found[field] = index
    return found


def sites_from_rows(rows: Sequence[Sequence[str]], file: str) -> SitesRegister:
    """The register in `rows` (header first), one row a hop, sites in first-seen order."""
    if not rows:
        raise SitesError(NO_ROWS, {"file": file})
    header = rows[0]
    columns = _columns(header)
    if "site" not in columns:
        raise SitesError(NO_SITE_COLUMN, {"file": file})
    sites: dict[str, dict[str, object]] = {}
    hops: dict[str, list[Hop]] = {}
    for number, row in enumerate(rows[1:], start=2):

        def cell(field: str, row: Sequence[str] = row) -> str:
            index = columns.get(field)
            return row[index].strip() if index is not None and index < len(row) else ""

        def fail(field: str, expected: str, number: int = number) -> SitesError:
            return SitesError(
                BAD_CELL,
                {
                    "file": file,
                    "row": number,
                    "column": header[columns[field]],
                    "expected": expected,
                    "value": cell(field),
                },
            )

        def flag(field: str) -> bool | None:
            word = fold(cell(field))
            if field not in columns or word == "":
                return None
            if word in TRUE_WORDS:
                return True
            if word in FALSE_WORDS:
                return False
            raise fail(field, EXPECT_BOOL)

        site_id = cell("site")
        if not site_id:
            continue
        facts = sites.setdefault(site_id, {})
        for field in ("name", "address"):
            if cell(field) and field not in facts:
                facts[field] = cell(field)
        for field in ("network_points_ok", "wifi"):
            value = flag(field)
            if value is not None and field not in facts:
                facts[field] = value
        coverage = fold(cell("mobile_coverage"))
        if coverage:
            if coverage not in COVERAGE_WORDS:
                raise fail("mobile_coverage", EXPECT_COVERAGE)
            facts.setdefault("mobile_coverage", COVERAGE_WORDS[coverage])
        minutes_text = cell("ups_min").replace(" ", "")
        if minutes_text and not (minutes_text.isdigit() and int(minutes_text) <= MAX_MINUTES):
            raise fail("ups_min", EXPECT_MINUTES)
        if cell("kind") or cell("hop"):
            hops.setdefault(site_id, []).append(
                Hop(
                    kind=cell("kind") or "other",
                    name=cell("hop"),
                    ups_min=int(minutes_text or 0),
                    generator=bool(flag("generator")),
                    poe=flag("poe"),
                )
            )
    if not sites:
        raise SitesError(NO_ROWS, {"file": file})
    return SitesRegister(
        tuple(
            Site(
                id=site_id,
                name=str(facts.get("name", "")),
                address=str(facts.get("address", "")),
                network_points_ok=bool(facts.get("network_points_ok", True)),
                wifi=bool(facts.get("wifi", False)),
                mobile_coverage=str(facts.get("mobile_coverage", "good")),
                path=tuple(hops.get(site_id, ())),
            )
            for site_id, facts in sites.items()
        ),
        DEFAULT_TARGET_MIN,
    )


def read_sites_workbook(path: Path) -> SitesRegister:
    """The register in the workbook at `path`: `SitesError` for rows that cannot be used,
    the reader's `TableInputError` for a workbook that cannot be read."""
    return sites_from_rows(read_rows(path), str(path))
