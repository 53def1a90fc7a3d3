"""Behaviour of the knowledge base; every test runs on both backends (see the `kb` fixture)."""

from pathlib import Path
from typing import Any

import pytest

from corpus.errors import IndexUnavailable
from corpus.kb import KnowledgeBase, _merge_pieces, fuse_citations
from corpus.model import Hit, Source
from corpus.store import EdgeStore, Found, SearchFilter, _settle

from .conftest import make_store

HIT_KEYS = {"source", "doc_id", "title", "url", "article_num", "idcc", "date", "score", "text"}


def test_hits_carry_the_documented_fields(kb: KnowledgeBase) -> None:
    hits = kb.search("durée de la période d'essai d'un cadre en CDI", k=5)
    assert len(hits) == 5
    for h in hits:
        d = h.to_dict()
        assert set(d) >= HIT_KEYS
        assert d["url"].startswith("https://") and d["text"]
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


@pytest.mark.parametrize(("question", "expected"), [
    ("Quelle est la durée maximale de la période d'essai d'un cadre ?", "L1221-19"),
    ("Combien de jours de congés payés par mois de travail effectif ?", "L3141-3"),
    ("délai de rétractation après la signature de la rupture conventionnelle", "L1237-13"),
    ("mon employeur me harcèle moralement, que dit la loi ?", "L1152-1"),
])
def test_hybrid_search_finds_the_governing_article(kb: KnowledgeBase, question: str,
                                                   expected: str) -> None:
    hits = kb.search(question, k=10, sources=[Source.CODE_DU_TRAVAIL])
    assert all(h.source == "code_du_travail" for h in hits)
    assert expected in [h.article_num for h in hits]


def test_article_number_in_the_question_is_matched_by_the_sparse_vector(kb: KnowledgeBase) -> None:
    hits = kb.search("que prévoit l'article L. 1237-19 ?", k=3, mode="sparse",
                     sources=[Source.CODE_DU_TRAVAIL])
    # articles citing L1237-19 repeatedly compete with it; the exact path is kb.article()
    assert "L1237-19" in [h.article_num for h in hits]
    assert all("L1237-19" in h.article_nums for h in hits)


def test_modes_differ_but_all_answer(kb: KnowledgeBase) -> None:
    q = "indemnité de licenciement calcul ancienneté"
    dense = [h.id for h in kb.search(q, k=10, mode="dense")]
    sparse = [h.id for h in kb.search(q, k=10, mode="sparse")]
    hybrid = [h.id for h in kb.search(q, k=10, mode="hybrid")]
    assert len(dense) == len(sparse) == len(hybrid) == 10
    assert dense != sparse
    # fusion draws from both candidate lists: its best hits come from one or the other
    wide = {h.id for m in ("dense", "sparse") for h in kb.search(q, k=50, mode=m)}  # type: ignore[arg-type]
    assert set(hybrid) <= wide
    assert set(hybrid[:3]) & (set(dense[:3]) | set(sparse[:3]))


def test_filters_by_source_and_idcc(kb: KnowledgeBase) -> None:
    syntec = kb.search("durée du préavis en cas de démission", k=8, idcc=1486)
    assert syntec and all(h.idcc == 1486 for h in syntec)
    assert {h.source for h in syntec} <= {"convention", "contribution"}
    fiches = kb.search("congés payés", k=5, sources=["fiche_sp", "fiche_travail"])
    assert fiches and {h.source for h in fiches} <= {"fiche_sp", "fiche_travail"}
    sp = kb.search("démission", k=3, sources=["fiche_sp"])
    assert all(h.date and h.date.startswith("2020") for h in sp)


def test_generic_answers_without_the_per_agreement_ones(kb: KnowledgeBase) -> None:
    # the same question is answered once in general and once per agreement: the per-agreement
    # answers crowd a search meant for the general one
    q = "durée du préavis en cas de démission"
    every = kb.search(q, k=5, sources=["contribution"])
    assert any(h.idcc is not None for h in every)
    generic = kb.search(q, k=5, sources=["contribution"], no_idcc=True)
    assert len(generic) == 5 and all(h.idcc is None for h in generic)


