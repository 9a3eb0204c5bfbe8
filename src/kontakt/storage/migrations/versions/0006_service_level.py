"""Service level: call records, their imports and the municipality's targets; and a kind for
each saved column mapping (HRM export, number register, call records).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kontakt.storage.types

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_PROFILES = sa.table(
    "mapping_profile",
    sa.column("id", sa.Integer()),
    sa.column("kind", sa.String()),
    sa.column("mapping", sa.JSON()),
)


def upgrade() -> None:
    with op.batch_alter_table("mapping_profile") as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=40), nullable=False, server_default="hrm")
        )
    # a profile of another kind kept its kind inside the mapping: {"kind", "fields"}
    connection = op.get_bind()
    for row in connection.execute(sa.select(_PROFILES.c.id, _PROFILES.c.mapping)).all():
        mapping = row.mapping
        if isinstance(mapping, dict) and isinstance(mapping.get("fields"), dict):
            connection.execute(
                _PROFILES.update()
                .where(_PROFILES.c.id == row.id)
                .values(kind=str(mapping.get("kind")), mapping=mapping["fields"])
            )
    op.create_table(
        "call_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("imported_at", kontakt.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("callers_kept", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_call_import_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_import")),
    )
    with op.batch_alter_table("call_import") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_call_import_municipality_id"), ["municipality_id"], unique=False
        )
    op.create_table(
        "call_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("start", kontakt.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("entry", sa.String(length=40), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=False),
        sa.Column("wait_s", sa.Numeric(10, 1, asdecimal=False), nullable=False),
        sa.Column("talk_s", sa.Numeric(10, 1, asdecimal=False), nullable=False),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("answered_by", sa.String(length=200), nullable=False),
        sa.Column("caller_hash", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["call_import.id"],
            name=op.f("fk_call_record_import_id_call_import"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_record")),
    )
    with op.batch_alter_table("call_record") as batch_op:
        batch_op.create_index(batch_op.f("ix_call_record_import_id"), ["import_id"], unique=False)
    op.create_table(
        "service_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("percent", sa.Numeric(5, 1, asdecimal=False), nullable=False),
        sa.Column("within_s", sa.Integer(), nullable=False),
        sa.Column("max_abandon_percent", sa.Numeric(5, 1, asdecimal=False), nullable=False),
        sa.Column("min_answer_percent", sa.Numeric(5, 1, asdecimal=False), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_service_target_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_target")),
        sa.UniqueConstraint(
            "municipality_id", "name", name=op.f("uq_service_target_municipality_id")
        ),
    )
    with op.batch_alter_table("service_target") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_target_municipality_id"), ["municipality_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("service_target") as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_target_municipality_id"))
    op.drop_table("service_target")
    with op.batch_alter_table("call_record") as batch_op:
        batch_op.drop_index(batch_op.f("ix_call_record_import_id"))
    op.drop_table("call_record")
    with op.batch_alter_table("call_import") as batch_op:
        batch_op.drop_index(batch_op.f("ix_call_import_municipality_id"))
    op.drop_table("call_import")
    with op.batch_alter_table("mapping_profile") as batch_op:
        batch_op.drop_column("kind")
