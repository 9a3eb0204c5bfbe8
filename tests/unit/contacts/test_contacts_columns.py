"""The column-wise check finds what the row-by-row reference finds, in the same order.

`checks` works a column at a time for speed; `reference_check` is the plain version it
replaced. Both run here on exports written to hit every rule and edge: repeated and
missing IDs, numbers and addresses in every quirky form, unreadable and ended dates,
directories with several numbers per employee, members without an employee ID. The JSON
writer is held to `json.dumps` of the document the same way.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from kontakt.core.contacts import errors
from kontakt.core.contacts.checks import CheckInput, check_records
from kontakt.core.contacts.directory import (
    HEADER,
    TYPES,
    DirectoryEntry,
    read_directory,
    read_directory_columns,
)
from kontakt.core.contacts.document import json_chunks
from kontakt.core.contacts.errors import DirectoryError, HrmImportError
from kontakt.core.contacts.found import FindingList
from kontakt.core.contacts.hrm_import import read_table, to_columns, to_records
from kontakt.core.contacts.mapping import HRM_FIELDS
from kontakt.core.contacts.members import PatternMember
from kontakt.core.contacts.model import ContactCheckResult, ContactFinding
from kontakt.core.contacts.phones import PhoneClassifier
from kontakt.core.contacts.where import (
    among,
    counted_more_than,
    differs,
    empty,
    equal_to,
    filled,
    outside,
    rows_where,
)
from kontakt.core.tables import errors as table_errors
from kontakt.core.tables.csv_table import (
    delimiter_of,
    first_line,
    lines,
    parse_csv,
    plain_table,
)
from kontakt.core.tables.mapping import automatic_mapping
from kontakt.core.tables.table import ColumnRows, Table
from kontakt.core.texts import Translate, untranslated
from tests.unit.contacts import reference_check
from tests.unit.contacts.test_contacts_fastpath import QUIRKY_EMAILS, QUIRKY_NUMBERS

HEADERS = [
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
IDS = [str(2000 + i) for i in range(40)] + ["", "", "2001", "2002", " 2003 "]
DATES = [
    "",
    "",
    "",
    "01.01.2020",
    "2020-13-01",
    "soon",
    "31.02.2026",
    "45000",
    "2026-11-25",
    "24.11.2026",
    "01.01.2024",
    "2024-05-05T10:00",
    "1.2.2023",
    "29.02.2024",
    "0000-01-01",
]
NUMBERS = [*QUIRKY_NUMBERS, "91234567", "41234567", "+4741234567", "", "56100010"]
ADDRESSES = [
    *QUIRKY_EMAILS,
    "kari@demo.kommune.no",
    "KARI@demo.kommune.no",
    "x@sub.Demo.no",
    "per@xdemo.kommune.no",
    "a@xx.no",
    "",
    "a@b@c.no",
]
TODAY = dt.date(2026, 11, 25)


def quirky_table(seed: int, count: int = 300) -> Table:
    """An export of `count` rows drawn from the quirky values, some of them short (odd
    seeds: every address in lower case, which the check takes a shorter way)."""
    rnd = random.Random(seed)
    addresses = [address.lower() for address in ADDRESSES] if seed % 2 else ADDRESSES
    rows = []
    for _ in range(count):
        row = [
            rnd.choice(IDS),
            rnd.choice(["Kari", " Åse", ""]),
            rnd.choice(["Nordmann", ""]),
            "Avd",
            "T",
            rnd.choice(addresses),
            rnd.choice(NUMBERS),
            rnd.choice(NUMBERS),
            rnd.choice(DATES),
            rnd.choice(DATES),
        ]
        rows.append(row[: rnd.choice([10, 10, 10, 10, 7])])
    return Table("q.csv", HEADERS, rows)


def quirky_directory(seed: int) -> list[DirectoryEntry]:
    rnd = random.Random(seed + 100)
    numbers = [*NUMBERS, "+4791234567", "+4741234567", "+4756100010", "12345", "+47", "+4712345678"]
    return [
        DirectoryEntry(
            rnd.choice(numbers),
            rnd.choice(["mobile", "desk", "softphone", "function"]),
            rnd.choice([*IDS, ""]).strip(),
            "N",
            "S",
        )
        for _ in range(120)
    ]


MEMBERS = [
    PatternMember("p", f"m{i}", employee_id, "N")
    for i, employee_id in enumerate(["2001", "2002", "2005", "", "9999", "2010", ""])
]

VARIANTS = {
    "all": {},
    "no mobile, no e-mail": {"mobile": "", "email": ""},
    "no work phone, no end date": {"work_phone": "", "end_date": ""},
    "no dates": {"start_date": "", "end_date": ""},
}


def mapping_for(table: Table, unmapped: dict[str, str]) -> dict[str, str]:
    mapping = automatic_mapping(table.headers, HRM_FIELDS)
    for name in unmapped:
        mapping.pop(name, None)
    return mapping


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("variant", VARIANTS)
def test_the_column_check_finds_what_the_row_by_row_check_finds(
    tmp_path: Path, seed: int, variant: str
) -> None:
    table = quirky_table(seed)
    mapping = mapping_for(table, VARIANTS[variant])
    entries = quirky_directory(seed)
    path = tmp_path / "dir.csv"
    path.write_text(
        "number;type;employee_id;name;site\n"
        + "".join(f"{e.number};{e.type};{e.employee_id};{e.name};{e.site}\n" for e in entries),
        encoding="utf-8",
    )
    columns = read_directory_columns(path)
    assert list(columns) == [
        DirectoryEntry(c.number, c.type, c.employee_id, c.name, c.site) for c in columns
    ]
    assert columns[-1] == list(columns)[-1] and columns[2:5] == list(columns)[2:5]
    with pytest.raises(IndexError):
        columns[len(columns)]
    for directory, members, domains, today in [
        (entries, MEMBERS, ("demo.kommune.no", " Kommune.NO "), TODAY),
        (columns, MEMBERS, ("x.no",), dt.date(2024, 6, 1)),
        (None, None, (), TODAY),
    ]:
        given = CheckInput(
            mapped=tuple(mapping),
            today=today,
            directory=directory,
            members=members,
            domains=domains,
        )
        expected = reference_check.check_records(to_records(table, mapping), given)
        found = check_records(to_columns(table, mapping), given)
        assert list(found) == expected
        # any sequence of records will do
        assert list(check_records(to_records(table, mapping), given)) == expected
        check_json(found, expected, table)


def check_json(
    found: Sequence[ContactFinding],
    expected: list[ContactFinding],
    table: Table,
    translate: Translate = untranslated,
) -> None:
    """`json_chunks` gives exactly `json.dumps` of the document (from the reference)."""
    ours = ContactCheckResult("q.csv", len(table.rows), [], found, {}, [], TODAY)
    theirs = ContactCheckResult("q.csv", len(table.rows), [], expected, {}, [], TODAY)
    assert "".join(json_chunks(ours, translate)) == json.dumps(
        reference_check.json_document(theirs, translate), ensure_ascii=False
    )
    assert ours.counts_by_code() == theirs.counts_by_code()
    assert ours.counts_by_severity() == theirs.counts_by_severity()


ODD_MESSAGES = {
    "not-in-directory": '{value!r} is {{not}} in "the" directory\\ {unknown}',
    "invalid-phone": "{0} broken",
    "invalid-email": "{value:>30}",
    "missing-mobile": "{",
    "duplicate-phone": "{e164} = {others} \n\t {value} {nothing}",
    "directory-mismatch": "{value[0]} {value.__class__}",
    "wrong-phone-type": "æøå {value} \u2028 \x01",
}


def odd(context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
    """A translation that tries the JSON writer: quotes, escapes, format specs, errors."""
    from kontakt.core.contacts.codes import CODES

    for code, message in ODD_MESSAGES.items():
        if source == CODES[code].message:
            return message
    return source


def test_the_json_writer_copes_with_any_translation() -> None:
    table = quirky_table(7, 400)
    mapping = mapping_for(table, {})
    given = CheckInput(
        mapped=tuple(mapping),
        today=TODAY,
        directory=quirky_directory(7),
        members=MEMBERS,
        domains=("demo.kommune.no",),
    )
    expected = reference_check.check_records(to_records(table, mapping), given)
    found = check_records(to_columns(table, mapping), given)
    check_json(found, expected, table, odd)
    check_json(expected, expected, table, odd)  # a plain list: one finding at a time


def test_the_findings_are_a_sequence_made_on_demand() -> None:
    table = quirky_table(3)
    mapping = mapping_for(table, {})
    given = CheckInput(
        mapped=tuple(mapping),
        today=TODAY,
        directory=quirky_directory(3),
        members=MEMBERS,
        domains=("demo.kommune.no",),
    )
    found = check_records(to_columns(table, mapping), given)
    assert isinstance(found, FindingList)
    expected = reference_check.check_records(to_records(table, mapping), given)
    assert len(found) == len(expected)
    assert found[0] == expected[0] and found[-1] == expected[-1]
    assert found[len(found) // 2] is found[len(found) // 2]  # made once
    assert found[3:9] == expected[3:9]
    assert found[::-7] == expected[::-7]
    with pytest.raises(IndexError):
        found[len(found)]
    with pytest.raises(IndexError):
        found[-len(found) - 1]


def test_records_held_as_columns_are_the_records() -> None:
    table = quirky_table(4)
    mapping = mapping_for(table, {})
    records, columns = to_records(table, mapping), to_columns(table, mapping)
    assert len(columns) == len(records)
    assert list(columns) == records
    assert columns[-1] == records[-1] and columns[2:5] == records[2:5]
    assert records[0].name == f"{table.rows[0][1].strip()} {table.rows[0][2].strip()}".strip()
    assert columns.column("mobile") == [record.mobile for record in records]
    with pytest.raises(IndexError):
        columns[len(records)]
    result = ContactCheckResult("q.csv", len(columns), columns, [], mapping, [], TODAY)
    assert result.record_at(5) == records[4]


def old_read_csv(text: str) -> list[list[str]]:
    """The CSV reading `csv_table.parse_csv` replaced (one StringIO, row by row)."""
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter_of(first_line), strict=True
    )
    rows: list[list[str]] = []
    try:
        for row in reader:
            if row and any(row):
                rows.append(row)
    except csv.Error as exc:
        raise HrmImportError(
            table_errors.BAD_CSV, file="x.csv", row=len(rows), reason=str(exc)
        ) from exc
    return rows


CSV_TEXTS = [
    "a;b\r\n1;2\r\n\r\n;;\r\n3;4",
    'a;b\r1;2\r\r3;"x\r\ny"\r',
    '\n\n a,b,c\n1,"2,3",4\n',
    "a\tb\n1\t2\n" + "x\ty\n" * 40000,  # more than one block of lines
    'a;b\n1;"unclosed\n2;3\n',
    'a;b\n1;2\n3;x"y"z\n',
    'a;b\n1;2\n"3"x;4\n',
]


@pytest.mark.parametrize("text", CSV_TEXTS)
def test_csv_is_read_as_before(text: str) -> None:
    assert list(lines(text)) == list(io.StringIO(text, newline=""))
    try:
        expected: list[list[str]] | str = old_read_csv(text)
    except HrmImportError as exc:
        expected = str(exc)
    try:
        found: list[list[str]] | str = parse_csv(text, "x.csv", HrmImportError)
    except HrmImportError as exc:
        found = str(exc)
    assert found == expected


def old_read_directory(text: str) -> list[DirectoryEntry] | str:
    """The directory reading `read_directory` replaced (row by row), or its error."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";")
    header = tuple(cell.strip().lower() for cell in next(reader))
    if header != HEADER:
        return f"header {header}"
    phones = PhoneClassifier()
    entries = []
    for number, row in enumerate(reader, start=1):
        if not any(row):
            continue
        if len(row) != len(HEADER):
            return f"cells {number} {len(row)}"
        raw, kind, employee_id, name, site = (cell.strip() for cell in row)
        if kind not in TYPES:
            return f"type {number} {kind}"
        entries.append(DirectoryEntry(phones(raw).e164 or raw, kind, employee_id, name, site))
    return entries


