"""Small HRM exports, directories and ring patterns that the contact tests write for themselves."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HEADER = [
    "Ansattnr",
    "Fornavn",
    "Etternavn",
    "Avdeling",
    "Stilling",
    "E-post",
    "Mobil",
    "Arbeidstelefon",
    "Startdato",
    "Sluttdato",
]

ROWS = [
    # 1: all fine, in the directory
    [
        "1001",
        "Kari",
        "Nordmann",
        "Servicetorget",
        "Konsulent",
        "kari@demo.kommune.no",
        "412 34 567",
        "56 10 00 10",
        "01.03.2012",
        "",
    ],
    # 2: no mobile, e-mail at gmail, desk number not in the directory
    [
        "1002",
        "Åse",
        "Sæbø",
        "Helse",
        "Sjukepleiar",
        "ase@gmail.com",
        "",
        "56100020",
        "2015-08-15",
        "",
    ],
    # 3: invalid phone, invalid e-mail, ended but still in pattern and directory
    [
        "1003",
        "Ola",
        "Vik",
        "Teknisk",
        "Ingeniør",
        "ola@@demo.kommune.no",
        "12345678",
        "",
        "01.01.2008",
        "31.10.2024",
    ],
    # 4 and 5: the same employee id; the same mobile as row 6; the same e-mail as row 6
    [
        "1004",
        "Per",
        "Lie",
        "Oppvekst",
        "Lærar",
        "per@demo.kommune.no",
        "+47 930 00 004",
        "",
        "01.09.2015",
        "",
    ],
    ["1004", "Per", "Lie", "Oppvekst", "Lærar", "", "", "", "01.09.2015", ""],
    [
        "1006",
        "Silje",
        "Hope",
        "Oppvekst",
        "Lærar",
        "PER@demo.kommune.no",
        "4793000004",
        "",
        "01.09.2015",
        "",
    ],
    # 7: landline as mobile, mobile as desk phone; directory has another mobile
    [
        "1007",
        "Arne",
        "Fosse",
        "Kultur",
        "Rådgjevar",
        "arne@skule.demo.kommune.no",
        "56100070",
        "91200007",
        "01.09.2015",
        "",
    ],
]
"""Data rows; comments say what each row is there to trigger."""

DIRECTORY = [
    ["+4741234567", "mobile", "1001", "Kari Nordmann", "radhuset"],
    ["+4756100010", "desk", "1001", "Kari Nordmann", "radhuset"],
    ["+4791200003", "mobile", "1003", "Ola Vik", "radhuset"],
    ["+4799999997", "mobile", "1007", "Arne Fosse", "radhuset"],
    ["+4756100000", "function", "", "Sentralbord", "radhuset"],
]

TODAY = dt.date(2026, 11, 25)


def write_csv(
    path: Path,
    encoding: str = "utf-8",
    delimiter: str = ";",
    rows: list[list[str]] | None = None,
    header: list[str] | None = None,
) -> Path:
    lines = [delimiter.join(header or HEADER)]
    lines += [delimiter.join(row) for row in (ROWS if rows is None else rows)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def write_xlsx(path: Path) -> Path:
    """The same export as a workbook: numbers as numeric cells, dates as date cells."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Tilsette"
    sheet.append(HEADER)
    for row in ROWS:
        cells: list[object] = list(row)
        cells[0] = int(row[0])  # employee id as a number: 1001.0 must read as 1001
        if row[7].isdigit():
            cells[7] = float(row[7])
        day, month, year = (
            (int(part) for part in row[8].split("."))
            if "." in row[8]
            else reversed([int(part) for part in row[8].split("-")])
        )
        cells[8] = dt.datetime(year, month, day)
        sheet.append(cells)
    workbook.save(path)
    return path


def write_directory(path: Path) -> Path:
    lines = ["number;type;employee_id;name;site"] + [";".join(row) for row in DIRECTORY]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_pattern(path: Path) -> Path:
    members = {
        "kari": {"name": "Kari Nordmann", "employee_id": "1001", "number": "+4756100010"},
        "ola": {"name": "Ola Vik", "employee_id": "1003", "number": "+4791200003"},
        "ghost": {"name": "Gone Person", "employee_id": "9999", "number": "+4791299999"},
    }
    path.write_text(
        json.dumps(
            {
                "format": "kontakt.ringpattern",
                "version": 1,
                "id": "sentralbord",
                "name": "Sentralbord",
                "calendars": {},
                "members": members,
                "entries": [{"number": "+4756100000", "label": "Hovudnummer", "start": "bord"}],
                "nodes": [
                    {
                        "id": "bord",
                        "type": "group",
                        "members": list(members),
                        "strategy": "simultaneous",
                        "no_answer": "slutt",
                    },
                    {"id": "slutt", "type": "hangup"},
                ],
            }
        ),
        encoding="utf-8",
    )
    return path
