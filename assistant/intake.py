"""Intake: a raw RFC 822 message or a JSON payload in, the usager's own words out.

Decodes charsets and transfer encodings, turns HTML into text, removes quoted history,
forwarded-message headers, signatures and legal disclaimers, and lists attachments without
reading them. What is removed is kept aside (signature lines help the anonymiser find names).
"""

from __future__ import annotations

import base64
import binascii
import email
import email.errors
import email.header
import email.policy
import re
from dataclasses import asdict, dataclass, field
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from corpus.text import html_to_text

from .errors import PipelineError

MAX_RAW_BYTES = 25 * 1024 * 1024  # whole message, attachments included
MAX_BODY_CHARS = 20_000  # what we analyse; the agent still has the whole email


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int


@dataclass
class Email:
    subject: str
    sender_name: str
    sender_address: str
    received_at: str | None
    body: str  # the usager's own words, cleaned
    signature: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what intake did, for the agent (French)
    original_length: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# --- decoding -------------------------------------------------------------------------------

def _payload_bytes(part: Message) -> tuple[bytes | None, bool]:
    """Decoded bytes of a part and whether the transfer encoding was damaged. The standard
    library returns truncated base64 undecoded; we keep the longest valid prefix instead."""
    cte = str(part.get("Content-Transfer-Encoding") or "").strip().lower()
    raw = part.get_payload()
    if cte == "base64" and isinstance(raw, str):
        compact = re.sub(r"[^A-Za-z0-9+/=]", "", raw)
        usable = compact[: len(compact) // 4 * 4]
        try:
            return base64.b64decode(usable, validate=False), usable != compact
        except binascii.Error:
            return b"", True
    payload = part.get_payload(decode=True)
    return (payload if isinstance(payload, bytes) else None), False


def _decode_part(part: Message) -> tuple[str, bool]:
    """Text of one MIME part, whatever its declared (or wrong) charset."""
    payload, damaged = _payload_bytes(part)
    if payload is None:
        raw = part.get_payload()
        return (raw if isinstance(raw, str) else ""), damaged
    declared = part.get_content_charset() or ""
    for charset in (declared, "utf-8", "cp1252"):
        if not charset:
            continue
        try:
            return payload.decode(charset), damaged
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("latin-1"), damaged


def _body_parts(msg: Message) -> tuple[str | None, str | None, list[Attachment], bool]:
    plain: str | None = None
    html: str | None = None
    attachments: list[Attachment] = []
    damaged = False
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        disposition = (part.get("Content-Disposition") or "").lower()
        filename = part.get_filename()
        if filename or disposition.startswith("attachment") or not ctype.startswith("text/"):
            payload = part.get_payload(decode=True)
            attachments.append(Attachment(filename or "(sans nom)", ctype,
                                          len(payload) if isinstance(payload, bytes) else 0))
            continue
        if ctype == "text/plain" and plain is None:
            plain, bad = _decode_part(part)
            damaged |= bad
        elif ctype == "text/html" and html is None:
            html, bad = _decode_part(part)
            damaged |= bad
    return plain, html, attachments, damaged


# --- cleaning -------------------------------------------------------------------------------

_QUOTE_HEADERS = [
    re.compile(r"^\s*Le .{0,200}a écrit\s*:\s*$", re.IGNORECASE | re.MULTILINE),
    re.compile(r"^\s*On .{0,200}wrote\s*:\s*$", re.IGNORECASE | re.MULTILINE),
    re.compile(r"^\s*-{2,}\s*(Original Message|Message d'origine|Message original)\s*-{2,}\s*$",
               re.IGNORECASE | re.MULTILINE),
    # Outlook's reply header block: "De : … / Envoyé : … / À : … / Objet : …"
    re.compile(r"^\s*(De|From)\s*:.*\n\s*(Envoyé|Sent|Date)\s*:.*$", re.IGNORECASE | re.MULTILINE),
]
_FORWARD_MARK = re.compile(
    r"^\s*-{2,}\s*(Forwarded message|Message transféré|Message réexpédié)\s*-{2,}\s*$",
    re.IGNORECASE | re.MULTILINE)
_HEADER_LINE = re.compile(r"^\s*(De|From|Date|Envoyé|Sent|À|A|To|Cc|Objet|Subject)\s*:.*$",
                          re.IGNORECASE)
_SIGN_OFF = re.compile(
    r"^\s*(cordialement|bien (cordialement|à vous)|bien a vous|sincères salutations|"
    r"salutations( distinguées)?|respectueusement|merci( d'avance| par avance| beaucoup)?"
    r"( pour votre (aide|réponse|retour))?|dans l'attente de votre (réponse|retour)"
    r"|veuillez agréer.*|je vous prie d'agréer.*|bonne (journée|soirée))\s*[,.!]*\s*$",
    re.IGNORECASE)
_DISCLAIMER = re.compile(
    r"(ce (message|courriel|mail)( et (toutes )?les pièces jointes)?.{0,80}(confidentiel|"
    r"destinés? exclusivement)|this (e-?mail|message).{0,80}confidential|"
    r"envoyé (depuis|de) mon (iphone|ipad|smartphone|mobile)|sent from my (iphone|android)|"
    r"pensez à l'environnement|avant d'imprimer)", re.IGNORECASE)


def strip_history(text: str) -> tuple[str, bool]:
    """Cut at the first quoted-reply header or at the first block of `>` lines."""
    cut = len(text)
    for pattern in _QUOTE_HEADERS:
        m = pattern.search(text)
        if m and m.start() < cut:
            cut = m.start()
    lines = text[:cut].split("\n")
    kept: list[str] = []
    for line in lines:
        if line.lstrip().startswith(">"):
            break
        kept.append(line)
    result = "\n".join(kept)
    return result, len(result) < len(text.rstrip())


def unwrap_forward(text: str) -> tuple[str, bool]:
    """A forwarded message: keep what was forwarded (often the usager's own words), without
    its header block."""
    m = _FORWARD_MARK.search(text)
    if not m:
        return text, False
    before = text[: m.start()].strip()
    after = text[m.end():].split("\n")
    i = 0
    while i < len(after) and (not after[i].strip() or _HEADER_LINE.match(after[i])):
        i += 1
    forwarded = "\n".join(after[i:]).strip()
    return ("\n\n".join(p for p in (before, forwarded) if p)), True


def split_signature(text: str) -> tuple[str, str]:
    """Body and signature: the signature starts at `-- ` or at the sign-off formula."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.rstrip() in ("--", "-- ", "__"):
            return "\n".join(lines[:i]).rstrip(), "\n".join(lines[i + 1:]).strip()
    for i in range(len(lines) - 1, -1, -1):
        if _SIGN_OFF.match(lines[i]) and len(lines) - i <= 12:
            return "\n".join(lines[: i + 1]).rstrip(), "\n".join(lines[i + 1:]).strip()
    return text.rstrip(), ""


def drop_disclaimers(text: str) -> tuple[str, bool]:
    paras = re.split(r"\n\s*\n", text)
    kept = [p for p in paras if not _DISCLAIMER.search(p)]
    return "\n\n".join(kept), len(kept) < len(paras)


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def clean_body(text: str) -> tuple[str, str, list[str]]:
    """The usager's words, the signature, and notes for the agent on what was removed."""
    notes: list[str] = []
    text = normalise(text)
    text, forwarded = unwrap_forward(text)
    if forwarded:
        notes.append("Message transféré : en-têtes du transfert retirés.")
    text, cut = strip_history(text)
    if cut:
        notes.append("Historique cité retiré.")
    text, dropped = drop_disclaimers(text)
    if dropped:
        notes.append("Mentions légales ou automatiques retirées.")
    body, signature = split_signature(normalise(text))
    return body, signature, notes


# --- entry points ---------------------------------------------------------------------------

def _finish(subject: str, sender_name: str, sender_address: str, received_at: str | None,
            raw_body: str, attachments: list[Attachment]) -> Email:
    body, signature, notes = clean_body(raw_body)
    if len(body) > MAX_BODY_CHARS:
        body = body[:MAX_BODY_CHARS]
        notes.append(f"Message très long : seuls les {MAX_BODY_CHARS} premiers caractères ont été "
                     "analysés.")
    if not body.strip() and not subject.strip():
        raise PipelineError("empty_email", "Le message est vide : aucun texte à analyser.",
                            "no text in body or subject")
    if not body.strip():
        body = subject.strip()
        notes.append("Corps du message vide : seul l'objet a été analysé.")
    subject = re.sub(r"\s+", " ", subject)  # one line, as in a MIME header
    return Email(subject=subject.strip(), sender_name=sender_name.strip(),
                 sender_address=sender_address.strip(), received_at=received_at, body=body,
                 signature=signature, attachments=attachments, notes=notes,
                 original_length=len(raw_body))


def parse_eml(raw: bytes) -> Email:
    """A raw RFC 822 message (.eml)."""
    if not raw or not raw.strip():
        raise PipelineError("empty_email", "Le message est vide.", "empty input")
    if len(raw) > MAX_RAW_BYTES:
        raise PipelineError("email_too_large",
                            "Le message dépasse 25 Mo : il ne peut pas être analysé.",
                            f"{len(raw)} bytes")
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    if not msg.keys() and not msg.get_payload():
        raise PipelineError("malformed_email", "Ce fichier n'est pas un message électronique "
                            "lisible.", "no headers and no payload")
    if not msg.keys():
        raise PipelineError("malformed_email", "Ce fichier n'est pas un message électronique "
                            "lisible (aucun en-tête).", "no RFC 822 headers")
    subject = _header(msg, "Subject")
    addresses = getaddresses([_header(msg, "From")])
    name, address = addresses[0] if addresses else ("", "")
    received_at = None
    if msg.get("Date"):
        try:
            received_at = parsedate_to_datetime(str(msg["Date"])).isoformat()
        except (TypeError, ValueError):
            received_at = None
    plain, html, attachments, damaged = _body_parts(msg)
    text = plain if plain and plain.strip() else html_to_text(html or "")
    result = _finish(subject, name, address, received_at, text, attachments)
    if damaged or msg.defects:
        result.notes.append("Message en partie endommagé (encodage ou structure MIME) : "
                            "vérifiez le texte d'origine.")
    return result


def _header(msg: Message, name: str) -> str:
    value = msg.get(name)
    if value is None:
        return ""
    try:
        decoded = email.header.decode_header(str(value))
        parts = []
        for chunk, charset in decoded:
            if isinstance(chunk, bytes):
                try:
                    parts.append(chunk.decode(charset or "utf-8"))
                except (LookupError, UnicodeDecodeError):
                    parts.append(chunk.decode("latin-1"))
            else:
                parts.append(chunk)
        return re.sub(r"\s+", " ", "".join(parts)).strip()
    except (ValueError, email.errors.HeaderParseError):
        return str(value)


def parse_json(payload: dict[str, Any]) -> Email:
    """The add-ins' JSON: `subject`, `from` (string or {name, address}), `body_html` or
    `body_text`, `received_at`, optional `attachments` metadata."""
    if not isinstance(payload, dict):
        raise PipelineError("malformed_email", "Requête illisible : un objet JSON est attendu.",
                            "payload is not an object")
    sender = payload.get("from") or ""
    if isinstance(sender, dict):
        name, address = str(sender.get("name") or ""), str(sender.get("address") or "")
    else:
        parsed = getaddresses([str(sender)])
        name, address = parsed[0] if parsed else ("", "")
    text = payload.get("body_text")
    if not isinstance(text, str) or not text.strip():
        html = payload.get("body_html")
        text = html_to_text(html) if isinstance(html, str) else ""
    listed = payload.get("attachments")
    attachments = [Attachment(str(a.get("name") or a.get("filename") or "(sans nom)"),
                              str(a.get("content_type") or a.get("contentType") or ""),
                              _size(a.get("size")))
                   for a in (listed if isinstance(listed, list) else []) if isinstance(a, dict)]
    total = len(text) + len(str(payload.get("subject") or ""))
    if total > MAX_RAW_BYTES:
        raise PipelineError("email_too_large", "Le message est trop volumineux pour être analysé.",
                            f"{total} characters")
    return _finish(str(payload.get("subject") or ""), name, address,
                   payload.get("received_at") if isinstance(payload.get("received_at"), str)
                   else None, text, attachments)


def _size(value: Any) -> int:
    """An attachment's size as the client reported it; anything unreadable counts as 0."""
    try:
        return max(0, int(value or 0))
    except (TypeError, ValueError, OverflowError):
        return 0


def parse_any(data: bytes) -> Email:
    """JSON if it looks like JSON, RFC 822 otherwise (the CLI's and the API's raw input)."""
    stripped = data.lstrip()
    if stripped.startswith(b"{"):
        import json

        try:
            return parse_json(json.loads(data.decode("utf-8", errors="replace")))
        except ValueError as exc:
            raise PipelineError("malformed_email", "JSON illisible.", str(exc)[:200]) from exc
    return parse_eml(data)

