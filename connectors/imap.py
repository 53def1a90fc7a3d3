"""IMAP: append the reply to the folder flagged `\\Drafts` (RFC 6154), with the `\\Draft` flag
and the reply headers, so that the agent finds it threaded in their client."""

from __future__ import annotations

import contextlib
import imaplib
import re
import ssl
import time
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from . import Caller, ConnectorError, Reply, reply_subject

_LIST = re.compile(rb'\((?P<flags>[^)]*)\) (?:"[^"]*"|NIL) (?P<name>"(?:[^"\\]|\\.)*"|\S+)')


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int
    user: str
    password: str
    security: str = "ssl"  # ssl | starttls | none (loopback tests only)
    drafts_folder: str | None = None  # when the server does not flag one
    timeout_s: float = 15.0


def build_message(reply: Reply, sender: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = reply.sender or sender
    msg["To"] = reply.to
    msg["Subject"] = reply_subject(reply.subject)
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    if reply.in_reply_to:
        msg["In-Reply-To"] = reply.in_reply_to
        msg["References"] = " ".join([*reply.references, reply.in_reply_to]
                                     if reply.in_reply_to not in reply.references
                                     else reply.references)
    msg.set_content(reply.text)
    msg.add_alternative(reply.html, subtype="html")
    return msg


def drafts_folder(conn: imaplib.IMAP4, configured: str | None) -> str:
    if configured:
        return configured
    typ, data = conn.list()
    if typ != "OK":
        raise ConnectorError("imap_error", "La boîte aux lettres n'a pas pu être lue.",
                             "LIST failed")
    for line in data:
        m = _LIST.search(line if isinstance(line, bytes) else b"")
        if m and b"\\drafts" in m.group("flags").lower():
            return m.group("name").decode("utf-8", "replace")
    raise ConnectorError("no_drafts_folder", "Aucun dossier Brouillons n'a été trouvé dans la "
                         "boîte aux lettres.", "no folder flagged \\Drafts; set IMAP_DRAFTS_FOLDER")


def _refused(text: str) -> ConnectorError:
    if re.search(r"OVERQUOTA|quota", text, re.I):
        return ConnectorError("mailbox_full", "La boîte aux lettres est pleine : le brouillon "
                              "n'a pas pu être enregistré.", text[:200])
    return ConnectorError("imap_error", "Le brouillon n'a pas pu être enregistré.", text[:200])


class ImapDrafts:
    name = "imap"

    def __init__(self, settings: ImapSettings) -> None:
        self.s = settings

    def _connect(self) -> imaplib.IMAP4:
        s = self.s
        try:
            if s.security == "ssl":
                return imaplib.IMAP4_SSL(s.host, s.port, timeout=s.timeout_s,
                                         ssl_context=ssl.create_default_context())
            conn = imaplib.IMAP4(s.host, s.port, timeout=s.timeout_s)
            if s.security == "starttls":
                conn.starttls(ssl.create_default_context())
            return conn
        except (OSError, imaplib.IMAP4.error, ssl.SSLError) as exc:
            raise ConnectorError("mail_server_unreachable", "Le serveur de messagerie est "
                                 "injoignable.", f"{exc.__class__.__name__}: {exc}",
                                 503) from exc

    def save(self, reply: Reply, caller: Caller | None = None) -> str:
        """Append the draft; returns its Message-ID. Nothing is ever sent."""
        if not reply.to:
            raise ConnectorError("invalid_reply", "Le destinataire de la réponse manque.",
                                 "`to` is required for IMAP drafts", 400)
        conn = self._connect()
        try:
            try:
                conn.login(self.s.user, self.s.password)
            except imaplib.IMAP4.error as exc:
                raise ConnectorError("mail_auth_refused", "Le serveur de messagerie a refusé "
                                     "l'authentification du service.", str(exc)[:200]) from exc
            folder = drafts_folder(conn, self.s.drafts_folder)
            msg = build_message(reply, self.s.user)
            quoted = '"' + folder.strip('"').replace("\\", "\\\\").replace('"', '\\"') + '"'
            try:
                typ, data = conn.append(quoted, r"(\Draft \Seen)",
                                        imaplib.Time2Internaldate(time.time()), msg.as_bytes())
            except imaplib.IMAP4.error as exc:
                raise _refused(str(exc)) from exc
            if typ != "OK":
                raise _refused(repr(data))
            return str(msg["Message-ID"])
        except OSError as exc:  # timeouts included
            raise ConnectorError("mail_server_unreachable", "Le serveur de messagerie ne répond "
                                 "plus.", f"{exc.__class__.__name__}: {exc}", 503) from exc
        finally:
            with contextlib.suppress(OSError, imaplib.IMAP4.error):
                conn.logout()
