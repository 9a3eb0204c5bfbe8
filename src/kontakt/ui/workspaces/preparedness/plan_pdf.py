"""The preparedness plan as a printer-ready PDF: the workbook's summary and tables laid out
in a `QTextDocument` and printed with `QPdfWriter` (A4 landscape)."""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from kontakt.core.safe_files import replacing
from kontakt.core.texts import Translate
from kontakt.reports.cells import CellValue
from kontakt.reports.preparedness_plan import PlanSheets


def _cell(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H.%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return escape(str(value))


def plan_html(sheets: PlanSheets, translate: Translate) -> str:
    """The plan as HTML: the heading, the summary blocks, then each table (`translate`
    for the few words the workbook does not have)."""
    parts = [f"<h1>{escape(sheets.heading)}</h1>"]
    # one table for all the blocks, so that their values line up
    parts.append("<table cellpadding='2'>")
    for block in sheets.blocks:
        if block.heading:
            parts.append(f"<tr><td colspan='2'><h3>{escape(block.heading)}</h3></td></tr>")
        for label, value in block.items:
            parts.append(f"<tr><td><b>{escape(label)}</b></td><td>{_cell(value)}</td></tr>")
    parts.append("</table>")
    for table in sheets.tables:
        # the table's name and header in <thead>: repeated at the top of each page the
        # table runs onto, and never left alone at the foot of a page
        parts.append(
            "<table border='1' cellspacing='0' cellpadding='3' width='100%'"
            f" style='border-collapse: collapse'><thead><tr><th colspan='{len(table.columns)}'"
            f" align='left' style='font-size: x-large'>{escape(table.name)}</th></tr><tr>"
        )
        parts += [f"<th>{escape(c.header)}</th>" for c in table.columns]
        parts.append("</tr></thead>")
        for row in table.rows:
            parts.append("<tr>" + "".join(f"<td>{_cell(v)}</td>" for v in row) + "</tr>")
        if not table.rows:
            none = escape(translate("PreparednessPlan", "None."))
            parts.append(f"<tr><td colspan='{len(table.columns)}'>{none}</td></tr>")
        parts.append("</table><p></p>")
    return "\n".join(parts)


def plan_pdf(sheets: PlanSheets, translate: Translate) -> bytes:
    """The plan as a PDF document (`plan_html` laid out on A4 landscape pages)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(sheets.heading)
    writer.setCreator("Kontakt")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
        )
    )
    document = QTextDocument()
    document.setHtml(plan_html(sheets, translate))
    document.print_(writer)
    del writer  # the PDF is finished when its writer goes
    buffer.close()
    return bytes(buffer.data().data())


def write_plan_pdf(path: Path, sheets: PlanSheets, translate: Translate) -> Path:
    """Write the plan PDF to `path` (whole, or not at all)."""
    data = plan_pdf(sheets, translate)
    with replacing(path) as temporary:
        temporary.write_bytes(data)
    return path
