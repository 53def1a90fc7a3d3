"""Microsoft Graph: on behalf of the signed-in agent (their Entra ID token for our API is
exchanged for a Graph token with msal), `createReply` on the usager's message, then `PATCH`
of the draft's body with ours above the quoted thread. Nothing is sent."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import requests

from . import Caller, ConnectorError, Reply


@dataclass(frozen=True)
class GraphSettings:
    client_id: str
    client_secret: str
    authority_host: str = "https://login.microsoftonline.com"
    graph_url: str = "https://graph.microsoft.com/v1.0"
    scope: str = "https://graph.microsoft.com/Mail.ReadWrite"
    timeout_s: float = 15.0


def _failed(resp: requests.Response, what: str) -> ConnectorError:
    try:
        error = resp.json().get("error", {})
    except ValueError:
        error = {}
    code = str(error.get("code") or resp.status_code)
    detail = f"{what}: HTTP {resp.status_code} {code}"
    if resp.status_code in (401, 403):
        return ConnectorError("mail_auth_refused", "Microsoft 365 a refusé l'accès à la boîte "
                              "aux lettres.", detail)
    if resp.status_code == 404:
        return ConnectorError("message_gone", "Le message d'origine n'existe plus (supprimé ou "
                              "déplacé) : le brouillon n'a pas pu être créé.", detail, 404)
    if resp.status_code == 507 or "quota" in code.lower():
        return ConnectorError("mailbox_full", "La boîte aux lettres est pleine : le brouillon "
                              "n'a pas pu être enregistré.", detail)
    return ConnectorError("graph_error", "Microsoft 365 n'a pas pu enregistrer le brouillon.",
                          detail, 503 if resp.status_code >= 500 else 502)


class GraphDrafts:
    name = "graph"

    def __init__(self, settings: GraphSettings, http: requests.Session | None = None) -> None:
        self.s = settings
        self.http = http or requests.Session()
        self._apps: dict[str, Any] = {}

    def _app(self, tenant: str) -> Any:
        import msal

        if tenant not in self._apps:  # one per tenant: msal caches its tokens there
            self._apps[tenant] = msal.ConfidentialClientApplication(
                self.s.client_id, client_credential=self.s.client_secret,
                authority=f"{self.s.authority_host}/{tenant}", http_client=self.http,
                timeout=self.s.timeout_s)
        return self._apps[tenant]

    def graph_token(self, user_token: str, tenant: str) -> str:
        try:
            result = self._app(tenant).acquire_token_on_behalf_of(user_token, [self.s.scope])
        except (requests.RequestException, ValueError) as exc:
            raise ConnectorError("mail_server_unreachable", "Microsoft 365 est injoignable.",
                                 f"{exc.__class__.__name__}: {exc}", 503) from exc
        if "access_token" not in result:
            raise ConnectorError("mail_auth_refused", "Microsoft 365 a refusé d'agir en votre "
                                 "nom : reconnectez-vous.",
                                 f"OBO: {result.get('error')}: "
                                 f"{str(result.get('error_description'))[:200]}")
        return str(result["access_token"])

    def save(self, reply: Reply, caller: Caller | None) -> str:
        """Create the reply draft; returns its Graph id."""
        if caller is None:
            raise ConnectorError("mail_auth_refused", "Connectez-vous avec votre compte "
                                 "Microsoft 365 pour enregistrer le brouillon.",
                                 "Graph drafts need SRDT_AUTH_MODE=entra", 401)
        if not reply.message_id:
            raise ConnectorError("invalid_reply", "Le message d'origine n'est pas indiqué.",
                                 "`message_id` is required for Graph drafts", 400)
        message_id, html = reply.message_id, reply.html or reply.text
        token = self.graph_token(caller.token, caller.tenant)
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        base = self.s.graph_url
        try:
            created = self.http.post(f"{base}/me/messages/{quote(message_id, safe='')}/createReply",
                                     headers=headers, json={}, timeout=self.s.timeout_s)
            if created.status_code != 201:
                raise _failed(created, "createReply")
            draft = created.json()
            quoted = (draft.get("body") or {}).get("content") or ""
            patched = self.http.patch(f"{base}/me/messages/{quote(draft['id'], safe='')}",
                                      headers=headers, timeout=self.s.timeout_s,
                                      json={"body": {"contentType": "HTML",
                                                     "content": f"{html}<br>{quoted}"}})
            if patched.status_code != 200:
                raise _failed(patched, "PATCH body")
        except requests.RequestException as exc:
            raise ConnectorError("mail_server_unreachable", "Microsoft 365 est injoignable.",
                                 f"{exc.__class__.__name__}: {exc}", 503) from exc
        return str(draft["id"])
