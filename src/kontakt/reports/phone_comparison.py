"""Two to four phone models side by side in a workbook: one column per model, a row per
fact, and the rows where the models differ marked (a "Differs" column, coloured)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from kontakt.core.catalogue.document import PhoneModel, amount_text
from kontakt.core.texts import Translate
from kontakt.reports.excel import Column, Highlight, PageFrame, WorkbookBuilder

DIFFERS_COLOURS = ("FFEB9C", "7A4500")
"""Background and text of a row whose models differ (the spreadsheets' "yellow")."""


def _amount(value: Decimal | None) -> str:
    if value is None:
        return "–"
    return amount_text(value)


def _day(value: date | None, translate: Translate) -> str:
    return f"{value:%d.%m.%Y}" if value else translate("PhoneComparison", "not published")


def _listed(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def comparison_rows(
    models: Sequence[PhoneModel], translate: Translate
) -> list[tuple[str, list[str], bool]]:
    """Each fact's label, its value for each model, and whether the models differ in it."""
    yes, no = translate("PhoneComparison", "Yes"), translate("PhoneComparison", "No")

    def flag(m: PhoneModel, name: str) -> str:
        return yes if m.details.get(name) is True else no

    def storage(m: PhoneModel) -> str:
        sizes = m.details.get("storage_gb")
        return ", ".join(f"{s} GB" for s in sizes) if isinstance(sizes, list) else ""

    facts: list[tuple[str, Callable[[PhoneModel], str]]] = [
        (translate("PhoneComparison", "Manufacturer"), lambda m: m.manufacturer),
        (translate("PhoneComparison", "Operating system"), lambda m: m.os),
        (translate("PhoneComparison", "Release date"), lambda m: _day(m.release_date, translate)),
        (
            translate("PhoneComparison", "Security updates until"),
            lambda m: _day(m.security_updates_until, translate),
        ),
        (translate("PhoneComparison", "Screen"), lambda m: _listed(m.details.get("screen"))),
        (translate("PhoneComparison", "Storage"), storage),
        (translate("PhoneComparison", "5G"), lambda m: flag(m, "five_g")),
        (translate("PhoneComparison", "eSIM"), lambda m: flag(m, "esim")),
        (translate("PhoneComparison", "Dual SIM"), lambda m: flag(m, "dual_sim")),
        (translate("PhoneComparison", "Colours"), lambda m: _listed(m.details.get("colours"))),
        (translate("PhoneComparison", "Price (ex. VAT)"), lambda m: _amount(m.price_nok)),
        (translate("PhoneComparison", "Monthly cost"), lambda m: _amount(m.monthly_cost_nok)),
        (
            translate("PhoneComparison", "Accessories"),
            lambda m: _listed(m.details.get("accessories")),
        ),
        (
            translate("PhoneComparison", "Notes from IKTNH"),
            lambda m: _listed(m.details.get("notes")),
        ),
    ]
    rows = []
    for label, value in facts:
        values = [value(m) for m in models]
        rows.append((label, values, len(set(values)) > 1))
    return rows


def write_phone_comparison(
    path: Path,
    models: Sequence[PhoneModel],
    *,
    translate: Translate,
    prices_are_examples: bool = False,
    now: datetime | None = None,
) -> Path:
    """Write the comparison of `models` to `path` (replacing it); returns `path`."""
    exported = now or datetime.now()
    title = translate("PhoneComparison", "Phone models compared")
    differs = translate("PhoneComparison", "Differs")
    columns = [
        Column(translate("PhoneComparison", "Fact"), min_width=14, max_width=26),
        *(Column(m.model, min_width=14, max_width=34, wrap=True) for m in models),
        Column(differs, max_width=12),
    ]
    rows = [
        [label, *values, differs if different else ""]
        for label, values, different in comparison_rows(models, translate)
    ]
    if prices_are_examples:
        note = translate("PhoneComparison", "The prices are examples, not agreement prices.")
        rows.append([note, *("" for _ in models), ""])
    frame = PageFrame(
        title,
        f"{exported:%d.%m.%Y}",
        translate("PhoneComparison", "Page {page} of {pages}"),
    )
    with WorkbookBuilder(title=title, created=exported, frame=frame) as book:
        book.add_table_sheet(
            translate("PhoneComparison", "Comparison"),
            columns,
            rows,
            highlights=[Highlight(len(models) + 1, differs, *DIFFERS_COLOURS)],
        )
        return book.save(path)
