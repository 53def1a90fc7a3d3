"""Server-side drafts against a real Dovecot on a loopback port: the draft lands in the folder
flagged \\Drafts, threaded, flagged \\Draft, and nothing is sent; refusals are clear errors."""

from __future__ import annotations

import email
import imaplib
import shutil
import tempfile
from collections.abc import Iterator
from email.message import Message
from pathlib import Path

import pytest

from assistant.anonymise import Anonymiser
from connectors import ConnectorError, Reply, reply_subject
from connectors.imap import ImapDrafts, ImapSettings
from corpus.kb import KnowledgeBase
from tests.conftest import api_settings, make_api
from tests.dovecot import DOVECOT, PASSWORD, dovecot

pytestmark = pytest.mark.skipif(not Path(DOVECOT).exists(), reason="Dovecot is not installed "
                                "(`make install` installs it when run as root)")

REPLY = Reply(to="Thomas Garcia <t.garcia@example.com>", subject="Période d'essai",
              text="Madame, Monsieur,\n\nLa période d'essai d'un cadre dure au plus 4 mois.",
              html="<p>Madame, Monsieur,</p><p>La période d'essai d'un cadre dure au plus "
                   "4 mois.</p>",
              in_reply_to="<abc123@example.com>", references=("<first@example.com>",))


@pytest.fixture(scope="module")
def imap_port() -> Iterator[int]:
    # not under pytest's temporary folder: Dovecot's own users must be able to reach it
    root = Path(tempfile.mkdtemp(prefix="srdt-dovecot-"))
    try:
        with dovecot(root) as port:
            yield port
    finally:
        shutil.rmtree(root, ignore_errors=True)


def settings(port: int, user: str = "agent", password: str = PASSWORD) -> ImapSettings:
    return ImapSettings("127.0.0.1", port, user, password, security="none")


def folder_messages(port: int, folder: str, user: str = "agent") -> list[tuple[bytes, Message]]:
    conn = imaplib.IMAP4("127.0.0.1", port)
    conn.login(user, PASSWORD)
    conn.select(f'"{folder}"', readonly=True)
    _, ids = conn.search(None, "ALL")
    found = []
    for num in ids[0].split():
        _, data = conn.fetch(num, "(FLAGS RFC822)")
        flags, raw = data[0][0], data[0][1]
        found.append((flags, email.message_from_bytes(raw)))
    conn.logout()
    return found


def test_the_draft_lands_in_the_drafts_folder_threaded_and_unsent(imap_port: int) -> None:
    message_id = ImapDrafts(settings(imap_port)).save(REPLY)
    drafts = folder_messages(imap_port, "Brouillons")
    assert len(drafts) == 1
    flags, msg = drafts[0]
    assert b"\\Draft" in flags
    assert msg["Message-ID"] == message_id
    assert msg["Subject"] == "RE: Période d'essai" or "RE:" in str(msg["Subject"])
    assert msg["In-Reply-To"] == "<abc123@example.com>"
    assert msg["References"] == "<first@example.com> <abc123@example.com>"
    assert msg["To"] == "Thomas Garcia <t.garcia@example.com>"
    parts = {p.get_content_type(): p.get_payload(decode=True).decode() for p in msg.walk()
             if not p.is_multipart()}
    assert "4 mois" in parts["text/plain"] and "<p>" in parts["text/html"]
    assert folder_messages(imap_port, "Sent") == [] and folder_messages(imap_port, "INBOX") == []


def test_refusals_are_clear_errors(imap_port: int) -> None:
    with pytest.raises(ConnectorError) as refused:
        ImapDrafts(settings(imap_port, password="wrong")).save(REPLY)
    assert refused.value.code == "mail_auth_refused"
    with pytest.raises(ConnectorError) as full:
        ImapDrafts(settings(imap_port, user="full")).save(REPLY)
    assert full.value.code == "mailbox_full" and "pleine" in full.value.message_fr
    with pytest.raises(ConnectorError) as missing:
        ImapDrafts(ImapSettings("127.0.0.1", imap_port, "agent", PASSWORD, "none",
                                drafts_folder="N'existe pas")).save(REPLY)
    assert missing.value.code == "imap_error"
    with pytest.raises(ConnectorError) as down:
        ImapDrafts(settings(1)).save(REPLY)
    assert down.value.code == "mail_server_unreachable" and down.value.status == 503


def test_imap_needs_a_recipient(imap_port: int) -> None:
    with pytest.raises(ConnectorError) as missing:
        ImapDrafts(settings(imap_port)).save(Reply(to="", subject="x", text="x", html="x"))
    assert missing.value.code == "invalid_reply" and missing.value.status == 400


def test_reply_subject() -> None:
    assert reply_subject("Question") == "RE: Question"
    assert reply_subject("RE: Question") == "RE: Question"
    assert reply_subject("Ré: Question") == "Ré: Question"


def test_the_drafts_route(imap_port: int, tmp_path: Path, edge_kb: KnowledgeBase,
                          api_anonymiser: Anonymiser) -> None:
    off = make_api(api_settings(tmp_path / "off"), edge_kb, api_anonymiser)
    storage = off.extensions["srdt"].storage
    key = storage.create_key("test")
    body = {"to": REPLY.to, "subject": REPLY.subject, "text": REPLY.text, "html": REPLY.html,
            "in_reply_to": REPLY.in_reply_to}
    resp = off.test_client().post("/api/v1/drafts", json=body, headers={"X-API-Key": key})
    assert resp.status_code == 404 and resp.get_json()["code"] == "drafts_not_configured"

    on = make_api(api_settings(tmp_path / "on", SRDT_DRAFTS_CONNECTOR="imap",
                               IMAP_HOST="127.0.0.1", IMAP_PORT=str(imap_port),
                               IMAP_USER="agent", IMAP_PASSWORD=PASSWORD,
                               IMAP_SECURITY="none"), edge_kb, api_anonymiser)
    key = on.extensions["srdt"].storage.create_key("test")
    client = on.test_client()
    before = len(folder_messages(imap_port, "Brouillons"))
    saved = client.post("/api/v1/drafts", json=body, headers={"X-API-Key": key})
    assert saved.status_code == 201 and saved.get_json()["message_id"].startswith("<")
    assert len(folder_messages(imap_port, "Brouillons")) == before + 1
    bad = client.post("/api/v1/drafts", json={"to": "x@y.fr"}, headers={"X-API-Key": key})
    assert bad.status_code == 400 and bad.get_json()["code"] == "invalid_request"
    assert client.post("/api/v1/drafts", json=body).status_code == 401
