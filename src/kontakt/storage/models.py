"""The tables, as SQLAlchemy 2 ORM classes. Schema changes go through a new migration.

One database holds the municipality (or municipalities) the ICT contact looks after and
everything Kontakt keeps for it: people from the last HRM import, IKTNH's number register,
ring patterns with their versions, the phone catalogue, change requests with their delivery
attempts (the outbox), test runs, and saved column mappings.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from kontakt.storage.types import UtcDateTime, utc_now

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads it as a class attribute
        datetime: UtcDateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


class AppState(Base):
    """Small facts about the database itself (e.g. that the user removed the demo)."""

    __tablename__ = "app_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Municipality(Base):
    __tablename__ = "municipality"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(4), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_email: Mapped[str] = mapped_column(String(320), default="")
    contact_phone: Mapped[str] = mapped_column(String(32), default="")
    email_domains: Mapped[list[Any]] = mapped_column(default=list)
    api_base_url: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class HrmImport(Base):
    """One HRM export read into the database; its people replace the previous import's."""

    __tablename__ = "hrm_import"
    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), index=True
    )
    source_name: Mapped[str] = mapped_column(String(500))
    sheet: Mapped[str | None] = mapped_column(String(200), default=None)
    rows: Mapped[int] = mapped_column(Integer)
    mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)
    imported_at: Mapped[datetime] = mapped_column(default=utc_now)
    imported_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    """Who imported it (migration 0008)."""


class Person(Base):
    """An employee as the last HRM import had them (only the fields the checks need)."""

    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), index=True
    )
    import_id: Mapped[int] = mapped_column(
        ForeignKey("hrm_import.id", ondelete="CASCADE"), index=True
    )
    source_row: Mapped[int] = mapped_column(Integer)
    employee_id: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    department: Mapped[str] = mapped_column(String(300), default="")
    title: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    mobile: Mapped[str] = mapped_column(String(64), default="")
    work_phone: Mapped[str] = mapped_column(String(64), default="")
    start_date: Mapped[date | None] = mapped_column(Date, default=None)
    end_date: Mapped[date | None] = mapped_column(Date, default=None)


class DirectoryNumber(Base):
    """A number in IKTNH's number register (nummerregister) for the municipality."""

    __tablename__ = "directory_number"
    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(String(32), index=True)
    type: Mapped[str] = mapped_column(String(16))
    employee_id: Mapped[str] = mapped_column(String(64), default="")
    name: Mapped[str] = mapped_column(String(300), default="")
    site: Mapped[str] = mapped_column(String(100), default="")
    fetched_at: Mapped[datetime] = mapped_column(default=utc_now)


