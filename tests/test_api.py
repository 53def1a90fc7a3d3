"""The HTTP API through Flask's test client: routes, errors, storage, limits, streams."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from api.routes.suggestions import DeltaRestorer, _waiting_deltas
from api.storage import (
    ApiKey,
    AuditRecord,
    FeedbackRecord,
    Storage,
    SuggestionRecord,
    hash_key,
    now,
)
from assistant.anonymise import Anonymiser
from assistant.llm import MistralDrafter
from corpus.kb import KnowledgeBase
from tests.conftest import api_settings, make_api
from tests.fake_mistral import FakeMistral

EMAILS = Path(__file__).parent / "fixtures" / "emails"
SYNTEC = json.loads((EMAILS / "c02-essai-cadre-syntec.json").read_text(encoding="utf-8"))
NAMED = {"subject": "Question de Sophie Lefèvre", "from": "Sophie Lefèvre <s.lefevre@x.fr>",
         "body_text": "Je suis Sophie Lefèvre (06 12 34 56 78), vendeuse. Combien de jours de "
                      "congés payés ai-je par an ?\nCordialement,\nSophie Lefèvre"}
PERSONAL = ("Lefèvre", "Sophie", "06 12 34 56 78", "s.lefevre")


class Api:
    """A test app with an agent key and a manager key."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self.client: FlaskClient = app.test_client()
        self.storage: Storage = app.extensions["srdt"].storage
        self.key = self.storage.create_key("lyon")
        self.manager_key = self.storage.create_key("lyon", role="manager")

    def headers(self, manager: bool = False, **extra: str) -> dict[str, str]:
        return {"X-API-Key": self.manager_key if manager else self.key,
                "X-SRDT-User": "agent@dreets.gouv.fr", "X-SRDT-Service": "DREETS 69", **extra}

    def post(self, path: str, manager: bool = False, **kw: Any) -> Any:
        return self.client.post(path, headers=self.headers(manager), **kw)

    def get(self, path: str, manager: bool = False, **kw: Any) -> Any:
        return self.client.get(path, headers=self.headers(manager), **kw)


@pytest.fixture()
def api(tmp_path: Path, edge_kb: KnowledgeBase, api_anonymiser: Anonymiser) -> Iterator[Api]:
    yield Api(make_api(api_settings(tmp_path), edge_kb, api_anonymiser))


def error_of(resp: Any) -> dict[str, Any]:
    body = resp.get_json()
    assert resp.mimetype == "application/json", resp.data[:200]
    assert set(body) == {"code", "message", "detail"}
    return dict(body)


# --- health and documentation ---------------------------------------------------------------

def test_health_readiness_and_metrics(api: Api) -> None:
    assert api.client.get("/healthz").get_json() == {"status": "ok"}
    ready = api.client.get("/readyz")
    body = ready.get_json()
    assert ready.status_code == 200 and body["status"] == "ready"
    assert body["checks"]["index"]["ok"] and body["checks"]["index"]["points"] > 100
    assert body["checks"]["database"] == {"ok": True, "dialect": "sqlite"}
    assert body["checks"]["llm"]["mode"] == "offline"
    metrics = api.client.get("/metrics")
    assert metrics.status_code == 200
    assert 'srdt_http_requests_total{method="GET",route="/readyz",status="200"} 1.0' in \
        metrics.get_data(as_text=True)


def test_openapi_lists_exactly_the_routes(api: Api) -> None:
    doc = api.client.get("/api/v1/openapi.json").get_json()
    assert doc["openapi"].startswith("3.1")
    documented = {(path, method.upper()) for path, ops in doc["paths"].items() for method in ops}
    served = set()
    for rule in api.app.url_map.iter_rules():
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        served |= {(path, m) for m in rule.methods or () if m not in ("HEAD", "OPTIONS")}
    assert documented == served
    assert doc["servers"] == [{"url": "https://srdt.example.gouv.fr"}]


