"""Drafting: one JSON answer, or a stream of Server-Sent Events, and the agent's feedback."""

from __future__ import annotations

import hashlib
import json
import logging
import queue
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

from flask import Blueprint, Response, jsonify, request, stream_with_context
from sqlalchemy.exc import SQLAlchemyError

from assistant.anonymise import restore
from assistant.intake import strip_history
from assistant.llm import MistralDrafter
from assistant.pipeline import FALLBACK_NOTE, Analysis, Suggestion, analyse, compose
from assistant.verify import code_articles

from ..auth import Identity
from ..errors import ApiError
from ..kv import KVUnavailable
from ..openapi import check
from ..services import Services
from ..stats import edit_ratio
from ..storage import AuditRecord, FeedbackRecord, SuggestionRecord
from . import Options, guard, identity, read_email, services

log = logging.getLogger("api")
bp = Blueprint("suggestions", __name__)

MAX_FINAL_CHARS = 100_000


@bp.before_request
def _guard() -> None:
    guard(cost=0 if request.endpoint == "suggestions.feedback" else 1)


def _start(svc: Services, data: bytes | dict[str, Any],
           opts: Options) -> tuple[Analysis, MistralDrafter | None]:
    drafter = svc.drafter.recorder() if svc.drafter else None
    analysis = analyse(data, svc.kb, svc.anonymiser, opts.idcc, opts.exclude_sources,
                       opts.exclude_ids, llm=drafter, questions=opts.questions)
    return analysis, drafter


def _compose(svc: Services, analysis: Analysis, opts: Options, drafter: MistralDrafter | None,
             on_delta: Any = None) -> Suggestion:
    disclosure = svc.settings.ai_disclosure and opts.disclosure
    return compose(analysis, svc.kb, opts.length, disclosure, drafter,  # type: ignore[arg-type]
                   on_delta)


def _record(svc: Services, ident: Identity, sid: str, s: Suggestion, opts: Options,
            drafter: MistralDrafter | None, elapsed_s: float) -> None:
    """Metadata, anonymised text (if allowed) and the audit trail; the draft itself is kept
    only for the feedback window, to compute the edit ratio."""
    a = s.analysis
    c = a.classification
    keep = svc.settings.store_text
    audit = []
    for purpose, messages in (drafter.sent or []) if drafter else []:
        whole = json.dumps(messages, ensure_ascii=False)
        user = "\n\n".join(m["content"] for m in messages if m.get("role") == "user")
        audit.append(AuditRecord(model=drafter.model if drafter else "", purpose=purpose,
                                 text_sha256=hashlib.sha256(whole.encode()).hexdigest(),
                                 text=user if keep else None))
    record = SuggestionRecord(
        id=sid, user_hash=ident.user_hash, service=ident.service, site=ident.site,
        themes=[t["id"] for t in c.themes], requester=c.requester.value, idcc=c.idcc,
        out_of_scope=bool(c.out_of_scope),
        mode=s.draft.mode, model=drafter.model if drafter and s.draft.mode != "offline" else None,
        length=opts.length, n_sources=len(a.sources), n_warnings=len(s.warnings),
        masked=a.body.report()["masked"], draft_ms=a.timings_ms.get("draft", 0.0),
        total_ms=round(elapsed_s * 1000, 1),
        anonymised_text=f"{a.subject.text}\n{a.body.text}" if keep else None,
        source_articles=[src.article_num for src in a.sources
                         if src.source == "code_du_travail" and src.article_num])
    try:
        svc.storage.add_suggestion(record, audit)
    except SQLAlchemyError as exc:  # the agent keeps the draft; only its metadata is lost
        log.error("could not record suggestion %s: %s", sid, exc.__class__.__name__)
    try:
        svc.kv.put(f"draft:{sid}", s.text, svc.settings.feedback_window_h * 3600)
    except KVUnavailable as exc:
        log.warning("could not keep the draft for the edit ratio: %s", exc)
    svc.metrics.suggestions.labels(s.draft.mode).inc()
    svc.metrics.draft_seconds.observe(elapsed_s)
    if FALLBACK_NOTE in s.draft.notes:
        svc.metrics.llm_fallbacks.inc()
    log.info("suggestion", extra={"suggestion_id": sid, "mode": s.draft.mode,
                                  "sources": len(a.sources), "warnings": len(s.warnings),
                                  "timings_ms": a.timings_ms})


@bp.post("/suggestions")
def create() -> Response:
    data, opts = read_email()
    svc = services()
    t0 = time.perf_counter()
    analysis, drafter = _start(svc, data, opts)
    result = _compose(svc, analysis, opts, drafter)
    sid = str(uuid.uuid4())
    _record(svc, identity(), sid, result, opts, drafter, time.perf_counter() - t0)
    resp = jsonify({"id": sid, **result.to_dict()})
    resp.status_code = 201
    return resp


