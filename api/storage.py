"""What the API keeps: suggestion metadata, feedback, the model audit trail and API keys.

SQLAlchemy 2 over SQLite (default, a file beside the index) or PostgreSQL (`DATABASE_URL`);
the schema is owned by Alembic migrations (`api/migrations`). Personal data is never stored:
users by a salted hash, texts only in anonymised form and only if `SRDT_STORE_TEXT` allows."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    create_engine,
    delete,
    event,
    select,
    text,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from .stats import ArticleRow

MIGRATIONS = Path(__file__).parent / "migrations"


def now() -> datetime:
    return datetime.now(UTC)


def aware(at: datetime) -> datetime:
    """A stored time in UTC: SQLite gives them back without their zone."""
    return at if at.tzinfo else at.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class ApiKey(Base):
    __tablename__ = "api_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20), default="agent")
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class SuggestionRecord(Base):
    __tablename__ = "suggestions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now,
                                                 index=True)
    user_hash: Mapped[str] = mapped_column(String(64), index=True)
    service: Mapped[str | None] = mapped_column(String(100), nullable=True, index=True)
    site: Mapped[str | None] = mapped_column(String(100), nullable=True)
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    requester: Mapped[str] = mapped_column(String(30))
    idcc: Mapped[int | None] = mapped_column(Integer, nullable=True)
    out_of_scope: Mapped[bool] = mapped_column(Boolean, default=False)
    mode: Mapped[str] = mapped_column(String(20))
    model: Mapped[str | None] = mapped_column(String(100), nullable=True)
    length: Mapped[str] = mapped_column(String(20))
    n_sources: Mapped[int] = mapped_column(Integer)
    n_warnings: Mapped[int] = mapped_column(Integer)
    masked: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    draft_ms: Mapped[float] = mapped_column(Float)
    total_ms: Mapped[float] = mapped_column(Float)
    anonymised_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    # the Code articles among the sources, in their order (None before migration 0002)
    source_articles: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True),
                                                              nullable=True)


class FeedbackRecord(Base):
    __tablename__ = "feedback"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    suggestion_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("suggestions.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    rating: Mapped[str | None] = mapped_column(String(10), nullable=True)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    used: Mapped[bool] = mapped_column(Boolean, default=False)
    edit_ratio: Mapped[float | None] = mapped_column(Float, nullable=True)
    # articles the draft named (None when it was no longer kept) and the agent's reply named
    # (None without a final text); only numbers the index knows
    draft_articles: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True),
                                                             nullable=True)
    final_articles: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True),
                                                             nullable=True)


class AuditRecord(Base):
    """Which model saw which anonymised text, and why."""
    __tablename__ = "model_audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    suggestion_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("suggestions.id", ondelete="CASCADE"), nullable=True, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now,
                                                 index=True)
    model: Mapped[str] = mapped_column(String(100))
    purpose: Mapped[str] = mapped_column(String(30))
    text_sha256: Mapped[str] = mapped_column(String(64))
    text: Mapped[str | None] = mapped_column(Text, nullable=True)


@dataclass(frozen=True)
class KeyInfo:
    site: str
    role: str


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def _write_ahead_log(conn: Any, _record: Any) -> None:
    """SQLite's write-ahead log: a commit is one append and one fsync instead of a rollback
    journal written, synced and deleted, and readers no longer wait for the writer (several
    gunicorn workers record suggestions into one file)."""
    cursor = conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


class Storage:
    def __init__(self, url: str) -> None:
        self.url = url
        kwargs: dict[str, Any] = {"pool_pre_ping": True}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 15}
        else:
            kwargs["connect_args"] = {"connect_timeout": 5}
        self.engine: Engine = create_engine(url, **kwargs)
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            event.listen(self.engine, "connect", _write_ahead_log)
        self._session = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._session.begin() as s:
            yield s

    def migrate(self) -> None:
        """Bring the schema to the newest migration (idempotent)."""
        from alembic import command
        from alembic.config import Config

        if self.url.startswith("sqlite:///"):
            Path(self.url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def ping(self) -> None:
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    def close(self) -> None:
        self.engine.dispose()

    # --- API keys --------------------------------------------------------------------------

    def create_key(self, site: str, role: str = "agent") -> str:
        """A new key, returned once; only its hash is kept."""
        key = "srdt_" + secrets.token_urlsafe(32)
        with self.session() as s:
            s.add(ApiKey(site=site, role=role, key_hash=hash_key(key), prefix=key[:12]))
        return key

    def check_key(self, key: str) -> KeyInfo | None:
        with self.session() as s:
            row = s.scalar(select(ApiKey).where(ApiKey.key_hash == hash_key(key),
                                                ApiKey.revoked_at.is_(None)))
            return KeyInfo(row.site, row.role) if row else None

    def revoke_keys(self, prefix: str) -> int:
        with self.session() as s:
            result = s.execute(update(ApiKey).where(ApiKey.prefix == prefix,
                                                    ApiKey.revoked_at.is_(None))
                               .values(revoked_at=now()))
            return int(result.rowcount)  # type: ignore[attr-defined]

    def list_keys(self) -> list[dict[str, Any]]:
        with self.session() as s:
            return [{"prefix": k.prefix, "site": k.site, "role": k.role,
                     "created_at": k.created_at.isoformat(),
                     "revoked": k.revoked_at is not None}
                    for k in s.scalars(select(ApiKey).order_by(ApiKey.id))]

    # --- suggestions, feedback, audit ------------------------------------------------------

    def add_suggestion(self, record: SuggestionRecord, audit: list[AuditRecord]) -> None:
        with self.session() as s:
            s.add(record)
            s.flush()
            for entry in audit:
                entry.suggestion_id = record.id
                s.add(entry)

    def suggestion_exists(self, suggestion_id: str) -> bool:
        with self.session() as s:
            return s.get(SuggestionRecord, suggestion_id) is not None

    def add_feedback(self, record: FeedbackRecord) -> None:
        with self.session() as s:
            s.add(record)

    def article_replies(self, start: datetime, end: datetime) -> list[ArticleRow]:
        """The agents' replies that name Code articles, for suggestions made in [start, end);
        several feedbacks on one suggestion: the last reply counts."""
        with self.session() as s:
            found = s.execute(
                select(SuggestionRecord.id, SuggestionRecord.created_at, SuggestionRecord.themes,
                       SuggestionRecord.source_articles, SuggestionRecord.anonymised_text,
                       FeedbackRecord.draft_articles, FeedbackRecord.final_articles)
                .join(FeedbackRecord)
                .where(SuggestionRecord.created_at >= start, SuggestionRecord.created_at < end,
                       FeedbackRecord.final_articles.is_not(None))
                .order_by(FeedbackRecord.id)).all()
        last: dict[str, ArticleRow] = {}
        for sid, created, themes, sources, text_, draft, final in found:
            if final:
                last[sid] = ArticleRow(sid, aware(created), themes or [], sources, draft, final,
                                       text_)
        return list(last.values())

    def purge(self, days: int, at: datetime | None = None) -> dict[str, int]:
        """Delete what is older than the retention period; feedback and audit go with their
        suggestion."""
        cutoff = (at or now()) - timedelta(days=days)
        with self.session() as s:
            old = select(SuggestionRecord.id).where(SuggestionRecord.created_at < cutoff)
            n_feedback = s.execute(delete(FeedbackRecord).where(
                FeedbackRecord.suggestion_id.in_(old))).rowcount  # type: ignore[attr-defined]
            n_audit = s.execute(delete(AuditRecord).where(
                (AuditRecord.created_at < cutoff) | AuditRecord.suggestion_id.in_(old))
            ).rowcount  # type: ignore[attr-defined]
            n_sugg = s.execute(delete(SuggestionRecord).where(
                SuggestionRecord.created_at < cutoff)).rowcount  # type: ignore[attr-defined]
        return {"suggestions": int(n_sugg), "feedback": int(n_feedback), "audit": int(n_audit)}
