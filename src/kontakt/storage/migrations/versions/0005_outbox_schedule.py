"""The outbox's schedule and IKTNH's answer: when a change request is next tried, and the
reason and comments IKTNH gives with its status.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kontakt.storage.types

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("change_request") as batch_op:
        batch_op.add_column(
            sa.Column(
                "next_attempt_at",
                kontakt.storage.types.UtcDateTime(timezone=True),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("remote_detail", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("change_request") as batch_op:
        batch_op.drop_column("remote_detail")
        batch_op.drop_column("next_attempt_at")
