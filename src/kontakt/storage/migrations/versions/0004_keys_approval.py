"""What approval stores: the signed canonical bytes and the whole body of a change request,
the baseline a ring-pattern request was compared with, and the public keys the ICT contact
has signed with (old ones kept for verification).

Revision ID: 0004
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kontakt.storage.types

revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signing_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key_id", sa.String(length=64), nullable=False),
        sa.Column("public_jwk", sa.JSON(), nullable=False),
        sa.Column("created_at", kontakt.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("retired_at", kontakt.storage.types.UtcDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_key")),
        sa.UniqueConstraint("key_id", name=op.f("uq_signing_key_key_id")),
    )
    with op.batch_alter_table("change_request") as batch_op:
        batch_op.add_column(sa.Column("signed_change", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("body", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("baseline_version_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_change_request_baseline_version_id_ring_pattern_version"),
            "ring_pattern_version",
            ["baseline_version_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("change_request") as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_change_request_baseline_version_id_ring_pattern_version"),
            type_="foreignkey",
        )
        batch_op.drop_column("baseline_version_id")
        batch_op.drop_column("body")
        batch_op.drop_column("signed_change")
    op.drop_table("signing_key")
