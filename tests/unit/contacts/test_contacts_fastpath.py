"""The fast paths for phone numbers and e-mail addresses agree with the libraries themselves.

Both the one-by-one paths (`PhoneClassifier()(text)`, `fast_verdict`) and the column-at-once
paths the check uses (`PhoneClassifier.column`, `normal_forms`, `EmailClassifier.column`),
and the prefix table that types most numbers without a regex.
"""

from __future__ import annotations

import csv
import inspect
import random
import re
import subprocess
import sys
from pathlib import Path

import email_validator
import phonenumbers
import pytest
from phonenumbers import phonenumberutil

from kontakt.core.contacts import dates, emails, phone_metadata, phone_prefixes, phones

GENERATOR = Path(__file__).parents[2] / "benchmarks" / "make_hrm_export.py"

QUIRKY_NUMBERS = [
    "91234567",
    "912 34 567",
    "+47 912 34 567",
    "+4791234567",
    "0047 912 34 567",
    "004791234567",
    "4791234567",
    "47 91 23 45 67",
    "4741234567",
    "47123456",
    "+4747123456",
    "4747123456",
    "42123456",
    "43123456",
    "44123456",
    "45312345",
    "45412345",
    "40123456",
    "59123456",
    "79123456",
    "+47 79 12 34 56",
    "55123456",
    "56100010",
    "21000000",
    "80012345",
    "82012345",
    "81012345",
    "81212345",
    "85012345",
    "88012345",
    "81512345",
    "01234",
    "02000",
    "12345678",
    "1234567",
    "912345678",
    "0091234567",
    "+46 8 123 456 78",
    "0046812345678",
    "+44 20 7946 0958",
    "91234567 ext 12",
    "91234567 x12",
    "912-34-567",
    "(+47) 91234567",
    "+47 (0) 91234567",
    "9123 4567",
    " 91234567 ",
    "",
    "abc",
    "+47",
    "+4712345678",
    "+47012345678",
    "004712345678",
    "4712345678",
    "470000000000",
    "９１２３４５６７",
    "91234567\u00a0",
    "+47 912 34 56",
    "22 22 22 22",
]

QUIRKY_EMAILS = [
    "kari@demo.kommune.no",
    "Kari.Nordmann@Demo.Kommune.NO",
    "åse.sæbø@demo.kommune.no",
    "ØYSTEIN@demo.kommune.no",
    "a+b@x.no",
    "a_b-c@x-y.no",
    "a..b@x.no",
    ".a@x.no",
    "a.@x.no",
    "a@x",
    "a@localhost",
    "a@x.local",
    "a@x.test",
    "a@x.invalid",
    "a@-x.no",
    "a@x-.no",
    "a@ab--cd.no",
    "a@xn--bmlo-gra.no",
    "a@x.123",
    "a@x.n0",
    "a@@x.no",
    "a",
    "",
    "@x.no",
    "a@",
    '"a b"@x.no',
    "Kari <kari@x.no>",
    "a b@x.no",
    "a@x..no",
    "a@x.no.",
    "x" * 64 + "@x.no",
    "x" * 65 + "@x.no",
    "a@" + "b" * 63 + ".no",
    "a@" + "b" * 64 + ".no",
    "kari@bømlo.kommune.no",
    "ü@x.no",
    "a@x.no ",
    " a@x.no",
    "a@X.NO",
    "a@x.arpa",
    "a!#$%&'*/=?^`{|}~@x.no",
]


def agree_on_numbers(values: set[str]) -> None:
    classifier = phones.PhoneClassifier()
    for value in values:
        assert classifier(value) == phones.library_verdict(value), value
        fast = phones.fast_verdict(value)
        assert fast is None or fast == phones.library_verdict(value), value


def agree_on_addresses(values: set[str]) -> None:
    classifier = emails.EmailClassifier()
    for value in values:
        assert classifier(value) == emails.library_verdict(value), value


def agree_in_bulk(numbers: list[str], judge: phones.PhoneClassifier | None = None) -> None:
    """A column judged at once gives each text the library's verdict (or `judge`'s)."""
    verdict_of = {
        text: judge(text) if judge is not None else phones.library_verdict(text)
        for text in set(numbers)
    }
    keys, kinds = phones.PhoneClassifier().column(numbers)
    for text, key, kind in zip(numbers, keys, kinds, strict=True):
        verdict = verdict_of[text]
        if verdict.e164 is None:
            assert (key, kind) == ("", None), text
        else:
            assert (phones.key_e164(key), kind) == (verdict.e164, verdict.kind), text
            assert phones.number_key(verdict.e164) == key
    normal, keys_of_normal = phones.PhoneClassifier().normal_forms(numbers)
    for text, number, key in zip(numbers, normal, keys_of_normal, strict=True):
        assert number == (verdict_of[text].e164 or text), text
        assert key == phones.text_key(number), text


