"""A team on one database: who may work on which municipality (`kontakt_user`), who saved
each change and when, and a revision counter on ring patterns and change requests so that
a save from a stale copy is refused instead of overwriting someone else's.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kontakt.storage.types

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _who(name: str) -> sa.Column[str]:
    return sa.Column(name, sa.String(length=200), nullable=False, server_default="")


def upgrade() -> None:
    op.create_table(
        "kontakt_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=200), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
        sa.Column("added_at", kontakt.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_kontakt_user_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kontakt_user")),
        sa.UniqueConstraint("login", "municipality_id", name=op.f("uq_kontakt_user_login")),
    )
    op.create_index(
        op.f("ix_kontakt_user_municipality_id"), "kontakt_user", ["municipality_id"], unique=False
    )
    with op.batch_alter_table("ring_pattern") as batch_op:
        batch_op.add_column(sa.Column("revision", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("ring_pattern_version") as batch_op:
        batch_op.add_column(_who("saved_by"))
        batch_op.add_column(
            sa.Column("saved_at", kontakt.storage.types.UtcDateTime(timezone=True), nullable=True)
        )
    with op.batch_alter_table("change_request") as batch_op:
        batch_op.add_column(sa.Column("revision", sa.Integer(), nullable=False, server_default="1"))
        batch_op.add_column(_who("changed_by"))
        batch_op.add_column(_who("approved_by"))
        batch_op.add_column(
            sa.Column(
                "approved_at", kontakt.storage.types.UtcDateTime(timezone=True), nullable=True
            )
        )
    with op.batch_alter_table("test_case_result") as batch_op:
        batch_op.add_column(_who("recorded_by"))
    with op.batch_alter_table("hrm_import") as batch_op:
        batch_op.add_column(_who("imported_by"))


def downgrade() -> None:
    with op.batch_alter_table("hrm_import") as batch_op:
        batch_op.drop_column("imported_by")
    with op.batch_alter_table("test_case_result") as batch_op:
        batch_op.drop_column("recorded_by")
    with op.batch_alter_table("change_request") as batch_op:
        for column in ("approved_at", "approved_by", "changed_by", "revision"):
            batch_op.drop_column(column)
    with op.batch_alter_table("ring_pattern_version") as batch_op:
        batch_op.drop_column("saved_at")
        batch_op.drop_column("saved_by")
    with op.batch_alter_table("ring_pattern") as batch_op:
        batch_op.drop_column("revision")
    op.drop_index(op.f("ix_kontakt_user_municipality_id"), table_name="kontakt_user")
    op.drop_table("kontakt_user")