class RingPattern(Base):
    __tablename__ = "ring_pattern"
    __table_args__ = (UniqueConstraint("municipality_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(300))
    revision: Mapped[int] = mapped_column(Integer, server_default="1")
    """Counts the saves (migration 0008): an update from a copy read before someone else
    saved matches no row, and is refused (SQLAlchemy's `version_id_col`)."""
    __mapper_args__ = {"version_id_col": revision}  # noqa: RUF012 - read by SQLAlchemy
    versions: Mapped[list[RingPatternVersion]] = relationship(
        back_populates="pattern",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="RingPatternVersion.number",
    )


class RingPatternVersion(Base):
    """One version of a pattern: `baseline` (what IKTNH runs), `draft`, `submitted`,
    `superseded`. The document is the JSON interchange form (`spec/ringpattern.md`)."""

    __tablename__ = "ring_pattern_version"
    __table_args__ = (UniqueConstraint("pattern_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    pattern_id: Mapped[int] = mapped_column(
        ForeignKey("ring_pattern.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    document: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    saved_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    """Who saved this version last, and when (a draft is saved over; migration 0008)."""
    saved_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    pattern: Mapped[RingPattern] = relationship(back_populates="versions")


class CatalogueModel(Base):
    """A phone model in IKTNH's negotiated range; the less-queried facts sit in `details`."""

    __tablename__ = "catalogue_model"
    __table_args__ = (UniqueConstraint("manufacturer", "model"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    manufacturer: Mapped[str] = mapped_column(String(100))
    model: Mapped[str] = mapped_column(String(200))
    os: Mapped[str] = mapped_column(String(50), default="")
    release_date: Mapped[date | None] = mapped_column(Date, default=None)
    security_updates_until: Mapped[date | None] = mapped_column(Date, default=None)
    price_nok: Mapped[Decimal | None] = mapped_column(Numeric(10, 2), default=None)
    monthly_cost_nok: Mapped[Decimal | None] = mapped_column(Numeric(10, 2), default=None)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ChangeRequest(Base):
    """A change request and its place in the outbox; `change` is what the approval signs."""

    __tablename__ = "change_request"
    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(32), index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    change: Mapped[dict[str, Any]] = mapped_column(default=dict)
    approval: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    remote_id: Mapped[str | None] = mapped_column(String(100), default=None)
    remote_status: Mapped[str | None] = mapped_column(String(32), default=None)
    signed_change: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    """The canonical JSON of `change` that the approval signed (migration 0004)."""
    body: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    """The whole body made at approval, `{"change", "approval"}`: delivered byte for byte."""
    baseline_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("ring_pattern_version.id", ondelete="SET NULL"), default=None
    )
    """A ring-pattern request's baseline: the version its diff was made against (0004)."""
    ordered_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("ring_pattern_version.id", ondelete="SET NULL"), default=None
    )
    """The pattern version a ring-pattern request orders, when the editor made it (0008)."""
    remote_detail: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    """IKTNH's reason and comments with its status (added by migration 0005)."""
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    """When the outbox tries this request next; None: at once (added by migration 0005)."""
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    revision: Mapped[int] = mapped_column(Integer, server_default="1")
    """Counts the changes (migration 0008): a stale copy cannot change the request."""
    changed_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    """Who made or last changed the request (its time is `updated_at`)."""
    approved_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    __mapper_args__ = {"version_id_col": revision}  # noqa: RUF012 - read by SQLAlchemy
    attempts: Mapped[list[DeliveryAttempt]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="DeliveryAttempt.id"
    )


class DeliveryAttempt(Base):
    """One try at delivering a change request to IKTNH, and what came of it."""

    __tablename__ = "delivery_attempt"
    id: Mapped[int] = mapped_column(primary_key=True)
    change_request_id: Mapped[int] = mapped_column(
        ForeignKey("change_request.id", ondelete="CASCADE"), index=True
    )
    attempted_at: Mapped[datetime] = mapped_column(default=utc_now)
    http_status: Mapped[int | None] = mapped_column(Integer, default=None)
    outcome: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="")


class SigningKey(Base):
    """A public key the ICT contact has signed with (migration 0004); the private half of
    the current one is in the OS keyring. Retired keys stay, so that what they approved
    can still be verified by its key id."""

    __tablename__ = "signing_key"
    id: Mapped[int] = mapped_column(primary_key=True)
    key_id: Mapped[str] = mapped_column(String(64), unique=True)
    public_jwk: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    retired_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)


class TestRun(Base):
    """A run of the post-change test checklist; results are saved as the tester goes."""

    __tablename__ = "test_run"
    __test__ = False  # not a pytest class
    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), index=True
    )
    change_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("change_request.id", ondelete="SET NULL"), default=None
    )
    title: Mapped[str] = mapped_column(String(300), default="")
    tester: Mapped[str] = mapped_column(String(200), default="")
    started_at: Mapped[datetime] = mapped_column(default=utc_now)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    cases: Mapped[list[TestCaseResult]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="TestCaseResult.position"
    )