# --- suggestions ----------------------------------------------------------------------------

def test_a_json_email_gets_a_recorded_suggestion(api: Api) -> None:
    resp = api.post("/api/v1/suggestions", json={"email": NAMED})
    assert resp.status_code == 201, resp.data[:300]
    body = resp.get_json()
    uuid.UUID(body["id"])
    assert body["draft"]["mode"] == "offline" and body["draft"]["text"]
    assert body["sources"] and body["classification"]["themes"][0]["id"] == "conges_payes"
    assert body["anonymisation"]["masked"]["PERSONNE"] >= 1
    with api.storage.session() as s:
        row = s.get(SuggestionRecord, body["id"])
        assert row is not None
        assert row.themes[0] == "conges_payes" and row.service == "DREETS 69"
        assert row.n_sources == len(body["sources"]) and row.mode == "offline"
        assert row.user_hash != "agent@dreets.gouv.fr" and len(row.user_hash) == 64
        assert row.anonymised_text and "[PERSONNE_1]" in row.anonymised_text
        stored = json.dumps([row.anonymised_text, row.masked, row.themes], ensure_ascii=False)
    for value in PERSONAL:
        assert value not in stored


def test_nothing_is_stored_as_text_when_disabled(tmp_path: Path, edge_kb: KnowledgeBase,
                                                 api_anonymiser: Anonymiser) -> None:
    api = Api(make_api(api_settings(tmp_path, SRDT_STORE_TEXT="0"), edge_kb, api_anonymiser))
    sid = api.post("/api/v1/suggestions", json={"email": NAMED}).get_json()["id"]
    with api.storage.session() as s:
        row = s.get(SuggestionRecord, sid)
        assert row is not None and row.anonymised_text is None


def test_a_raw_mime_message_with_options_in_the_query(api: Api) -> None:
    raw = (EMAILS / "intake-plain.eml").read_bytes()
    short = api.post("/api/v1/suggestions?length=short&idcc=1486", data=raw,
                     content_type="message/rfc822")
    assert short.status_code == 201, short.data[:300]
    assert short.get_json()["classification"]["idcc"] == 1486
    long = api.post("/api/v1/suggestions?length=detailed", data=raw,
                    content_type="message/rfc822")
    assert len(long.get_json()["draft"]["text"]) > len(short.get_json()["draft"]["text"])


def test_options_are_validated_and_applied(api: Api) -> None:
    bad = api.post("/api/v1/suggestions", json={"email": SYNTEC, "options": {"length": "huge"}})
    assert bad.status_code == 400 and error_of(bad)["code"] == "invalid_request"
    bad = api.post("/api/v1/suggestions", json={"email": SYNTEC,
                                                 "options": {"exclude_sources": ["blog"]}})
    assert bad.status_code == 400 and "blog" in error_of(bad)["detail"]
    full = api.post("/api/v1/suggestions", json={"email": SYNTEC}).get_json()
    kinds = {s["source"] for s in full["sources"]}
    left_out = sorted(kinds)[0]
    narrower = api.post("/api/v1/suggestions", json={
        "email": SYNTEC, "options": {"exclude_sources": [left_out], "disclosure": False}})
    assert left_out not in {s["source"] for s in narrower.get_json()["sources"]}
    one = full["sources"][0]["id"]
    without = api.post("/api/v1/suggestions", json={"email": SYNTEC,
                                                      "options": {"exclude_ids": [one]}})
    assert one not in {s["id"] for s in without.get_json()["sources"]}


LEAVING = {"subject": "Je m'en vais",
           "body_text": "Une autre place m'attend et je veux m'en aller de ma boîte, où je "
                        "suis en CDI depuis 4 ans comme comptable. Au bout de combien de semaines "
                        "pourrai-je commencer ailleurs ?"}
IN_THE_LAW_S_WORDS = "Quelle est la durée du préavis de démission d'un salarié en CDI ?"


