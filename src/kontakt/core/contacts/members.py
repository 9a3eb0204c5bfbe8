"""Ring-pattern members as the contact check needs them, independent of the pattern model."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PatternMember:
    """A member of a ring pattern: who (`employee_id`, may be empty) and at which number."""

    pattern_id: str
    member_id: str
    employee_id: str
    name: str = ""
    number: str = ""
