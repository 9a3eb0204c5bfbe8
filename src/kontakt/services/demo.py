"""The demo municipality ("Demo kommune", 9999): loaded into an empty database on first use.

Everything goes through the import code a user's own files go through: the ring-pattern
reader, the HRM export reader with automatic column mapping, the directory reader, the
catalogue reader and the call-record reader (so Servicegrad has figures on the first start).
The files ship in `resources/demo/`. One transaction: all or nothing.
"""

from __future__ import annotations

from kontakt.core.catalogue.document import load_catalogue
from kontakt.core.contacts.directory import read_directory
from kontakt.core.contacts.hrm_import import read_table, to_records
from kontakt.core.contacts.mapping import HRM_FIELDS
from kontakt.core.preparedness.sites import loads as load_sites
from kontakt.core.ringpattern.document import loads as load_pattern
from kontakt.core.servicelevel.records import caller_hasher
from kontakt.core.tables.mapping import resolve_mapping
from kontakt.resources import resource_path
from kontakt.services.catalogue import keep_document_facts
from kontakt.services.municipality import DEMO_NUMBER
from kontakt.services.servicelevel import CallsRequest, read_calls, zone_of
from kontakt.storage.catalogue import replace_catalogue
from kontakt.storage.db import Database
from kontakt.storage.models import Municipality
from kontakt.storage.patterns import add_version
from kontakt.storage.people import replace_directory, replace_people
from kontakt.storage.preparedness import replace_register, set_plan_texts
from kontakt.storage.servicelevel import caller_key, replace_calls

DEMO_NAME = "Demo kommune"
PATTERN_FILE = "demo-sentralbord.ringpattern.json"
HRM_FILE = "hrm-export.csv"
DIRECTORY_FILE = "directory.csv"
CATALOGUE_FILE = "phone-catalogue.json"
SITES_FILE = "sites.json"
CALLS_FILE = "calls.csv"
DEMO_PLAN = {
    "service_desk": "IKTNH servicedesk, 56 37 00 00, servicedesk@iktnh.no",
    "deputy": "Ola Vik, 912 00 002",
    "platform_fallback": "IKTNH vidarekoplar hovudnummeret til vakttelefonen 912 00 002 "
    "utanfor plattforma.",
}


def load_demo(db: Database) -> None:
    """Create the demo municipality with its ring pattern, people, numbers, phones, sites and
    call records."""
    folder = resource_path("demo")
    pattern_text = (folder / PATTERN_FILE).read_text(encoding="utf-8")
    pattern = load_pattern(pattern_text)
    table = read_table(folder / HRM_FILE)
    mapping = resolve_mapping(table.headers, HRM_FIELDS, file=table.file)
    records = to_records(table, mapping)
    directory = read_directory(folder / DIRECTORY_FILE)
    catalogue = load_catalogue((folder / CATALOGUE_FILE).read_text(encoding="utf-8"))
    sites = load_sites((folder / SITES_FILE).read_bytes(), SITES_FILE)
    with db.transaction() as session:
        municipality = Municipality(
            number=DEMO_NUMBER,
            name=DEMO_NAME,
            is_demo=True,
            contact_name="Ikt-kontakt i Demo kommune",
            contact_email="ikt-kontakt@demo.kommune.no",
            contact_phone="+4756100000",
            email_domains=["demo.kommune.no"],
        )
        session.add(municipality)
        session.flush()
        add_version(
            session,
            municipality.id,
            key=pattern.id,
            name=pattern.name,
            document=pattern_text,
            status="baseline",
            created_by="Kontakt (demo)",
        )
        replace_people(
            session,
            municipality.id,
            source_name=HRM_FILE,
            sheet=None,
            mapping=mapping,
            records=records,
            imported_by="Kontakt (demo)",
        )
        replace_directory(session, municipality.id, directory)
        zone = zone_of(pattern)
        calls = read_calls(
            CallsRequest(folder / CALLS_FILE), zone, caller_hasher(caller_key(session))
        )
        replace_calls(session, municipality.id, calls, zone)
        replace_register(session, municipality.id, sites)
        set_plan_texts(session, municipality.id, DEMO_PLAN)
        replace_catalogue(session, catalogue.models)
        keep_document_facts(session, catalogue)
