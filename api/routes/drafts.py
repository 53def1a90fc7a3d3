"""`POST /api/v1/drafts`: save a reply draft in the mailbox from the server: IMAP (a functional
mailbox) or Microsoft Graph (the agent's own, on their behalf). Only for sites that set
`SRDT_DRAFTS_CONNECTOR`; the add-in's reply form needs none of it. Nothing is ever sent."""

from __future__ import annotations

import logging

from flask import Blueprint, Response, jsonify, request

from connectors import Caller, ConnectorError, Reply

from ..auth import bearer
from ..errors import ApiError
from ..openapi import check
from . import guard, identity, services

log = logging.getLogger("api")
bp = Blueprint("drafts", __name__)


@bp.before_request
def _guard() -> None:
    guard(cost=1)


@bp.post("/drafts")
def save() -> Response:
    store = services().drafts
    if store is None:
        raise ApiError(404, "drafts_not_configured", "L'enregistrement des brouillons par le "
                       "serveur n'est pas activé sur ce site : utilisez « Répondre avec ce "
                       "brouillon ».", "SRDT_DRAFTS_CONNECTOR=none")
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ApiError(400, "invalid_json", "La requête n'est pas un JSON valide.",
                       "body is not a JSON object")
    check("DraftRequest", body)
    reply = Reply(to=body.get("to", ""), subject=body.get("subject", ""), text=body["text"],
                  html=body.get("html") or "", in_reply_to=body.get("in_reply_to"),
                  references=tuple(body.get("references") or ()),
                  message_id=body.get("message_id"))
    ident = identity()
    token = bearer(request)
    caller = Caller(token, ident.site or "") if ident.method == "entra" and token else None
    try:
        saved = store.save(reply, caller)
    except ConnectorError as exc:
        log.warning("draft not saved: %s", exc.code)
        raise ApiError(exc.status, exc.code, exc.message_fr, exc.detail) from exc
    resp = jsonify({"saved": True, "connector": store.name, "message_id": saved})
    resp.status_code = 201
    return resp