def test_excluded_ids_are_left_out(kb: KnowledgeBase) -> None:
    first = kb.search("rupture conventionnelle", k=3)
    again = kb.search("rupture conventionnelle", k=3, exclude_ids=[first[0].id])
    assert first[0].id not in {h.id for h in again}


def test_excluded_documents_are_left_out(kb: KnowledgeBase) -> None:
    first = kb.search("rupture conventionnelle", k=5, sources=["fiche_travail"])
    again = kb.search("rupture conventionnelle", k=5, sources=["fiche_travail"],
                      exclude_docs=[first[0].doc_id])
    assert again and first[0].doc_id not in {h.doc_id for h in again}


def test_citations_are_fused_with_the_direct_search() -> None:
    ranked = fuse_citations(
        ["L1", "L2", "L3"],
        [("Fiche A", ["L3", "R9"]), ("Fiche B", ["L3", "L4", "L5", "L6"])])
    nums = [a.num for a in ranked]
    # searched and cited by both documents beats searched first but never cited
    assert nums[0] == "L3" and nums.index("L3") < nums.index("L1")
    top = ranked[0]
    assert top.searched and top.cited_by == ("Fiche A", "Fiche B")
    # the best document's citations outrank those of a document citing many articles
    assert nums.index("R9") < nums.index("L4")
    r9 = next(a for a in ranked if a.num == "R9")
    assert not r9.searched and r9.cited_by == ("Fiche A",)
    assert set(nums) == {"L1", "L2", "L3", "L4", "L5", "L6", "R9"}
    assert [a.num for a in fuse_citations(["L1", "L2"], [])] == ["L1", "L2"]


def test_rank_articles_takes_the_governing_article_from_the_fiches(kb: KnowledgeBase) -> None:
    q = "Combien de temps dure le préavis quand un salarié démissionne ?"
    ranked = kb.rank_articles(q, k=10)
    by_num = {a.num: a for a in ranked}
    assert "L1237-1" in by_num and by_num["L1237-1"].cited_by
    assert all(kb.article_exists(a.num) == (True, True) for a in ranked)
    alone = [a.num for a in kb.rank_articles(q, k=10, citations=False)]
    assert all(not a.cited_by for a in kb.rank_articles(q, k=10, citations=False))
    assert alone != [a.num for a in ranked]
    # the documents that voted can be left out: their votes go with them
    hits = kb.search(q, k=40, sources=["fiche_travail", "fiche_sp", "contribution"])
    voters = {h.doc_id: h.title for h in hits if h.title in by_num["L1237-1"].cited_by}
    blind = kb.rank_articles(q, k=10, exclude_docs=sorted(voters))
    assert blind and not {t for a in blind for t in a.cited_by} & set(voters.values())


