"""Graph drafts at the HTTP boundary: msal and requests run for real; their HTTPS calls to
login.microsoftonline.com and graph.microsoft.com are answered by a local server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
import requests
from requests.adapters import HTTPAdapter

from assistant.anonymise import Anonymiser
from connectors import Caller, ConnectorError, Reply
from connectors.graph import GraphDrafts, GraphSettings
from corpus.kb import KnowledgeBase
from tests.conftest import api_settings, make_api
from tests.entra import CLIENT_ID, Jwks, token
from tests.entra import TENANT as AUTH_TENANT
from tests.servers import QuietHandler, running

TENANT = "11111111-2222-3333-4444-555555555555"
LOGIN = "https://login.microsoftonline.com"
GRAPH = "https://graph.microsoft.com"


class FakeMicrosoft:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str, Any]] = []
        self.messages = {"AAMk-original": "<p>Bonjour, ma question…</p>"}
        self.refuse_obo = False
        self.patch_status = 200
        outer = self

        class Handler(QuietHandler):

            def do_GET(self) -> None:
                outer.calls.append(("GET", self.path, None))
                if self.path.startswith(f"/{TENANT}/v2.0/.well-known/openid-configuration"):
                    self.answer_json(200, {
                        "token_endpoint": f"{LOGIN}/{TENANT}/oauth2/v2.0/token",
                        "authorization_endpoint": f"{LOGIN}/{TENANT}/oauth2/v2.0/authorize",
                        "issuer": f"{LOGIN}/{TENANT}/v2.0"})
                elif self.path.startswith("/common/discovery/instance"):
                    self.answer_json(200, {"tenant_discovery_endpoint":
                                     f"{LOGIN}/{TENANT}/v2.0/.well-known/openid-configuration",
                                     "metadata": []})
                else:
                    self.answer_json(404, {"error": {"code": "NotFound"}})

            def do_POST(self) -> None:
                raw = self.body()
                if self.path == f"/{TENANT}/oauth2/v2.0/token":
                    form = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
                    outer.calls.append(("POST", self.path, form))
                    if outer.refuse_obo:
                        self.answer_json(400, {"error": "invalid_grant",
                                         "error_description": "AADSTS50013: assertion expired"})
                        return
                    self.answer_json(200, {"access_token": "graph-token", "token_type": "Bearer",
                                     "expires_in": 3600})
                    return
                outer.calls.append(("POST", self.path, self.headers.get("Authorization")))
                _, _, tail = self.path.partition("/v1.0/me/messages/")
                msg_id = tail.removesuffix("/createReply")
                if msg_id not in outer.messages:
                    self.answer_json(404, {"error": {"code": "ErrorItemNotFound"}})
                    return
                self.answer_json(201, {"id": "AAMk-draft", "isDraft": True, "body": {
                    "contentType": "html", "content": f"<hr>{outer.messages[msg_id]}"}})

            def do_PATCH(self) -> None:
                outer.calls.append(("PATCH", self.path, json.loads(self.body())))
                if outer.patch_status != 200:
                    self.answer_json(outer.patch_status, {"error": {"code": "ErrorQuotaExceeded"}})
                    return
                self.answer_json(200, {"id": "AAMk-draft"})

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"


class ToLocal(HTTPAdapter):
    """Send the HTTPS requests for Microsoft's hosts to the local server instead."""

    def __init__(self, local: str) -> None:
        super().__init__()
        self.local = local

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        for host in (LOGIN, GRAPH):
            if request.url and request.url.startswith(host):
                request.url = self.local + request.url[len(host):]
        return super().send(request, **kwargs)


def reply(message_id: str, html: str = "<p>x</p>") -> Reply:
    return Reply(to="", subject="", text="x", html=html, message_id=message_id)


@pytest.fixture()
def fake() -> Iterator[FakeMicrosoft]:
    server = FakeMicrosoft()
    with running(server.httpd):
        yield server


@pytest.fixture()
def graph(fake: FakeMicrosoft) -> GraphDrafts:
    session = requests.Session()
    adapter = ToLocal(fake.url)
    session.mount(LOGIN, adapter)
    session.mount(GRAPH, adapter)
    return GraphDrafts(GraphSettings("api-client-id", "api-secret"), http=session)


