"""Shared fixtures: an index built from the committed sample of the real packages, once per
backend (Qdrant Edge embedded, and the server backend through qdrant-client's local mode)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from corpus.build import BuildOptions, build
from corpus.dense import USEEmbedder
from corpus.kb import KnowledgeBase
from corpus.model import Source
from corpus.packages import PackageReader, load_lock, locate
from corpus.store import EdgeStore, ServerStore, VectorStore

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = FIXTURES / "corpus"
SAMPLE_LOCK = SAMPLE / "packages.lock.json"
BUILD_DATE = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def copy_sample(tmp_path: Path) -> tuple[Path, Path]:
    """A writable copy of the sample tarballs and their lock, for tests that damage them."""
    import shutil

    folder = tmp_path / "tarballs"
    shutil.copytree(SAMPLE, folder)
    return folder, folder / "packages.lock.json"


def sample_reader(name: str) -> PackageReader:
    pin = load_lock(SAMPLE_LOCK)[name]
    return PackageReader(pin, locate(pin, SAMPLE))


def make_store(kind: str, root: Path) -> VectorStore:
    if kind == "edge":
        return EdgeStore(root / "qdrant")
    from qdrant_client import QdrantClient

    return ServerStore(QdrantClient(location=":memory:"), prefix="srdt")


def sample_options(**kw: object) -> BuildOptions:
    args: dict[str, object] = {"sources": list(Source), "from_dir": SAMPLE, "now": BUILD_DATE, **kw}
    return BuildOptions(**args)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def embedder() -> USEEmbedder:
    return USEEmbedder(threads=2)


@pytest.fixture(scope="session")
def embedding_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache") / "embeddings.sqlite"


@pytest.fixture(scope="session", params=["edge", "server"])
def kb(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
       embedder: USEEmbedder, embedding_cache: Path) -> Iterator[KnowledgeBase]:
    data_dir = tmp_path_factory.mktemp(f"kb-{request.param}")
    store = make_store(request.param, data_dir)
    build(store, data_dir, embedder, sample_options(), SAMPLE_LOCK, cache_path=embedding_cache)
    knowledge = KnowledgeBase(store, data_dir, embedder)
    yield knowledge
    knowledge.close()
