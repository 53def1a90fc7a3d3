"""Shared fixtures: an index built from the committed sample of the real packages, once per
backend (Qdrant Edge embedded, and the server backend through qdrant-client's local mode)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from assistant.anonymise import Anonymiser
from corpus.build import BuildOptions, build
from corpus.dense import USEEmbedder
from corpus.kb import KnowledgeBase
from corpus.model import Source
from corpus.packages import PackageReader, load_lock, locate
from corpus.store import EdgeStore, ServerStore, VectorStore
from srdt_assist.config import Settings
from tests.entra import Jwks
from tests.servers import running

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
    args: dict[str, object] = {"sources": list(Source), "from_dir": SAMPLE, "now": BUILD_DATE,
                               "only_idcc": None, **kw}
    return BuildOptions(**args)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def embedder() -> USEEmbedder:
    return USEEmbedder(threads=2)


@pytest.fixture(scope="session")
def embedding_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache") / "embeddings.sqlite"


class IndexCache:
    """Sample indexes built once per backend and shared by every test that needs one."""

    def __init__(self, factory: pytest.TempPathFactory, embedder: USEEmbedder,
                 cache_path: Path) -> None:
        self.factory, self.embedder, self.cache_path = factory, embedder, cache_path
        self.built: dict[str, KnowledgeBase] = {}

    def get(self, kind: str) -> KnowledgeBase:
        if kind not in self.built:
            data_dir = self.factory.mktemp(f"kb-{kind}")
            store = make_store(kind, data_dir)
            build(store, data_dir, self.embedder, sample_options(), SAMPLE_LOCK,
                  cache_path=self.cache_path)
            self.built[kind] = KnowledgeBase(store, data_dir, self.embedder)
        return self.built[kind]


@pytest.fixture(scope="session")
def indexes(tmp_path_factory: pytest.TempPathFactory, embedder: USEEmbedder,
            embedding_cache: Path) -> Iterator[IndexCache]:
    cache = IndexCache(tmp_path_factory, embedder, embedding_cache)
    yield cache
    for knowledge in cache.built.values():
        knowledge.close()


@pytest.fixture(scope="session", params=["edge", "server"])
def kb(request: pytest.FixtureRequest, indexes: IndexCache) -> KnowledgeBase:
    return indexes.get(request.param)


@pytest.fixture(scope="session")
def edge_kb(indexes: IndexCache) -> KnowledgeBase:
    """The default backend only, for tests about what sits above the index (the API)."""
    return indexes.get("edge")


# --- the HTTP API ------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def api_anonymiser() -> Anonymiser:
    from api.services import SerialAnonymiser

    return SerialAnonymiser()


def api_settings(tmp_path: Path, **env: str) -> Settings:
    """Settings for a test app: a private data dir and SQLite file, API keys, no rate limit."""
    base = {"SRDT_DATA_DIR": str(tmp_path), "SRDT_AUTH_MODE": "apikey",
            "SRDT_RATE_LIMIT_PER_MINUTE": "0", "SRDT_USER_SALT": "test-salt",
            "PUBLIC_BASE_URL": "https://srdt.example.gouv.fr"}
    return Settings.from_env(base | env)


def make_api(settings: Settings, kb: KnowledgeBase | None, anonymiser: Anonymiser,
             **services: Any) -> Flask:
    from api import create_app
    from api.services import Services

    return create_app(services=Services(settings, kb=kb, anonymiser=anonymiser, **services))


@pytest.fixture(scope="session")
def jwks() -> Iterator[Jwks]:
    """A JWKS endpoint on 127.0.0.1 serving the test key (PyJWT fetches it with urllib)."""
    server = Jwks()
    with running(server.httpd):
        yield server