def test_on_behalf_of_then_create_reply_then_patch(fake: FakeMicrosoft,
                                                   graph: GraphDrafts) -> None:
    draft_id = graph.save(reply("AAMk-original", "<p>Madame, Monsieur,</p>"),
                          Caller("user-token", TENANT))
    assert draft_id == "AAMk-draft"
    token = next(c for c in fake.calls if c[1].endswith("/oauth2/v2.0/token"))[2]
    assert token["grant_type"] == "urn:ietf:params:oauth:grant-type:jwt-bearer"
    assert token["assertion"] == "user-token" and token["requested_token_use"] == "on_behalf_of"
    assert "https://graph.microsoft.com/Mail.ReadWrite" in token["scope"]
    assert token["client_id"] == "api-client-id"
    create = next(c for c in fake.calls if c[1].endswith("/createReply"))
    assert create[1] == "/v1.0/me/messages/AAMk-original/createReply"
    assert create[2] == "Bearer graph-token"
    patch = next(c for c in fake.calls if c[0] == "PATCH")
    assert patch[1] == "/v1.0/me/messages/AAMk-draft"
    assert patch[2]["body"]["content"].startswith("<p>Madame, Monsieur,</p><br><hr>")
    assert "ma question" in patch[2]["body"]["content"]  # the thread stays quoted
    assert not any("/send" in c[1] for c in fake.calls)  # never sends


def test_refusals_are_clear_errors(fake: FakeMicrosoft, graph: GraphDrafts) -> None:
    with pytest.raises(ConnectorError) as gone:
        graph.save(reply("AAMk-deleted"), Caller("user-token", TENANT))
    assert gone.value.code == "message_gone" and gone.value.status == 404
    fake.patch_status = 507
    with pytest.raises(ConnectorError) as full:
        graph.save(reply("AAMk-original"), Caller("user-token", TENANT))
    assert full.value.code == "mailbox_full"
    fake.refuse_obo = True
    other = GraphDrafts(graph.s, http=graph.http)  # no cached token
    with pytest.raises(ConnectorError) as refused:
        other.save(reply("AAMk-original"), Caller("expired-token", TENANT))
    assert refused.value.code == "mail_auth_refused" and "AADSTS50013" in refused.value.detail


def test_graph_needs_the_agent_and_the_message(graph: GraphDrafts) -> None:
    with pytest.raises(ConnectorError) as anonymous:
        graph.save(reply("AAMk-original"), None)
    assert anonymous.value.code == "mail_auth_refused"
    with pytest.raises(ConnectorError) as no_id:
        graph.save(Reply(to="", subject="", text="x", html="x"), Caller("t", TENANT))
    assert no_id.value.code == "invalid_reply" and no_id.value.status == 400


def test_the_drafts_route_acts_on_behalf_of_the_signed_in_agent(
        fake: FakeMicrosoft, graph: GraphDrafts, jwks: Jwks, tmp_path: Path,
        edge_kb: KnowledgeBase, api_anonymiser: Anonymiser) -> None:
    settings = api_settings(tmp_path, SRDT_AUTH_MODE="entra", ENTRA_CLIENT_ID=CLIENT_ID,
                            ENTRA_TENANT_IDS=AUTH_TENANT, ENTRA_JWKS_URL=jwks.url,
                            SRDT_DRAFTS_CONNECTOR="graph", ENTRA_CLIENT_SECRET="s")
    client = make_api(settings, edge_kb, api_anonymiser, drafts=graph).test_client()
    agent = token()
    resp = client.post("/api/v1/drafts", headers={"Authorization": f"Bearer {agent}"},
                       json={"message_id": "AAMk-original", "text": "x", "html": "<p>Bonjour</p>"})
    assert resp.status_code == 201, resp.get_json()
    assert resp.get_json() == {"saved": True, "connector": "graph", "message_id": "AAMk-draft"}
    obo = next(c for c in fake.calls if c[1].endswith("/oauth2/v2.0/token"))[2]
    assert obo["assertion"] == agent  # the agent's own token, exchanged
    gone = client.post("/api/v1/drafts", headers={"Authorization": f"Bearer {agent}"},
                       json={"message_id": "AAMk-deleted", "text": "x"})
    assert gone.status_code == 404 and gone.get_json()["code"] == "message_gone"


def test_graph_drafts_need_entra_sign_in(tmp_path: Path) -> None:
    from api.services import draft_store

    with pytest.raises(ValueError, match="SRDT_AUTH_MODE=entra"):
        draft_store(api_settings(tmp_path, SRDT_DRAFTS_CONNECTOR="graph"))
    with pytest.raises(ValueError, match="IMAP_HOST"):
        draft_store(api_settings(tmp_path, SRDT_DRAFTS_CONNECTOR="imap"))
    with pytest.raises(ValueError, match="EWS_URL"):
        draft_store(api_settings(tmp_path, SRDT_DRAFTS_CONNECTOR="ews"))
    ews = draft_store(api_settings(tmp_path, SRDT_DRAFTS_CONNECTOR="ews", EWS_URL="https://x",
                                   EWS_USER="u", EWS_PASSWORD="p", EWS_MAILBOX="m@x.fr"))
    assert ews is not None and ews.name == "ews"
