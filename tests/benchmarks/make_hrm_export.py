#!/usr/bin/env python3
"""Write a synthetic HRM export (and a matching telephony directory) for benchmarks and trials.

The people are made up; the shape follows what Norwegian municipal HRM systems export:
semicolon-separated Windows-1252 CSV with Norwegian headers. A fixed share of rows carries a
known problem, so a checker has real work to do. Same arguments, same bytes.

    python make_hrm_export.py --rows 100000 --out hrm.csv --directory directory.csv
"""

from __future__ import annotations

import argparse
import csv
import random

GIVEN = [
    "Kari",
    "Ola",
    "Ingrid",
    "Per",
    "Silje",
    "Arne",
    "Marit",
    "Knut",
    "Åse",
    "Bjørn",
    "Solveig",
    "Eirik",
    "Liv",
    "Tor",
    "Ragnhild",
    "Håkon",
    "Synnøve",
    "Øystein",
    "Gunnhild",
    "Sindre",
]
FAMILY = [
    "Nordmann",
    "Vik",
    "Haugland",
    "Lie",
    "Myklebust",
    "Hope",
    "Hjelmås",
    "Sæbø",
    "Kvamme",
    "Brakstad",
    "Øvretveit",
    "Fosse",
    "Lygre",
    "Tveit",
    "Hauge",
    "Eide",
    "Aasgard",
    "Løtveit",
]
DEPTS = [
    "Helse og omsorg",
    "Heimetenesta",
    "Oppvekst",
    "Teknisk drift",
    "Byggesak",
    "Økonomi",
    "Servicetorget",
    "NAV kommune",
    "Kultur",
    "Barnehage Sentrum",
    "Skule Nord",
]
TITLES = [
    "Sykepleiar",
    "Helsefagarbeidar",
    "Lærar",
    "Rådgjevar",
    "Konsulent",
    "Avdelingsleiar",
    "Ingeniør",
    "Fagarbeidar",
    "Pedagogisk leiar",
    "Sakshandsamar",
]
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


def make_rows(n: int, seed: int, domain: str):
    rnd = random.Random(seed)
    for i in range(n):
        emp = str(100000 + i)
        given, family = rnd.choice(GIVEN), rnd.choice(FAMILY)
        mobile = f"{rnd.choice('49')}{i:07d}"
        work = f"56{i % 1000000:06d}"
        email = f"{given}.{family}{i}@{domain}".lower()
        end = ""
        problem = rnd.random()
        if problem < 0.03:
            mobile = ""  # missing-mobile
        elif problem < 0.05:
            mobile = f"12{i % 1000000:06d}"  # invalid-phone
        elif problem < 0.06:
            mobile, work = work, mobile  # wrong-phone-type, twice
        elif problem < 0.08:
            email = email.replace("@", "@@")  # invalid-email
        elif problem < 0.09:
            email = f"{given}{i}@gmail.com".lower()  # foreign-email-domain
        elif problem < 0.10:
            end = f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.2024"  # ended
        elif problem < 0.11:
            mobile = f"9{(i // 2):07d}"  # likely duplicate-phone with a neighbour
        style = rnd.random()
        if mobile and style < 0.3:
            mobile = f"{mobile[:3]} {mobile[3:5]} {mobile[5:]}"
        elif mobile and style < 0.4:
            mobile = "+47 " + mobile
        yield [
            emp,
            given,
            family,
            rnd.choice(DEPTS),
            rnd.choice(TITLES),
            email,
            mobile,
            work,
            f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.{rnd.randint(1995, 2025)}",
            end,
        ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=786)
    ap.add_argument("--domain", default="demo.kommune.no")
    ap.add_argument("--encoding", default="cp1252")
    ap.add_argument("--out", required=True, help="HRM export CSV to write")
    ap.add_argument("--directory", help="telephony directory CSV to write beside it")
    args = ap.parse_args()
    rows = list(make_rows(args.rows, args.seed, args.domain))
    with open(args.out, "w", newline="", encoding=args.encoding) as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(HEADER)
        w.writerows(rows)
    if args.directory:
        rnd = random.Random(args.seed + 1)
        with open(args.directory, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, delimiter=";")
            w.writerow(["number", "type", "employee_id", "name", "site"])
            for r in rows:
                digits = "".join(c for c in r[6] if c.isdigit())[-8:]
                if len(digits) == 8 and rnd.random() < 0.95:
                    if rnd.random() < 0.02:
                        digits = digits[:-1] + str((int(digits[-1]) + 1) % 10)  # directory-mismatch
                    w.writerow(["+47" + digits, "mobile", r[0], f"{r[1]} {r[2]}", "radhuset"])
            w.writerow(["+4756100000", "function", "", "Sentralbord", "radhuset"])


if __name__ == "__main__":
    main()
