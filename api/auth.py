"""Who is calling: Microsoft Entra ID access tokens, per-site API keys, or nobody (development
only). Every route but health, metrics and the OpenAPI document goes through `authenticate`.

Entra ID rules (v2.0 tokens): RS256 only, signature from the tenant's JWKS, `aud` = the API's
client id, `iss` = https://login.microsoftonline.com/{tid}/v2.0 with `tid` on the allow-list,
`exp`/`iat`/`aud`/`iss`/`tid` required, then the delegated scope (`scp`) or an app role.
Tokens meant for Microsoft Graph are refused with their own code."""

from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass
from typing import Any

import jwt
from flask import Request

from srdt_assist.config import Settings

from .errors import ApiError
from .storage import Storage

log = logging.getLogger("api.auth")

GRAPH_AUDIENCES = {"00000003-0000-0000-c000-000000000000", "https://graph.microsoft.com",
                   "https://graph.microsoft.com/"}
MODES = ("entra", "apikey", "none")


@dataclass(frozen=True)
class Identity:
    user_hash: str
    service: str | None
    site: str | None
    manager: bool
    method: str


def _refuse(code: str, detail: str, message: str = "Authentification refusée : reconnectez-vous "
            "ou contactez votre service informatique.", status: int = 401) -> ApiError:
    headers = {"WWW-Authenticate": f'Bearer error="invalid_token", error_description="{code}"'}
    return ApiError(status, code, message, detail, headers if status == 401 else None)


def user_hash(salt: str, *parts: str) -> str:
    return hmac.new(salt.encode(), "|".join(parts).encode(), hashlib.sha256).hexdigest()


def bearer(request: Request) -> str | None:
    header = request.headers.get("Authorization", "")
    if header[:7].lower() == "bearer ":
        return header[7:].strip() or None
    return None


def _service(request: Request, default: str | None) -> str | None:
    value = (request.headers.get("X-SRDT-Service") or "").strip()[:100]
    return value or default


class EntraVerifier:
    def __init__(self, settings: Settings) -> None:
        if not settings.entra_client_id or not settings.entra_tenants:
            raise ValueError("SRDT_AUTH_MODE=entra needs ENTRA_CLIENT_ID and ENTRA_TENANT_IDS")
        self.client_id = settings.entra_client_id
        self.audiences = [self.client_id, f"api://{self.client_id}"]
        self.tenants = set(settings.entra_tenants)
        self.scope = settings.entra_scope
        self.manager_role = settings.entra_manager_role
        self.jwks = jwt.PyJWKClient(settings.entra_jwks_url, cache_keys=True, lifespan=3600,
                                    timeout=5)

    def verify(self, token: str) -> dict[str, Any]:
        try:
            unverified = jwt.decode(token, options={"verify_signature": False})
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as exc:
            raise _refuse("invalid_token", f"not a JWT: {exc}") from exc
        aud = unverified.get("aud")
        if aud in GRAPH_AUDIENCES:
            raise _refuse("graph_token", "token issued for Microsoft Graph, not for this API")
        if header.get("alg") != "RS256":
            raise _refuse("invalid_token", f"algorithm {header.get('alg')} refused")
        tid = unverified.get("tid")
        if tid not in self.tenants:
            raise _refuse("tenant_not_allowed", "tenant not on ENTRA_TENANT_IDS",
                          "Votre organisation n'est pas autorisée à utiliser ce service.", 403)
        try:
            key = self.jwks.get_signing_key_from_jwt(token)
        except jwt.PyJWKClientError as exc:
            raise _refuse("invalid_token", f"signing key not found in the JWKS: {exc}") from exc
        try:
            claims: dict[str, Any] = jwt.decode(
                token, key.key, algorithms=["RS256"], audience=self.audiences,
                issuer=f"https://login.microsoftonline.com/{tid}/v2.0",
                options={"require": ["exp", "iat", "aud", "iss", "tid"]}, leeway=60)
        except jwt.ExpiredSignatureError as exc:
            raise _refuse("token_expired", "token expired",
                          "Votre session a expiré : reconnectez-vous.") from exc
        except jwt.InvalidAudienceError as exc:
            raise _refuse("wrong_audience", f"audience {aud!r} is not this API") from exc
        except jwt.InvalidIssuerError as exc:
            raise _refuse("wrong_issuer", "issuer does not match the tenant") from exc
        except jwt.PyJWTError as exc:
            raise _refuse("invalid_token", f"{exc.__class__.__name__}: {exc}") from exc
        scopes = set(str(claims.get("scp", "")).split())
        roles = set(claims.get("roles") or [])
        if self.scope not in scopes and self.scope not in roles and \
                self.manager_role not in roles:
            raise _refuse("missing_scope", f"scope {self.scope} not granted",
                          "Ce compte n'a pas l'autorisation d'utiliser l'assistant.", 403)
        return claims


class Authenticator:
    def __init__(self, settings: Settings, storage: Storage) -> None:
        if settings.auth_mode not in MODES:
            raise ValueError(f"SRDT_AUTH_MODE must be one of {', '.join(MODES)}, "
                             f"not {settings.auth_mode!r}")
        self.mode = settings.auth_mode
        self.salt = settings.user_salt
        self.storage = storage
        self.entra = EntraVerifier(settings) if self.mode == "entra" else None
        if self.mode == "none":
            log.warning("AUTHENTICATION IS OFF (SRDT_AUTH_MODE=none): anyone who reaches this "
                        "port can use the API. Development only, never in production.")
        if not self.salt:
            log.warning("SRDT_USER_SALT is empty: user hashes can be recomputed from addresses; "
                        "set a secret salt in production")

    def authenticate(self, request: Request) -> Identity:
        if self.mode == "none":
            return Identity(user_hash(self.salt, "dev"), _service(request, "dev"), "dev", True,
                            "none")
        if self.entra is not None:
            token = bearer(request)
            if token is None:
                raise _refuse("missing_token", "no bearer token", "Authentification requise.")
            claims = self.entra.verify(token)
            who = str(claims.get("oid") or claims.get("sub") or "")
            roles = set(claims.get("roles") or [])
            return Identity(user_hash(self.salt, str(claims["tid"]), who),
                            _service(request, None), str(claims["tid"]),
                            self.entra.manager_role in roles, "entra")
        key = request.headers.get("X-API-Key") or bearer(request)
        if not key:
            raise _refuse("missing_token", "no API key", "Authentification requise.")
        info = self.storage.check_key(key)
        if info is None:
            raise _refuse("invalid_api_key", "unknown or revoked API key")
        agent = (request.headers.get("X-SRDT-User") or "").strip().lower()
        return Identity(user_hash(self.salt, info.site, agent), _service(request, info.site),
                        info.site, info.role == "manager", "apikey")
