"""The build lifecycle: incremental rebuilds, atomic switch, failures leave the live index."""

import io
import json
import tarfile
from pathlib import Path

import pytest

from corpus import packages as pk
from corpus.build import build
from corpus.errors import CorpusError
from corpus.kb import KnowledgeBase
from corpus.model import Source

from .conftest import SAMPLE_LOCK, copy_sample, make_store, sample_options

SOURCES_1_TO_4 = [Source.CODE_DU_TRAVAIL, Source.FICHE_TRAVAIL, Source.FICHE_SP,
                  Source.CONTRIBUTION]


def _rewrite_member(folder: Path, lock_path: Path, name: str, member: str, edit) -> None:
    """Rewrite one JSON member of a sample tarball and re-pin it."""
    pin = pk.load_lock(lock_path)[name]
    path = folder / pin.tarball_name
    members: dict[str, bytes] = {}
    with tarfile.open(path, "r:gz") as tar:
        for m in tar.getmembers():
            members[m.name] = tar.extractfile(m).read()  # type: ignore[union-attr]
    members[member] = json.dumps(edit(json.loads(members[member]))).encode()
    with tarfile.open(path, "w:gz") as tar:
        for n, data in members.items():
            info = tarfile.TarInfo(n)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    lock = json.loads(lock_path.read_text())
    lock["packages"][name]["shasum"] = pk.sha1_of(path)
    lock_path.write_text(json.dumps(lock))


def _first_article(node: dict) -> dict:
    if node["type"] == "article":
        return node
    for c in node.get("children", []):
        found = _first_article(c)
        if found:
            return found
    return {}


@pytest.mark.parametrize("kind", ["edge", "server"])
def test_rebuild_reembeds_only_what_changed(tmp_path: Path, kind: str, embedder,
                                            embedding_cache) -> None:
    folder, lock_path = copy_sample(tmp_path)
    store = make_store(kind, tmp_path)
    cache = embedding_cache  # shared with the other tests: the first build may reuse vectors
    opts = sample_options(from_dir=folder)
    opts.sources = SOURCES_1_TO_4

    first = build(store, tmp_path, embedder, opts, lock_path, cache_path=cache)
    total = first.manifest["counts"]["chunks"]
    assert total > 500 and store.current() == first.name

    again = build(store, tmp_path, embedder, opts, lock_path, cache_path=cache)
    assert again.skipped and again.name == first.name

    opts.force = True
    forced = build(store, tmp_path, embedder, opts, lock_path, cache_path=cache)
    assert not forced.skipped and forced.manifest["embedding"]["computed"] == 0
    assert forced.name != first.name and store.current() == forced.name

    def edit(tree: dict) -> dict:
        art = _first_article(tree)
        art["data"]["texteHtml"] = f"<p>Texte modifié pour le test de reconstruction {kind}.</p>"
        return tree

    _rewrite_member(folder, lock_path, pk.LEGI, "package/data/LEGITEXT000006072050.json", edit)
    changed = build(store, tmp_path, embedder, opts, lock_path, cache_path=cache)
    assert changed.manifest["embedding"]["computed"] == 1
    assert changed.manifest["counts"]["chunks"] <= total
    # the live build and one previous one are kept, older ones pruned
    assert set(store.collections()) == {forced.name, changed.name}
    kb = KnowledgeBase(store, tmp_path, embedder)
    hits = kb.search("Texte modifié pour le test de reconstruction", k=1, mode="sparse")
    assert hits and "Texte modifié" in hits[0].text
    kb.close()


@pytest.mark.parametrize("kind", ["edge", "server"])
def test_failed_build_leaves_the_live_index_untouched(tmp_path: Path, kind: str, embedder,
                                                      embedding_cache) -> None:
    folder, lock_path = copy_sample(tmp_path)
    store = make_store(kind, tmp_path)
    opts = sample_options(from_dir=folder)
    opts.sources = [Source.CODE_DU_TRAVAIL, Source.CONTRIBUTION]
    good = build(store, tmp_path, embedder, opts, lock_path, cache_path=embedding_cache)

    # a schema change upstream: the articles lose their number field
    def break_schema(tree: dict) -> dict:
        def walk(n: dict) -> None:
            if n["type"] == "article":
                n["data"].pop("num", None)
            for c in n.get("children", []):
                walk(c)
        walk(tree)
        return tree

    _rewrite_member(folder, lock_path, pk.LEGI, "package/data/LEGITEXT000006072050.json",
                    break_schema)
    opts.force = True
    with pytest.raises(CorpusError, match="schema changed"):
        build(store, tmp_path, embedder, opts, lock_path, cache_path=embedding_cache)
    assert store.current() == good.name
    assert store.collections() == [good.name]
    kb = KnowledgeBase(store, tmp_path, embedder)
    assert kb.article("L1237-19") is not None

    # a checksum mismatch stops the build before anything is touched
    pin = pk.load_lock(lock_path)[pk.CONTRIBUTIONS]
    (folder / pin.tarball_name).write_bytes(b"not the pinned file")
    with pytest.raises(CorpusError, match="checksum mismatch"):
        build(store, tmp_path, embedder, opts, lock_path, cache_path=embedding_cache)
    assert store.current() == good.name
    kb.close()


def test_manifest_records_versions_counts_and_durations(kb: KnowledgeBase) -> None:
    stats = kb.stats()
    packages = stats["fingerprint"]["packages"]
    assert packages[pk.LEGI]["version"] == "2.513.0"
    assert packages[pk.LEGI]["shasum"] == pk.load_lock(SAMPLE_LOCK)[pk.LEGI].shasum
    by_source = stats["counts"]["by_source"]
    assert set(by_source) == {s.value for s in Source}
    assert stats["points"] == stats["counts"]["chunks"] == sum(by_source.values())
    assert stats["embedding"]["model"] == "use-multilingual-v3"
    assert stats["durations_s"]["total"] > 0 and stats["peak_rss_mb"] > 0
