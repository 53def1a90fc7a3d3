"""The OpenAPI 3.1 document of the API, served at /api/v1/openapi.json. A test checks that it
lists exactly the app's routes, and schemathesis checks the answers against it."""

from __future__ import annotations

from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

from assistant.classify import QUESTION_CHARS, QUESTIONS
from corpus.model import Source

from .errors import ApiError

VERSION = "1.0.0"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _errors(*statuses: int) -> dict[str, Any]:
    text = {400: "Invalid request", 401: "Not authenticated", 403: "Not allowed",
            404: "Not found", 413: "Request too large", 415: "Unsupported content type",
            429: "Rate limited (see Retry-After)", 503: "Index or database unavailable"}
    return {str(s): _json(_ref("Error"), text[s]) for s in statuses}


NULLABLE_STR = {"type": ["string", "null"]}
UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
UUID = {"type": "string", "pattern": f"^{UUID_PATTERN}$"}
NULLABLE_INT = {"type": ["integer", "null"]}
STR_LIST = {"type": "array", "items": {"type": "string"}}
NULLABLE_STR_LIST = {"type": ["array", "null"], "items": {"type": "string"}}
OBJ = {"type": "object"}

SCHEMAS: dict[str, Any] = {
    "Error": {"type": "object", "required": ["code", "message", "detail"], "properties": {
        "code": {"type": "string", "description": "Stable machine-readable code"},
        "message": {"type": "string", "description": "French message for the agent"},
        "detail": {"type": "string", "description": "English detail for IT"}}},
    "Email": {"type": "object", "description": "An email as the add-ins send it.",
              "properties": {
                  "subject": {"type": "string"},
                  "from": {"oneOf": [{"type": "string"}, {"type": "object", "properties": {
                      "name": {"type": "string"}, "address": {"type": "string"}}}]},
                  "body_text": {"type": "string"},
                  "body_html": {"type": "string"},
                  "received_at": {"type": "string"},
                  "attachments": {"type": "array", "items": {"type": "object", "properties": {
                      "name": {"type": "string"}, "content_type": {"type": "string"},
                      "size": {"type": "integer", "minimum": 0}}}}}},
    "Options": {"type": "object", "properties": {
        "length": {"type": "string", "enum": ["short", "standard", "detailed"],
                   "default": "standard"},
        "idcc": {"type": ["integer", "null"], "minimum": 1, "maximum": 99999,
                 "description": "Force the collective agreement"},
        "exclude_sources": {"type": "array",
                            "items": {"type": "string", "enum": [s.value for s in Source]}},
        "exclude_ids": {"type": "array", "maxItems": 200, "items": UUID,
                        "description": "Source ids the agent left out"},
        "disclosure": {"type": "boolean", "default": True},
        "questions": {"type": "array", "maxItems": QUESTIONS,
                      "items": {"type": "string", "maxLength": QUESTION_CHARS},
                      "description": "The agent's wording of what is asked, in the law's "
                                     "words: searched instead of the usager's sentences"}}},
    "EmailRequest": {"type": "object", "anyOf": [{"required": ["email"]}, {"required": ["mime"]}],
                     "properties": {
        "email": _ref("Email"),
        "mime": {"type": "string", "description": "The raw RFC 822 message"},
        "options": _ref("Options")}},
    "Source": {"type": "object", "required": ["source", "title", "url"], "properties": {
        "n": {"type": "integer"}, "id": {"type": "string"}, "source": {"type": "string"},
        "title": {"type": "string"}, "url": {"type": "string"},
        "article_num": NULLABLE_STR, "idcc": NULLABLE_INT, "date": NULLABLE_STR,
        "why": {"type": "array", "items": {"type": "string"}, "maxItems": 2,
                "description": "Why the source is listed, in French, the most telling first: "
                               "« article cité dans le message », « question semblable déjà "
                               "traitée « … » », « cité par « <fiche> » », « recherche sur « "
                               "<question> » »…"}}},
    "Warning": {"type": "object", "required": ["kind", "message", "start", "end"],
                "properties": {"kind": {"type": "string"}, "message": {"type": "string"},
                               "start": {"type": "integer"}, "end": {"type": "integer"}}},
    "Anonymisation": {"type": "object", "properties": {"masked": {
        "type": "object", "additionalProperties": {"type": "integer"}}}},
    "Analysis": {"type": "object",
                 "required": ["classification", "sources", "queries", "anonymisation", "notes",
                              "attachments", "timings_ms"],
                 "properties": {
                     "classification": OBJ, "sources": {"type": "array", "items": _ref("Source")},
                     "queries": STR_LIST, "anonymisation": _ref("Anonymisation"),
                     "notes": STR_LIST, "attachments": {"type": "array", "items": OBJ},
                     "timings_ms": OBJ}},
    "Suggestion": {"type": "object",
                   "required": ["id", "classification", "sources", "draft", "warnings",
                                "anonymisation", "notes", "timings_ms"],
                   "properties": {
                       "id": {"type": "string", "format": "uuid"},
                       "classification": {"type": "object", "required": [
                           "themes", "requester", "idcc", "missing_facts", "out_of_scope",
                           "sensitive", "redirects", "questions"], "properties": {
                           "themes": {"type": "array", "items": OBJ},
                           "requester": {"type": "string"}, "idcc": NULLABLE_INT,
                           "convention": {"type": ["object", "null"]},
                           "missing_facts": {"type": "array", "items": OBJ},
                           "out_of_scope": {"type": ["object", "null"]},
                           "sensitive": {"type": "array", "items": OBJ},
                           "redirects": {"type": "array", "items": OBJ},
                           "questions": STR_LIST}},
                       "sources": {"type": "array", "items": _ref("Source")},
                       "draft": {"type": "object", "required": ["text", "html", "mode"],
                                 "properties": {"text": {"type": "string"},
                                                "html": {"type": "string"},
                                                "mode": {"type": "string"},
                                                "cited": {"type": "array",
                                                          "items": {"type": "integer"}}}},
                       "warnings": {"type": "array", "items": _ref("Warning")},
                       "anonymisation": _ref("Anonymisation"),
                       "notes": STR_LIST, "timings_ms": OBJ}},
    "Hit": {"type": "object", "required": ["id", "score", "source", "title", "url", "text"],
            "properties": {"id": {"type": "string"}, "score": {"type": "number"},
                           "source": {"type": "string"}, "doc_id": {"type": "string"},
                           "title": {"type": "string"}, "heading_path": STR_LIST,
                           "url": {"type": "string"}, "article_num": NULLABLE_STR,
                           "article_nums": STR_LIST, "idcc": NULLABLE_INT,
                           "date": NULLABLE_STR, "corpus_version": {"type": "string"},
                           "in_force": {"type": "boolean"}, "text": {"type": "string"}}},
    "Article": {"type": "object", "required": ["num", "in_force", "url", "text"],
                "properties": {"num": {"type": "string"}, "in_force": {"type": "boolean"},
                               "url": {"type": "string"}, "legiarti": {"type": "string"},
                               "cid": {"type": "string"}, "heading_path": STR_LIST,
                               "date": NULLABLE_STR, "text": {"type": "string"},
                               "chunk_id": {"type": "string"}}},
    "Convention": {"type": "object", "required": ["idcc", "title", "url"],
                   "properties": {"idcc": {"type": "integer"}, "title": {"type": "string"},
                                  "short_title": {"type": "string"}, "url": {"type": "string"},
                                  "full_text": {"type": "boolean"}, "score": {"type": "number"}}},
    "Feedback": {"type": "object", "properties": {
        "rating": {"type": ["string", "null"], "enum": ["up", "down", None]},
        "reasons": {"type": "array", "items": {"type": "string", "enum": [
            "wrong", "incomplete", "unclear", "other"]}},
        "used": {"type": "boolean", "description": "The agent replied with or copied it"},
        "final_text": {"type": "string", "description":
                       "What the agent finally sent: turned into an edit ratio and the list of "
                       "Code articles it names; the text itself is never stored"}}},
    "FeedbackRecorded": {"type": "object", "required": ["suggestion_id", "recorded"],
                         "properties": {"suggestion_id": {"type": "string"},
                                        "recorded": {"type": "boolean"},
                                        "edit_ratio": {"type": ["number", "null"]},
                                        "articles": {
                                            "type": ["object", "null"], "description":
                                            "Code articles the draft and the reply name "
                                            "(null without final_text; draft null once the "
                                            "draft is no longer kept)",
                                            "properties": {"draft": NULLABLE_STR_LIST,
                                                           "reply": STR_LIST}}}},
    "DraftRequest": {"type": "object", "required": ["text"], "properties": {
        "to": {"type": "string", "maxLength": 320,
               "description": "The usager's address (the original sender): IMAP"},
        "message_id": {"type": "string", "maxLength": 1000,
                       "description": "The mail client's id of the usager's message: Graph"},
        "subject": {"type": "string", "maxLength": 1000,
                    "description": "The original subject; RE: is added"},
        "text": {"type": "string", "minLength": 1}, "html": {"type": "string"},
        "in_reply_to": {"type": "string", "maxLength": 1000,
                        "description": "Message-ID of the usager's email"},
        "references": STR_LIST}},
    "Summary": {"type": "object", "properties": {
        "suggestions": {"type": "integer"}, "used_share": {"type": ["number", "null"]},
        "mean_edit_ratio": {"type": ["number", "null"]},
        "median_time_to_draft_ms": {"type": ["number", "null"]},
        "thumbs_up_share": {"type": ["number", "null"]}}},
    "Stats": {"allOf": [_ref("Summary"), {"type": "object", "required": [
        "period", "per_day", "per_theme", "groups"], "properties": {
        "period": OBJ, "group_by": {"type": "string"},
        "per_day": {"type": "array", "items": OBJ},
        "per_theme": {"type": "array", "items": OBJ},
        "groups": {"type": "array", "items": OBJ},
        "articles": _ref("ArticleAgreement")}}]},
    "ArticleAgreement": {"type": "object", "description":
                         "The agents' replies that name Code articles, against the draft's",
                         "required": ["replies_compared", "kept_share", "added_share",
                                      "added_among_sources_share", "added"], "properties": {
        "replies_compared": {"type": "integer"},
        "kept_share": {"type": ["number", "null"],
                       "description": "Replies naming at least one article the draft named"},
        "added_share": {"type": ["number", "null"],
                        "description": "Replies naming an article the draft did not"},
        "added_among_sources_share": {"type": ["number", "null"], "description":
                                      "Of those articles, the share the sources held"},
        "added": {"type": "array", "items": {"type": "object", "properties": {
            "article": {"type": "string"}, "replies": {"type": "integer"},
            "among_sources": {"type": "integer"}, "instead_of": STR_LIST}}}}},
}