def agree_on_addresses_in_bulk(
    values: list[str], judge: emails.EmailClassifier | None = None
) -> None:
    """A column judged at once gives each address the library's domain (or `judge`'s)."""
    domains, lower_case = emails.EmailClassifier().column(values)
    assert lower_case == all(value == value.lower() for value in values)
    for text, domain in zip(values, domains, strict=True):
        verdict = judge(text) if judge is not None else emails.library_verdict(text)
        assert domain == (verdict.domain if text else None), text


def test_quirky_numbers() -> None:
    agree_on_numbers(set(QUIRKY_NUMBERS))
    # the fast path must answer the common shapes, or it saves nothing
    assert all(phones.fast_verdict(v) for v in ("91234567", "+47 912 34 567", "4791234567"))


def test_quirky_numbers_in_a_column() -> None:
    column = [*QUIRKY_NUMBERS, *QUIRKY_NUMBERS[::-1], "", " +47 912 34 567", "+ 4791234567"]
    agree_in_bulk(column)
    agree_in_bulk([*column, "912\n34567"])  # a line break: judged one by one


def test_random_national_numbers() -> None:
    rnd = random.Random(47)
    numbers = [str(rnd.randrange(10**7, 10**8)) for _ in range(4000)]
    numbers += [f"+47 {n[:3]} {n[3:5]} {n[5:]}" for n in numbers[:500]]
    agree_on_numbers(set(numbers))
    agree_in_bulk(numbers)


def test_each_prefix_of_the_table_types_every_number_so_starting_as_the_regex_does() -> None:
    table = phone_metadata.prefix_kinds()
    assert {"90", "41", "56", "21"} <= set(phone_metadata.stems())  # the common starts
    rnd = random.Random(8)
    for prefix, kind in table.items():
        rest = phone_metadata.FAST_LENGTH - len(prefix)
        fills = {"0" * rest, "9" * rest} | {
            str(rnd.randrange(10**rest)).zfill(rest) for _ in range(25)
        }
        for fill in fills:
            assert phone_metadata.kind_of(prefix + fill) == kind, prefix + fill
    # no prefix starts another: a number has at most one
    assert not any(a != b and b.startswith(a) for a in table for b in table)


def test_the_type_order_is_the_one_the_library_tries() -> None:
    """`phone_metadata` copies the order of a private function of libphonenumber: when an
    update changes it, this fails (and so does the pin in pyproject.toml, on purpose)."""
    source = inspect.getsource(phonenumberutil._number_type_helper)
    tried = list(dict.fromkeys(re.findall(r"metadata\.(\w+)", source)))
    copied = [name for name, _ in phone_metadata.SPECIAL_TYPES]
    assert tried == [
        "general_desc",
        *copied,
        "fixed_line",
        "same_mobile_and_fixed_line_pattern",
        "mobile",
    ]


def test_the_example_number_of_every_type_is_typed_as_the_library_types_it() -> None:
    examples = set()
    for region in phonenumbers.COUNTRY_CODE_TO_REGION_CODE[phone_metadata.COUNTRY_CODE]:
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        assert metadata is not None
        for name in ("fixed_line", "mobile", *(name for name, _ in phone_metadata.SPECIAL_TYPES)):
            desc = getattr(metadata, name)
            if desc is not None and desc.example_number:
                examples.add(desc.example_number)
    assert len(examples) >= 5  # fixed line, mobile and a few special services
    for national in examples:
        number = phonenumbers.parse(national, phones.REGION)
        if len(national) == phone_metadata.FAST_LENGTH:
            assert phone_metadata.kind_of(national) == phonenumbers.number_type(number), national
    agree_on_numbers(examples)


