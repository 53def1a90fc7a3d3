"""Intake: real MIME traps in, the usager's own words out, and clear errors."""

import json
from pathlib import Path

import pytest

from assistant.errors import PipelineError
from assistant.intake import (
    MAX_BODY_CHARS,
    clean_body,
    parse_any,
    parse_eml,
    parse_json,
    split_signature,
)

EMAILS = Path(__file__).parent / "fixtures" / "emails"


def load(name: str):
    return parse_eml((EMAILS / name).read_bytes())


def test_plain_email() -> None:
    e = load("intake-plain.eml")
    assert e.subject == "Préavis de démission"
    assert (e.sender_name, e.sender_address) == ("Claire Moreau", "claire.moreau@example.fr")
    assert e.received_at == "2026-11-20T09:30:00+00:00"
    assert "durée de mon préavis" in e.body
    assert "06 12 34 56 78" not in e.body and "06 12 34 56 78" in e.signature


def test_html_soup_encoded_headers_and_empty_text_part() -> None:
    e = load("intake-html-soup.eml")
    assert e.subject == "Heures supplémentaires non payées"
    assert e.sender_name == "Jérôme Lefèvre"
    assert "S2 | 45" in e.body and "- Que puis-je faire ?" in e.body
    assert "alert" not in e.body and "junk" not in e.body and "<" not in e.body


def test_wrong_declared_charset_is_recovered() -> None:
    e = load("intake-wrong-charset.eml")
    assert "congés payés non pris à l'année prochaine" in e.body
    assert "\ufffd" not in e.body


def test_quoted_history_is_removed() -> None:
    e = load("intake-reply-history.eml")
    assert "accord écrit" in e.body
    assert "dépend de votre catégorie" not in e.body and "a écrit" not in e.body
    assert "Historique cité retiré." in e.notes


def test_outlook_reply_block_is_removed() -> None:
    e = load("intake-outlook-reply.eml")
    assert "contester" in e.body and "pouvez-vous préciser" not in e.body
    assert "Envoyé" not in e.body


def test_forwarded_message_keeps_the_forwarded_words() -> None:
    e = load("intake-forwarded.eml")
    assert "rupture conventionnelle" in e.body and "6 ans d'ancienneté" in e.body
    assert "Forwarded message" not in e.body and "nadia.h@example.com" not in e.body
    assert any("transféré" in n for n in e.notes)


def test_signature_and_disclaimers_are_set_aside() -> None:
    e = load("intake-signature-disclaimer.eml")
    assert e.body.endswith("Cordialement,")
    assert "confidentiels" not in e.body and "iPhone" not in e.body
    assert "Transports Girard et Fils SAS" in e.signature


def test_attachments_listed_not_read() -> None:
    e = load("intake-attachment.eml")
    assert [(a.filename, a.content_type) for a in e.attachments] == [
        ("contrat-cdd.pdf", "application/pdf")]
    assert e.attachments[0].size > 2000
    assert "%PDF" not in e.body


def test_subject_only_email_uses_the_subject() -> None:
    e = load("intake-subject-only.eml")
    assert e.body == "Combien de jours de congé pour un mariage ?"
    assert any("objet" in n for n in e.notes)


def test_broken_mime_is_read_as_far_as_possible_and_flagged() -> None:
    e = load("intake-broken-mime.eml")
    assert e.body.startswith("Bonjour, mon salaire est payé en retard")
    assert any("endommagé" in n for n in e.notes)


@pytest.mark.parametrize("raw", [b"", b"   \n\n", b"\x00\x01\x02 binary junk"])
def test_empty_or_non_email_input_is_a_clear_error(raw: bytes) -> None:
    with pytest.raises(PipelineError) as err:
        parse_eml(raw)
    assert err.value.code in ("empty_email", "malformed_email")
    assert err.value.message_fr.startswith(("Le message", "Ce fichier"))


def test_email_with_headers_but_nothing_to_read() -> None:
    with pytest.raises(PipelineError) as err:
        parse_eml(b"From: a@b.fr\r\nSubject: \r\n\r\n\r\n")
    assert err.value.code == "empty_email"


def test_ten_megabyte_email_is_truncated_not_rejected() -> None:
    body = ("Je travaille de nuit et je voudrais connaître mes droits. " * 200_000)[:10_000_000]
    raw = (b"From: a@example.fr\r\nSubject: long\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           + body.encode())
    e = parse_eml(raw)
    assert len(e.body) == MAX_BODY_CHARS and any("premiers caractères" in n for n in e.notes)


def test_too_large_is_refused() -> None:
    with pytest.raises(PipelineError) as err:
        parse_eml(b"From: a@b.fr\r\n\r\n" + b"x" * (26 * 1024 * 1024))
    assert err.value.code == "email_too_large"


def test_json_payload_from_the_add_in() -> None:
    e = parse_json({"subject": "Télétravail", "from": {"name": "Ana Silva", "address": "a@x.fr"},
                    "body_html": "<p>Mon employeur peut-il m'imposer le télétravail ?</p>"
                                 "<p>Cordialement</p><p>Ana</p>",
                    "received_at": "2026-11-20T10:00:00Z",
                    "attachments": [{"name": "fiche.pdf", "content_type": "application/pdf",
                                     "size": 1200}]})
    assert e.body.startswith("Mon employeur peut-il m'imposer le télétravail ?")
    assert e.sender_name == "Ana Silva" and e.signature == "Ana"
    assert e.attachments[0].filename == "fiche.pdf"


def test_parse_any_routes_json_and_mime() -> None:
    as_json = parse_any(json.dumps({"subject": "s", "body_text": "Question ?"}).encode())
    assert as_json.body == "Question ?"
    as_mime = parse_any((EMAILS / "intake-plain.eml").read_bytes())
    assert as_mime.subject == "Préavis de démission"
    with pytest.raises(PipelineError) as err:
        parse_any(b"{not json")
    assert err.value.code == "malformed_email"


def test_json_must_be_an_object() -> None:
    with pytest.raises(PipelineError):
        parse_json(["not", "an", "object"])  # type: ignore[arg-type]


def test_sign_off_detection_does_not_eat_the_question() -> None:
    body, sig = split_signature("Merci de me dire si c'est légal.\nMon contrat dit 39 h.")
    assert sig == "" and "39 h" in body
    body, sig, _ = clean_body("Question ?\n\nMerci d'avance pour votre réponse.\nLéa")
    assert body.endswith("réponse.") and sig == "Léa"