SSE_EVENT = {"type": "object", "required": ["event", "data"], "properties": {
    "event": {"type": "string", "enum": ["classification", "sources", "delta", "verification",
                                         "done", "error"]},
    "data": {"type": "string", "description": "JSON"}}}

_email_body = {"required": True, "content": {
    "application/json": {"schema": _ref("EmailRequest")},
    "message/rfc822": {"schema": {"type": "string", "format": "binary"}}}}
_mime_params = [
    {"name": "length", "in": "query", "schema": {"type": "string",
                                                  "enum": ["short", "standard", "detailed"]},
     "description": "With a MIME body only"},
    {"name": "idcc", "in": "query", "schema": {"type": "integer", "minimum": 1,
                                                "maximum": 99999}},
]


def document(base_url: str) -> dict[str, Any]:
    secured: list[dict[str, list[str]]] = [{"bearer": []}, {"apiKey": []}]
    paths: dict[str, Any] = {
        "/api/v1/suggestions": {"post": {
            "summary": "Draft a reply to an email", "operationId": "createSuggestion",
            "parameters": _mime_params, "requestBody": _email_body, "security": secured,
            "responses": {"201": _json(_ref("Suggestion"), "The suggestion"),
                          **_errors(400, 401, 403, 413, 415, 429, 503)}}},
        "/api/v1/suggestions/stream": {"post": {
            "summary": "Draft a reply, streamed as Server-Sent Events",
            "description": "Events: classification, sources, delta (text pieces), "
                           "verification (final text, html, warnings), done (the whole "
                           "suggestion with its id) or error.",
            "operationId": "streamSuggestion", "parameters": _mime_params,
            "requestBody": _email_body, "security": secured,
            "responses": {"200": {"description": "An event stream",
                                  "content": {"text/event-stream": {"schema": SSE_EVENT}}},
                          **_errors(400, 401, 403, 413, 415, 429, 503)}}},
        "/api/v1/suggestions/{sid}/feedback": {"post": {
            "summary": "The agent's feedback on a suggestion", "operationId": "giveFeedback",
            "parameters": [{"name": "sid", "in": "path", "required": True,
                            "schema": {"type": "string"}}],
            "requestBody": {"required": True, "content": {
                "application/json": {"schema": _ref("Feedback")}}},
            "security": secured,
            "responses": {"201": _json(_ref("FeedbackRecorded"), "Recorded"),
                          **_errors(400, 401, 403, 404, 413, 429, 503)}}},
        "/api/v1/drafts": {"post": {
            "summary": "Save the reply as a draft in the mailbox (server side; never sends)",
            "operationId": "saveDraft", "security": secured,
            "requestBody": {"required": True, "content": {
                "application/json": {"schema": _ref("DraftRequest")}}},
            "responses": {
                "201": _json({"type": "object", "required": ["saved", "message_id"],
                              "properties": {"saved": {"type": "boolean"},
                                             "connector": {"type": "string"},
                                             "message_id": {"type": "string"}}}, "Saved"),
                "404": _json(_ref("Error"), "Not enabled on this site "
                                                  "(drafts_not_configured)"),
                "502": _json(_ref("Error"), "The mail server refused (auth, quota)"),
                **_errors(400, 401, 403, 413, 429, 503)}}},
        "/api/v1/classify": {"post": {
            "summary": "Classify an email and find its sources, without a draft",
            "operationId": "classify", "parameters": _mime_params[1:],
            "requestBody": _email_body, "security": secured,
            "responses": {"200": _json(_ref("Analysis"), "Classification and sources"),
                          **_errors(400, 401, 403, 413, 415, 429, 503)}}},
        "/api/v1/search": {"get": {
            "summary": "Hybrid search in the corpus", "operationId": "search",
            "security": secured,
            "parameters": [
                {"name": "q", "in": "query", "required": True,
                 "schema": {"type": "string", "minLength": 1, "maxLength": 500,
                            "pattern": r"\S"}},
                {"name": "source", "in": "query", "schema": {
                    "type": "string", "enum": [s.value for s in Source]}},
                {"name": "idcc", "in": "query", "schema": {"type": "integer"}},
                {"name": "k", "in": "query", "schema": {"type": "integer", "minimum": 1,
                                                        "maximum": 50, "default": 10}},
                {"name": "mode", "in": "query", "schema": {
                    "type": "string", "enum": ["hybrid", "dense", "sparse"]}}],
            "responses": {"200": _json({"type": "object", "required": ["hits"], "properties": {
                "hits": {"type": "array", "items": _ref("Hit")}}}, "Passages, best first"),
                **_errors(400, 401, 403, 429, 503)}}},
        "/api/v1/articles/{num}": {"get": {
            "summary": "An article of the Code du travail by number (any usual spelling)",
            "operationId": "getArticle", "security": secured,
            "parameters": [{"name": "num", "in": "path", "required": True,
                            "schema": {"type": "string"}, "example": "L1237-19"}],
            "responses": {"200": _json(_ref("Article"), "The article"),
                          **_errors(401, 403, 404, 429, 503)}}},
        "/api/v1/conventions": {"get": {
            "summary": "Collective agreements by IDCC, usual name or title (autocomplete)",
            "operationId": "findConventions", "security": secured,
            "parameters": [
                {"name": "q", "in": "query", "required": True,
                 "schema": {"type": "string", "minLength": 1, "maxLength": 200,
                            "pattern": r"\S"}},
                {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1,
                                                            "maximum": 20, "default": 8}}],
            "responses": {"200": _json({"type": "object", "required": ["conventions"],
                                        "properties": {"conventions": {
                                            "type": "array", "items": _ref("Convention")}}},
                                       "Agreements, best first"),
                          **_errors(400, 401, 403, 429, 503)}}},
        "/api/v1/stats": {"get": {
            "summary": "Figures for service managers (no personal data)",
            "operationId": "stats", "security": secured,
            "parameters": [
                {"name": "from", "in": "query", "schema": {"type": "string", "format": "date"}},
                {"name": "to", "in": "query", "schema": {"type": "string", "format": "date"}},
                {"name": "group_by", "in": "query", "schema": {
                    "type": "string", "enum": ["service", "site"]}}],
            "responses": {"200": _json(_ref("Stats"), "Aggregates over the period"),
                          **_errors(400, 401, 403, 429, 503)}}},
        "/api/v1/openapi.json": {"get": {
            "summary": "This document", "operationId": "openapi", "security": [],
            "responses": {"200": _json(OBJ, "OpenAPI 3.1")}}},
        "/healthz": {"get": {
            "summary": "The process is alive", "operationId": "healthz", "security": [],
            "responses": {"200": _json({"type": "object", "required": ["status"]}, "Alive")}}},
        "/readyz": {"get": {
            "summary": "Index loaded, database (and Redis) reachable; LLM mode reported",
            "operationId": "readyz", "security": [],
            "responses": {
                "200": _json({"type": "object", "required": ["status", "checks"]}, "Ready"),
                "503": _json({"type": "object", "required": ["status", "checks"]},
                             "Not ready: see checks")}}},
        "/manifest.xml": {"get": {
            "summary": "The Outlook add-in manifest, rendered for PUBLIC_BASE_URL",
            "operationId": "manifest", "security": [],
            "responses": {"200": {"description": "XML MailApp manifest",
                                  "content": {"application/xml": {"schema": {
                                      "type": "string"}}}}}}},
        "/addin/config.json": {"get": {
            "summary": "How the task pane signs in (auth mode; Entra client id and scope) "
                       "and its theme (the State's design system or neutral)",
            "operationId": "addinConfig", "security": [],
            "responses": {"200": _json({"type": "object", "required": ["auth", "theme"],
                                        "properties": {
                "auth": {"type": "string", "enum": ["entra", "apikey", "none"]},
                "theme": {"type": "string", "enum": ["dsfr", "neutral"]},
                "client_id": {"type": "string"}, "scope": {"type": "string"}}},
                "Sign-in settings")}}},
        "/addin/{name}": {"get": {
            "summary": "The add-in's static files (task pane, icons)",
            "operationId": "addinFile", "security": [],
            "parameters": [{"name": "name", "in": "path", "required": True,
                            "schema": {"type": "string"}}],
            "responses": {"200": {"description": "The file"},
                          "404": _json(_ref("Error"), "No such file")}}},
        "/metrics": {"get": {
            "summary": "Prometheus metrics", "operationId": "metrics", "security": [],
            "responses": {"200": {"description": "Prometheus text format",
                                  "content": {"text/plain": {"schema": {"type": "string"}}}}}}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "srdt-assist", "version": VERSION,
                 "description": "Reply assistant for the SRDT agents: classification, sources "
                                "and a verified draft for an usager's email. Errors are JSON "
                                "{code, message, detail}."},
        "servers": [{"url": base_url}],
        "security": secured,
        "paths": paths,
        "components": {
            "schemas": SCHEMAS,
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer",
                           "description": "A Microsoft Entra ID access token for this API "
                                          "(SRDT_AUTH_MODE=entra) or a site API key"},
                "apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"}}},
    }


@cache
def _validator(name: str) -> Draft202012Validator:
    return Draft202012Validator({"components": {"schemas": SCHEMAS},
                                 "$ref": f"#/components/schemas/{name}"})


def check(name: str, data: Any) -> None:
    """Refuse a request body that does not match its schema in this document (400), so that
    what the document promises and what the code accepts cannot drift apart."""
    error = next(iter(_validator(name).iter_errors(data)), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "body"
        raise ApiError(400, "invalid_request", "La requête ne respecte pas le format attendu.",
                       f"{where}: {error.message[:200]}")
