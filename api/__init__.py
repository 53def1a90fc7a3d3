"""The srdt-assist HTTP API: `create_app()` is the WSGI factory (`gunicorn "api:create_app()"`)."""

from __future__ import annotations

import logging
import os
import time
import uuid

from flask import Flask, Response, g, request

from srdt_assist.config import Settings

from . import errors, logs
from .services import Services

log = logging.getLogger("api")


def create_app(settings: Settings | None = None, services: Services | None = None) -> Flask:
    settings = settings or (services.settings if services else Settings.from_env())
    if os.environ.get("SRDT_LOG_FORMAT"):
        logs.configure(os.environ["SRDT_LOG_FORMAT"], os.environ.get("SRDT_LOG_LEVEL", "INFO"))
    app = Flask(__name__, static_folder=None)
    app.config["SRDT_SETTINGS"] = settings
    app.config["MAX_CONTENT_LENGTH"] = int(settings.max_request_mb * 1024 * 1024)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.json.sort_keys = False  # type: ignore[attr-defined]
    svc = services or Services(settings)
    if settings.db_auto_migrate:
        svc.storage.migrate()
    app.extensions["srdt"] = svc
    errors.register(app)

    from .routes import addin, drafts, health, lookup, stats, suggestions

    app.register_blueprint(health.bp)
    app.register_blueprint(addin.bp)
    for bp in (lookup.bp, suggestions.bp, stats.bp, drafts.bp):
        app.register_blueprint(bp, url_prefix="/api/v1")
    app.add_url_rule("/api/v1/openapi.json", "openapi", health.openapi_doc)

    @app.before_request
    def _start() -> None:
        g.t0 = time.perf_counter()
        rid = (request.headers.get("X-Request-ID") or "")[:64] or uuid.uuid4().hex
        g.request_id = rid
        logs.request_id.set(rid)

    @app.after_request
    def _finish(resp: Response) -> Response:
        route = request.url_rule.rule if request.url_rule else "unmatched"
        elapsed = time.perf_counter() - g.get("t0", time.perf_counter())
        svc.metrics.requests.labels(request.method, route, str(resp.status_code)).inc()
        svc.metrics.latency.labels(route).observe(elapsed)
        resp.headers["X-Request-ID"] = g.get("request_id", "-")
        _cors(resp, settings)
        if route != "/healthz":
            log.info("request", extra={"method": request.method, "route": route,
                                       "status": resp.status_code,
                                       "ms": round(elapsed * 1000, 1)})
        return resp

    return app


def _cors(resp: Response, settings: Settings) -> None:
    """Only the add-in's own origin(s) may call the API from a browser."""
    origin = request.headers.get("Origin")
    allowed = set(settings.cors_origins) | {settings.public_base_url}
    if origin and origin in allowed:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Vary"] = "Origin"
        resp.headers["Access-Control-Allow-Headers"] = (
            "Authorization, Content-Type, X-API-Key, X-SRDT-User, X-SRDT-Service, X-Request-ID")
        resp.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        resp.headers["Access-Control-Max-Age"] = "600"