DIRECTORY_TEXTS = [
    "number;type;employee_id;name;site\n+4791234567;mobile;1; Kari ; R \n",
    "number;type;employee_id;name;site\n\n;;;;\n912 34 567; desk ;2;N;S\n\n",
    "number;type;employee_id;name;site\n+4791234567;mobile;1;N\n",
    "number;type;employee_id;name;site\n+4791234567;mobile;1;N;S;x\n",
    "number;type;employee_id;name;site\n+4791234567;mobil;1;N;S\n",
    "number;type;employee_id;name;site\r\n+4701234567;function;;Sentralbord;R\r\n"
    "12345;mobile;3;N;S\r\n+47 912 34 567;softphone;4;N;S\r\n",
    "Number ; TYPE;employee_id;name;site\n+4712345678;mobile;5;N;S\n",
    "nummer;type;employee_id;name;site\n",
]


@pytest.mark.parametrize("text", DIRECTORY_TEXTS)
def test_the_directory_is_read_as_before(tmp_path: Path, text: str) -> None:
    path = tmp_path / "dir.csv"
    path.write_text(text, encoding="utf-8", newline="")
    expected = old_read_directory(text)
    try:
        found: list[DirectoryEntry] | str = read_directory(path)
    except DirectoryError as exc:
        params = exc.params
        if exc.key == errors.DIRECTORY_HEADER:
            found = f"header {tuple(str(params['found']).split(';'))}"
        elif exc.key == errors.DIRECTORY_CELLS:
            found = f"cells {params['row']} {params['cells']}"
        else:
            found = f"type {params['row']} {params['value']}"
    assert found == expected


