"""Helpers shared by the parsers of documents that cite Code articles."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ..text import ARTICLE_RE, find_article_nums, unique
from .legi import ArticleCatalog

_LEGIARTI = re.compile(r"LEGIARTI\d{12}")
_RANGE = re.compile(
    r"([LRD])\s?\.?\s?(\d{1,4}(?:-\d+)*)-(\d+)\s+(?:à|au)\s+(?:[LRD]\s?\.?\s?)?\2-(\d+)"
)


def cited_articles(text: str, catalog: ArticleCatalog | None) -> list[str]:
    """Article numbers a document cites: written numbers, ranges ("L1231-1 à L1231-6")
    expanded, and Légifrance ids resolved to the current number through the version map."""
    nums = find_article_nums(text)
    for m in _RANGE.finditer(text):
        start, end = int(m.group(3)), int(m.group(4))
        if 0 < end - start <= 30:
            nums.extend(f"{m.group(1)}{m.group(2)}-{i}" for i in range(start, end + 1))
    if catalog is not None:
        for legiarti in _LEGIARTI.findall(text):
            num = catalog.resolve_id(legiarti)
            if num:
                nums.append(num)
        nums = [n for n in nums if n in catalog.articles]
    return unique(nums)


def slugify(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def has_article(text: str) -> bool:
    return ARTICLE_RE.search(text) is not None


def join_nonempty(parts: Iterable[str], sep: str = "\n") -> str:
    return sep.join(p for p in parts if p)