class TestCaseResult(Base):
    __tablename__ = "test_case_result"
    __test__ = False
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("test_run.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    case: Mapped[dict[str, Any]] = mapped_column(default=dict)
    verdict: Mapped[str] = mapped_column(String(16), default="not-tested")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    recorded_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    """Who recorded the verdict (migration 0008)."""


class MappingProfile(Base):
    """A saved column mapping for one source of a table of one kind (added by migration 0002;
    `kind` by 0006)."""

    __tablename__ = "mapping_profile"
    __table_args__ = (UniqueConstraint("municipality_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40), default="hrm")  # FieldSpec.kind (0006)
    mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class CallImport(Base):
    """One file of call records read into the database (migration 0006); its records
    replace the previous import's."""

    __tablename__ = "call_import"
    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(500))
    imported_at: Mapped[datetime] = mapped_column(default=utc_now)
    rows: Mapped[int] = mapped_column(Integer)
    callers_kept: Mapped[bool] = mapped_column(Boolean)  # False: the column was dropped


class CallRecord(Base):
    """One call at one queue or group; the calling number only as a keyed hash."""

    __tablename__ = "call_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[int] = mapped_column(
        ForeignKey("call_import.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[datetime] = mapped_column(UtcDateTime())
    entry: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(200), default="")
    wait_s: Mapped[float] = mapped_column(Numeric(10, 1, asdecimal=False))
    talk_s: Mapped[float] = mapped_column(Numeric(10, 1, asdecimal=False))
    result: Mapped[str] = mapped_column(String(16))
    answered_by: Mapped[str] = mapped_column(String(200), default="")
    caller_hash: Mapped[str | None] = mapped_column(String(64), default=None)


class ServiceTarget(Base):
    """The municipality's target figures for one entry number or queue/group (0006)."""

    __tablename__ = "service_target"
    __table_args__ = (UniqueConstraint("municipality_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    percent: Mapped[float] = mapped_column(Numeric(5, 1, asdecimal=False))
    within_s: Mapped[int] = mapped_column(Integer)
    max_abandon_percent: Mapped[float] = mapped_column(Numeric(5, 1, asdecimal=False))
    min_answer_percent: Mapped[float] = mapped_column(Numeric(5, 1, asdecimal=False))


class PreparednessSite(Base):
    """A site of the preparedness register and its path of hops (migration 0007)."""

    __tablename__ = "preparedness_site"
    __table_args__ = (UniqueConstraint("municipality_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    network_points_ok: Mapped[bool] = mapped_column(Boolean, default=True)
    wifi: Mapped[bool] = mapped_column(Boolean, default=False)
    mobile_coverage: Mapped[str] = mapped_column(String(16), default="good")
    path: Mapped[list[Any]] = mapped_column(default=list)


class PreparednessPlan(Base):
    """The municipality's preparedness settings: the autonomy target and what IKTNH can set
    up outside the platform when the platform itself is down (migration 0007)."""

    __tablename__ = "preparedness_plan"
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), primary_key=True
    )
    autonomy_target_min: Mapped[int] = mapped_column(Integer, default=120)
    platform_fallback: Mapped[str] = mapped_column(Text, default="")
    service_desk: Mapped[str] = mapped_column(Text, default="")
    deputy: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class PreparednessWeakness(Base):
    """A weakness (reported by IKTNH, typed in, or a registered finding) and the decision
    on it (migration 0007)."""

    __tablename__ = "preparedness_weakness"
    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), index=True
    )
    reported: Mapped[date | None] = mapped_column(Date, default=None)
    text: Mapped[str] = mapped_column(Text)
    sites: Mapped[list[Any]] = mapped_column(default=list)
    entries: Mapped[list[Any]] = mapped_column(default=list)
    severity: Mapped[str] = mapped_column(String(16), default="warning")
    recommended: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(16), default="typed")
    decision: Mapped[str | None] = mapped_column(String(32), default=None)
    reason: Mapped[str] = mapped_column(Text, default="")
    measure: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    due: Mapped[date | None] = mapped_column(Date, default=None)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class PreparednessReview(Base):
    """One review of the preparedness plan: who and when (migration 0007)."""

    __tablename__ = "preparedness_review"
    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), index=True
    )
    reviewed_by: Mapped[str] = mapped_column(String(200))
    reviewed_at: Mapped[datetime] = mapped_column(default=utc_now)


class KontaktUser(Base):
    """Who may work on a municipality, and as what (migration 0008): `login` is the
    operating-system user name Kontakt runs as; `role` is `ict-contact`, `deputy` or
    `reader`."""

    __tablename__ = "kontakt_user"
    __table_args__ = (UniqueConstraint("login", "municipality_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(200))
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(16))
    added_by: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[datetime] = mapped_column(default=utc_now)
