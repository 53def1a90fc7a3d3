"""Mistral embeddings through the real `mistralai` client against a local server."""

from pathlib import Path

import pytest

from corpus.build import build
from corpus.dense import EmbeddingError, MistralEmbedder, make_embedder
from corpus.errors import CorpusError, IndexUnavailable
from corpus.kb import KnowledgeBase
from corpus.model import Source

from .conftest import SAMPLE_LOCK, make_store, sample_options
from .fake_mistral import DIM, FakeMistral


@pytest.fixture()
def fake():
    with FakeMistral().running() as server:
        yield server


def test_embeds_through_the_sdk(fake: FakeMistral) -> None:
    emb = MistralEmbedder("secret-key", fake.url, batch_size=2)
    vecs = emb.embed(["un", "deux", "trois"])
    assert vecs.shape == (3, DIM) and emb.dim == DIM
    assert [len(r["body"]["input"]) for r in fake.requests] == [2, 1]
    assert fake.requests[0]["auth"] == "Bearer secret-key"
    assert fake.requests[0]["body"]["model"] == "mistral-embed"


def test_refused_key_is_a_clear_error(fake: FakeMistral) -> None:
    fake.status = 401
    with pytest.raises(EmbeddingError, match="Mistral embeddings failed"):
        MistralEmbedder("bad", fake.url).embed(["x"])


def test_timeout_is_a_clear_error(fake: FakeMistral) -> None:
    fake.delay_s = 1.5
    with pytest.raises(EmbeddingError, match="Mistral embeddings failed"):
        MistralEmbedder("k", fake.url, timeout_s=0.3).embed(["x"])


def test_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(EmbeddingError):
        MistralEmbedder("k", "http://127.0.0.1:9", timeout_s=1).embed(["x"])


def test_mistral_needs_a_key() -> None:
    with pytest.raises(EmbeddingError, match="MISTRAL_API_KEY"):
        make_embedder("mistral")
    with pytest.raises(EmbeddingError, match="unknown embedding model"):
        make_embedder("word2vec")


def test_index_built_with_mistral_and_guarded(fake: FakeMistral, tmp_path: Path,
                                              embedder) -> None:
    emb = MistralEmbedder("k", fake.url)
    store = make_store("edge", tmp_path)
    opts = sample_options(sources=[Source.CONTRIBUTION])
    result = build(store, tmp_path, emb, opts, SAMPLE_LOCK, cache_path=tmp_path / "c.sqlite")
    assert result.manifest["embedding"] == {"model": "mistral:mistral-embed", "dim": DIM,
                                            "computed": result.manifest["counts"]["chunks"],
                                            "reused": 0}
    kb = KnowledgeBase(store, tmp_path, emb)
    hits = kb.search("période d'essai renouvellement", k=3, mode="dense")
    assert hits and all(h.source == "contribution" for h in hits)
    # a process configured with another model must not query this index
    other = KnowledgeBase(store, tmp_path, embedder)
    with pytest.raises(IndexUnavailable, match="built with the embedding model mistral"):
        other.search("préavis")
    # the service failing at query time degrades to lexical search
    fake.status = 500
    hits = kb.search("période d'essai renouvellement", k=3)
    assert hits and "essai" in hits[0].text.lower()
    kb.close()


def test_failed_embedding_publishes_nothing(fake: FakeMistral, tmp_path: Path) -> None:
    fake.status = 401
    store = make_store("edge", tmp_path)
    with pytest.raises(CorpusError, match="embedding failed, nothing was published"):
        build(store, tmp_path, MistralEmbedder("bad", fake.url),
              sample_options(sources=[Source.CONTRIBUTION]), SAMPLE_LOCK,
              cache_path=tmp_path / "c.sqlite")
    assert store.current() is None and store.collections() == []
