"""Microsoft Entra ID tokens, validated offline: an RSA key made in the test and its JWKS
served on 127.0.0.1 (PyJWT fetches with urllib, so only a real server exercises that path)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import jwt
import pytest
from flask.testing import FlaskClient

from assistant.anonymise import Anonymiser
from corpus.kb import KnowledgeBase
from tests.conftest import api_settings, make_api
from tests.entra import CLIENT_ID, GRAPH, OTHER_KEY, TENANT, Jwks, token


@pytest.fixture()
def client(tmp_path: Path, edge_kb: KnowledgeBase, api_anonymiser: Anonymiser,
           jwks: Jwks) -> FlaskClient:
    settings = api_settings(tmp_path, SRDT_AUTH_MODE="entra", ENTRA_CLIENT_ID=CLIENT_ID,
                            ENTRA_TENANT_IDS=f"{TENANT},other-tenant", ENTRA_JWKS_URL=jwks.url)
    return make_api(settings, edge_kb, api_anonymiser).test_client()


def call(client: FlaskClient, tok: str | None, path: str = "/api/v1/conventions?q=syntec") -> Any:
    headers = {"Authorization": f"Bearer {tok}"} if tok else {}
    return client.get(path, headers=headers)


def test_a_valid_token_is_accepted(client: FlaskClient) -> None:
    resp = call(client, token())
    assert resp.status_code == 200, resp.get_json()
    assert call(client, token(aud=f"api://{CLIENT_ID}")).status_code == 200


@pytest.mark.parametrize("make, status, code", [
    (lambda: None, 401, "missing_token"),
    (lambda: token(exp=int(time.time()) - 600), 401, "token_expired"),
    (lambda: token(aud="some-other-api"), 401, "wrong_audience"),
    (lambda: token(iss="https://sts.windows.net/" + TENANT + "/"), 401, "wrong_issuer"),
    (lambda: token(key=OTHER_KEY), 401, "invalid_token"),
    (lambda: token(kid="unknown-kid"), 401, "invalid_token"),
    (lambda: token(scp="User.Read"), 403, "missing_scope"),
    (lambda: token(aud=GRAPH, scp="Mail.Read"), 401, "graph_token"),
    (lambda: token(tid="99999999-0000-0000-0000-000000000000",
                   iss="https://login.microsoftonline.com/99999999-0000-0000-0000-000000000000/v2.0"),
     403, "tenant_not_allowed"),
    (lambda: token(iat=None), 401, "invalid_token"),
    (lambda: jwt.encode({"aud": CLIENT_ID, "tid": TENANT}, "a-shared-secret-of-more-than-32-bytes",
                        algorithm="HS256"), 401, "invalid_token"),
    (lambda: "not-a-jwt", 401, "invalid_token"),
])
def test_bad_tokens_are_refused_with_their_code(client: FlaskClient, make: Any, status: int,
                                                code: str) -> None:
    resp = call(client, make())
    body = resp.get_json()
    assert resp.status_code == status, body
    assert body["code"] == code and body["message"]


def test_stats_need_the_manager_role(client: FlaskClient) -> None:
    assert call(client, token(), "/api/v1/stats").status_code == 403
    manager = token(scp=None, roles=["Stats.Read"])
    assert call(client, manager, "/api/v1/stats").status_code == 200


def test_the_jwks_is_fetched_once_and_cached(client: FlaskClient, jwks: Jwks) -> None:
    before = jwks.hits
    for _ in range(3):
        assert call(client, token()).status_code == 200
    assert jwks.hits - before <= 1


def test_entra_mode_needs_its_settings(tmp_path: Path, edge_kb: KnowledgeBase,
                                       api_anonymiser: Anonymiser) -> None:
    with pytest.raises(ValueError, match="ENTRA_CLIENT_ID"):
        make_api(api_settings(tmp_path, SRDT_AUTH_MODE="entra"), edge_kb, api_anonymiser)
    with pytest.raises(ValueError, match="SRDT_AUTH_MODE"):
        make_api(api_settings(tmp_path, SRDT_AUTH_MODE="open"), edge_kb, api_anonymiser)


def test_development_mode_is_open_and_says_so(tmp_path: Path, edge_kb: KnowledgeBase,
                                              api_anonymiser: Anonymiser,
                                              caplog: pytest.LogCaptureFixture) -> None:
    app = make_api(api_settings(tmp_path, SRDT_AUTH_MODE="none"), edge_kb, api_anonymiser)
    assert "AUTHENTICATION IS OFF" in caplog.text
    assert app.test_client().get("/api/v1/conventions?q=syntec").status_code == 200