def test_the_agent_s_wording_of_the_question_is_searched(api: Api) -> None:
    plain = api.post("/api/v1/suggestions", json={"email": LEAVING}).get_json()
    assert "L1237-1" not in {s["article_num"] for s in plain["sources"]}
    worded = api.post("/api/v1/suggestions", json={"email": LEAVING, "options": {
        "questions": [IN_THE_LAW_S_WORDS, "  "]}}).get_json()
    assert worded["classification"]["questions"] == [IN_THE_LAW_S_WORDS]
    assert "L1237-1" in {s["article_num"] for s in worded["sources"]}
    assert "L1237-1" in worded["draft"]["text"]
    mime = (f"Subject: {LEAVING['subject']}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            f"{LEAVING['body_text']}")
    raw = api.post("/api/v1/classify", json={"mime": mime, "options": {
        "questions": [IN_THE_LAW_S_WORDS]}}).get_json()
    assert raw["classification"]["questions"] == [IN_THE_LAW_S_WORDS]
    # a name the agent typed is masked like the mail's, then left out of the search
    named = api.post("/api/v1/classify", json={"email": NAMED, "options": {
        "questions": ["Combien de jours de congés payés pour Sophie Lefèvre ?"]}}).get_json()
    assert named["classification"]["questions"] == ["Combien de jours de congés payés pour ?"]


@pytest.mark.parametrize("kwargs, status, code", [
    ({"json": {"email": {"subject": "", "body_text": "  "}}}, 400, "empty_email"),
    ({"json": {"email": SYNTEC, "options": {"questions": "préavis ?"}}}, 400, "invalid_request"),
    ({"json": {"email": SYNTEC, "options": {"questions": ["a ?"] * 5}}}, 400, "invalid_request"),
    ({"json": {"email": SYNTEC, "options": {"questions": ["x" * 301]}}}, 400, "invalid_request"),
    ({"data": b"{not json", "content_type": "application/json"}, 400, "invalid_json"),
    ({"json": {"something": 1}}, 400, "invalid_request"),
    ({"json": {"email": SYNTEC, "options": {"idcc": "abc"}}}, 400, "invalid_request"),
    ({"json": {"email": SYNTEC, "options": {"exclude_ids": ["\r"]}}}, 400, "invalid_request"),
    ({"data": b"Subject: x\r\n\r\nBonjour", "content_type": "message/rfc822",
      "query_string": {"exclude_ids": "not-a-uuid"}}, 400, "invalid_request"),
    ({"data": b"hello", "content_type": "image/png"}, 415, "unsupported_media_type"),
    ({"data": (EMAILS / "intake-broken-mime.eml").read_bytes(),
      "content_type": "message/rfc822"}, 201, None),
])
def test_bad_input_gets_a_json_error(api: Api, kwargs: dict[str, Any], status: int,
                                     code: str | None) -> None:
    resp = api.post("/api/v1/suggestions", **kwargs)
    assert resp.status_code == status, resp.data[:300]
    if code:
        err = error_of(resp)
        assert err["code"] == code and err["message"]


def test_a_request_over_the_size_limit_is_refused_in_french(tmp_path: Path, edge_kb: KnowledgeBase,
                                                            api_anonymiser: Anonymiser) -> None:
    api = Api(make_api(api_settings(tmp_path, SRDT_MAX_REQUEST_MB="1"), edge_kb, api_anonymiser))
    big = b"Subject: gros\r\n\r\n" + b"x" * (1024 * 1024 + 10)
    resp = api.post("/api/v1/suggestions", data=big, content_type="message/rfc822")
    err = error_of(resp)
    assert resp.status_code == 413 and err["code"] == "payload_too_large"
    assert "1 Mo" in err["message"]


def test_unknown_routes_and_methods_are_json(api: Api) -> None:
    missing = api.get("/api/v1/nothing")
    assert missing.status_code == 404 and error_of(missing)["code"] == "not_found"
    wrong = api.client.delete("/api/v1/suggestions", headers=api.headers())
    assert wrong.status_code == 405 and error_of(wrong)["code"] == "method_not_allowed"


# --- look-ups -------------------------------------------------------------------------------

def test_classify_search_article_and_conventions(api: Api) -> None:
    analysis = api.post("/api/v1/classify", json={"email": SYNTEC})
    body = analysis.get_json()
    assert analysis.status_code == 200 and body["classification"]["idcc"] == 1486
    assert body["sources"] and "draft" not in body
    hits = api.get("/api/v1/search", query_string={"q": "période d'essai cadre", "k": 3})
    assert hits.status_code == 200 and len(hits.get_json()["hits"]) == 3
    only = api.get("/api/v1/search", query_string={"q": "préavis", "source": "code_du_travail"})
    assert {h["source"] for h in only.get_json()["hits"]} == {"code_du_travail"}
    assert error_of(api.get("/api/v1/search"))["code"] == "invalid_request"
    art = api.get("/api/v1/articles/L. 1221-19")
    assert art.status_code == 200 and art.get_json()["num"] == "L1221-19"
    assert "essai" in art.get_json()["text"]
    gone = api.get("/api/v1/articles/L9999-99")
    assert gone.status_code == 404 and error_of(gone)["code"] == "article_not_found"
    conv = api.get("/api/v1/conventions", query_string={"q": "syntec"}).get_json()
    assert conv["conventions"][0]["idcc"] == 1486
    by_number = api.get("/api/v1/conventions", query_string={"q": "1486"}).get_json()
    assert [c["idcc"] for c in by_number["conventions"]] == [1486]


# --- feedback and statistics ----------------------------------------------------------------

def test_feedback_becomes_an_edit_ratio_and_statistics(api: Api) -> None:
    first = api.post("/api/v1/suggestions", json={"email": SYNTEC}).get_json()
    second = api.post("/api/v1/suggestions", json={"email": NAMED}).get_json()
    final = first["draft"]["text"].replace("Madame, Monsieur", "Monsieur") + "\nÀ bientôt."
    fb = api.post(f"/api/v1/suggestions/{first['id']}/feedback",
                  json={"rating": "up", "final_text": final})
    assert fb.status_code == 201
    ratio = fb.get_json()["edit_ratio"]
    assert 0 < ratio < 0.2
    same = api.post(f"/api/v1/suggestions/{second['id']}/feedback",
                    json={"rating": "down", "reasons": ["incomplete", "unclear"],
                          "used": False})
    assert same.status_code == 201 and same.get_json()["edit_ratio"] is None
    with api.storage.session() as s:
        rows = s.query(FeedbackRecord).all()
        assert sorted(r.rating or "" for r in rows) == ["down", "up"]
        assert all(not hasattr(r, "final_text") for r in rows)
    bad = api.post(f"/api/v1/suggestions/{first['id']}/feedback", json={"reasons": ["rude"]})
    assert bad.status_code == 400
    unknown = api.post(f"/api/v1/suggestions/{uuid.uuid4()}/feedback", json={"used": True})
    assert unknown.status_code == 404 and error_of(unknown)["code"] == "suggestion_not_found"

    refused = api.get("/api/v1/stats")
    assert refused.status_code == 403 and error_of(refused)["code"] == "forbidden"
    stats = api.get("/api/v1/stats", manager=True).get_json()
    assert stats["suggestions"] == 2 and stats["used_share"] == 0.5
    assert stats["mean_edit_ratio"] == ratio and stats["thumbs_up_share"] == 0.5
    assert stats["median_time_to_draft_ms"] > 0
    assert sum(d["suggestions"] for d in stats["per_day"]) == 2
    themes = {t["theme"]: t["suggestions"] for t in stats["per_theme"]}
    assert themes.get("conges_payes") == 1
    assert [g["group"] for g in stats["groups"]] == ["DREETS 69"]
    by_site = api.get("/api/v1/stats?group_by=site", manager=True).get_json()
    assert by_site["groups"][0]["group"] == "lyon"
    empty = api.get("/api/v1/stats?from=2020-01-01&to=2020-01-31", manager=True).get_json()
    assert empty["suggestions"] == 0 and empty["used_share"] is None
    assert api.get("/api/v1/stats?from=2020-13-01", manager=True).status_code == 400


def test_the_articles_of_the_agents_replies_measure_the_drafts(api: Api) -> None:
    """The numbers the reply names are kept (never its text); the stats compare them with the
    draft's, and say whether the sources held the article the agent chose instead."""
    first = api.post("/api/v1/suggestions", json={"email": SYNTEC}).get_json()
    draft_articles = sorted({a + b for a, b in re.findall(r"\b([LRD])\.? ?(\d{4}-\d+(?:-\d+)?)\b",
                                                          first["draft"]["text"])})
    assert draft_articles, first["draft"]["text"]
    offered = [s["article_num"] for s in first["sources"] if s["article_num"]]
    other = next(n for n in offered if n not in draft_articles)
    reply = (f"Bonjour,\nSelon l'article {other[0]}. {other[1:]} du Code du travail, et non "
             "l'article L. 323-3-1 du code de la sécurité sociale ni l'article L9999-99.")
    fb = api.post(f"/api/v1/suggestions/{first['id']}/feedback",
                  json={"final_text": reply}).get_json()
    assert sorted(fb["articles"]["draft"]) == draft_articles
    assert fb["articles"]["reply"] == [other]
    with api.storage.session() as s:
        row = s.query(SuggestionRecord).one()
        assert row.source_articles == [n for n in offered if n[0] in "LRD"]
    second = api.post("/api/v1/suggestions", json={"email": SYNTEC}).get_json()
    # as Outlook gives a reply's body: the usager's mail quoted below, with its own numbers
    quoted = (f"{second['draft']['text']}\n\nDe : Thomas Garcia\nEnvoyé : lundi\n"
              f"Objet : essai\n\nMon employeur cite l'article {other}.")
    kept = api.post(f"/api/v1/suggestions/{second['id']}/feedback",
                    json={"final_text": quoted}).get_json()
    assert kept["articles"]["reply"] == kept["articles"]["draft"] and kept["edit_ratio"] == 0
    assert api.post(f"/api/v1/suggestions/{second['id']}/feedback",
                    json={"rating": "up"}).get_json()["articles"] is None
    api.app.extensions["srdt"].kv.put(f"draft:{second['id']}", "", -1)  # the window is over
    late = api.post(f"/api/v1/suggestions/{second['id']}/feedback",
                    json={"final_text": reply}).get_json()
    assert late["articles"] == {"draft": None, "reply": [other]}

    articles = api.get("/api/v1/stats", manager=True).get_json()["articles"]
    # the second suggestion's last reply is the late one: it cannot be compared
    assert articles["replies_compared"] == 1
    assert articles["kept_share"] == 0.0 and articles["added_share"] == 1.0
    assert articles["added_among_sources_share"] == 1.0
    assert articles["added"] == [{"article": other, "replies": 1, "among_sources": 1,
                                  "instead_of": [fb["articles"]["draft"][0]]}]


def test_purge_deletes_what_is_older_than_the_retention(api: Api) -> None:
    old = api.post("/api/v1/suggestions", json={"email": SYNTEC}).get_json()["id"]
    new = api.post("/api/v1/suggestions", json={"email": SYNTEC}).get_json()["id"]
    api.post(f"/api/v1/suggestions/{old}/feedback", json={"used": True})
    with api.storage.session() as s:
        row = s.get(SuggestionRecord, old)
        assert row is not None
        row.created_at = now() - timedelta(days=100)
    counts = api.storage.purge(90)
    assert counts == {"suggestions": 1, "feedback": 1, "audit": 0}
    assert not api.storage.suggestion_exists(old) and api.storage.suggestion_exists(new)


# --- identity, limits, CORS -----------------------------------------------------------------

def test_api_keys_are_required_and_can_be_revoked(api: Api) -> None:
    none = api.client.post("/api/v1/classify", json={"email": SYNTEC})
    assert none.status_code == 401 and error_of(none)["code"] == "missing_token"
    assert "Bearer" in none.headers["WWW-Authenticate"]
    wrong = api.client.get("/api/v1/conventions?q=syntec", headers={"X-API-Key": "srdt_nope"})
    assert wrong.status_code == 401 and error_of(wrong)["code"] == "invalid_api_key"
    bearer = api.client.get("/api/v1/conventions?q=syntec",
                            headers={"Authorization": f"Bearer {api.key}"})
    assert bearer.status_code == 200
    assert api.storage.revoke_keys(api.key[:12]) == 1
    revoked = api.client.get("/api/v1/conventions?q=syntec", headers={"X-API-Key": api.key})
    assert revoked.status_code == 401
    assert [k["revoked"] for k in api.storage.list_keys()] == [True, False]
    with api.storage.session() as s:
        stored = [(k.key_hash, k.prefix) for k in s.query(ApiKey)]
    assert all(api.key not in row for row in stored)
    assert stored[0] == (hash_key(api.key), api.key[:12])


def test_rate_limit_per_user_with_retry_after(tmp_path: Path, edge_kb: KnowledgeBase,
                                              api_anonymiser: Anonymiser) -> None:
    api = Api(make_api(api_settings(tmp_path, SRDT_RATE_LIMIT_PER_MINUTE="2"), edge_kb,
                       api_anonymiser))
    for _ in range(2):
        assert api.post("/api/v1/classify", json={"email": SYNTEC}).status_code == 200
    limited = api.post("/api/v1/classify", json={"email": SYNTEC})
    assert limited.status_code == 429 and error_of(limited)["code"] == "rate_limited"
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    other = api.client.post("/api/v1/classify", json={"email": SYNTEC},
                            headers=api.headers(**{"X-SRDT-User": "other@dreets.gouv.fr"}))
    assert other.status_code == 200  # the budget is per user
    lookups = [api.get("/api/v1/conventions?q=syntec").status_code for _ in range(20)]
    assert set(lookups) == {200}  # look-ups have ten times the budget


def test_cors_only_for_the_addin_origin(api: Api) -> None:
    ok = api.client.options("/api/v1/suggestions",
                            headers={"Origin": "https://srdt.example.gouv.fr",
                                     "Access-Control-Request-Method": "POST"})
    assert ok.status_code == 200
    assert ok.headers["Access-Control-Allow-Origin"] == "https://srdt.example.gouv.fr"
    assert "X-API-Key" in ok.headers["Access-Control-Allow-Headers"]
    other = api.client.options("/api/v1/suggestions", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in other.headers


# --- dependencies down ----------------------------------------------------------------------

def test_qdrant_down_gives_503_and_readyz_red(tmp_path: Path, api_anonymiser: Anonymiser) -> None:
    from corpus.dense import USEEmbedder
    from corpus.store import ServerStore

    down = KnowledgeBase(ServerStore.from_url("http://127.0.0.1:9"), tmp_path, USEEmbedder())
    api = Api(make_api(api_settings(tmp_path), down, api_anonymiser))
    resp = api.post("/api/v1/suggestions", json={"email": SYNTEC})
    err = error_of(resp)
    assert resp.status_code == 503 and err["code"] == "index_unavailable"
    assert resp.headers["Retry-After"] == "30" and "indisponible" in err["message"]
    ready = api.client.get("/readyz")
    assert ready.status_code == 503 and ready.get_json()["checks"]["index"]["ok"] is False


def test_database_down_gives_503(tmp_path: Path, edge_kb: KnowledgeBase,
                                 api_anonymiser: Anonymiser) -> None:
    settings = api_settings(tmp_path, DATABASE_URL="postgresql+psycopg://x@127.0.0.1:9/none",
                            SRDT_DB_AUTO_MIGRATE="0")
    api = make_api(settings, edge_kb, api_anonymiser)
    client = api.test_client()
    resp = client.post("/api/v1/suggestions", json={"email": SYNTEC},
                       headers={"X-API-Key": "srdt_whatever"})
    err = error_of(resp)
    assert resp.status_code == 503 and err["code"] == "database_unavailable"
    ready = client.get("/readyz").get_json()
    assert ready["status"] == "unavailable" and ready["checks"]["database"]["ok"] is False


# --- the language model ---------------------------------------------------------------------

@pytest.fixture()
def fake() -> Iterator[FakeMistral]:
    with FakeMistral().running() as server:
        yield server


def test_mistral_drafts_and_the_audit_trail_keeps_only_anonymised_text(
        tmp_path: Path, edge_kb: KnowledgeBase, api_anonymiser: Anonymiser,
        fake: FakeMistral) -> None:
    api = Api(make_api(api_settings(tmp_path), edge_kb, api_anonymiser,
                       drafter=MistralDrafter("k", fake.url, model="mistral-small-latest")))
    body = api.post("/api/v1/suggestions", json={"email": NAMED}).get_json()
    assert body["draft"]["mode"] == "mistral"
    with api.storage.session() as s:
        audit = s.query(AuditRecord).filter_by(suggestion_id=body["id"]).all()
        assert sorted(a.purpose for a in audit) == ["classify", "draft"]
        assert {a.model for a in audit} == {"mistral-small-latest"}
        texts = " ".join(a.text or "" for a in audit)
        row = s.get(SuggestionRecord, body["id"])
        assert row is not None and row.model == "mistral-small-latest"
    assert "[PERSONNE_1]" in texts
    for value in PERSONAL:
        assert value not in texts
    sent = json.dumps([r["body"] for r in fake.chat_requests], ensure_ascii=False)
    assert all(v not in sent for v in PERSONAL)


def test_a_model_timeout_falls_back_to_the_offline_draft(
        tmp_path: Path, edge_kb: KnowledgeBase, api_anonymiser: Anonymiser,
        fake: FakeMistral) -> None:
    fake.delay_s = 1.5
    api = Api(make_api(api_settings(tmp_path), edge_kb, api_anonymiser,
                       drafter=MistralDrafter("k", fake.url, timeout_s=0.5)))
    resp = api.post("/api/v1/suggestions", json={"email": SYNTEC})
    body = resp.get_json()
    assert resp.status_code == 201 and body["draft"]["mode"] == "offline"
    assert any("n'a pas répondu" in n for n in body["notes"])
    metrics = api.client.get("/metrics").get_data(as_text=True)
    assert "srdt_llm_fallbacks_total 1.0" in metrics


# --- streams --------------------------------------------------------------------------------

def parse_sse(raw: str) -> list[tuple[str, Any]]:
    events = []
    for block in raw.split("\n\n"):
        lines = [line for line in block.split("\n") if line and not line.startswith(":")]
        if not lines:
            continue
        name = lines[0].removeprefix("event: ")
        events.append((name, json.loads(lines[1].removeprefix("data: "))))
    return events


def test_offline_stream_sends_events_in_order(api: Api) -> None:
    resp = api.post("/api/v1/suggestions/stream", json={"email": SYNTEC})
    assert resp.status_code == 200 and resp.mimetype == "text/event-stream"
    events = parse_sse(resp.get_data(as_text=True))
    names = [n for n, _ in events]
    assert names[:2] == ["classification", "sources"] and names[-2:] == ["verification", "done"]
    assert set(names[2:-2]) == {"delta"}
    text = "".join(d["text"] for n, d in events if n == "delta")
    final = events[-2][1]["text"]
    assert text.strip() == final.strip()
    done = events[-1][1]
    assert done["draft"]["text"] == final and api.storage.suggestion_exists(done["id"])
    assert events[0][1]["idcc"] == 1486
    # the pane shows the early list: each source says why it is there, as the final one does
    early = {s["id"]: s["why"] for s in events[1][1]["sources"]}
    assert early == {s["id"]: s["why"] for s in done["sources"]} and all(early.values())


def test_the_sources_returned_are_the_ones_documented(api: Api) -> None:
    doc = api.client.get("/api/v1/openapi.json").get_json()
    documented = doc["components"]["schemas"]["Source"]["properties"]
    body = api.post("/api/v1/suggestions", json={"email": NAMED}).get_json()
    for source in body["sources"]:
        assert set(source) == set(documented)
        assert 1 <= len(source["why"]) <= documented["why"]["maxItems"]
    assert any(w.startswith("recherche sur « Combien de jours de congés payés")
               for s in body["sources"] for w in s["why"])


def test_mistral_stream_restores_names_in_the_deltas(
        tmp_path: Path, edge_kb: KnowledgeBase, api_anonymiser: Anonymiser,
        fake: FakeMistral) -> None:
    fake.words_per_chunk = 1
    fake.chunk_delay_s = 0.01  # at a model's pace: deltas that queue up are sent as one
    fake.reply = lambda messages: ("Madame [PERSONNE_1],\n\nVous avez droit à des congés [1]."
                                   "\n\nCordialement.")
    api = Api(make_api(api_settings(tmp_path), edge_kb, api_anonymiser,
                       drafter=MistralDrafter("k", fake.url)))
    events = parse_sse(api.post("/api/v1/suggestions/stream",
                                json={"email": NAMED}).get_data(as_text=True))
    deltas = [d["text"] for n, d in events if n == "delta"]
    assert len(deltas) > 5
    assert "".join(deltas).startswith("Madame Sophie Lefèvre,")
    assert not any("PERSONNE" in d for d in deltas)
    assert events[-1][0] == "done" and events[-1][1]["draft"]["mode"] == "mistral"


def test_stream_input_errors_are_plain_json(api: Api) -> None:
    resp = api.post("/api/v1/suggestions/stream", json={"email": {"body_text": ""}})
    assert resp.status_code == 400 and error_of(resp)["code"] == "empty_email"


def test_delta_restorer_waits_for_split_placeholders() -> None:
    r = DeltaRestorer({"[PERSONNE_1]": "Sophie Lefèvre"})
    out = [r.feed("Bonjour [PERS"), r.feed("ONNE_1], vous"), r.feed(" [1] et ["), r.flush()]
    assert out == ["Bonjour ", "Sophie Lefèvre, vous", " [1] et ", "["]


def test_deltas_already_waiting_go_out_together_and_the_end_stays_last() -> None:
    import queue

    events: queue.Queue[tuple[str, object]] = queue.Queue()
    for item in (("delta", "b"), ("delta", "c"), ("result", "END")):
        events.put(item)
    assert _waiting_deltas(events) == "bc"
    assert events.get_nowait() == ("result", "END") and events.empty()
    assert _waiting_deltas(events) == ""


def test_a_database_failure_after_drafting_keeps_the_draft(
        tmp_path: Path, edge_kb: KnowledgeBase, api_anonymiser: Anonymiser,
        caplog: pytest.LogCaptureFixture) -> None:
    settings = api_settings(tmp_path, SRDT_AUTH_MODE="none", SRDT_DB_AUTO_MIGRATE="0",
                            DATABASE_URL="postgresql+psycopg://x@127.0.0.1:9/none")
    client = make_api(settings, edge_kb, api_anonymiser).test_client()
    resp = client.post("/api/v1/suggestions", json={"email": SYNTEC})
    assert resp.status_code == 201 and resp.get_json()["draft"]["text"]
    assert "could not record suggestion" in caplog.text
