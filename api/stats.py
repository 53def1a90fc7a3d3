"""Figures for service managers, computed from metadata only: volumes, use, edits, speed; and
the agents' replies turned into questions already answered."""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from difflib import SequenceMatcher
from typing import Any

from corpus.precedents import Precedent

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


@dataclass(frozen=True)
class ArticleRow:
    """An agent's reply that names Code articles, beside what its suggestion offered."""
    suggestion_id: str
    created_at: datetime
    themes: Sequence[str]
    sources: Sequence[str] | None  # the Code articles among the sources (None: not recorded)
    draft: Sequence[str] | None  # the articles the draft named (None: draft no longer kept)
    final: Sequence[str]  # the articles the agent's reply names
    text: str | None = None  # the anonymised question, when SRDT_STORE_TEXT kept it

    @property
    def added(self) -> list[str]:
        """The articles the agent named and the draft did not: what the draft should have
        quoted (empty when the draft is unknown)."""
        if self.draft is None:
            return []
        return [a for a in self.final if a not in self.draft]

    @property
    def among_sources(self) -> list[str]:
        """Of those, the ones the sources held: the draft chose another (retrieval did not
        miss them)."""
        return [a for a in self.added if a in (self.sources or ())]


def _share(n: int, of: int) -> float | None:
    return round(n / of, 4) if of else None


def article_agreement(rows: Iterable[ArticleRow], top: int = 20) -> dict[str, Any]:
    """How often the agents keep the articles the draft names, and which ones they name
    instead: the production measure of the draft's choice, on the agents' own replies."""
    compared = [r for r in rows if r.draft is not None]
    replaced = [r for r in compared if r.added]
    counts: Counter[str] = Counter(a for r in replaced for a in r.added)
    found: Counter[str] = Counter(a for r in replaced for a in r.among_sources)
    instead: dict[str, Counter[str]] = defaultdict(Counter)
    for r in replaced:
        for a in r.added:
            instead[a].update(r.draft[:1] or ["aucun"])  # type: ignore[index]
    return {
        "replies_compared": len(compared),
        "kept_share": _share(sum(bool(set(r.final) & set(r.draft or ())) for r in compared),
                             len(compared)),
        "added_share": _share(len(replaced), len(compared)),
        "added_among_sources_share": _share(sum(found.values()), sum(counts.values())),
        "added": [{"article": a, "replies": n, "among_sources": found[a],
                   "instead_of": [d for d, _ in instead[a].most_common(3)]}
                  for a, n in counts.most_common(top)],
    }


REPLY_PREFIX = "reply:"  # the id of a question already answered by an agent's reply


def answered_questions(rows: Iterable[ArticleRow]) -> list[Precedent]:
    """The agents' replies as questions already answered: the anonymised question, when it
    was kept, and the Code articles the agent's reply names, whatever the draft had named."""
    return [Precedent(f"{REPLY_PREFIX}{r.suggestion_id}", r.text.partition("\n")[0], r.text,
                      tuple(r.final), tuple(r.themes))
            for r in rows if r.text and r.text.strip()]