def test_the_dense_half_searches_every_vector(kb: KnowledgeBase,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Not the HNSW graph: two builds of one corpus then give the same drafts (22 of 390
    changed between two builds with it). The request both engines receive says so, in the
    hybrid search and in the dense one alone."""
    seen: list[Any] = []
    store = kb.store
    if isinstance(store, EdgeStore):
        shard = store._shard()
        real_query = shard.query

        class Spy:
            def __getattr__(self, name: str) -> Any:
                return getattr(shard, name)

            def query(self, request: Any) -> Any:
                seen.extend([p.params for p in request.prefetches or []] or [request.params])
                return real_query(request)

        monkeypatch.setattr(store, "_shard", lambda name=None: Spy())
    else:
        real_points = store.client.query_points  # type: ignore[attr-defined]

        def spy(*args: Any, **kw: Any) -> Any:
            seen.extend([p.params for p in kw.get("prefetch") or []]
                        or [kw.get("search_params")])
            return real_points(*args, **kw)

        monkeypatch.setattr(store.client, "query_points", spy)  # type: ignore[attr-defined]
    assert kb.search("durée du préavis de démission", k=5)
    assert kb.search("durée du préavis de démission", k=5, mode="dense")
    dense_params = [seen[0], seen[2]]  # the hybrid's dense half, then the dense search
    assert all(p is not None and p.exact for p in dense_params), seen
    assert seen[1] is None or not seen[1].exact  # the sparse half has no graph to skip
    # SRDT_EXACT_SEARCH=0 (`Settings.store`): the graph, for a far larger index
    seen.clear()
    monkeypatch.setattr(store, "exact", False)
    assert kb.search("durée du préavis de démission", k=5)
    assert seen[0] is not None and not seen[0].exact


def test_the_exact_search_is_a_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import corpus.kb
    from srdt_assist.config import Settings

    def opened(**env: str) -> Any:
        return Settings.from_env({"SRDT_DATA_DIR": str(tmp_path), **env}).store()

    assert opened().exact and not opened(SRDT_EXACT_SEARCH="0").exact
    asked: list[tuple[Any, ...]] = []
    monkeypatch.setattr(corpus.kb.ServerStore, "from_url", lambda *a: asked.append(a))
    opened(SRDT_EXACT_SEARCH="0", QDRANT_URL="http://qdrant.example:6333")
    assert asked == [("http://qdrant.example:6333", None, "srdt", False)]


def test_empty_query_returns_nothing(kb: KnowledgeBase) -> None:
    assert kb.search("   ") == []


@pytest.mark.parametrize("spelling", ["L1237-19", "L. 1237-19", "article L 1237-19", "l.1237-19"])
def test_article_lookup_in_any_spelling(kb: KnowledgeBase, spelling: str) -> None:
    art = kb.article(spelling)
    assert art is not None and art.num == "L1237-19" and art.in_force
    assert art.url.endswith(art.legiarti) and "rupture conventionnelle collective" in art.text


def test_long_article_is_rejoined_without_overlap(kb: KnowledgeBase) -> None:
    chunks = kb.store.scroll(  # an article split in several pieces
        __import__("corpus.store", fromlist=["SearchFilter"]).SearchFilter(
            sources=["code_du_travail"]), 1000)
    positions: dict[str, int] = {}
    for f in chunks:
        positions[f.payload["article_num"]] = max(positions.get(f.payload["article_num"], 0),
                                                  f.payload["position"])
    num = max(positions, key=lambda n: positions[n])
    assert positions[num] >= 1
    art = kb.article(num)
    assert art is not None
    lines = art.text.split("\n")
    assert len(lines) == len(dict.fromkeys(lines)) or len(lines) > 1
    pieces = [f.payload["text"] for f in chunks if f.payload["article_num"] == num]
    assert len(art.text) < sum(len(p) for p in pieces)  # the overlap was dropped
    assert all(line in art.text for p in pieces for line in p.split("\n"))


def test_closeness_is_each_articles_cosine_with_the_question(kb: KnowledgeBase) -> None:
    nums = ["L1237-19", "L1221-19", "L6323-13", "L9999-99"]  # in force, in force, repealed, none
    close = kb.closeness("rupture conventionnelle collective : accord collectif et départs "
                         "volontaires", nums)
    assert set(close) == {"L1237-19", "L1221-19"}
    assert all(-1.0 <= v <= 1.0 for v in close.values())
    assert close["L1237-19"] > close["L1221-19"]
    art = kb.article("L1221-19")
    assert art is not None  # an article's own opening is closest to itself
    own = kb.closeness(art.text[:300], nums)
    assert own["L1221-19"] > max(0.6, own["L1237-19"] + 0.2)
    assert kb.closeness("   ", nums) == {} and kb.closeness("essai", []) == {}


def test_repealed_and_unknown_articles(kb: KnowledgeBase) -> None:
    repealed = kb.article("L6323-13")
    assert repealed is not None and not repealed.in_force and repealed.text == ""
    assert kb.article("L9999-99") is None
    assert kb.article("n'importe quoi") is None
    assert kb.article_exists("L. 1221-19") == (True, True)
    assert kb.article_exists("L6323-13") == (True, False)
    assert kb.article_exists("L9999-99") == (False, False)


def test_old_legifrance_ids_resolve_to_current_numbers(kb: KnowledgeBase) -> None:
    art = kb.article("L1237-19")
    assert art is not None
    assert kb.resolve_legiarti(art.legiarti) == "L1237-19"
    assert kb.resolve_legiarti(art.cid) == "L1237-19"
    assert kb.resolve_legiarti("LEGIARTI000000000000") is None


@pytest.mark.parametrize(("query", "idcc"), [
    ("syntec", 1486), ("Syntec", 1486), ("IDCC 1979", 1979), ("1979", 1979), ("HCR", 1979),
    ("hôtels, cafés, restaurants", 1979), ("bureaux d'études techniques", 1486),
    ("convention collective de la métallurgie", 3248), ("boulangerie", 843),
    ("Particuliers employeurs et emploi à domicile", 3239),
])
def test_convention_lookup(kb: KnowledgeBase, query: str, idcc: int) -> None:
    found = kb.convention(query)
    assert found and found[0].idcc == idcc, [c.idcc for c in found]


def test_convention_lookup_batiment_lists_the_four_agreements(kb: KnowledgeBase) -> None:
    assert {1596, 1597, 2609, 2420} <= {c.idcc for c in kb.convention("bâtiment")}


def test_convention_lookup_rejects_nonsense(kb: KnowledgeBase) -> None:
    assert kb.convention("xyzzy plugh") == []
    assert kb.convention("IDCC 9999") == []


@pytest.mark.parametrize("kind", ["edge", "server"])
def test_no_index_yet_is_a_clear_error(tmp_path, kind: str, embedder) -> None:
    kb = KnowledgeBase(make_store(kind, tmp_path), tmp_path, embedder)
    with pytest.raises(IndexUnavailable, match="no index"):
        kb.search("préavis")


def test_an_index_another_process_holds_is_a_clear_error(indexes) -> None:
    """The embedded shard's log is locked by whoever opened it first (here the session's own
    store; in service, `serve` or a bench): a second opener gets IndexUnavailable, which the
    CLI prints as one line and the API answers 503 `index_unavailable`, not a traceback."""
    from corpus.store import EdgeStore

    held = indexes.get("edge")
    held.search("préavis")  # opened
    other = KnowledgeBase(EdgeStore(held.store.root), held.data_dir, held.embedder)
    with pytest.raises(IndexUnavailable, match="in use by another process"):
        other.search("préavis")


def test_both_backends_answer_alike(tmp_path_factory, embedder, embedding_cache) -> None:
    """Same chunks, ids, payloads and vectors: the same results from either backend."""
    from corpus.build import build

    from .conftest import SAMPLE_LOCK, sample_options

    kbs = []
    for kind in ("edge", "server"):
        d = tmp_path_factory.mktemp(f"alike-{kind}")
        store = make_store(kind, d)
        build(store, d, embedder, sample_options(), SAMPLE_LOCK, cache_path=embedding_cache)
        kbs.append(KnowledgeBase(store, d, embedder))
    edge, server = kbs
    assert edge.store.count() == server.store.count()
    for q in ("préavis de démission", "heures supplémentaires majoration", "L1221-19"):
        for mode in ("dense", "sparse", "hybrid"):
            a = edge.search(q, k=8, mode=mode)  # type: ignore[arg-type]
            b = server.search(q, k=8, mode=mode)  # type: ignore[arg-type]
            if mode == "hybrid":
                # the two engines break score ties in different orders, and rank fusion turns
                # that into small score differences: the same hits, nearly the same order
                assert a[0].id in {h.id for h in b[:3]} and b[0].id in {h.id for h in a[:3]}
                assert len({h.id for h in a} & {h.id for h in b}) >= 6, (q, mode)
                continue
            # float32 vs float64 arithmetic: equal scores up to rounding
            assert [h.score for h in a] == pytest.approx([h.score for h in b], rel=1e-4), (q, mode)
            # equal scores may come in either order: compare each tier as a set, except the
            # last tier, which the limit may cut differently
            tiers_a = _tiers(a)
            tiers_b = _tiers(b)
            assert list(tiers_a)[:-1] == list(tiers_b)[:-1]
            for score in list(tiers_a)[:-1]:
                assert tiers_a[score] == tiers_b[score], (q, mode, score)
    for k in kbs:
        k.close()


def _tiers(hits: list) -> dict[float, set[str]]:
    tiers: dict[float, set[str]] = {}
    for h in hits:
        tiers.setdefault(round(h.score, 3), set()).add(h.id)
    return tiers


def test_a_copy_of_the_embedded_index_answers_beside_the_index_itself(
        edge_kb: KnowledgeBase, tmp_path: Path) -> None:
    """What lets several server processes share one embedded index (gunicorn_conf)."""
    live = edge_kb.store
    assert isinstance(live, EdgeStore)
    copy = EdgeStore(live.root, copy_dir=tmp_path / "worker-1")
    try:
        sparse = edge_kb.encoder.query("préavis de démission")
        flt = SearchFilter(sources=["code_du_travail"])
        theirs = [f.id for f in copy.query(None, sparse, flt, 5, "sparse")]
        assert theirs and theirs == [f.id for f in live.query(None, sparse, flt, 5, "sparse")]
        assert (tmp_path / "worker-1" / str(live.current())).is_dir()
        assert not list((tmp_path / "worker-1").glob(".*"))  # no partial copy left behind
    finally:
        copy.close()


def test_a_newly_published_build_replaces_the_older_copy(edge_kb: KnowledgeBase,
                                                         tmp_path: Path) -> None:
    import shutil

    live = edge_kb.store
    assert isinstance(live, EdgeStore)
    root = tmp_path / "qdrant"
    for name in ("b-old", "b-new"):  # two published builds (the same data, two names)
        shutil.copytree(live.root / "collections" / str(live.current()),
                        root / "collections" / name)
    copies = tmp_path / "worker-1"
    store = EdgeStore(root, copy_dir=copies)
    try:
        store.publish("b-old")
        assert store.count() > 0 and sorted(p.name for p in copies.iterdir()) == ["b-old"]
        store.publish("b-new")
        assert store.count() > 0 and sorted(p.name for p in copies.iterdir()) == ["b-new"]
        assert (root / "collections" / "b-old").is_dir()  # the index itself is untouched
    finally:
        store.close()


class CountingStore:
    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.asked = 0

    def current(self) -> str | None:
        self.asked += 1
        return self.inner.current()  # type: ignore[attr-defined, no-any-return]

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)


def test_the_live_build_is_looked_up_once_a_second_not_per_search(
        edge_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    import corpus.kb as kb_module

    store = CountingStore(edge_kb.store)
    kb = KnowledgeBase(store, edge_kb.data_dir, edge_kb.embedder)  # type: ignore[arg-type]
    now = [1000.0]
    monkeypatch.setattr(kb_module.time, "monotonic", lambda: now[0])
    for _ in range(5):
        assert kb.search("préavis", k=1, mode="sparse")
    assert store.asked == 1
    first = kb.article("L1237-1")
    assert first is not None and kb.article("L. 1237-1") is first  # kept, not fetched again
    now[0] += kb_module.RECHECK_S + 0.1
    kb.search("préavis", k=1, mode="sparse")
    assert store.asked == 2


def test_governing_returns_the_documents_that_voted(kb: KnowledgeBase) -> None:
    q = "Combien de temps dure le préavis quand un salarié démissionne ?"
    gov = kb.governing(q, k=10)
    assert [a.num for a in gov.articles] == [a.num for a in kb.rank_articles(q, k=10)]
    assert gov.citing and {h.source for h in gov.citing} <= {"fiche_travail", "fiche_sp",
                                                              "contribution"}
    assert all(h.idcc is None and h.text for h in gov.citing)
    # the same documents, in the same order, as a search of the three sources
    searched = kb.search(q, k=len(gov.citing), sources=["fiche_travail", "fiche_sp",
                                                         "contribution"], no_idcc=True)
    assert [h.id for h in gov.citing] == [h.id for h in searched]
    voters = {t for a in gov.articles for t in a.cited_by}
    assert voters <= {h.title for h in gov.citing}
    left_out = kb.governing(q, k=10, exclude_ids=[gov.citing[0].id])
    assert gov.citing[0].id not in {h.id for h in left_out.citing}


def test_equal_scores_come_back_in_one_order() -> None:
    found = [Found("c", 0.5, {}), Found("b", 0.7, {}), Found("a", 0.5, {}), Found("d", 0.5, {})]
    assert [f.id for f in _settle(found, 3)] == ["b", "a", "c"]
    assert [f.id for f in _settle(list(reversed(found)), 3)] == ["b", "a", "c"]



def test_decoded_payloads_are_kept_and_answers_stay_the_same(
        edge_kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine searches in a tenth of a millisecond and spends the rest decoding payloads:
    the store keeps them, bounded, and a search answers exactly as without them."""
    import shutil

    live = edge_kb.store
    assert isinstance(live, EdgeStore)
    root = tmp_path / "qdrant"
    shutil.copytree(live.root / "collections" / str(live.current()),
                    root / "collections" / "b-1")
    (root / "CURRENT").write_text("b-1", encoding="utf-8")
    cached, plain = EdgeStore(root, payload_cache=30), live
    monkeypatch.setattr(plain, "_payload_cache", 0)  # the engine's own payloads
    try:
        flt = SearchFilter(sources=["code_du_travail", "fiche_travail"])
        for question in ("préavis de démission", "durée de la période d'essai",
                         "préavis de démission"):
            sparse = edge_kb.encoder.query(question)
            dense = edge_kb.embedder.embed([question])[0].tolist()
            for mode in ("sparse", "hybrid"):
                got = cached.query(dense, sparse, flt, 20, mode)  # type: ignore[arg-type]
                want = plain.query(dense, sparse, flt, 20, mode)  # type: ignore[arg-type]
                assert [(f.id, round(f.score, 6), f.payload) for f in got] == [
                    (f.id, round(f.score, 6), f.payload) for f in want] and got
        assert 0 < len(cached._payloads) <= 30
        assert all(name == "b-1" for name, _ in cached._payloads)
    finally:
        cached.close()


