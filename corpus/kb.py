"""The knowledge base as the rest of the product sees it: hybrid search, an article by number,
an agreement by IDCC or name. The CLI, the pipeline and the API all go through this class."""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from . import headings
from .build import builds_dir
from .dense import Embedder, EmbeddingError, USEEmbedder
from .errors import IndexUnavailable
from .model import Hit, Source
from .precedents import Match, Precedents, read
from .sparse import SparseEncoder
from .store import EXACT_DENSE, EdgeStore, Found, Mode, SearchFilter, ServerStore, VectorStore
from .text import fold, normalize_article_num

log = logging.getLogger(__name__)

# Usual names agents and usagers give to the largest agreements.
CONVENTION_ALIASES: dict[str, tuple[int, ...]] = {
    "syntec": (1486,), "bet": (1486,), "bureaux d'etudes": (1486,),
    "hcr": (1979,), "hotels cafes restaurants": (1979,), "hotellerie restauration": (1979,),
    "restauration": (1979,), "hotellerie": (1979,),
    "batiment": (1596, 1597, 2609, 2420), "btp": (1596, 1597, 2609, 2420, 1702),
    "travaux publics": (1702,),
    "metallurgie": (3248,), "metallo": (3248,),
    "restauration rapide": (1501,), "fast food": (1501,),
    "commerce alimentaire": (2216,), "grande distribution": (2216,), "supermarche": (2216,),
    "aide a domicile": (2941,), "bad": (2941,), "services a la personne": (3127,),
    "particulier employeur": (3239,), "assistante maternelle": (3239,),
    "assistant maternel": (3239,), "emploi a domicile": (3239,),
    "transports routiers": (16,), "transport routier": (16,),
    "proprete": (3043,), "nettoyage": (3043,),
    "boulangerie": (843,), "coiffure": (2596,), "pharmacie": (1996,),
    "immobilier": (1527,), "banque": (2120,), "animation": (1518,), "sport": (2511,),
    "automobile": (1090,), "garage": (1090,), "hospitalisation privee": (2264,),
    "fehap": (29,), "clinique": (2264,),
}
_IDCC = re.compile(r"^\s*(?:idcc\s*(?:n[°o]\s*)?)?(\d{1,4})\s*$", re.IGNORECASE)
# Governing articles (`rank_articles`): the fiches and answers that match a question vote for
# the articles they cite. Tuned on the development set of `make eval` (bench/eval.py).
CITING_SOURCES = (Source.FICHE_TRAVAIL.value, Source.FICHE_SP.value, Source.CONTRIBUTION.value)
CITING_DEPTH = 20  # citing documents that vote
CITING_SPREAD = 0.5  # a section citing n articles gives each 1 / n**0.5 of its vote
FUSION_K = 10  # reciprocal rank fusion of the direct search and the votes
RECHECK_S = 1.0
ARTICLE_CACHE = 4096  # articles kept in memory (the Code has about 11,000 in force)
SECTION_CHARS = 4000  # a passage's section, around the passage, for the drafter (`section`)
SECTION_CACHE = 2048
_NOISE = {"convention", "collective", "nationale", "de", "des", "du", "la", "le", "les", "et",
          "l", "d", "en", "a", "au", "aux", "ccn", "cc", "accord", "personnel", "entreprises"}


@dataclass(frozen=True)
class Article:
    num: str
    in_force: bool
    url: str
    legiarti: str
    cid: str
    heading_path: list[str]
    date: str | None
    text: str
    chunk_id: str = ""  # its first passage in the index: the id of a source made from it

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class RankedArticle:
    num: str
    score: float
    searched: bool  # found by searching the Code itself
    cited_by: tuple[str, ...]  # titles of the best fiches or answers that cite it


@dataclass(frozen=True)
class Governing:
    articles: list[RankedArticle]
    citing: list[Hit]  # the fiches and generic answers searched for the votes, best first


@dataclass(frozen=True)
class Convention:
    idcc: int
    title: str
    short_title: str
    url: str
    full_text: bool
    score: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def open_store(qdrant_url: str | None, qdrant_path: Path, api_key: str | None = None,
               prefix: str = "srdt", copy_dir: Path | None = None,
               exact: bool = EXACT_DENSE) -> VectorStore:
    """`copy_dir`: embedded only, this process's own copy of the index (several workers);
    `exact`: the dense half searches every vector, not the HNSW graph."""
    if qdrant_url:
        return ServerStore.from_url(qdrant_url, api_key, prefix, exact)
    return EdgeStore(qdrant_path, copy_dir, exact=exact)


