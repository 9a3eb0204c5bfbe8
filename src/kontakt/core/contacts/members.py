"""Ring-pattern members as the contact check needs them, independent of the pattern model."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PatternMember:
    """A member of a ring pattern: who (`employee_id`, may be empty) and at which number;
    `name` and `pattern_name` are what people read (empty where the document has none)."""

    pattern_id: str
    member_id: str
    employee_id: str
    name: str = ""
    number: str = ""
    pattern_name: str = ""


def member_params(member: PatternMember) -> dict[str, str]:
    """The message parameters of a finding about `member`: its and its pattern's ids and
    names (`kontakt.core.contacts.codes` shows the names, the ids where there are none)."""
    return {
        "member": member.member_id,
        "name": member.name,
        "pattern": member.pattern_id,
        "pattern_name": member.pattern_name,
    }
