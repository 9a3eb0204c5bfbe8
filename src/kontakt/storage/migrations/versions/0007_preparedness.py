"""Preparedness: the sites register with its paths, the plan's settings, weaknesses with
their measures, and the plan's reviews.

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kontakt.storage.types

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _municipality(table: str, primary: bool = False) -> sa.Column[int]:
    return sa.Column(
        "municipality_id",
        sa.Integer(),
        sa.ForeignKey(
            "municipality.id",
            name=op.f(f"fk_{table}_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        nullable=False,
        primary_key=primary,
    )


def _stamp(name: str) -> sa.Column[object]:
    return sa.Column(name, kontakt.storage.types.UtcDateTime(timezone=True), nullable=False)


def upgrade() -> None:
    op.create_table(
        "preparedness_site",
        sa.Column("id", sa.Integer(), nullable=False),
        _municipality("preparedness_site"),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("network_points_ok", sa.Boolean(), nullable=False),
        sa.Column("wifi", sa.Boolean(), nullable=False),
        sa.Column("mobile_coverage", sa.String(length=16), nullable=False),
        sa.Column("path", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_preparedness_site")),
        sa.UniqueConstraint(
            "municipality_id", "key", name=op.f("uq_preparedness_site_municipality_id")
        ),
    )
    op.create_index(
        op.f("ix_preparedness_site_municipality_id"), "preparedness_site", ["municipality_id"]
    )
    op.create_table(
        "preparedness_plan",
        _municipality("preparedness_plan", primary=True),
        sa.Column("autonomy_target_min", sa.Integer(), nullable=False),
        sa.Column("platform_fallback", sa.Text(), nullable=False),
        sa.Column("service_desk", sa.Text(), nullable=False),
        sa.Column("deputy", sa.Text(), nullable=False),
        _stamp("updated_at"),
        sa.PrimaryKeyConstraint("municipality_id", name=op.f("pk_preparedness_plan")),
    )
    op.create_table(
        "preparedness_weakness",
        sa.Column("id", sa.Integer(), nullable=False),
        _municipality("preparedness_weakness"),
        sa.Column("reported", sa.Date(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sites", sa.JSON(), nullable=False),
        sa.Column("entries", sa.JSON(), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("recommended", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("decision", sa.String(length=32), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("measure", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        _stamp("updated_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_preparedness_weakness")),
    )
    op.create_index(
        op.f("ix_preparedness_weakness_municipality_id"),
        "preparedness_weakness",
        ["municipality_id"],
    )
    op.create_table(
        "preparedness_review",
        sa.Column("id", sa.Integer(), nullable=False),
        _municipality("preparedness_review"),
        sa.Column("reviewed_by", sa.String(length=200), nullable=False),
        _stamp("reviewed_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_preparedness_review")),
    )
    op.create_index(
        op.f("ix_preparedness_review_municipality_id"),
        "preparedness_review",
        ["municipality_id"],
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_preparedness_review_municipality_id"), "preparedness_review")
    op.drop_table("preparedness_review")
    op.drop_index(op.f("ix_preparedness_weakness_municipality_id"), "preparedness_weakness")
    op.drop_table("preparedness_weakness")
    op.drop_table("preparedness_plan")
    op.drop_index(op.f("ix_preparedness_site_municipality_id"), "preparedness_site")
    op.drop_table("preparedness_site")
