"""JSON errors with stable codes: `{code, message, detail}`, French message for the agent,
English detail for IT. No HTML error page and no stack trace ever leaves the API."""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException

from assistant.errors import PipelineError
from corpus.errors import IndexUnavailable

log = logging.getLogger("api")

# codes of the pipeline's own errors and their HTTP status
PIPELINE_STATUS = {"empty_email": 400, "malformed_email": 400, "email_too_large": 413}

HTTP_CODES: dict[int, tuple[str, str]] = {
    400: ("invalid_request", "La requête est mal formée."),
    401: ("unauthorized", "Authentification requise."),
    403: ("forbidden", "Accès refusé."),
    404: ("not_found", "Ressource introuvable."),
    405: ("method_not_allowed", "Méthode non autorisée pour cette adresse."),
    406: ("not_acceptable", "Format de réponse non disponible."),
    413: ("payload_too_large", "La requête est trop volumineuse (limite : {limit} Mo). "
                               "Retirez les pièces jointes ou copiez le texte du message."),
    415: ("unsupported_media_type", "Type de contenu non pris en charge."),
    429: ("rate_limited", "Trop de demandes : réessayez dans quelques instants."),
    500: ("internal_error", "Erreur interne du service. L'équipe technique a été prévenue."),
    503: ("service_unavailable", "Service momentanément indisponible."),
}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, detail: str = "",
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(f"{code}: {detail or message}")
        self.status = status
        self.code = code
        self.message = message
        self.detail = detail
        self.headers = headers or {}


def error_response(status: int, code: str, message: str, detail: str = "",
                   headers: dict[str, str] | None = None) -> Response:
    resp = jsonify({"code": code, "message": message, "detail": detail})
    resp.status_code = status
    for k, v in (headers or {}).items():
        resp.headers[k] = v
    return resp


def bad_request(detail: str, message: str = "La requête est mal formée.") -> ApiError:
    return ApiError(400, "invalid_request", message, detail)


def register(app: Flask) -> None:
    limit_mb = app.config["SRDT_SETTINGS"].max_request_mb

    @app.errorhandler(ApiError)
    def _api(exc: ApiError) -> Response:
        return error_response(exc.status, exc.code, exc.message, exc.detail, exc.headers)

    @app.errorhandler(PipelineError)
    def _pipeline(exc: PipelineError) -> Response:
        return error_response(PIPELINE_STATUS.get(exc.code, 400), exc.code, exc.message_fr,
                              exc.detail)

    @app.errorhandler(IndexUnavailable)
    def _index(exc: IndexUnavailable) -> Response:
        log.error("index unavailable: %s", exc)
        return error_response(503, "index_unavailable",
                              "La base documentaire est momentanément indisponible. "
                              "Réessayez dans quelques minutes.", str(exc),
                              {"Retry-After": "30"})

    @app.errorhandler(OperationalError)
    def _database(exc: OperationalError) -> Response:
        log.error("database unavailable: %s", str(exc.orig)[:300])
        return error_response(503, "database_unavailable",
                              "Le service est momentanément indisponible (base de données). "
                              "Réessayez dans quelques minutes.",
                              exc.orig.__class__.__name__, {"Retry-After": "30"})

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException) -> Response:
        status = exc.code or 500
        code, message = HTTP_CODES.get(status, ("http_error", "Erreur."))
        allow = exc.get_response().headers.get("Allow") if status == 405 else None
        headers = {"Allow": allow} if allow else {}
        return error_response(status, code, message.format(limit=f"{limit_mb:g}"),
                              exc.description or "", headers)

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> Response:
        log.exception("unhandled error: %s", exc.__class__.__name__)
        code, message = HTTP_CODES[500]
        return error_response(500, code, message, exc.__class__.__name__)