def test_patterns_are_widened_only_for_syntax_that_is_understood() -> None:
    assert phone_prefixes.widen(r"(?:4[016-8]|9\d)\d{6}", every=True) is not None
    for pattern in (r"9\w{7}", "9.{7}", "[^0]{8}", "(?=9)9{8}", r"9\b", "9{8}$"):
        assert phone_prefixes.widen(pattern, every=True) is None, pattern
    mobile = phone_prefixes.Pattern.of(r"45(?:[0-24-9]\d|3[0-57-9])\d{4}|(?:4[016-8]|9\d)\d{6}")
    assert mobile.status("9XXXXXXX") == phone_prefixes.ALL
    assert mobile.status("45XXXXXX") == phone_prefixes.SOME
    assert mobile.status("453XXXXX") == phone_prefixes.SOME
    assert mobile.status("4536XXXX") == phone_prefixes.NONE
    assert mobile.status("2XXXXXXX") == phone_prefixes.NONE


def test_quirky_addresses() -> None:
    agree_on_addresses(set(QUIRKY_EMAILS))
    assert emails.fast_verdict("åse.sæbø@demo.kommune.no") is not None


def test_quirky_addresses_in_a_column() -> None:
    column = [*QUIRKY_EMAILS, *QUIRKY_EMAILS[::-1], "", "a@B.no", "a@b.NO"]
    agree_on_addresses_in_bulk(column)
    agree_on_addresses_in_bulk([*column, "kari@x.no\n"])  # a line break: one by one
    agree_on_addresses_in_bulk([value.lower() for value in column])


def test_the_copied_special_use_domains_are_the_libraries() -> None:
    assert set(emails.SPECIAL_USE_DOMAIN_NAMES) == set(email_validator.SPECIAL_USE_DOMAIN_NAMES)


def test_unreadable_dates_are_those_parse_date_refuses() -> None:
    texts = {
        "",
        "soon",
        "45000",
        "٠١.٠١.٢٠٢٠",
        " 01.01.2020",
        "01.01.2020 ",
        "1.1.1",
        "2020-1-1",
        "2020-01-01T10:00:00.5",
        "2020-01-01 10:00",
        "2020-01-01X",
        "99999",
        "01-01-2020",
    }
    for day in range(0, 33):
        for month in range(0, 14):
            for year in ("0000", "0001", "1900", "2023", "2024", "9999"):
                texts |= {
                    f"{day}.{month}.{year}",
                    f"{day:02d}/{month:02d}.{year}",
                    f"{year}-{month:02d}-{day:02d}",
                    f"{year}-{month}-{day}T08:00",
                }
    assert dates.unreadable(texts) == {
        text for text in texts if text and dates.parse_date(text) is None
    }


@pytest.mark.slow
def test_every_value_of_a_generated_export(tmp_path: Path) -> None:
    hrm, directory = tmp_path / "hrm.csv", tmp_path / "dir.csv"
    subprocess.run(
        [
            sys.executable,
            str(GENERATOR),
            "--rows",
            "20000",
            "--out",
            str(hrm),
            "--directory",
            str(directory),
        ],
        check=True,
    )
    with hrm.open(encoding="cp1252", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    with directory.open(encoding="utf-8", newline="") as f:
        registered = {row["number"] for row in csv.DictReader(f, delimiter=";")}
    numbers = {row[column] for row in rows for column in ("Mobil", "Arbeidstelefon")}
    assert len(numbers) > 30000
    agree_on_numbers(numbers | registered)
    agree_on_addresses({row["E-post"] for row in rows})


@pytest.mark.slow
def test_every_column_of_the_benchmark_file_judged_at_once(tmp_path: Path) -> None:
    """The check's own paths on the 100,000-row benchmark export, against the one-by-one
    paths (which the tests above hold to the libraries)."""
    hrm, directory = tmp_path / "hrm.csv", tmp_path / "dir.csv"
    subprocess.run(
        [
            sys.executable,
            str(GENERATOR),
            "--rows",
            "100000",
            "--out",
            str(hrm),
            "--directory",
            str(directory),
        ],
        check=True,
    )
    with hrm.open(encoding="cp1252", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    with directory.open(encoding="utf-8", newline="") as f:
        registered = [row["number"] for row in csv.DictReader(f, delimiter=";")]
    one_by_one = phones.PhoneClassifier()
    for column in ("Mobil", "Arbeidstelefon"):
        agree_in_bulk([row[column] for row in rows], one_by_one)
    agree_in_bulk(registered, one_by_one)
    agree_on_addresses_in_bulk([row["E-post"] for row in rows], emails.EmailClassifier())
