"""The agents' replies as a measure of the article the draft cites (`api.stats`)."""

from __future__ import annotations

from datetime import UTC, datetime

from api.stats import ArticleRow, article_agreement

AT = datetime(2026, 12, 6, tzinfo=UTC)


def _row(draft: list[str] | None, final: list[str], sources: list[str] | None = None,
         sid: str = "s") -> ArticleRow:
    return ArticleRow(sid, AT, ["demission"], sources, draft, final)


def test_kept_added_and_where_the_added_articles_were() -> None:
    rows = [
        _row(["L1237-1"], ["L1237-1"]),  # kept as is
        _row(["L1237-1"], ["L1237-1", "D1237-1"], sources=["L1237-1"]),  # kept, one added
        _row(["L1225-4"], ["L1225-17"], sources=["L1225-4", "L1225-17"]),  # the draft chose
        _row(["L1225-4"], ["L1225-17"], sources=["L1225-4"]),  # retrieval missed it
        _row([], ["L3141-3"]),  # the draft named none
        _row(None, ["L1234-9"]),  # draft no longer kept: not compared
    ]
    got = article_agreement(rows)
    assert got["replies_compared"] == 5
    assert got["kept_share"] == 0.4 and got["added_share"] == 0.8
    assert got["added_among_sources_share"] == 0.25  # 1 of 4 added articles
    by_article = {a["article"]: a for a in got["added"]}
    assert by_article["L1225-17"] == {"article": "L1225-17", "replies": 2, "among_sources": 1,
                                      "instead_of": ["L1225-4"]}
    assert by_article["L3141-3"]["instead_of"] == ["aucun"]
    assert got["added"][0]["article"] == "L1225-17"  # the most frequent first
    assert "L1234-9" not in by_article


def test_no_reply_gives_empty_shares() -> None:
    got = article_agreement([_row(None, ["L1234-9"])])
    assert got == {"replies_compared": 0, "kept_share": None, "added_share": None,
                   "added_among_sources_share": None, "added": []}
    assert article_agreement([], top=3)["added"] == []
