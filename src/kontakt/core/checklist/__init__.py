"""The post-change test checklist: cases generated from a ring-pattern change, verdicts.

Pure Python: the simulator and diff of `kontakt.core.ringpattern` decide what to test and
what should happen; the services keep runs in the database, the wizard walks through them.
"""

from kontakt.core.checklist.generate import generate
from kontakt.core.checklist.manual import device_checks, for_orders, standing_checks
from kontakt.core.checklist.model import CaseKind, Expect, PhoneOrder, TestCase, Verdict

__all__ = [
    "CaseKind",
    "Expect",
    "PhoneOrder",
    "TestCase",
    "Verdict",
    "device_checks",
    "for_orders",
    "generate",
    "standing_checks",
]
