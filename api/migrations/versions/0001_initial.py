"""Initial schema: API keys, suggestions, feedback, model audit trail.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("site", sa.String(100), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("prefix", sa.String(16), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("revoked_at", TZ, nullable=True),
    )
    op.create_table(
        "suggestions",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("user_hash", sa.String(64), nullable=False),
        sa.Column("service", sa.String(100), nullable=True),
        sa.Column("site", sa.String(100), nullable=True),
        sa.Column("themes", sa.JSON, nullable=False),
        sa.Column("requester", sa.String(30), nullable=False),
        sa.Column("idcc", sa.Integer, nullable=True),
        sa.Column("out_of_scope", sa.Boolean, nullable=False),
        sa.Column("mode", sa.String(20), nullable=False),
        sa.Column("model", sa.String(100), nullable=True),
        sa.Column("length", sa.String(20), nullable=False),
        sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("n_warnings", sa.Integer, nullable=False),
        sa.Column("masked", sa.JSON, nullable=False),
        sa.Column("draft_ms", sa.Float, nullable=False),
        sa.Column("total_ms", sa.Float, nullable=False),
        sa.Column("anonymised_text", sa.Text, nullable=True),
    )
    op.create_index("ix_suggestions_created_at", "suggestions", ["created_at"])
    op.create_index("ix_suggestions_user_hash", "suggestions", ["user_hash"])
    op.create_index("ix_suggestions_service", "suggestions", ["service"])
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("suggestion_id", sa.String(36),
                  sa.ForeignKey("suggestions.id", ondelete="CASCADE"), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("rating", sa.String(10), nullable=True),
        sa.Column("reasons", sa.JSON, nullable=False),
        sa.Column("used", sa.Boolean, nullable=False),
        sa.Column("edit_ratio", sa.Float, nullable=True),
    )
    op.create_index("ix_feedback_suggestion_id", "feedback", ["suggestion_id"])
    op.create_table(
        "model_audit",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("suggestion_id", sa.String(36),
                  sa.ForeignKey("suggestions.id", ondelete="CASCADE"), nullable=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("model", sa.String(100), nullable=False),
        sa.Column("purpose", sa.String(30), nullable=False),
        sa.Column("text_sha256", sa.String(64), nullable=False),
        sa.Column("text", sa.Text, nullable=True),
    )
    op.create_index("ix_model_audit_suggestion_id", "model_audit", ["suggestion_id"])
    op.create_index("ix_model_audit_created_at", "model_audit", ["created_at"])


def downgrade() -> None:
    op.drop_table("model_audit")
    op.drop_table("feedback")
    op.drop_table("suggestions")
    op.drop_table("api_keys")
