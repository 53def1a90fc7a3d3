"""EWS drafts with exchangelib in the loop, answered by canned SOAP from a local server (the
way exchangelib tests itself): the request is a CreateItem with ReplyToItem and SaveOnly."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from assistant.anonymise import Anonymiser
from connectors import ConnectorError, Reply
from connectors.ews import EwsDrafts, EwsSettings
from corpus.kb import KnowledgeBase
from tests.conftest import api_settings, make_api
from tests.servers import QuietHandler, running

T = "http://schemas.microsoft.com/exchange/services/2006/types"
M = "http://schemas.microsoft.com/exchange/services/2006/messages"


def folder(message_id: str, name: str) -> bytes:
    return envelope(f"""<m:GetFolderResponse xmlns:m="{M}" xmlns:t="{T}"><m:ResponseMessages>
  <m:GetFolderResponseMessage ResponseClass="Success"><m:ResponseCode>NoError</m:ResponseCode>
    <m:Folders><t:Folder><t:FolderId Id="{message_id}" ChangeKey="AQAAAA"/>
      <t:FolderClass>IPF.Note</t:FolderClass><t:DisplayName>{name}</t:DisplayName>
      <t:TotalCount>0</t:TotalCount><t:ChildFolderCount>0</t:ChildFolderCount>
      <t:UnreadCount>0</t:UnreadCount></t:Folder></m:Folders>
  </m:GetFolderResponseMessage></m:ResponseMessages></m:GetFolderResponse>""")


def envelope(body: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
  <s:Header><h:ServerVersionInfo xmlns:h="{T}" MajorVersion="15" MinorVersion="1"
    MajorBuildNumber="2507" MinorBuildNumber="6" Version="V2017_07_11"/></s:Header>
  <s:Body>{body}</s:Body>
</s:Envelope>""".encode()


def soap(message: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
  <s:Header><h:ServerVersionInfo xmlns:h="{T}" MajorVersion="15" MinorVersion="1"
    MajorBuildNumber="2507" MinorBuildNumber="6" Version="V2017_07_11"/></s:Header>
  <s:Body><m:CreateItemResponse xmlns:m="{M}" xmlns:t="{T}"><m:ResponseMessages>
    {message}
  </m:ResponseMessages></m:CreateItemResponse></s:Body>
</s:Envelope>""".encode()


SUCCESS = soap("""<m:CreateItemResponseMessage ResponseClass="Success">
  <m:ResponseCode>NoError</m:ResponseCode>
  <m:Items><t:Message><t:ItemId Id="AAMkDRAFT=" ChangeKey="CQAAAB"/></t:Message></m:Items>
</m:CreateItemResponseMessage>""")


def failure(code: str) -> bytes:
    return soap(f"""<m:CreateItemResponseMessage ResponseClass="Error">
  <m:MessageText>{code} from the test server</m:MessageText>
  <m:ResponseCode>{code}</m:ResponseCode><m:DescriptiveLinkKey>0</m:DescriptiveLinkKey>
  <m:Items/>
</m:CreateItemResponseMessage>""")


class FakeExchange:
    def __init__(self) -> None:
        self.requests: list[tuple[str | None, bytes]] = []
        self.answer = SUCCESS
        self.status = 200
        outer = self

        class Handler(QuietHandler):
            def do_POST(self) -> None:
                body = self.body()
                outer.requests.append((self.headers.get("Authorization"), body))
                answer = outer.answer
                if b"GetFolder" in body and outer.status == 200:
                    answer = (folder("DRAFTS-ID", "Brouillons") if b'Id="drafts"' in body
                              else folder("ROOT-ID", "Top of Information Store"))
                self.answer(outer.status, answer, "text/xml; charset=utf-8")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)


@pytest.fixture()
def exchange() -> Iterator[tuple[FakeExchange, EwsDrafts]]:
    fake = FakeExchange()
    with running(fake.httpd) as url:
        drafts = EwsDrafts(EwsSettings(f"{url}/EWS/Exchange.asmx", "DOMAIN\\svc-srdt", "pw",
                                       "srdt-69@dreets.gouv.fr", auth_type="basic"))
        yield fake, drafts


REPLY = Reply(to="t.garcia@example.com", subject="Période d'essai", text="x",
              html="<p>Madame, Monsieur,</p>", message_id="AAMkORIGINAL=")


def test_create_reply_saved_only(exchange: tuple[FakeExchange, EwsDrafts]) -> None:
    fake, drafts = exchange
    assert drafts.save(REPLY) == "AAMkDRAFT="
    auth, body = fake.requests[-1]
    assert auth == "Basic " + base64.b64encode(b"DOMAIN\\svc-srdt:pw").decode()
    text = body.decode()
    assert "CreateItem" in text and 'MessageDisposition="SaveOnly"' in text
    assert "ReplyToItem" in text and 'Id="AAMkORIGINAL="' in text
    assert "RE: Période d'essai" in text and "t.garcia@example.com" in text
    assert "&lt;p&gt;Madame, Monsieur,&lt;/p&gt;" in text or "<p>Madame" in text
    assert "SendOnly" not in text and "SendAndSaveCopy" not in text
    saved_in = text[text.index("<m:SavedItemFolderId>"):text.index("</m:SavedItemFolderId>")]
    assert '<t:DistinguishedFolderId Id="drafts">' in saved_in  # the mailbox's Drafts
    assert "srdt-69@dreets.gouv.fr" in saved_in
    assert "srdt-69@dreets.gouv.fr" in text  # acting on the functional mailbox


@pytest.mark.parametrize("code, ours", [("ErrorItemNotFound", "message_gone"),
                                         ("ErrorQuotaExceeded", "mailbox_full"),
                                         ("ErrorAccessDenied", "mail_auth_refused"),
                                         ("ErrorInternalServerError", "ews_error")])
def test_refusals_are_clear_errors(exchange: tuple[FakeExchange, EwsDrafts], code: str,
                                   ours: str) -> None:
    fake, drafts = exchange
    fake.answer = failure(code)
    with pytest.raises(ConnectorError) as err:
        drafts.save(REPLY)
    assert err.value.code == ours and err.value.message_fr


def test_refused_credentials(exchange: tuple[FakeExchange, EwsDrafts]) -> None:
    fake, drafts = exchange
    fake.status, fake.answer = 401, b""
    with pytest.raises(ConnectorError) as err:
        drafts.save(REPLY)
    assert err.value.code == "mail_auth_refused"


def test_ews_needs_the_message_and_its_sender(exchange: tuple[FakeExchange, EwsDrafts]) -> None:
    _, drafts = exchange
    with pytest.raises(ConnectorError) as err:
        drafts.save(Reply(to="", subject="x", text="x", html="x", message_id="AAMk"))
    assert err.value.code == "invalid_reply" and err.value.status == 400


def test_the_drafts_route_with_ews(exchange: tuple[FakeExchange, EwsDrafts], tmp_path: Path,
                                   edge_kb: KnowledgeBase, api_anonymiser: Anonymiser) -> None:
    _, drafts = exchange
    app = make_api(api_settings(tmp_path), edge_kb, api_anonymiser, drafts=drafts)
    key = app.extensions["srdt"].storage.create_key("test")
    resp = app.test_client().post("/api/v1/drafts", headers={"X-API-Key": key}, json={
        "to": REPLY.to, "subject": REPLY.subject, "text": "x", "html": REPLY.html,
        "message_id": REPLY.message_id})
    assert resp.status_code == 201
    assert resp.get_json() == {"saved": True, "connector": "ews", "message_id": "AAMkDRAFT="}