PLAIN_TEXTS = [
    "a;b\r\n1;2\r\n3;4\r\n",
    "a;b\n1;2",
    "a;b\r1;2\r",
    "a;b\n1; 2 \n\u2028x;y\n",
    "a,b\n1,2\n",
    "a\tb\n1\t2\n",
    "a\n1\n2\n",
    "a;b;\n1;2;\n",
    "a;b\n1;\\;\n'x';y\n",
    "a;b\n\n1;2\n",
    "a;b\n;\n1;2\n",
    "a;b\n1;2;3\n",
    "a;b\n1;2\n\n",
    "\na;b\n1;2\n",
    "a;b\n1\n2;3\n",
    "a;b\n" + "1;" + "x" * 200_000 + "\n",
]


@pytest.mark.parametrize("text", CSV_TEXTS + PLAIN_TEXTS)
def test_a_plain_table_is_cut_as_the_csv_module_reads_it(tmp_path: Path, text: str) -> None:
    plain = plain_table(text, delimiter_of(first_line(text)))
    if plain is None:
        return
    header, columns = plain
    assert [header, *ColumnRows(columns)] == old_read_csv(text)
    path = tmp_path / "hrm.csv"
    path.write_text(text, encoding="utf-8", newline="")
    if len(old_read_csv(text)) > 1:
        table = read_table(path)
        assert list(table.rows) == old_read_csv(text)[1:]
        assert table.rows[-1:] == old_read_csv(text)[-1:]


def test_the_common_export_is_a_plain_table() -> None:
    assert plain_table("a;b\r\n1;2\r\n", ";") is not None
    for text in ('a;b\r\n1;"2"\r\n', "a;b\r\n1;2\r\n\r\n3;4\r\n", "a;b\r\n1;2;3\r\n"):
        assert plain_table(text, ";") is None, text


def test_the_rules_conditions_give_the_rows_where_all_hold() -> None:
    texts = ["912", "", "abc", "913", ""]
    keys = ["912", "", "", "913", "913"]
    assert rows_where(filled(texts), empty(keys)) == [2]  # a text without a key
    assert rows_where(empty(texts)) == [1, 4]
    assert rows_where(among({"913"}, keys), outside({""}, texts)) == [3]
    assert rows_where(equal_to("", keys), differs(texts, keys)) == [2]
    assert set(counted_more_than(1, Counter(keys))) == {"", "913"}
