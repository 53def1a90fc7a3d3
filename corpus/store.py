"""Two Qdrant backends behind one narrow interface.

- `EdgeStore`: Qdrant's own engine in the process (`qdrant-edge-py`), the default. One shard
  directory per build under `QDRANT_PATH/collections/`, and a `CURRENT` file naming the live one.
- `ServerStore`: a Qdrant server or cluster through `qdrant-client` (`QDRANT_URL`). One
  collection per build, and an alias naming the live one.

Both receive the same ids, payloads and vectors and run the same hybrid query (dense and
sparse prefetch fused by reciprocal rank fusion), so an index built by one answers like the other.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

from .errors import IndexUnavailable
from .sparse import SparseVec

log = logging.getLogger(__name__)

DENSE = "dense"
SPARSE = "sparse"
RRF_K = 60
Mode = Literal["hybrid", "dense", "sparse"]

KEYWORD_FIELDS = ("source", "doc_id", "article_num", "article_nums", "validity")
INTEGER_FIELDS = ("idcc",)


def _validity(in_force: bool) -> str:
    return "in_force" if in_force else "not_in_force"


@dataclass(frozen=True)
class StoredPoint:
    id: str
    dense: list[float]
    sparse: SparseVec
    payload: dict[str, Any]


@dataclass(frozen=True)
class SearchFilter:
    sources: Sequence[str] | None = None
    idcc: int | None = None
    in_force: bool | None = True
    article_nums: Sequence[str] | None = None
    doc_ids: Sequence[str] | None = None
    exclude_ids: Sequence[str] = field(default_factory=tuple)
    exclude_docs: Sequence[str] = field(default_factory=tuple)
    no_idcc: bool = False  # only passages that belong to no agreement


@dataclass(frozen=True)
class Found:
    id: str
    score: float
    payload: dict[str, Any]


class VectorStore(Protocol):
    def create(self, name: str, dim: int) -> None: ...
    def upsert(self, name: str, points: Sequence[StoredPoint]) -> None: ...
    def finish(self, name: str) -> None: ...
    def publish(self, name: str) -> None: ...
    def drop(self, name: str) -> None: ...
    def collections(self) -> list[str]: ...
    def current(self) -> str | None: ...
    def query(self, dense: Sequence[float] | None, sparse: SparseVec | None,
              flt: SearchFilter, limit: int, mode: Mode = "hybrid",
              fields: Sequence[str] | None = None) -> list[Found]: ...
    def scroll(self, flt: SearchFilter, limit: int) -> list[Found]: ...
    def count(self, flt: SearchFilter | None = None) -> int: ...
    def close(self) -> None: ...


TIE_MARGIN = 2  # hybrid: hits asked beyond the limit, so that a tie at the cut is settled by id
# (fused ties come in pairs: a hit at the same rank of one list only, or at swapped ranks)


def _settle(found: list[Found], limit: int) -> list[Found]:
    """The same query gets the same answer: equal scores, frequent after reciprocal rank
    fusion, come back from the engine in any order; they are ordered by id here."""
    return sorted(found, key=lambda f: (-round(f.score, 9), f.id))[:limit]


PAYLOAD_CACHE = 12_000  # decoded payloads kept per process, about 30 MB with their texts


# The dense half searches every vector rather than the HNSW graph (`SRDT_EXACT_SEARCH`): two
# builds of one corpus then answer alike (with the graph, 22 of the 390 labelled drafts changed
# from one build to the next), for about 7 ms a hybrid search on the 38,000 passages
# (docs/history.md). A far larger index may prefer the graph.
EXACT_DENSE = True


def _prefetch_limit(limit: int) -> int:
    """Candidates each half of a hybrid search brings to the fusion: 5x the limit (200 for
    the citation votes' 40) cost a third more time for no gain in `make eval`."""
    return max(50, 2 * limit)


# --- Embedded: qdrant-edge ---------------------------------------------------------------------

class EdgeStore:
    """Qdrant Edge shards on local disk. A shard is opened by one process (threads are fine);
    with `copy_dir`, each live collection is copied there before it is opened, so that several
    server processes, each with its own folder, can read one index."""

    def __init__(self, root: Path, copy_dir: Path | None = None,
                 payload_cache: int = PAYLOAD_CACHE, exact: bool = EXACT_DENSE) -> None:
        import qdrant_edge

        self._q = qdrant_edge
        self.exact = exact
        self.root = root
        self.copy_dir = copy_dir
        self._shards: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._payload_cache = payload_cache
        self._payloads: OrderedDict[tuple[str, str], dict[str, Any]] = OrderedDict()
        self._payloads_lock = threading.Lock()

    def _dir(self, name: str) -> Path:
        return self.root / "collections" / name

    def _open_dir(self, name: str) -> Path:
        """Where to open `name` from: the index itself, or this process's copy of it (the
        builder publishes a collection only once written, so a published one is at rest)."""
        source = self._dir(name)
        if not source.is_dir():
            raise IndexUnavailable(f"index {name} is missing from {self.root}")
        if self.copy_dir is None:
            return source
        target = self.copy_dir / name
        if not target.is_dir():
            partial = self.copy_dir / f".{name}.partial"
            shutil.rmtree(partial, ignore_errors=True)
            shutil.copytree(source, partial)
            os.replace(partial, target)
        return target

    def _load(self, name: str) -> Any:
        """A shard's write-ahead log is locked by the process that opened it: a second opener
        (a CLI command beside a running `serve` or bench) gets an error it can act on."""
        path = self._open_dir(name)
        try:
            return self._q.EdgeShard.load(str(path))
        except Exception as exc:
            if "WouldBlock" not in str(exc):
                raise
            raise IndexUnavailable(
                f"index {name} is in use by another process (a server, a build or a command "
                f"still running): stop it, or serve the index through QDRANT_URL") from exc

    def _shard(self, name: str | None = None) -> Any:
        name = name or self.current()
        if name is None:
            raise IndexUnavailable(f"no index has been built in {self.root}")
        with self._lock:
            if name not in self._shards:
                self._shards[name] = self._load(name)
                if self.copy_dir is not None:  # a newer build is live: older copies go
                    for old in [n for n in self._shards if n != name]:
                        self._shards.pop(old).close()
                        shutil.rmtree(self.copy_dir / old, ignore_errors=True)
            return self._shards[name]

    def create(self, name: str, dim: int) -> None:
        q = self._q
        path = self._dir(name)
        if path.exists():
            shutil.rmtree(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        config = q.EdgeConfig(
            vectors={DENSE: q.EdgeVectorParams(size=dim, distance=q.Distance.Cosine)},
            sparse_vectors={SPARSE: q.EdgeSparseVectorParams(modifier=q.Modifier.Idf)},
        )
        shard = q.EdgeShard.create(str(path), config)
        for key in KEYWORD_FIELDS:
            shard.update(q.UpdateOperation.create_field_index(key, q.PayloadSchemaType.Keyword))
        for key in INTEGER_FIELDS:
            shard.update(q.UpdateOperation.create_field_index(key, q.PayloadSchemaType.Integer))
        with self._lock:
            self._shards[name] = shard

    def upsert(self, name: str, points: Sequence[StoredPoint]) -> None:
        q = self._q
        batch = [
            q.Point(
                id=p.id,
                vector={DENSE: list(p.dense),
                        SPARSE: q.SparseVector(indices=p.sparse.indices, values=p.sparse.values)},
                payload=p.payload,
            )
            for p in points
        ]
        self._shard(name).update(q.UpdateOperation.upsert_points(batch))

    def finish(self, name: str) -> None:
        shard = self._shard(name)
        shard.optimize()
        shard.flush()

    def publish(self, name: str) -> None:
        tmp = self.root / "CURRENT.tmp"
        tmp.write_text(name, encoding="utf-8")
        os.replace(tmp, self.root / "CURRENT")

    def drop(self, name: str) -> None:
        with self._lock:
            shard = self._shards.pop(name, None)
        if shard is not None:
            shard.close()
        shutil.rmtree(self._dir(name), ignore_errors=True)

    def collections(self) -> list[str]:
        base = self.root / "collections"
        return sorted(p.name for p in base.iterdir() if p.is_dir()) if base.is_dir() else []

    def current(self) -> str | None:
        try:
            return (self.root / "CURRENT").read_text(encoding="utf-8").strip() or None
        except FileNotFoundError:
            return None

    def _filter(self, flt: SearchFilter) -> Any:
        q = self._q
        must: list[Any] = []
        if flt.sources:
            must.append(q.FieldCondition(key="source", match=q.MatchAny(list(flt.sources))))
        if flt.idcc is not None:
            must.append(q.FieldCondition(key="idcc", match=q.MatchValue(int(flt.idcc))))
        if flt.in_force is not None:
            must.append(q.FieldCondition(key="validity",
                                         match=q.MatchValue(_validity(flt.in_force))))
        if flt.article_nums:
            must.append(q.FieldCondition(key="article_nums",
                                         match=q.MatchAny(list(flt.article_nums))))
        if flt.doc_ids:
            must.append(q.FieldCondition(key="doc_id", match=q.MatchAny(list(flt.doc_ids))))
        if flt.no_idcc:
            must.append(q.IsEmptyCondition(key="idcc"))
        must_not: list[Any] = []
        if flt.exclude_ids:
            must_not.append(q.HasIdCondition(set(flt.exclude_ids)))
        if flt.exclude_docs:
            must_not.append(q.FieldCondition(key="doc_id",
                                             match=q.MatchAny(list(flt.exclude_docs))))
        if not (must or must_not):
            return None
        return q.Filter(must=must or None, must_not=must_not or None)

    def query(self, dense: Sequence[float] | None, sparse: SparseVec | None,
              flt: SearchFilter, limit: int, mode: Mode = "hybrid",
              fields: Sequence[str] | None = None) -> list[Found]:
        """With the payload cache on, whole payloads come back whatever `fields` asks: they
        are decoded once and then cost nothing."""
        q = self._q
        f = self._filter(flt)
        cached = self._payload_cache > 0
        payload: Any = False if cached else (
            q.PayloadSelector.Include(list(fields)) if fields else True)
        dense_q = q.Query.Nearest(list(dense), using=DENSE) if dense is not None else None
        sparse_q = (q.Query.Nearest(q.SparseVector(indices=sparse.indices, values=sparse.values),
                                    using=SPARSE) if sparse else None)
        if mode == "dense":
            sparse_q = None
        elif mode == "sparse":
            dense_q = None
        if dense_q is not None and sparse_q is not None:
            pre = _prefetch_limit(limit)
            request = q.QueryRequest(
                limit=limit + TIE_MARGIN, query=q.Fusion.Rrf(k=RRF_K), with_payload=payload,
                with_vector=False,
                prefetches=[q.Prefetch(limit=pre, query=dense_q, filter=f,
                                       params=q.SearchParams(exact=self.exact)),
                            q.Prefetch(limit=pre, query=sparse_q, filter=f)],
            )
        elif dense_q is not None or sparse_q is not None:
            request = q.QueryRequest(
                limit=limit, query=dense_q or sparse_q, filter=f, with_payload=payload,
                with_vector=False,
                params=q.SearchParams(exact=self.exact) if dense_q is not None else None)
        else:
            return []
        if not cached:
            return _settle([Found(str(p.id), p.score, p.payload or {})
                            for p in self._shard().query(request)], limit)
        name = self.current() or ""
        shard = self._shard(name)
        hits = [(str(p.id), p.id, p.score) for p in shard.query(request)]
        payloads = self._cached_payloads(name, shard, hits)
        return _settle([Found(sid, score, payloads[sid]) for sid, _, score in hits], limit)

    def _cached_payloads(self, name: str, shard: Any,
                         hits: list[tuple[str, Any, float]]) -> dict[str, Any]:
        """Payloads by point id, decoded once: the search itself takes a tenth of a
        millisecond, reading 80 payloads from the shard's storage 1.5 to 3 ms, and the same
        passages come back query after query (docs/history.md, "Payload decoding")."""
        out: dict[str, Any] = {}
        missing = []
        cache = self._payloads
        with self._payloads_lock:
            for sid, pid, _ in hits:
                got = cache.get((name, sid))
                if got is None:
                    missing.append(pid)
                else:
                    cache.move_to_end((name, sid))
                    out[sid] = got
        if missing:
            records = shard.retrieve(missing, with_payload=True, with_vector=False)
            with self._payloads_lock:
                for r in records:
                    sid = str(r.id)
                    out[sid] = cache[(name, sid)] = r.payload or {}
                while len(cache) > self._payload_cache:
                    cache.popitem(last=False)
        return out

    def scroll(self, flt: SearchFilter, limit: int) -> list[Found]:
        q = self._q
        records, _ = self._shard().scroll(q.ScrollRequest(
            limit=limit, filter=self._filter(flt), with_payload=True, with_vector=False))
        return [Found(str(r.id), 1.0, r.payload or {}) for r in records]

    def count(self, flt: SearchFilter | None = None) -> int:
        q = self._q
        f = self._filter(flt) if flt else None
        return int(self._shard().count(q.CountRequest(filter=f, exact=True)))

    def close(self) -> None:
        with self._lock:
            for shard in self._shards.values():
                shard.close()
            self._shards.clear()


# --- Server or cluster: qdrant-client -----------------------------------------------------------

class ServerStore:
    """A Qdrant server or cluster through `qdrant-client`: one collection per build, and the
    alias `prefix` pointing at the live one, switched atomically."""

    def __init__(self, client: Any, prefix: str = "srdt", exact: bool = EXACT_DENSE) -> None:
        from qdrant_client import models

        self._m = models
        self.client = client
        self.prefix = prefix
        self.exact = exact

    @classmethod
    def from_url(cls, url: str, api_key: str | None = None, prefix: str = "srdt",
                 exact: bool = EXACT_DENSE) -> ServerStore:
        from qdrant_client import QdrantClient

        return cls(QdrantClient(url=url, api_key=api_key, timeout=30), prefix, exact)

    def _name(self, name: str) -> str:
        return f"{self.prefix}_{name}"

    def _call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except IndexUnavailable:
            raise
        except Exception as exc:  # the client raises many transport types; all mean "down"
            if exc.__class__.__name__ in ("ResponseHandlingException", "ConnectError",
                                          "ConnectTimeout", "UnexpectedResponse"):
                raise IndexUnavailable(f"Qdrant server unreachable or refusing: {exc}") from exc
            raise

    def create(self, name: str, dim: int) -> None:
        m = self._m
        full = self._name(name)
        if self._call(self.client.collection_exists, full):
            self._call(self.client.delete_collection, full)
        self._call(
            self.client.create_collection, full,
            vectors_config={DENSE: m.VectorParams(size=dim, distance=m.Distance.COSINE)},
            sparse_vectors_config={SPARSE: m.SparseVectorParams(modifier=m.Modifier.IDF)},
        )
        schema = {**{k: m.PayloadSchemaType.KEYWORD for k in KEYWORD_FIELDS},
                  **{k: m.PayloadSchemaType.INTEGER for k in INTEGER_FIELDS}}
        for key, kind in schema.items():
            self._call(self.client.create_payload_index, full, key, kind)

    def upsert(self, name: str, points: Sequence[StoredPoint]) -> None:
        m = self._m
        self._call(self.client.upsert, self._name(name), points=[
            m.PointStruct(id=p.id, payload=p.payload, vector={
                DENSE: list(p.dense),
                SPARSE: m.SparseVector(indices=p.sparse.indices, values=p.sparse.values)})
            for p in points
        ], wait=True)

    def finish(self, name: str) -> None:
        return None

    def publish(self, name: str) -> None:
        m = self._m
        ops: list[Any] = []
        if self.current() is not None:
            ops.append(m.DeleteAliasOperation(delete_alias=m.DeleteAlias(alias_name=self.prefix)))
        ops.append(m.CreateAliasOperation(create_alias=m.CreateAlias(
            collection_name=self._name(name), alias_name=self.prefix)))
        self._call(self.client.update_collection_aliases, change_aliases_operations=ops)

    def drop(self, name: str) -> None:
        self._call(self.client.delete_collection, self._name(name))

    def collections(self) -> list[str]:
        cols = self._call(self.client.get_collections).collections
        start = f"{self.prefix}_"
        return sorted(c.name[len(start):] for c in cols if c.name.startswith(start))

    def current(self) -> str | None:
        aliases = self._call(self.client.get_aliases).aliases
        for a in aliases:
            if a.alias_name == self.prefix:
                return str(a.collection_name)[len(self.prefix) + 1:]
        return None

    def _live(self) -> str:
        if self.current() is None:
            raise IndexUnavailable("no index has been published on the Qdrant server")
        return self.prefix

    def _filter(self, flt: SearchFilter) -> Any:
        m = self._m
        must: list[Any] = []
        if flt.sources:
            must.append(m.FieldCondition(key="source", match=m.MatchAny(any=list(flt.sources))))
        if flt.idcc is not None:
            must.append(m.FieldCondition(key="idcc", match=m.MatchValue(value=int(flt.idcc))))
        if flt.in_force is not None:
            must.append(m.FieldCondition(key="validity",
                                         match=m.MatchValue(value=_validity(flt.in_force))))
        if flt.article_nums:
            must.append(m.FieldCondition(key="article_nums",
                                         match=m.MatchAny(any=list(flt.article_nums))))
        if flt.doc_ids:
            must.append(m.FieldCondition(key="doc_id", match=m.MatchAny(any=list(flt.doc_ids))))
        if flt.no_idcc:
            must.append(m.IsEmptyCondition(is_empty=m.PayloadField(key="idcc")))
        must_not: list[Any] = []
        if flt.exclude_ids:
            must_not.append(m.HasIdCondition(has_id=list(flt.exclude_ids)))
        if flt.exclude_docs:
            must_not.append(m.FieldCondition(key="doc_id",
                                             match=m.MatchAny(any=list(flt.exclude_docs))))
        if not (must or must_not):
            return None
        return m.Filter(must=must or None, must_not=must_not or None)

    def query(self, dense: Sequence[float] | None, sparse: SparseVec | None,
              flt: SearchFilter, limit: int, mode: Mode = "hybrid",
              fields: Sequence[str] | None = None) -> list[Found]:
        m = self._m
        f = self._filter(flt)
        payload: Any = m.PayloadSelectorInclude(include=list(fields)) if fields else True
        sparse_v = m.SparseVector(indices=sparse.indices, values=sparse.values) if sparse else None
        use_dense = dense is not None and mode != "sparse"
        use_sparse = sparse_v is not None and mode != "dense"
        live = self._live()
        if use_dense and use_sparse:
            pre = _prefetch_limit(limit)
            res = self._call(
                self.client.query_points, live,
                prefetch=[m.Prefetch(query=list(dense or []), using=DENSE, limit=pre, filter=f,
                                     params=m.SearchParams(exact=self.exact)),
                          m.Prefetch(query=sparse_v, using=SPARSE, limit=pre, filter=f)],
                query=m.RrfQuery(rrf=m.Rrf(k=RRF_K)), limit=limit + TIE_MARGIN,
                with_payload=payload,
            )
        elif use_dense or use_sparse:
            res = self._call(
                self.client.query_points, live,
                query=list(dense or []) if use_dense else sparse_v,
                using=DENSE if use_dense else SPARSE, query_filter=f, limit=limit,
                with_payload=payload,
                search_params=m.SearchParams(exact=self.exact) if use_dense else None,
            )
        else:
            return []
        return _settle([Found(str(p.id), float(p.score), dict(p.payload or {}))
                        for p in res.points], limit)

    def scroll(self, flt: SearchFilter, limit: int) -> list[Found]:
        records, _ = self._call(self.client.scroll, self._live(), scroll_filter=self._filter(flt),
                                limit=limit, with_payload=True, with_vectors=False)
        return [Found(str(r.id), 1.0, dict(r.payload or {})) for r in records]

    def count(self, flt: SearchFilter | None = None) -> int:
        res = self._call(self.client.count, self._live(),
                         count_filter=self._filter(flt) if flt else None, exact=True)
        return int(res.count)

    def close(self) -> None:
        self._call(self.client.close)

