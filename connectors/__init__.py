"""Saving a reply draft in the agent's mailbox from the server, for sites that want it without
the mail client's help. Nothing here sends mail: every connector only stores a draft.

One interface, `DraftStore.save(reply, caller) -> saved id`: IMAP and EWS (a functional
mailbox through a service account; EWS for Exchange on premises) and Microsoft Graph (the
agent's own mailbox, on their behalf)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


class ConnectorError(Exception):
    """A draft could not be saved: a stable code, a French message, an English detail."""

    def __init__(self, code: str, message_fr: str, detail: str = "", status: int = 502) -> None:
        super().__init__(f"{code}: {detail or message_fr}")
        self.code = code
        self.message_fr = message_fr
        self.detail = detail
        self.status = status


@dataclass(frozen=True)
class Reply:
    """The reply to store: the original message's headers and the draft's bodies."""
    to: str
    subject: str
    text: str
    html: str
    in_reply_to: str | None = None
    references: tuple[str, ...] = field(default_factory=tuple)
    sender: str | None = None
    message_id: str | None = None  # the mail client's id of the usager's message (Graph)


@dataclass(frozen=True)
class Caller:
    """The signed-in agent, for connectors that act on their behalf."""
    token: str
    tenant: str


class DraftStore(Protocol):
    name: str

    def save(self, reply: Reply, caller: Caller | None) -> str: ...


def reply_subject(subject: str) -> str:
    s = subject.strip()
    return s if s[:3].lower() in ("re:", "ré:") or s[:4].lower() == "réf:" else f"RE: {s}"

