"""Figures for service managers, computed from metadata only: volumes, use, edits, speed."""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from difflib import SequenceMatcher
from typing import Any

_TOKEN = re.compile(r"\w+|[^\w\s]")
MAX_TOKENS = 6000


def edit_ratio(draft: str, final: str) -> float:
    """Share of the draft the agent changed, on words: 0 = sent as is, 1 = rewritten."""
    a = _TOKEN.findall(draft.lower())[:MAX_TOKENS]
    b = _TOKEN.findall(final.lower())[:MAX_TOKENS]
    if not a and not b:
        return 0.0
    return round(1.0 - SequenceMatcher(None, a, b, autojunk=False).ratio(), 4)


@dataclass(frozen=True)
class Row:
    """One suggestion and what its feedback said."""
    created_at: datetime
    themes: Sequence[str]
    group: str | None
    total_ms: float
    used: bool
    edit_ratio: float | None
    rating: str | None


def _summary(rows: Sequence[Row]) -> dict[str, Any]:
    ratios = [r.edit_ratio for r in rows if r.edit_ratio is not None]
    rated = [r.rating for r in rows if r.rating]
    return {
        "suggestions": len(rows),
        "used_share": round(sum(r.used for r in rows) / len(rows), 4) if rows else None,
        "mean_edit_ratio": round(statistics.fmean(ratios), 4) if ratios else None,
        "median_time_to_draft_ms": round(statistics.median(r.total_ms for r in rows), 1)
        if rows else None,
        "thumbs_up_share": round(rated.count("up") / len(rated), 4) if rated else None,
    }


def aggregate(rows: Iterable[Row], start: date, end: date, group_by: str) -> dict[str, Any]:
    rows = list(rows)
    per_day = Counter(r.created_at.date().isoformat() for r in rows)
    per_theme = Counter(t for r in rows for t in (r.themes or ["aucun"]))
    groups: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        groups[r.group or "non renseigné"].append(r)
    return {
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        **_summary(rows),
        "per_day": [{"date": d, "suggestions": n} for d, n in sorted(per_day.items())],
        "per_theme": [{"theme": t, "suggestions": n} for t, n in per_theme.most_common()],
        "group_by": group_by,
        "groups": [{"group": g, **_summary(rs)} for g, rs in sorted(groups.items())],
    }
