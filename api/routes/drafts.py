"""`POST /api/v1/drafts`: save a reply draft in the mailbox from the server (IMAP for now).
Only for sites that set `SRDT_DRAFTS_CONNECTOR`; the add-in's reply form needs none of it."""

from __future__ import annotations

import logging

from flask import Blueprint, Response, jsonify, request

from connectors import ConnectorError, Reply
from connectors.imap import ImapDrafts, ImapSettings

from ..errors import ApiError
from ..openapi import check
from . import guard, services

log = logging.getLogger("api")
bp = Blueprint("drafts", __name__)


@bp.before_request
def _guard() -> None:
    guard(cost=1)


def _connector() -> ImapDrafts:
    s = services().settings
    if s.drafts_connector != "imap":
        raise ApiError(404, "drafts_not_configured", "L'enregistrement des brouillons par le "
                       "serveur n'est pas activé sur ce site : utilisez « Répondre avec ce "
                       "brouillon ».", f"SRDT_DRAFTS_CONNECTOR={s.drafts_connector}")
    if not (s.imap_host and s.imap_user and s.imap_password):
        raise ApiError(404, "drafts_not_configured", "L'enregistrement des brouillons n'est pas "
                       "configuré.", "IMAP_HOST, IMAP_USER and IMAP_PASSWORD are required")
    return ImapDrafts(ImapSettings(s.imap_host, s.imap_port, s.imap_user, s.imap_password,
                                   s.imap_security, s.imap_drafts_folder))


@bp.post("/drafts")
def save() -> Response:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ApiError(400, "invalid_json", "La requête n'est pas un JSON valide.",
                       "body is not a JSON object")
    check("DraftRequest", body)
    reply = Reply(to=body["to"], subject=body.get("subject", ""), text=body["text"],
                  html=body.get("html") or "", in_reply_to=body.get("in_reply_to"),
                  references=tuple(body.get("references") or ()))
    try:
        saved = _connector().save(reply)
    except ConnectorError as exc:
        log.warning("draft not saved: %s", exc.code)
        raise ApiError(exc.status, exc.code, exc.message_fr, exc.detail) from exc
    resp = jsonify({"saved": True, "connector": "imap", "message_id": saved})
    resp.status_code = 201
    return resp
