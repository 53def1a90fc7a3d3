"""`GET /api/v1/stats`: for service managers; aggregates only, no personal data."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from flask import Blueprint, Response, jsonify, request
from sqlalchemy import select

from ..errors import bad_request
from ..stats import Row, aggregate, article_agreement
from ..storage import FeedbackRecord, SuggestionRecord, aware
from . import guard, services

bp = Blueprint("stats", __name__)
MAX_DAYS = 366


@bp.before_request
def _guard() -> None:
    guard(cost=0, manager=True)


def _day(name: str, default: date) -> date:
    raw = request.args.get(name)
    if not raw:
        return default
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise bad_request(f"{name} must be a date (YYYY-MM-DD)") from exc


@bp.get("/stats")
def stats() -> Response:
    today = datetime.now(UTC).date()
    end = _day("to", today)
    start = _day("from", end - timedelta(days=29))
    if start > end or (end - start).days >= MAX_DAYS:
        raise bad_request(f"from must precede to, at most {MAX_DAYS} days apart")
    group_by = request.args.get("group_by", "service")
    if group_by not in ("service", "site"):
        raise bad_request("group_by must be service or site")
    column = SuggestionRecord.service if group_by == "service" else SuggestionRecord.site
    lo = datetime.combine(start, time.min, UTC)
    hi = datetime.combine(end + timedelta(days=1), time.min, UTC)
    with services().storage.session() as s:
        found = s.execute(select(SuggestionRecord.id, SuggestionRecord.created_at,
                                 SuggestionRecord.themes, column, SuggestionRecord.total_ms)
                          .where(SuggestionRecord.created_at >= lo,
                                 SuggestionRecord.created_at < hi)).all()
        fb = s.execute(select(FeedbackRecord.suggestion_id, FeedbackRecord.used,
                              FeedbackRecord.edit_ratio, FeedbackRecord.rating)
                       .join(SuggestionRecord)
                       .where(SuggestionRecord.created_at >= lo,
                              SuggestionRecord.created_at < hi)
                       .order_by(FeedbackRecord.id)).all()
    latest: dict[str, tuple[bool, float | None, str | None]] = {}
    for sid, used, ratio, rating in fb:  # several feedbacks: any use counts, last word wins
        prev_used, prev_ratio, prev_rating = latest.get(sid, (False, None, None))
        latest[sid] = (used or prev_used, prev_ratio if ratio is None else ratio,
                       rating or prev_rating)
    rows = []
    for sid, created, themes, group, total_ms in found:
        used, ratio, rating = latest.get(sid, (False, None, None))
        rows.append(Row(aware(created), themes or [], group, total_ms, used, ratio, rating))
    replies = services().storage.article_replies(lo, hi)
    return jsonify({**aggregate(rows, start, end, group_by),
                    "articles": article_agreement(replies)})