def _sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def _waiting_deltas(events: queue.Queue[tuple[str, Any]]) -> str:
    """The deltas already queued behind the one taken: under load they go out as one event
    (fewer writes), at no cost in latency. The end of the draft, if reached, is queued again:
    nothing follows it."""
    parts: list[str] = []
    while True:
        try:
            kind, item = events.get_nowait()
        except queue.Empty:
            break
        if kind != "delta":
            events.put((kind, item))
            break
        parts.append(item)
    return "".join(parts)


class DeltaRestorer:
    """Puts the personal values back into streamed text; a placeholder may arrive in pieces,
    so text after an unclosed `[` waits for the next delta."""

    def __init__(self, mapping: dict[str, str]) -> None:
        self.mapping = mapping
        self.pending = ""

    def feed(self, delta: str) -> str:
        text = self.pending + delta
        cut = text.rfind("[")
        if cut == -1 or "]" in text[cut:] or len(text) - cut > 40:
            cut = len(text)
        self.pending = text[cut:]
        return restore(text[:cut], self.mapping)

    def flush(self) -> str:
        text, self.pending = self.pending, ""
        return restore(text, self.mapping)


@bp.post("/suggestions/stream")
def stream() -> Response:
    """Events: classification, sources, delta (many), verification, done; or error.
    The `verification` event carries the final, verified text, which replaces the deltas."""
    data, opts = read_email()
    svc = services()
    ident = identity()
    t0 = time.perf_counter()
    analysis, drafter = _start(svc, data, opts)  # errors here are plain JSON 4xx/5xx
    sid = str(uuid.uuid4())
    events: queue.Queue[tuple[str, Any]] = queue.Queue()
    restorer = DeltaRestorer(analysis.body.mapping)

    def work() -> None:
        try:
            events.put(("result", _compose(svc, analysis, opts, drafter,
                                           lambda d: events.put(("delta", d)))))
        except Exception as exc:  # reported to the client as an `error` event
            log.exception("drafting failed in a stream")
            events.put(("error", exc))

    def generate() -> Iterator[str]:
        head = analysis.to_dict()
        yield _sse("classification", head["classification"])
        yield _sse("sources", {"sources": head["sources"], "queries": head["queries"]})
        threading.Thread(target=work, daemon=True, name=f"draft-{sid[:8]}").start()
        streamed = False
        while True:
            try:
                kind, item = events.get(timeout=10)
            except queue.Empty:
                yield ": keep-alive\n\n"
                continue
            if kind == "delta":
                text = restorer.feed(item + _waiting_deltas(events))
                if text:
                    streamed = True
                    yield _sse("delta", {"text": text})
                continue
            if kind == "error":
                yield _sse("error", {"code": "internal_error",
                                     "message": "La rédaction a échoué. Réessayez.",
                                     "detail": item.__class__.__name__})
                return
            result: Suggestion = item
            tail = restorer.flush()
            if tail:
                yield _sse("delta", {"text": tail})
            if not streamed:  # offline draft: send it in paragraphs, like a stream
                for para in result.text.split("\n\n"):
                    yield _sse("delta", {"text": para + "\n\n"})
            yield _sse("verification", {"warnings": [w.to_dict() for w in result.warnings],
                                        "text": result.text, "html": result.html})
            _record(svc, ident, sid, result, opts, drafter, time.perf_counter() - t0)
            yield _sse("done", {"id": sid, **result.to_dict()})
            return

    headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    return Response(stream_with_context(generate()), mimetype="text/event-stream",
                    headers=headers)


@bp.post("/suggestions/<sid>/feedback")
def feedback(sid: str) -> Response:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ApiError(400, "invalid_json", "La requête n'est pas un JSON valide.",
                       "body is not a JSON object")
    check("Feedback", body)
    rating, reasons = body.get("rating"), body.get("reasons") or []
    used, final = body.get("used", False), body.get("final_text")
    svc = services()
    if not svc.storage.suggestion_exists(sid):
        raise ApiError(404, "suggestion_not_found", "Suggestion inconnue ou expirée.",
                       "no suggestion with this id (or purged)")
    ratio = None
    draft_articles = final_articles = None
    if final is not None:
        # a reply read from the mail client carries the usager's mail below it
        final, _ = strip_history(final[:MAX_FINAL_CHARS])
        try:
            draft = svc.kv.get(f"draft:{sid}")
        except KVUnavailable:
            draft = None
        if draft is not None:
            ratio = edit_ratio(draft, final)
            draft_articles = code_articles(draft, svc.kb.article_exists)
        # the numbers only: the reply itself is never stored
        final_articles = code_articles(final, svc.kb.article_exists)
    svc.storage.add_feedback(FeedbackRecord(suggestion_id=sid, rating=rating,
                                            reasons=sorted(set(reasons)),
                                            used=used or final is not None, edit_ratio=ratio,
                                            draft_articles=draft_articles,
                                            final_articles=final_articles))
    resp = jsonify({"suggestion_id": sid, "recorded": True, "edit_ratio": ratio,
                    "articles": None if final_articles is None else
                    {"draft": draft_articles, "reply": final_articles}})
    resp.status_code = 201
    return resp
