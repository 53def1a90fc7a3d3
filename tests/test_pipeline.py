"""The orchestrated stages on fixture emails: shape of the result, nothing personal in it."""

import json
from pathlib import Path

import pytest

from assistant.anonymise import Anonymiser
from assistant.errors import PipelineError
from assistant.pipeline import analyse
from corpus.kb import KnowledgeBase

EMAILS = Path(__file__).parent / "fixtures" / "emails"


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


def test_analysis_shape_and_privacy(kb: KnowledgeBase, anonymiser: Anonymiser) -> None:
    raw = (EMAILS / "c02-essai-cadre-syntec.json").read_bytes()
    result = analyse(raw, kb, anonymiser)
    out = result.to_dict()
    assert set(out) >= {"classification", "sources", "queries", "anonymisation", "timings_ms"}
    assert out["classification"]["idcc"] == 1486
    assert out["classification"]["themes"][0]["id"] == "periode_essai"
    assert out["sources"] and {"n", "source", "title", "url", "article_num", "date"} <= set(
        out["sources"][0])
    assert set(out["timings_ms"]) == {"intake", "anonymise", "classify", "retrieve", "total"}
    dumped = json.dumps(out, ensure_ascii=False)
    assert "Garcia" not in dumped and "t.garcia@" not in dumped


def test_subject_and_body_share_placeholders(kb: KnowledgeBase, anonymiser: Anonymiser) -> None:
    payload = {"subject": "Question de Sophie Lefèvre",
               "body_text": "Je suis Sophie Lefèvre, en CDI. Combien de jours de congés payés ?"}
    result = analyse(payload, kb, anonymiser)
    assert result.subject.text == "Question de [PERSONNE_1]"
    assert "[PERSONNE_1]" in result.body.text and "[PERSONNE_2]" not in result.body.text


def test_agent_choices_are_applied(kb: KnowledgeBase, anonymiser: Anonymiser) -> None:
    payload = {"subject": "Congés", "body_text": "Combien de jours de congés payés par mois ?"}
    result = analyse(payload, kb, anonymiser, idcc=1979, exclude_sources=["fiche_sp"])
    assert result.classification.idcc == 1979
    assert "fiche_sp" not in {s.source for s in result.sources}
    assert any(s.idcc == 1979 for s in result.sources)


def test_bad_input_is_a_pipeline_error(kb: KnowledgeBase, anonymiser: Anonymiser) -> None:
    with pytest.raises(PipelineError) as err:
        analyse(b"", kb, anonymiser)
    assert err.value.code == "empty_email"


def test_a_multiline_subject_stays_the_subject(kb: KnowledgeBase, anonymiser: Anonymiser) -> None:
    payload = {"subject": "Congés\npayés de Léa Martin", "body_text": "Combien de jours ?"}
    result = analyse(payload, kb, anonymiser)
    assert result.subject.text == "Congés payés de [PERSONNE_1]"
    assert result.body.text == "Combien de jours ?"


def test_each_query_is_embedded_once(kb: KnowledgeBase, anonymiser: Anonymiser) -> None:
    calls: list[int] = []
    real = kb.embedder.embed

    def counting(texts: list[str]):  # type: ignore[no-untyped-def]
        calls.append(len(texts))
        return real(texts)

    kb.embedder.embed = counting  # type: ignore[method-assign]
    try:
        result = analyse({"subject": "Démission unique 7431",
                          "body_text": "Quel préavis pour une démission unique 7431 ?"},
                         kb, anonymiser)
    finally:
        kb.embedder.embed = real  # type: ignore[method-assign]
    assert len(calls) == len(result.queries)


def test_a_signature_set_aside_still_tells_who_writes(kb: KnowledgeBase,
                                                      anonymiser: Anonymiser) -> None:
    payload = {"subject": "Congés d'été", "from": "Hôtel des Pins <contact@pins.example.fr>",
               "body_text": "Madame, Monsieur,\nUn salarié veut poser cinq semaines d'un coup. "
                            "Sommes-nous obligés d'accepter ?\nCordialement,\nLa direction"}
    result = analyse(payload, kb, anonymiser)
    assert result.email.signature == "La direction"  # not in the analysed text
    assert "La direction" not in result.body.text
    assert result.classification.requester.value == "employeur"
    assert result.to_dict()["classification"]["requester"]["evidence"] == ["signé « la direction »"]
