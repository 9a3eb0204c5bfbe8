"""The pattern version a ring-pattern change request orders: the editor's "order this
change" links the draft it was made from, and the versions panel shows the request.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("change_request") as batch_op:
        batch_op.add_column(sa.Column("ordered_version_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_change_request_ordered_version_id_ring_pattern_version"),
            "ring_pattern_version",
            ["ordered_version_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("change_request") as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_change_request_ordered_version_id_ring_pattern_version"),
            type_="foreignkey",
        )
        batch_op.drop_column("ordered_version_id")
