"""The fast paths for phone numbers and e-mail addresses agree with the libraries themselves."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from kontakt.core.contacts import emails, phones

GENERATOR = Path(__file__).parents[2] / "benchmarks" / "make_hrm_export.py"

QUIRKY_NUMBERS = [
    "91234567", "912 34 567", "+47 912 34 567", "+4791234567", "0047 912 34 567",
    "004791234567", "4791234567", "47 91 23 45 67", "4741234567", "47123456", "+4747123456",
    "4747123456", "42123456", "43123456", "44123456", "45312345", "45412345", "40123456",
    "59123456", "79123456", "+47 79 12 34 56", "55123456", "56100010", "21000000",
    "80012345", "82012345", "81012345", "81212345", "85012345", "88012345", "81512345",
    "01234", "02000", "12345678", "1234567", "912345678", "0091234567", "+46 8 123 456 78",
    "0046812345678", "+44 20 7946 0958", "91234567 ext 12", "91234567 x12", "912-34-567",
    "(+47) 91234567", "+47 (0) 91234567", "9123 4567", " 91234567 ", "", "abc",
    "+47", "+4712345678", "+47012345678", "004712345678", "4712345678", "470000000000",
    "９１２３４５６７", "91234567\u00a0", "+47 912 34 56", "22 22 22 22",
]

QUIRKY_EMAILS = [
    "kari@demo.kommune.no", "Kari.Nordmann@Demo.Kommune.NO", "åse.sæbø@demo.kommune.no",
    "ØYSTEIN@demo.kommune.no", "a+b@x.no", "a_b-c@x-y.no", "a..b@x.no", ".a@x.no", "a.@x.no",
    "a@x", "a@localhost", "a@x.local", "a@x.test", "a@x.invalid", "a@-x.no", "a@x-.no",
    "a@ab--cd.no", "a@xn--bmlo-gra.no", "a@x.123", "a@x.n0", "a@@x.no", "a", "", "@x.no",
    "a@", "\"a b\"@x.no", "Kari <kari@x.no>", "a b@x.no", "a@x..no", "a@x.no.",
    "x" * 64 + "@x.no", "x" * 65 + "@x.no", "a@" + "b" * 63 + ".no", "a@" + "b" * 64 + ".no",
    "kari@bømlo.kommune.no", "ü@x.no", "a@x.no ", " a@x.no", "a@X.NO", "a@x.arpa",
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


def test_quirky_numbers() -> None:
    agree_on_numbers(set(QUIRKY_NUMBERS))
    # the fast path must answer the common shapes, or it saves nothing
    assert all(phones.fast_verdict(v) for v in ("91234567", "+47 912 34 567", "4791234567"))


def test_quirky_addresses() -> None:
    agree_on_addresses(set(QUIRKY_EMAILS))
    assert emails.fast_verdict("åse.sæbø@demo.kommune.no") is not None


@pytest.mark.slow
def test_every_value_of_a_generated_export(tmp_path: Path) -> None:
    hrm, directory = tmp_path / "hrm.csv", tmp_path / "dir.csv"
    subprocess.run([sys.executable, str(GENERATOR), "--rows", "20000", "--out", str(hrm),
                    "--directory", str(directory)], check=True)
    with hrm.open(encoding="cp1252", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    with directory.open(encoding="utf-8", newline="") as f:
        registered = {row["number"] for row in csv.DictReader(f, delimiter=";")}
    numbers = {row[column] for row in rows for column in ("Mobil", "Arbeidstelefon")}
    assert len(numbers) > 30000
    agree_on_numbers(numbers | registered)
    agree_on_addresses({row["E-post"] for row in rows})
