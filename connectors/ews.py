"""Exchange Web Services, for Exchange on premises: `create_reply(...).save()` with exchangelib
(CreateItem, MessageDisposition=SaveOnly), so the draft lands in the mailbox's Drafts with the
thread; nothing is sent. A service account with delegate access to the functional mailbox."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import Caller, ConnectorError, Reply, reply_subject


@dataclass(frozen=True)
class EwsSettings:
    endpoint: str  # https://mail.example.gouv.fr/EWS/Exchange.asmx
    username: str
    password: str
    mailbox: str  # primary SMTP address of the mailbox that holds the usager's email
    auth_type: str = "NTLM"  # NTLM or basic
    build: str = "15.1"  # Exchange 2016; 15.2 for 2019 and SE


class EwsDrafts:
    name = "ews"

    def __init__(self, settings: EwsSettings) -> None:
        self.s = settings
        self._account: Any = None

    def account(self) -> Any:
        if self._account is None:
            from exchangelib import DELEGATE, Account, Configuration, Credentials, Version
            from exchangelib.transport import BASIC, NTLM
            from exchangelib.version import Build

            major, minor = (int(x) for x in self.s.build.split(".")[:2])
            config = Configuration(
                service_endpoint=self.s.endpoint,
                credentials=Credentials(self.s.username, self.s.password),
                auth_type=BASIC if self.s.auth_type.lower() == "basic" else NTLM,
                version=Version(build=Build(major, minor)))
            self._account = Account(primary_smtp_address=self.s.mailbox, config=config,
                                    autodiscover=False, access_type=DELEGATE)
        return self._account

    def save(self, reply: Reply, caller: Caller | None = None) -> str:
        """Create the reply draft; returns its EWS item id."""
        from exchangelib import HTMLBody, Mailbox, Message
        from exchangelib.errors import (
            ErrorAccessDenied,
            ErrorItemNotFound,
            ErrorQuotaExceeded,
            ResponseMessageError,
            TransportError,
            UnauthorizedError,
        )

        if not reply.message_id or not reply.to:
            raise ConnectorError("invalid_reply", "Le message d'origine ou son expéditeur n'est "
                                 "pas indiqué.", "`message_id` and `to` are required for EWS",
                                 400)
        try:
            account = self.account()
            original = Message(account=account, id=reply.message_id)
            draft = original.create_reply(subject=reply_subject(reply.subject),
                                          body=HTMLBody(reply.html or reply.text),
                                          to_recipients=[Mailbox(email_address=reply.to)])
            result = draft.save(folder=account.drafts)
        except (UnauthorizedError, ErrorAccessDenied) as exc:
            raise ConnectorError("mail_auth_refused", "Exchange a refusé l'authentification du "
                                 "service.", str(exc)[:200]) from exc
        except ErrorItemNotFound as exc:
            raise ConnectorError("message_gone", "Le message d'origine n'existe plus (supprimé "
                                 "ou déplacé) : le brouillon n'a pas pu être créé.",
                                 str(exc)[:200], 404) from exc
        except ErrorQuotaExceeded as exc:
            raise ConnectorError("mailbox_full", "La boîte aux lettres est pleine : le brouillon "
                                 "n'a pas pu être enregistré.", str(exc)[:200]) from exc
        except ResponseMessageError as exc:  # one class per EWS response code
            raise ConnectorError("ews_error", "Exchange n'a pas pu enregistrer le brouillon.",
                                 f"{exc.__class__.__name__}: {str(exc)[:200]}") from exc
        except TransportError as exc:
            raise ConnectorError("mail_server_unreachable", "Le serveur Exchange est "
                                 "injoignable.", str(exc)[:200], 503) from exc
        items = result if isinstance(result, list) else [result]
        first = items[0] if items else None
        if isinstance(first, Exception):
            raise ConnectorError("ews_error", "Exchange n'a pas pu enregistrer le brouillon.",
                                 f"{first.__class__.__name__}: {str(first)[:200]}")
        item_id = getattr(first, "id", None) or (first[0] if isinstance(first, tuple) else None)
        return str(item_id or "")
