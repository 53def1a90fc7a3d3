"""Blueprints, one per family of routes, and what they share: the services, the caller's
identity and rate limit, reading an email from a request."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from flask import current_app, g, request

from assistant.classify import QUESTION_CHARS, QUESTIONS
from corpus.model import Source

from ..auth import Identity
from ..errors import ApiError, bad_request
from ..kv import KVUnavailable
from ..openapi import UUID_PATTERN, check
from ..services import Services

log = logging.getLogger("api")

LENGTHS = ("short", "standard", "detailed")
MIME_TYPES = ("message/rfc822", "application/octet-stream", "text/plain")
SOURCES = tuple(s.value for s in Source)
_UUID = re.compile(UUID_PATTERN)


def services() -> Services:
    svc: Services = current_app.extensions["srdt"]
    return svc


def identity() -> Identity:
    ident: Identity = g.identity
    return ident


def guard(cost: int = 1, manager: bool = False) -> None:
    """Authenticate, then count the call against the caller's per-minute budget. Drafting and
    classification cost 1 each out of `SRDT_RATE_LIMIT_PER_MINUTE`; look-ups are 10 times
    cheaper (the add-in's convention autocomplete calls on every keystroke). `manager`: the
    route is for service managers only."""
    if request.method == "OPTIONS":
        return
    svc = services()
    g.identity = svc.auth.authenticate(request)
    if manager and not g.identity.manager:
        raise ApiError(403, "forbidden", "Ces statistiques sont réservées aux responsables de "
                       "service.", "needs a manager API key or the manager app role")
    limit = svc.settings.rate_limit_per_minute
    if limit <= 0:
        return
    bucket = "draft" if cost else "lookup"
    try:
        count, reset = svc.kv.hit(f"{bucket}:{g.identity.user_hash}", 60)
    except KVUnavailable as exc:  # fail open: a dead Redis must not stop the agents
        log.warning("rate limiter unavailable, letting the request through: %s", exc)
        return
    if count > (limit if cost else limit * 10):
        raise ApiError(429, "rate_limited",
                       f"Trop de demandes : réessayez dans {reset} secondes.",
                       f"more than {limit if cost else limit * 10} {bucket} calls per minute",
                       {"Retry-After": str(reset)})


@dataclass
class Options:
    length: str = "standard"
    idcc: int | None = None
    exclude_sources: list[str] = field(default_factory=list)
    exclude_ids: list[str] = field(default_factory=list)
    disclosure: bool = True
    questions: list[str] = field(default_factory=list)  # the agent's wording of the request



def bounded_int(value: Any, name: str, lo: int, hi: int) -> int:
    """An integer option from JSON or a query string, within [lo, hi], or a 400."""
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise bad_request(f"{name} must be an integer") from exc
    if isinstance(value, bool) or not lo <= number <= hi:
        raise bad_request(f"{name} must be between {lo} and {hi}")
    return number


def query_text(max_chars: int, message: str) -> str:
    """The `q` parameter of a look-up: required, not blank, bounded."""
    q = (request.args.get("q") or "").strip()
    if not q:
        raise bad_request("q is required", message)
    if len(q) > max_chars:
        raise bad_request(f"q is longer than {max_chars} characters")
    return q


def _int_or_none(value: Any, name: str) -> int | None:
    return None if value is None else bounded_int(value, name, 1, 99999)


def _str_list(value: Any, name: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [v for v in value.split(",") if v]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise bad_request(f"{name} must be a list of strings")
    return value


def parse_options(raw: Any) -> Options:
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise bad_request("options must be an object")
    length = raw.get("length")
    if length is None:
        length = "standard"
    if length not in LENGTHS:
        raise bad_request(f"length must be one of {', '.join(LENGTHS)}")
    excluded = _str_list(raw.get("exclude_sources"), "exclude_sources")
    unknown = [s for s in excluded if s not in SOURCES]
    if unknown:
        raise bad_request(f"unknown source types: {', '.join(unknown)}")
    disclosure = raw.get("disclosure", True)
    if isinstance(disclosure, str):
        disclosure = disclosure.lower() not in ("0", "false", "non")
    if not isinstance(disclosure, bool):
        raise bad_request("disclosure must be a boolean")
    ids = _str_list(raw.get("exclude_ids"), "exclude_ids")
    if not all(_UUID.fullmatch(i) for i in ids):
        raise bad_request("exclude_ids must be source ids (UUIDs)")
    questions = raw.get("questions") or []
    if not isinstance(questions, list) or not all(isinstance(q, str) for q in questions):
        raise bad_request("questions must be a list of strings")
    questions = [q.strip() for q in questions if q.strip()]
    if len(questions) > QUESTIONS or any(len(q) > QUESTION_CHARS for q in questions):
        raise bad_request(f"at most {QUESTIONS} questions of {QUESTION_CHARS} "
                          "characters each",
                          f"Au plus {QUESTIONS} questions de {QUESTION_CHARS} "
                          "caractères chacune.")
    return Options(length, _int_or_none(raw.get("idcc"), "idcc"), excluded, ids, disclosure,
                   questions)


def read_email() -> tuple[bytes | dict[str, Any], Options]:
    """The email and the options, from JSON (`email` object or `mime` string, `options`) or
    from a raw MIME body with the options in the query string."""
    ctype = (request.mimetype or "").lower()
    args = request.args
    # the query's options are checked whatever the body: a wrong value is never ignored
    from_query = parse_options({"length": args.get("length"), "idcc": args.get("idcc"),
                                "exclude_sources": args.get("exclude_sources"),
                                "exclude_ids": args.get("exclude_ids"),
                                "disclosure": args.get("disclosure", "true")})
    if ctype == "application/json":
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            raise ApiError(400, "invalid_json", "La requête n'est pas un JSON valide.",
                           "body is not a JSON object")
        check("EmailRequest", body)
        options = parse_options(body["options"]) if "options" in body else from_query
        if isinstance(body.get("email"), dict):
            return body["email"], options
        return body["mime"].encode("utf-8", "surrogateescape"), options
    if ctype in MIME_TYPES:
        return request.get_data(cache=False), from_query
    raise ApiError(415, "unsupported_media_type",
                   "Envoyez le courriel en JSON ou au format MIME (message/rfc822).",
                   f"content type {ctype or 'missing'} not accepted")