class KnowledgeBase:
    def __init__(self, store: VectorStore, data_dir: Path,
                 embedder: Embedder | None = None, precedents: Path | None = None) -> None:
        """`precedents`: a file of questions already answered (`corpus.precedents`), or
        None for none."""
        self.store = store
        self._precedents_path = precedents
        self._precedents: Precedents | None = None
        self._precedents_lock = threading.Lock()
        self.data_dir = data_dir
        self.embedder: Embedder = embedder or USEEmbedder()
        self.encoder = SparseEncoder()
        # the pipeline searches each query once per source: embed it once
        self._query_vectors: dict[str, list[float]] = {}
        self._loaded_for: str | None = None
        self._checked_at = 0.0
        self._article_cache: dict[str, Article] = {}  # of the loaded build: texts never change
        self._sections: OrderedDict[tuple[Any, ...], list[tuple[str, str]]] = OrderedDict()
        self._sections_lock = threading.Lock()
        self._articles: dict[str, dict[str, Any]] = {}
        self._versions: dict[str, str] = {}
        self._conventions: list[dict[str, Any]] = []
        self._headings: dict[str, frozenset[str]] | None = None
        self.manifest: dict[str, Any] = {}

    def _ensure(self) -> None:
        """Load the live build's catalogues; look for a newly published build at most every
        RECHECK_S (asking costs a file read, or a round trip to a Qdrant server)."""
        now = time.monotonic()
        if self._loaded_for is not None and now - self._checked_at < RECHECK_S:
            return
        name = self.store.current()
        if name is None:
            raise IndexUnavailable("no index has been built yet: run `srdt-assist corpus build`")
        self._checked_at = now
        if name == self._loaded_for:
            return
        bdir = builds_dir(self.data_dir) / name
        try:
            self.manifest = json.loads((bdir / "manifest.json").read_text(encoding="utf-8"))
            catalog = json.loads((bdir / "articles.json").read_text(encoding="utf-8"))
            self._conventions = json.loads((bdir / "conventions.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise IndexUnavailable(f"build artefacts of index {name} are missing: {exc}") from exc
        built_with = self.manifest.get("embedding", {}).get("model")
        if built_with and built_with != self.embedder.name:
            raise IndexUnavailable(
                f"index {name} was built with the embedding model {built_with}, but this "
                f"process is configured for {self.embedder.name} (see SRDT_EMBEDDINGS)")
        self._articles, self._versions = catalog["articles"], catalog["versions"]
        self._headings = None
        self._article_cache.clear()
        with self._sections_lock:
            self._sections.clear()
        self._loaded_for = name

    # --- search ----------------------------------------------------------------------------

    def search(self, query: str, k: int = 10, sources: Sequence[str] | None = None,
               idcc: int | None = None, mode: Mode = "hybrid", in_force: bool | None = True,
               exclude_ids: Sequence[str] = (), exclude_docs: Sequence[str] = (),
               no_idcc: bool = False) -> list[Hit]:
        """`no_idcc`: only passages that belong to no agreement (the generic answers)."""
        flt = SearchFilter(sources=list(sources) if sources else None, idcc=idcc,
                           in_force=in_force, exclude_ids=tuple(exclude_ids),
                           exclude_docs=tuple(exclude_docs), no_idcc=no_idcc)
        return [Hit.from_payload(f.id, f.score, f.payload)
                for f in self._find(query, k, flt, mode)]

    def _find(self, query: str, k: int, flt: SearchFilter, mode: Mode,
              fields: Sequence[str] | None = None) -> list[Found]:
        """`fields`: the payload fields wanted (all by default; texts are the bulk). A store
        that keeps decoded payloads (the embedded one) may return more."""
        self._ensure()
        query = query.strip()
        if not query:
            return []
        dense = None
        if mode != "sparse":
            try:
                dense = self._embed_query(query)
            except EmbeddingError as exc:  # degrade to lexical search rather than fail
                log.warning("query embedding failed, searching with the sparse vector only: %s",
                            exc)
                mode = "sparse"
        sparse = self.encoder.query(query) if mode != "dense" else None
        return self.store.query(dense, sparse, flt, k, mode, fields)

    def closeness(self, query: str, nums: Sequence[str]) -> dict[str, float]:
        """The dense cosine of each article with `query` (its closest piece), from the stored
        vectors: one filtered search, no article embedded again. Empty when the query cannot
        be embedded: the caller ranks without it."""
        self._ensure()
        cids = list(dict.fromkeys(meta["cid"] for n in nums
                                  if (meta := self._articles.get(n)) and meta.get("in_force")))
        if not cids or not query.strip():
            return {}
        try:
            dense = self._embed_query(query.strip())
        except EmbeddingError as exc:
            log.warning("query embedding failed, articles ranked without closeness: %s", exc)
            return {}
        flt = SearchFilter(sources=[Source.CODE_DU_TRAVAIL.value], doc_ids=cids)
        out: dict[str, float] = {}
        for f in self.store.query(dense, None, flt, 4 * len(cids) + 8, "dense",
                                  fields=("article_num",)):
            num = f.payload.get("article_num")
            if num:
                out[num] = max(out.get(num, -1.0), float(f.score))
        return out

    def in_part(self, query: str, chapters: Sequence[str], k: int = 1,
                exclude_ids: Sequence[str] = ()) -> list[str]:
        """The articles in force of a part of the Code that best match `query`, searched in
        that part alone. `chapters`: number prefixes without the letter (« 241 » holds
        L2411-1 and R2411-1)."""
        self._ensure()
        wanted = tuple(chapters)
        return self.among(query, [num for num in self._articles if num[1:].startswith(wanted)],
                          k, exclude_ids)

    def among(self, query: str, nums: Iterable[str], k: int = 1,
              exclude_ids: Sequence[str] = ()) -> list[str]:
        """Of the articles `nums`, those in force that best match `query`, searched among
        them alone."""
        self._ensure()
        cids = [meta["cid"] for num in nums
                if (meta := self._articles.get(num)) and meta.get("in_force")]
        if not cids:
            return []
        flt = SearchFilter(sources=[Source.CODE_DU_TRAVAIL.value], doc_ids=cids,
                           exclude_ids=tuple(exclude_ids))
        found = self._find(query, 4 * k + 4, flt, "hybrid", fields=("article_num",))
        return list(dict.fromkeys(n for f in found if (n := f.payload.get("article_num"))))[:k]

    def named_headings(self, text: str) -> list[tuple[str, frozenset[str]]]:
        """The Code's section headings that `text` names (`corpus.headings`), each with the
        articles in force under it."""
        self._ensure()
        # a local reference: a new build published meanwhile resets the attribute
        index = self._headings
        if index is None:
            index = self._headings = headings.index({num: meta.get("path") or []
                                                     for num, meta in self._articles.items()
                                                     if meta.get("in_force")})
        return [(name, index[name]) for name in headings.named(text, index)]

    def rank_articles(self, query: str, k: int = 10, mode: Mode = "sparse",
                      citations: bool = True, exclude_docs: Sequence[str] = (),
                      depth: int = 40) -> list[RankedArticle]:
        """The Code articles that govern a question, best first (see `governing`)."""
        return self.governing(query, k, mode, citations, exclude_docs, depth=depth).articles

    def governing(self, query: str, k: int = 10, mode: Mode = "sparse",
                  citations: bool = True, exclude_docs: Sequence[str] = (),
                  exclude_ids: Sequence[str] = (), depth: int = 40) -> Governing:
        """The Code articles that govern a question, best first: the Code searched directly,
        fused with the articles that the matching fiches and answers cite. Those are written
        in the usagers' words, which the articles' legal wording lacks; `make eval` measures
        what each half brings. The citing documents come back too, best first: the pipeline
        takes its fiches and answers from them instead of searching each source again.
        `exclude_docs` keeps documents out of the votes (the eval leaves out the one a
        question was cut from)."""
        code = SearchFilter(sources=[Source.CODE_DU_TRAVAIL.value])
        found = self._find(query, depth * 2, code, mode, fields=("article_num",))
        direct = list(dict.fromkeys(n for f in found if (n := f.payload.get("article_num"))))
        cited: list[tuple[str, Sequence[str]]] = []
        hits: list[Hit] = []
        if citations:
            seen: set[str] = set()
            # agreements' answers are for their IDCC: Qdrant leaves them out
            citing = SearchFilter(sources=CITING_SOURCES, exclude_docs=tuple(exclude_docs),
                                  exclude_ids=tuple(exclude_ids), no_idcc=True)
            for f in self._find(query, CITING_DEPTH * 2, citing, "hybrid"):
                hits.append(Hit.from_payload(f.id, f.score, f.payload))
                p = f.payload
                if len(cited) >= CITING_DEPTH or (
                        p["source"] == Source.CONTRIBUTION.value and p["doc_id"] in seen):
                    continue  # one vote per question
                seen.add(p["doc_id"])
                nums = [n for n in p.get("article_nums") or ()
                        if self._articles.get(n, {}).get("in_force")]
                cited.append((p["title"], nums))
        return Governing(fuse_citations(direct[:depth], cited, k=k), hits)

    def similar_questions(self, text: str, k: int, min_similarity: float,
                          exclude: Sequence[str] = ()) -> list[Match]:
        """The questions already answered closest to `text` (`Precedents.similar`); none
        without a file, or when it cannot be read (logged once: the reply is drafted
        without them). `exclude`: precedent ids left out."""
        with self._precedents_lock:
            if self._precedents is None and self._precedents_path is not None:
                try:
                    items = read(self._precedents_path)
                except (OSError, ValueError) as exc:
                    log.error("questions already answered not loaded, drafting without them: "
                              "%s", exc)
                    self._precedents_path = None
                    return []
                self._precedents = Precedents(items, self.embedder,
                                              self.data_dir / "embeddings.sqlite")
        if self._precedents is None:
            return []
        return self._precedents.similar(text, k, min_similarity, exclude)

    def _embed_query(self, query: str) -> list[float]:
        vector = self._query_vectors.get(query)
        if vector is None:
            vector = self.embedder.embed([query])[0].tolist()
            if len(self._query_vectors) >= 256:
                self._query_vectors.clear()
            self._query_vectors[query] = vector
        return vector

    # --- articles --------------------------------------------------------------------------

    def article(self, raw: str) -> Article | None:
        """An article by number in any usual spelling; abrogated ones come back marked."""
        self._ensure()
        num = normalize_article_num(raw)
        if num is None:
            return None
        cached = self._article_cache.get(num)
        if cached is not None:
            return cached
        meta = self._articles.get(num)
        if meta is None:
            return None
        text, chunk_id = "", ""
        if meta["in_force"]:
            found = self.store.scroll(SearchFilter(sources=[Source.CODE_DU_TRAVAIL.value],
                                                   doc_ids=[meta["cid"]], in_force=None), 50)
            found.sort(key=lambda f: f.payload.get("position", 0))
            text = _merge_pieces([f.payload["text"] for f in found])
            chunk_id = found[0].id if found else ""
        art = Article(num=num, in_force=meta["in_force"], url=meta["url"], legiarti=meta["id"],
                      cid=meta["cid"], heading_path=list(meta.get("path") or []),
                      date=meta.get("date_debut"), text=text, chunk_id=chunk_id)
        if len(self._article_cache) >= ARTICLE_CACHE:
            self._article_cache.clear()
        self._article_cache[num] = art
        return art

    def section(self, hit: Hit, limit: int = SECTION_CHARS) -> str:
        """The section a passage was cut from, as far as `limit` allows around the passage: a
        long section is split in pieces, and the piece a search finds may lean on the one
        before (« Les dispositions ci-dessus… ») or leave the rule to the next."""
        self._ensure()
        key = (hit.source, hit.doc_id, hit.idcc, tuple(hit.heading_path))
        with self._sections_lock:  # the API's threads share the cache
            pieces = self._sections.get(key)
            if pieces is not None:
                self._sections.move_to_end(key)
        if pieces is None:
            flt = SearchFilter(sources=[hit.source], doc_ids=[hit.doc_id], in_force=None,
                               idcc=hit.idcc, no_idcc=hit.idcc is None)
            found = [f for f in self.store.scroll(flt, 1000)
                     if list(f.payload.get("heading_path") or []) == hit.heading_path]
            found.sort(key=lambda f: f.payload.get("position", 0))
            pieces = [(f.id, f.payload["text"]) for f in found]
            with self._sections_lock:
                self._sections[key] = pieces
                while len(self._sections) > SECTION_CACHE:
                    self._sections.popitem(last=False)
        at = next((i for i, (pid, _) in enumerate(pieces) if pid == hit.id), None)
        if at is None:
            return hit.text
        texts = [t for _, t in pieces]
        lo, hi = at, at + 1  # the window pieces[lo:hi], widened by the piece before first
        while True:
            if lo > 0 and len(_merge_pieces(texts[lo - 1:hi])) <= limit:
                lo -= 1
            elif hi < len(texts) and len(_merge_pieces(texts[lo:hi + 1])) <= limit:
                hi += 1
            else:
                return _merge_pieces(texts[lo:hi])

    def article_exists(self, raw: str) -> tuple[bool, bool]:
        """(known, in force) for a cited number: the verifier's question. An article its own
        note says is repealed (L5134-55) is catalogued not in force (`legi.parse`)."""
        self._ensure()
        meta = self._articles.get(normalize_article_num(raw) or "")
        return (meta is not None, bool(meta and meta["in_force"]))

    def resolve_legiarti(self, legiarti: str) -> str | None:
        self._ensure()
        return self._versions.get(legiarti)

    # --- conventions -----------------------------------------------------------------------

    def convention(self, query: str, limit: int = 5) -> list[Convention]:
        """Agreements by IDCC, usual short name or words of the title, best first."""
        self._ensure()
        by_idcc = {c["idcc"]: c for c in self._conventions}
        m = _IDCC.match(query)
        if m:
            c = by_idcc.get(int(m.group(1)))
            return [_conv(c, 1.0)] if c else []
        q = fold(query).replace("’", "'").strip()
        scored: dict[int, float] = {}
        for alias, idccs in CONVENTION_ALIASES.items():
            if q == alias or re.search(rf"\b{re.escape(alias)}\b", q):
                for rank, idcc in enumerate(idccs):
                    if idcc in by_idcc:
                        scored[idcc] = max(scored.get(idcc, 0.0), 1.0 - 0.01 * rank)
        words = {w for w in re.findall(r"[a-z0-9]+", q) if w not in _NOISE and len(w) > 1}
        if words:
            for c in self._conventions:
                label = fold(f"{c['short_title']} {c['title']}")
                title_words = set(re.findall(r"[a-z0-9]+", label))
                hit = sum(1 for w in words if w in title_words or
                          any(t.startswith(w) for t in title_words if len(w) >= 4))
                if hit:
                    score = 0.9 * hit / len(words) + (0.05 if c.get("full_text") else 0.0)
                    scored[c["idcc"]] = max(scored.get(c["idcc"], 0.0), score)
        ranked = sorted(scored.items(), key=lambda kv: (-kv[1],
                        -(by_idcc[kv[0]].get("effectif") or 0)))
        return [_conv(by_idcc[i], round(s, 3)) for i, s in ranked[:limit] if s >= 0.45]

    def stats(self) -> dict[str, Any]:
        self._ensure()
        return {"index": self._loaded_for, "points": self.store.count(), **self.manifest}

    def close(self) -> None:
        self.store.close()


def fuse_citations(direct: Sequence[str], citing: Sequence[tuple[str, Sequence[str]]],
                   fusion_k: int = FUSION_K, spread: float = CITING_SPREAD,
                   k: int | None = None) -> list[RankedArticle]:
    """Reciprocal rank fusion of two rankings of article numbers: `direct` (a search of the
    Code) and the votes of `citing` documents (title, cited articles), best document first,
    each spreading its vote over what it cites. `k`: the best k only (votes reach a few
    hundred articles; the pipeline reads a dozen)."""
    votes: dict[str, float] = {}
    by: dict[str, list[str]] = {}
    for rank, (title, nums) in enumerate(citing):
        for num in nums:
            votes[num] = votes.get(num, 0.0) + 1.0 / (rank + 1) / len(nums) ** spread
            if title not in by.setdefault(num, []):
                by[num].append(title)
    score: dict[str, float] = {}
    for rank, num in enumerate(direct):
        score[num] = score.get(num, 0.0) + 1.0 / (fusion_k + rank + 1)
    for rank, num in enumerate(sorted(votes, key=lambda n: -votes[n])):
        score[num] = score.get(num, 0.0) + 1.0 / (fusion_k + rank + 1)
    searched = set(direct)
    ranked = sorted(score, key=lambda n: -score[n])[:k]
    return [RankedArticle(n, round(score[n], 6), n in searched, tuple(by.get(n, ())[:3]))
            for n in ranked]


def _conv(c: dict[str, Any], score: float) -> Convention:
    return Convention(idcc=c["idcc"], title=c["title"], short_title=c["short_title"],
                      url=c["url"], full_text=bool(c.get("full_text")), score=score)


def _merge_pieces(pieces: list[str]) -> str:
    """Rejoin the pieces of a split article, dropping the overlap each piece repeats."""
    if not pieces:
        return ""
    lines = pieces[0].split("\n")
    for piece in pieces[1:]:
        new = piece.split("\n")
        overlap = 0
        for n in range(min(len(lines), len(new)), 0, -1):
            if lines[-n:] == new[:n]:
                overlap = n
                break
        lines.extend(new[overlap:])
    return "\n".join(lines)
