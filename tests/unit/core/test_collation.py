"""Departments and other texts in reports follow Norwegian alphabetical order."""

from __future__ import annotations

from kontakt.core.collation import norwegian_key


def test_norwegian_letters_come_after_z_in_order() -> None:
    words = ["Åsane", "Økonomi", "Ærfugl", "Zebra", "alfa", "Bjørnafjorden"]
    assert sorted(words, key=norwegian_key) == [
        "alfa",
        "Bjørnafjorden",
        "Zebra",
        "Ærfugl",
        "Økonomi",
        "Åsane",
    ]


def test_case_is_ignored_and_aa_files_with_å() -> None:
    words = ["Aasen", "abc", "Åsen", "ABD", "zulu"]
    assert sorted(words, key=norwegian_key) == ["abc", "ABD", "zulu", "Aasen", "Åsen"]


def test_accented_letters_file_with_their_base_letter() -> None:
    assert sorted(["Ola", "Émile", "Ebba", "Ödegaard", "Olsen"], key=norwegian_key) == [
        "Ebba",
        "Émile",
        "Ola",
        "Olsen",
        "Ödegaard",
    ]
