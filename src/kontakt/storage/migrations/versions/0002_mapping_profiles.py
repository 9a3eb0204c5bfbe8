"""Saved column mappings per HRM source, and the sheet an HRM import was read from.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kontakt.storage.types

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mapping_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("updated_at", kontakt.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_mapping_profile_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mapping_profile")),
        sa.UniqueConstraint(
            "municipality_id", "name", name=op.f("uq_mapping_profile_municipality_id")
        ),
    )
    with op.batch_alter_table("mapping_profile") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mapping_profile_municipality_id"), ["municipality_id"], unique=False
        )
    with op.batch_alter_table("hrm_import") as batch_op:
        batch_op.add_column(sa.Column("sheet", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("hrm_import") as batch_op:
        batch_op.drop_column("sheet")
    with op.batch_alter_table("mapping_profile") as batch_op:
        batch_op.drop_index(batch_op.f("ix_mapping_profile_municipality_id"))
    op.drop_table("mapping_profile")
