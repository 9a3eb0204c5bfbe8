"""Sheet names made from outside text are legal in Excel and unique in the workbook."""

from __future__ import annotations

from kontakt.reports.sheetnames import SheetNames, clean_sheet_name

FORBIDDEN = set("[]:*?/\\")


def test_forbidden_characters_become_readable_stand_ins() -> None:
    name = clean_sheet_name("Helse/omsorg: [vakt]*", "Ark")
    assert name == "Helse-omsorg (vakt)"


def test_long_names_are_cut_to_31_characters() -> None:
    name = clean_sheet_name("Pleie- og omsorgstenesta, heimebaserte tenester aust", "Ark")
    assert len(name) <= 31
    assert name.startswith("Pleie- og omsorgstenesta")


def test_nothing_legible_left_gives_the_fallback() -> None:
    assert clean_sheet_name("  ':*?'  ", "Ark") == "Ark"


def test_apostrophes_at_the_ends_are_removed() -> None:
    assert clean_sheet_name("'Kultur'", "Ark") == "Kultur"


def test_names_clashing_after_cleaning_or_by_case_get_numbers() -> None:
    names = SheetNames()
    claimed = [names.claim(n) for n in ["Helse/omsorg", "Helse-omsorg", "HELSE-OMSORG"]]
    assert claimed == ["Helse-omsorg", "Helse-omsorg (2)", "HELSE-OMSORG (3)"]


def test_a_numbered_long_name_stays_within_31_characters() -> None:
    names = SheetNames()
    long = "Eining for særskilde tenester i nord"
    first, second = names.claim(long), names.claim(long)
    assert first != second
    assert len(second) <= 31 and second.endswith(" (2)")


def test_the_name_excel_reserves_is_not_handed_out() -> None:
    assert SheetNames().claim("History") == "History (2)"