def test_a_passage_comes_with_its_section_around_it(kb: KnowledgeBase) -> None:
    """A long fiche section is cut in pieces; the drafter reads the piece a search found with
    the pieces around it, the one before first, as far as the limit allows."""
    chunks = kb.store.scroll(SearchFilter(sources=["fiche_travail"]), 5000)
    sections: dict[tuple[str, tuple[str, ...]], list[Any]] = {}
    for f in chunks:
        key = (f.payload["doc_id"], tuple(f.payload["heading_path"]))
        sections.setdefault(key, []).append(f)
    pieces = max(sections.values(), key=len)
    assert len(pieces) >= 3
    pieces.sort(key=lambda f: f.payload["position"])
    texts = [f.payload["text"] for f in pieces]
    middle = pieces[1]
    hit = Hit.from_payload(middle.id, 1.0, middle.payload)

    whole = kb.section(hit, limit=100_000)
    assert whole == _merge_pieces(texts)
    assert whole.startswith(texts[0]) and texts[1].split("\n")[-1] in whole
    assert kb.section(hit, limit=len(texts[1])) == texts[1]  # room for the piece alone
    before = kb.section(hit, limit=len(_merge_pieces(texts[:2])))
    assert before == _merge_pieces(texts[:2])  # the piece before comes first
    assert texts[2].split("\n")[-1] not in before
    stranger = Hit.from_payload("00000000-0000-0000-0000-000000000000", 1.0, middle.payload)
    assert kb.section(stranger) == stranger.text


def test_sections_are_shared_by_threads_and_evicted_beyond_the_cache(
        kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    """The API's threads share one knowledge base: with a cache of two sections, sixteen
    threads asking for many get the same texts as one thread alone, and the cache stays
    within its size."""
    from concurrent.futures import ThreadPoolExecutor

    import corpus.kb

    hits = [Hit.from_payload(f.id, 1.0, f.payload)
            for f in kb.store.scroll(SearchFilter(sources=["fiche_travail"]), 60)]
    alone = [kb.section(h) for h in hits]
    monkeypatch.setattr(corpus.kb, "SECTION_CACHE", 2)
    kb._sections.clear()
    with ThreadPoolExecutor(16) as pool:
        together = list(pool.map(kb.section, hits * 8))
    assert together == alone * 8
    assert len(kb._sections) <= 2
