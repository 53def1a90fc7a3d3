"""What IT and Outlook fetch without signing in: the manifest rendered for this site's public
address, and the add-in's static files (`addin/`)."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, jsonify, send_from_directory

from . import services

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = ROOT / "manifest.xml"
ADDIN = ROOT / "addin"

bp = Blueprint("addin", __name__)


def render_manifest(base_url: str) -> str:
    return MANIFEST.read_text(encoding="utf-8").replace("${PUBLIC_BASE_URL}", base_url)


@bp.get("/manifest.xml")
def manifest() -> Response:
    body = render_manifest(services().settings.public_base_url)
    return Response(body, content_type="application/xml; charset=utf-8",
                    headers={"Cache-Control": "no-cache",
                             "Content-Disposition": 'inline; filename="manifest.xml"'})


@bp.get("/addin/config.json")
def config() -> Response:
    """What the pane needs to sign in (the auth mode and, with Entra ID, the API's client id
    and scope for nested app authentication: public values, no secret) and its theme."""
    s = services().settings
    body: dict[str, object] = {"auth": s.auth_mode, "theme": s.addin_theme}
    if s.auth_mode == "entra" and s.entra_client_id:
        body |= {"client_id": s.entra_client_id,
                 "scope": f"api://{s.entra_client_id}/{s.entra_scope}"}
    return jsonify(body)


@bp.get("/addin/<path:name>")
def static(name: str) -> Response:
    return send_from_directory(ADDIN, name, max_age=300)
