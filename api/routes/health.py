"""Liveness, readiness, metrics and the OpenAPI document: no authentication, for IT."""

from __future__ import annotations

import logging
from typing import Any

from flask import Blueprint, Response, jsonify

from corpus.errors import IndexUnavailable

from ..kv import KVUnavailable
from ..openapi import document
from . import services

log = logging.getLogger("api")
bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> Response:
    return jsonify({"status": "ok"})


@bp.get("/readyz")
def readyz() -> Response:
    """Ready when the index answers and the database (and Redis if configured) is reachable.
    The language model is reported, not required: without it drafts are offline."""
    svc = services()
    checks: dict[str, Any] = {}
    ok = True
    try:
        stats = svc.kb.stats()
        checks["index"] = {"ok": True, "name": stats.get("index"), "points": stats.get("points")}
    except IndexUnavailable as exc:
        ok = False
        checks["index"] = {"ok": False, "error": str(exc)[:300]}
    try:
        svc.storage.ping()
        checks["database"] = {"ok": True, "dialect": svc.storage.engine.dialect.name}
    except Exception as exc:  # any driver error means "not reachable"
        ok = False
        checks["database"] = {"ok": False, "error": exc.__class__.__name__}
    if svc.settings.redis_url:
        try:
            svc.kv.ping()
            checks["redis"] = {"ok": True}
        except KVUnavailable as exc:
            ok = False
            checks["redis"] = {"ok": False, "error": str(exc)[:200]}
    drafter = svc.drafter
    checks["llm"] = {"ok": True, "mode": "mistral" if drafter else "offline",
                     "model": drafter.model if drafter else None}
    checks["auth"] = {"ok": True, "mode": svc.auth.mode}
    resp = jsonify({"status": "ready" if ok else "unavailable", "checks": checks})
    resp.status_code = 200 if ok else 503
    return resp


@bp.get("/metrics")
def metrics() -> Response:
    body, ctype = services().metrics.render()
    return Response(body, content_type=ctype)


def openapi_doc() -> Response:
    return jsonify(document(services().settings.public_base_url))
