"""Departments and other texts in reports follow Norwegian alphabetical order."""

from __future__ import annotations

from kontakt.core.collation import norwegian_key, number_key, person_key, split_name


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
    assert sorted(words, key=norwegian_key) == ["abc", "ABD", "zulu", "Åsen", "Aasen"]


def test_accented_letters_file_with_their_base_letter() -> None:
    assert sorted(["Ola", "Émile", "Ebba", "Ödegaard", "Olsen"], key=norwegian_key) == [
        "Ebba",
        "Émile",
        "Ola",
        "Olsen",
        "Ödegaard",
    ]


def test_lower_case_comes_before_upper_case_of_the_same_word() -> None:
    assert sorted(["Ås", "ås"], key=norwegian_key) == ["ås", "Ås"]


def test_employee_numbers_sort_by_value() -> None:
    assert sorted(["1010", "999", "A7", "10", "2"], key=number_key) == [
        "2",
        "10",
        "999",
        "1010",
        "A7",
    ]


def test_people_sort_by_family_name_then_given_name() -> None:
    people = ["Per Zahl", "Ola Østby", "Kari Ås", "Anne Aasen", "Berit Ærlig", "Arne Aasen"]
    ordered = sorted(people, key=lambda name: person_key(*split_name(name)))
    assert ordered == [
        "Per Zahl",
        "Berit Ærlig",
        "Ola Østby",
        "Kari Ås",
        "Anne Aasen",
        "Arne Aasen",
    ]


def test_the_order_is_the_order_of_qts_norwegian_collator() -> None:
    from functools import cmp_to_key

    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    words = ["Zahl", "Ærlig", "Østby", "Ås", "Aasen", "ås", "Berg", "Ödegaard", "Ebba", "Émile"]
    words += ["Åse", "aase", "Øvre", "Zebra", "Ærfugl", "Andersen", "Bjørnafjorden", "Økonomi"]
    words += ["Ole", "Olé", "ole", "OLE", "AAsen", "ÅSEN", "Äsa", "Æsa", "Über", "Yngve"]
    assert sorted(words, key=norwegian_key) == sorted(words, key=cmp_to_key(collator.compare))
