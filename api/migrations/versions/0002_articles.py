"""Which Code articles each suggestion offered, and which the draft and the agent's reply named.

Article numbers are not personal data; they turn the agents' replies into a measure of the
article the draft quotes, and a worklist of the questions where it chose another.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("suggestions") as batch:
        batch.add_column(sa.Column("source_articles", sa.JSON, nullable=True))
    with op.batch_alter_table("feedback") as batch:
        batch.add_column(sa.Column("draft_articles", sa.JSON, nullable=True))
        batch.add_column(sa.Column("final_articles", sa.JSON, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("feedback") as batch:
        batch.drop_column("final_articles")
        batch.drop_column("draft_articles")
    with op.batch_alter_table("suggestions") as batch:
        batch.drop_column("source_articles")
