"""Questions already answered: usagers' mails, anonymised, each with the Code articles that
governed its answer. A new mail close in meaning to one of them is often the same question in
other words (« partir huit mois faire le tour du monde » for a sabbatical), which neither the
glossary nor the search of the Code may bridge; the articles that answered it are candidates.

The bundled file (`precedents.jsonl`, written by `tools/make_precedents.py` from the labelled
fixture emails) stands for the service's own answered questions until the agents' replies
replace it: `srdt-assist db precedents` writes a file of the questions they answered, and
`SRDT_PRECEDENTS` names it, or turns the memory off (README, "Questions already answered").
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .dense import Embedder, EmbeddingCache, embed_with_cache
from .text import COURTESY

BUNDLED = Path(__file__).with_name("precedents.jsonl")
ID_PREFIX = "precedent:"  # in `exclude_ids`, a precedent left out (the eval's own mail)


# What two mails asking the same question do not share: the anonymiser's placeholders
# (« [PERSONNE_1] ([TELEPHONE_1]) ») and the lines that greet or take leave. On the labelled
# mails, each against the questions labelled before it, the nearest question governed by the
# same article rose 235 -> 247 of 950, and at the floor the wrong ones above it 152 -> 145.
_PLACEHOLDER = re.compile(r"\(?\[[A-Z_]+_\d+\]\)?")
_COURTESY = re.compile(rf"^\s*({COURTESY})\b[^\n?]{{0,60}}$", re.I | re.M)


def core(text: str) -> str:
    """The question without what every mail says (`_COURTESY`) or masks (placeholders): the
    text compared."""
    text = _COURTESY.sub("", _PLACEHOLDER.sub(" ", text))
    return re.sub(r"[ \t]+", " ", re.sub(r"\n\s*\n+", "\n", text)).strip()


@dataclass(frozen=True)
class Precedent:
    id: str
    subject: str
    text: str  # the anonymised subject and body, as the pipeline sees them
    articles: tuple[str, ...]
    themes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Match:
    precedent: Precedent
    similarity: float


def dumps(items: Sequence[Precedent]) -> str:
    """One JSON object per line, as `read` reads them."""
    return "".join(json.dumps({"id": p.id, "subject": p.subject, "text": p.text,
                               "articles": list(p.articles), "themes": list(p.themes)},
                              ensure_ascii=False) + "\n" for p in items)


def write(path: Path, items: Sequence[Precedent]) -> None:
    """Written beside and renamed: a service that loads the file meanwhile never reads half
    of it."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(dumps(items), encoding="utf-8")
    partial.replace(path)


def read(path: Path) -> list[Precedent]:
    """One JSON object per line: id, subject, text, articles, themes."""
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            items.append(Precedent(str(d["id"]), str(d.get("subject", "")), str(d["text"]),
                                   tuple(d["articles"]), tuple(d.get("themes", ()))))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: not a precedent ({exc})") from exc
    return items


class Precedents:
    """The answered questions and their dense vectors, embedded on first use (cached by text
    hash in the `EmbeddingCache` at `cache_path`, opened for that only, so that a restart
    embeds nothing)."""

    def __init__(self, items: Sequence[Precedent], embedder: Embedder,
                 cache_path: Path | None = None) -> None:
        self.items = list(items)
        self.embedder = embedder
        self._cache_path = cache_path
        self._vectors: np.ndarray | None = None
        self._lock = threading.Lock()

    def _matrix(self) -> np.ndarray:
        with self._lock:
            if self._vectors is None:
                cache = EmbeddingCache(self._cache_path) if self._cache_path else None
                try:
                    vecs, _ = embed_with_cache(self.embedder, [core(p.text) for p in self.items],
                                               cache)
                finally:
                    if cache is not None:
                        cache.close()
                norms = np.linalg.norm(vecs, axis=1, keepdims=True)
                self._vectors = vecs / np.where(norms == 0, 1.0, norms)
            return self._vectors

    def similar(self, text: str, k: int = 3, min_similarity: float = 0.0,
                exclude: Sequence[str] = ()) -> list[Match]:
        """The k answered questions closest to `text` (cosine), at least `min_similarity`;
        `exclude`: ids left out."""
        asked = core(text)
        if not self.items or not asked:
            return []
        query = self.embedder.embed([asked])[0]
        norm = float(np.linalg.norm(query))
        if norm == 0:
            return []
        sims = self._matrix() @ (query / norm)
        left_out = set(exclude)
        found: list[Match] = []
        for i in np.argsort(-sims):
            if float(sims[i]) < min_similarity or len(found) >= k:
                break
            if self.items[i].id not in left_out:
                found.append(Match(self.items[i], round(float(sims[i]), 4)))
        return found
