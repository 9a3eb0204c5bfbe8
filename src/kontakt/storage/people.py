"""People from the last HRM import, and IKTNH's number register, in the database.

An import replaces the previous one whole: the database holds what the municipality's HRM
says now, and no more of it than the checks and orders need.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from kontakt.core.contacts.dates import parse_date
from kontakt.core.contacts.directory import DirectoryEntry
from kontakt.core.contacts.model import HrmRecord
from kontakt.storage.models import DirectoryNumber, HrmImport, Person


def replace_people(
    session: Session,
    municipality_id: int,
    *,
    source_name: str,
    sheet: str | None,
    mapping: Mapping[str, str],
    records: Sequence[HrmRecord],
    imported_by: str = "",
) -> HrmImport:
    """Store `records` as the municipality's people, replacing the previous import; who
    imported them is kept with the import."""
    session.execute(delete(HrmImport).where(HrmImport.municipality_id == municipality_id))
    hrm_import = HrmImport(
        municipality_id=municipality_id,
        source_name=source_name,
        sheet=sheet,
        rows=len(records),
        mapping=dict(mapping),
        imported_by=imported_by,
    )
    session.add(hrm_import)
    session.flush()
    # one bulk INSERT (executemany) rather than an ORM object per person: 100,000 rows
    session.execute(
        insert(Person),
        [
            {
                "municipality_id": municipality_id,
                "import_id": hrm_import.id,
                "source_row": r.row,
                "employee_id": r.employee_id,
                "name": r.name,
                "department": r.department,
                "title": r.title,
                "email": r.email,
                "mobile": r.mobile,
                "work_phone": r.work_phone,
                "start_date": parse_date(r.start_date),
                "end_date": parse_date(r.end_date),
            }
            for r in records
        ],
    )
    session.flush()
    return hrm_import


def replace_directory(
    session: Session, municipality_id: int, entries: Iterable[DirectoryEntry]
) -> int:
    """Store `entries` as the municipality's number register; returns how many."""
    session.execute(
        delete(DirectoryNumber).where(DirectoryNumber.municipality_id == municipality_id)
    )
    rows = [
        DirectoryNumber(
            municipality_id=municipality_id,
            number=e.number,
            type=e.type,
            employee_id=e.employee_id,
            name=e.name,
            site=e.site,
        )
        for e in entries
    ]
    session.add_all(rows)
    session.flush()
    return len(rows)


def directory_entries(session: Session, municipality_id: int) -> list[DirectoryEntry]:
    """The stored number register, in the form the contact check reads."""
    rows = session.scalars(
        select(DirectoryNumber)
        .where(DirectoryNumber.municipality_id == municipality_id)
        .order_by(DirectoryNumber.id)
    )
    return [DirectoryEntry(r.number, r.type, r.employee_id, r.name, r.site) for r in rows]
