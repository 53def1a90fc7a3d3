"""Questions already answered: the closest one found in other words, left out on demand, its
articles joining the sources and weighing in the quote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.classify import classify
from assistant.retrieve import PRECEDENT_MARK, PRECEDENT_MIN, retrieve
from corpus.dense import EmbeddingCache, USEEmbedder
from corpus.kb import KnowledgeBase
from corpus.precedents import BUNDLED, Precedent, Precedents, core, read
from srdt_assist.config import Settings
from tests.test_draft_verify import _article, _order

NOTICE = Precedent("notice", "Préavis de démission",
                   "Préavis de démission\nJe suis vendeuse en CDI depuis trois ans et je veux "
                   "démissionner. Combien de temps dois-je encore travailler après ma lettre ?",
                   ("L1237-1",))
NIGHT = Precedent("night", "Travail de nuit",
                  "Travail de nuit\nJe travaille de 22 h à 6 h dans un entrepôt. Ai-je droit à "
                  "une compensation pour ces heures de nuit ?", ("L3122-8",))
WEDDING = Precedent("wedding", "Congé pour mon mariage",
                    "Congé pour mon mariage\nJe me marie en juin. Combien de jours de congé mon "
                    "employeur doit-il me donner ?", ("L3142-4",))
QUIT = ("Je quitte ma boîte\nJ'ai donné ma démission hier, je suis en CDI depuis trois ans. "
        "Combien de semaines suis-je obligée de rester ?")


def test_the_same_question_in_other_words_comes_first(embedder: USEEmbedder,
                                                      tmp_path: Path) -> None:
    found = Precedents([NIGHT, WEDDING, NOTICE], embedder,
                       tmp_path / "c.sqlite").similar(QUIT, k=3)
    assert len(found) == 3 and found[0].precedent.id == "notice"
    assert found[0].similarity > found[-1].similarity


def test_what_every_mail_says_is_not_compared() -> None:
    """Placeholders and greetings tell nothing of the question; a question that opens with
    « Merci » stays."""
    mail = ("Question de [PERSONNE_1]\nBonjour,\n\nJe suis [PERSONNE_1] ([TELEPHONE_1]), "
            "vendeuse. Combien de jours ?\nMerci de me dire si je peux partir ?\nMerci "
            "d'avance,\nCordialement,\n[PERSONNE_1]")
    assert core(mail) == ("Question de \nJe suis , vendeuse. Combien de jours ?\nMerci de me "
                          "dire si je peux partir ?")
    assert core("Bonjour,\n[PERSONNE_1]") == ""


def test_a_floor_and_the_ids_left_out(embedder: USEEmbedder) -> None:
    precedents = Precedents([NIGHT, WEDDING, NOTICE], embedder)
    assert precedents.similar(QUIT, k=3, min_similarity=1.01) == []
    assert "notice" not in [m.precedent.id for m in precedents.similar(QUIT, 3,
                                                                       exclude=["notice"])]
    assert precedents.similar("  ", k=3) == []
    assert precedents.similar("Bonjour,\n[PERSONNE_1]", k=3) == []
    assert Precedents([], embedder).similar(QUIT, k=3) == []


def test_a_restart_embeds_nothing(embedder: USEEmbedder, tmp_path: Path) -> None:
    """The vectors are cached by text: the API's first request after a restart does not wait
    for a thousand questions to be embedded again."""
    Precedents([NIGHT, NOTICE], embedder, tmp_path / "c.sqlite").similar(QUIT, k=1)
    cache = EmbeddingCache(tmp_path / "c.sqlite")
    keys = [EmbeddingCache.key(p.text) for p in (NIGHT, NOTICE)]
    assert set(cache.get_many(embedder.name, keys)) == set(keys)


def test_a_malformed_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "precedents.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "x", "articles": ["L1237-1"]}) + "\n\n"
                    + json.dumps({"id": "b", "text": "y"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"precedents\.jsonl:3"):
        read(path)


def test_the_bundled_questions_are_anonymised_and_answered() -> None:
    items = read(BUNDLED)
    assert len(items) > 900
    assert len({p.id for p in items}) == len(items)
    assert all(p.articles and p.text.startswith(p.subject) for p in items)
    assert not any("@" in p.text for p in items)  # addresses masked, as the pipeline does


@pytest.mark.parametrize(("value", "expected"), [
    (None, BUNDLED), ("", BUNDLED), ("off", None), ("/srv/srdt/precedents.jsonl",
                                                     Path("/srv/srdt/precedents.jsonl"))])
def test_the_setting(value: str | None, expected: Path | None) -> None:
    env = {} if value is None else {"SRDT_PRECEDENTS": value}
    assert Settings.from_env(env).precedents == expected


def test_retrieval_adds_the_articles_of_the_closest_question(kb: KnowledgeBase,
                                                             tmp_path: Path) -> None:
    path = tmp_path / "precedents.jsonl"
    # an article the search does not find for this mail, to see where it comes from
    answered = {"id": "q1", "subject": "Préavis", "text": NOTICE.text,
                "articles": ["L1237-19"], "themes": ["demission"]}
    path.write_text(json.dumps(answered, ensure_ascii=False) + "\n", encoding="utf-8")
    with_them = KnowledgeBase(kb.store, kb.data_dir, kb.embedder, precedents=path)
    subject, _, body = QUIT.partition("\n")
    c = classify(body)
    alone, _ = retrieve(kb, subject, body, c)
    assert "L1237-19" not in {s.article_num for s in alone}
    sources, _ = retrieve(with_them, subject, body, c)
    added = next(s for s in sources if s.article_num == "L1237-19")
    assert added.found_by == [f"{PRECEDENT_MARK} « Préavis »"]
    assert PRECEDENT_MIN <= added.precedent < 1
    assert [s.n for s in sources] == list(range(1, len(sources) + 1))
    # the eval leaves a mail's own label out; the other ids still reach the index
    again, _ = retrieve(with_them, subject, body, c,
                        exclude_ids=["precedent:q1", alone[0].id])
    assert "L1237-19" not in {s.article_num for s in again}
    assert alone[0].id not in {s.id for s in again}


def test_the_article_of_the_closest_question_is_quoted_first() -> None:
    one, other = _article(1, "L1226-11"), _article(2, "L1226-10")
    assert _order([one, other], "Inapte après mon accident : que se passe-t-il ?") == [1, 2]
    other.precedent = 0.82
    assert _order([one, other], "Inapte après mon accident : que se passe-t-il ?") == [2, 1]


def test_an_unreadable_file_is_logged_and_the_reply_drafted_without(
        kb: KnowledgeBase, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    missing = KnowledgeBase(kb.store, kb.data_dir, kb.embedder,
                            precedents=tmp_path / "nowhere.jsonl")
    with caplog.at_level("ERROR", logger="corpus.kb"):
        assert missing.similar_questions(QUIT, 1, 0.0) == []
        assert missing.similar_questions(QUIT, 1, 0.0) == []
    assert [r.getMessage() for r in caplog.records if "not loaded" in r.getMessage()] == [
        "questions already answered not loaded, drafting without them: [Errno 2] No such file "
        f"or directory: '{tmp_path / 'nowhere.jsonl'}'"]
    subject, _, body = QUIT.partition("\n")
    sources, _ = retrieve(missing, subject, body, classify(body))
    assert sources and not any(s.precedent for s in sources)
