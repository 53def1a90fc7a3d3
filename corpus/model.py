"""Payload types shared by every stage of the knowledge base."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Source(StrEnum):
    CODE_DU_TRAVAIL = "code_du_travail"
    FICHE_TRAVAIL = "fiche_travail"
    FICHE_SP = "fiche_sp"
    CONTRIBUTION = "contribution"
    CONVENTION = "convention"


# What a default build indexes: sources 1 to 4 of the issue, and the texts of the agreements
# that cover the most employees (kali-data's `effectif`: Syntec, métallurgie, commerce
# alimentaire, transports routiers, HCR; 10,561 passages, about 2 min of embedding). The 45
# other agreements published in full (61,805 passages in all, 23 min) with `--sources all`.
DEFAULT_SOURCES: tuple[Source, ...] = (
    Source.CODE_DU_TRAVAIL,
    Source.FICHE_TRAVAIL,
    Source.FICHE_SP,
    Source.CONTRIBUTION,
    Source.CONVENTION,
)
DEFAULT_AGREEMENTS: frozenset[int] = frozenset({1486, 3248, 2216, 16, 1979})

_CHUNK_NAMESPACE = uuid.UUID("6f1c9d1e-3d2a-4c55-9a7e-5b1f3f0b2a10")


@dataclass(frozen=True)
class Chunk:
    """One retrievable passage with everything the drafter and the verifier need to cite it."""

    source: Source
    doc_id: str
    position: int
    title: str
    heading_path: tuple[str, ...]
    url: str
    text: str
    corpus_version: str
    date: str | None = None
    article_num: str | None = None
    article_nums: tuple[str, ...] = ()
    idcc: int | None = None
    in_force: bool = True
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        h = hashlib.sha256()
        for part in (self.title, " > ".join(self.heading_path), self.text):
            h.update(part.encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()[:32]

    @property
    def id(self) -> str:
        """Stable across builds while the source id, the position and the content are unchanged."""
        key = f"{self.source}:{self.doc_id}:{self.position}:{self.content_hash}"
        return str(uuid.uuid5(_CHUNK_NAMESPACE, key))

    def embedding_text(self, limit: int = 1500) -> str:
        """What the dense model reads: title and headings give the context a bare article lacks."""
        head = " > ".join(p for p in (self.title, *self.heading_path) if p)
        return f"{head}\n{self.text}"[:limit]

    def search_text(self) -> str:
        """What the sparse vector reads. The two nearest headings count twice: a section title
        such as « Période d'essai » says what a bare article is about (measured: +0.02 MRR)."""
        return " ".join((self.title, *self.heading_path, *self.heading_path[-2:], self.text))

    def payload(self) -> dict[str, Any]:
        data = asdict(self)
        data["source"] = str(self.source)
        data["heading_path"] = list(self.heading_path)
        data["article_nums"] = list(self.article_nums)
        data["content_hash"] = self.content_hash
        # A keyword twin of `in_force` for filtering: qdrant-edge's Python binding converts a
        # boolean match value to an integer, so a bool condition never matches there.
        data["validity"] = "in_force" if self.in_force else "not_in_force"
        return data


@dataclass(frozen=True)
class Hit:
    """A search result, in the JSON shape documented in the README."""

    id: str
    score: float
    source: str
    doc_id: str
    title: str
    heading_path: list[str]
    url: str
    article_num: str | None
    article_nums: list[str]
    idcc: int | None
    date: str | None
    corpus_version: str
    in_force: bool
    text: str

    @classmethod
    def from_payload(cls, point_id: str, score: float, p: dict[str, Any]) -> Hit:
        return cls(
            id=str(point_id),
            score=float(score),
            source=p["source"],
            doc_id=p["doc_id"],
            title=p["title"],
            heading_path=list(p.get("heading_path") or []),
            url=p["url"],
            article_num=p.get("article_num"),
            article_nums=list(p.get("article_nums") or []),
            idcc=p.get("idcc"),
            date=p.get("date"),
            corpus_version=p.get("corpus_version", ""),
            in_force=bool(p.get("in_force", True)),
            text=p["text"],
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
