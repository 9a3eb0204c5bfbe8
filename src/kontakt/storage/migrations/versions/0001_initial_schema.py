"""Initial schema: municipality, people, number register, ring patterns, catalogue, outbox, test runs.

Revision ID: 0001
Revises: -
Create Date: 2026-11-25 08:32:21.597127
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kontakt.storage.types

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_state")),
    )
    op.create_table(
        "catalogue_model",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("manufacturer", sa.String(length=100), nullable=False),
        sa.Column("model", sa.String(length=200), nullable=False),
        sa.Column("os", sa.String(length=50), nullable=False),
        sa.Column("release_date", sa.Date(), nullable=True),
        sa.Column("security_updates_until", sa.Date(), nullable=True),
        sa.Column("price_nok", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("monthly_cost_nok", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalogue_model")),
        sa.UniqueConstraint("manufacturer", "model", name=op.f("uq_catalogue_model_manufacturer")),
    )
    op.create_table(
        "municipality",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=4), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("contact_name", sa.String(length=200), nullable=False),
        sa.Column("contact_email", sa.String(length=320), nullable=False),
        sa.Column("contact_phone", sa.String(length=32), nullable=False),
        sa.Column("email_domains", sa.JSON(), nullable=False),
        sa.Column("api_base_url", sa.String(length=500), nullable=False),
        sa.Column("created_at", kontakt.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kontakt.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_municipality")),
        sa.UniqueConstraint("number", name=op.f("uq_municipality_number")),
    )
    op.create_table(
        "change_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("change", sa.JSON(), nullable=False),
        sa.Column("approval", sa.JSON(), nullable=True),
        sa.Column("idempotency_key", sa.String(length=64), nullable=False),
        sa.Column("remote_id", sa.String(length=100), nullable=True),
        sa.Column("remote_status", sa.String(length=32), nullable=True),
        sa.Column("created_at", kontakt.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kontakt.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_change_request_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_request")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_change_request_idempotency_key")),
    )
    with op.batch_alter_table("change_request", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_change_request_municipality_id"), ["municipality_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_change_request_state"), ["state"], unique=False)

    op.create_table(
        "directory_number",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("employee_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("site", sa.String(length=100), nullable=False),
        sa.Column("fetched_at", kontakt.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_directory_number_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_directory_number")),
    )
    with op.batch_alter_table("directory_number", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_directory_number_municipality_id"), ["municipality_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_directory_number_number"), ["number"], unique=False)

    op.create_table(
        "hrm_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("source_name", sa.String(length=500), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("imported_at", kontakt.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_hrm_import_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hrm_import")),
    )
    with op.batch_alter_table("hrm_import", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_hrm_import_municipality_id"), ["municipality_id"], unique=False
        )

    op.create_table(
        "ring_pattern",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_ring_pattern_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ring_pattern")),
        sa.UniqueConstraint("municipality_id", "key", name=op.f("uq_ring_pattern_municipality_id")),
    )
    with op.batch_alter_table("ring_pattern", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ring_pattern_municipality_id"), ["municipality_id"], unique=False
        )

    op.create_table(
        "delivery_attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_request_id", sa.Integer(), nullable=False),
        sa.Column("attempted_at", kontakt.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["change_request_id"],
            ["change_request.id"],
            name=op.f("fk_delivery_attempt_change_request_id_change_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery_attempt")),
    )
    with op.batch_alter_table("delivery_attempt", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_delivery_attempt_change_request_id"), ["change_request_id"], unique=False
        )

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("source_row", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("department", sa.String(length=300), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("mobile", sa.String(length=64), nullable=False),
        sa.Column("work_phone", sa.String(length=64), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["hrm_import.id"],
            name=op.f("fk_person_import_id_hrm_import"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_person_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_employee_id"), ["employee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_import_id"), ["import_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_person_municipality_id"), ["municipality_id"], unique=False
        )

    op.create_table(
        "ring_pattern_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pattern_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", kontakt.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["pattern_id"],
            ["ring_pattern.id"],
            name=op.f("fk_ring_pattern_version_pattern_id_ring_pattern"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ring_pattern_version")),
        sa.UniqueConstraint(
            "pattern_id", "number", name=op.f("uq_ring_pattern_version_pattern_id")
        ),
    )
    with op.batch_alter_table("ring_pattern_version", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ring_pattern_version_pattern_id"), ["pattern_id"], unique=False
        )

    op.create_table(
        "test_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("change_request_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("tester", sa.String(length=200), nullable=False),
        sa.Column("started_at", kontakt.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", kontakt.storage.types.UtcDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["change_request_id"],
            ["change_request.id"],
            name=op.f("fk_test_run_change_request_id_change_request"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_test_run_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_test_run")),
    )
    with op.batch_alter_table("test_run", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_test_run_municipality_id"), ["municipality_id"], unique=False
        )

    op.create_table(
        "test_case_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("case", sa.JSON(), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", kontakt.storage.types.UtcDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["test_run.id"],
            name=op.f("fk_test_case_result_run_id_test_run"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_test_case_result")),
    )
    with op.batch_alter_table("test_case_result", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_test_case_result_run_id"), ["run_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("test_case_result", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_test_case_result_run_id"))

    op.drop_table("test_case_result")
    with op.batch_alter_table("test_run", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_test_run_municipality_id"))

    op.drop_table("test_run")
    with op.batch_alter_table("ring_pattern_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ring_pattern_version_pattern_id"))

    op.drop_table("ring_pattern_version")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_municipality_id"))
        batch_op.drop_index(batch_op.f("ix_person_import_id"))
        batch_op.drop_index(batch_op.f("ix_person_employee_id"))

    op.drop_table("person")
    with op.batch_alter_table("delivery_attempt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delivery_attempt_change_request_id"))

    op.drop_table("delivery_attempt")
    with op.batch_alter_table("ring_pattern", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ring_pattern_municipality_id"))

    op.drop_table("ring_pattern")
    with op.batch_alter_table("hrm_import", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hrm_import_municipality_id"))

    op.drop_table("hrm_import")
    with op.batch_alter_table("directory_number", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_directory_number_number"))
        batch_op.drop_index(batch_op.f("ix_directory_number_municipality_id"))

    op.drop_table("directory_number")
    with op.batch_alter_table("change_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_request_state"))
        batch_op.drop_index(batch_op.f("ix_change_request_municipality_id"))

    op.drop_table("change_request")
    op.drop_table("municipality")
    op.drop_table("catalogue_model")
    op.drop_table("app_state")
