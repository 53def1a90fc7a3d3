"""The long-lived parts one API process shares between its threads: the knowledge base, the
anonymiser, the drafter, the database, the shared counters. Heavy parts load on first use
(or at start with `warm()`), so that `/healthz` answers at once."""

from __future__ import annotations

import logging
import threading
from typing import Any

from assistant.anonymise import Anonymised, Anonymiser
from assistant.llm import MistralDrafter
from connectors import DraftStore
from corpus.kb import KnowledgeBase
from corpus.store import EdgeStore, VectorStore
from srdt_assist.config import Settings

from .auth import Authenticator
from .kv import KV, make_kv
from .metrics import Metrics
from .storage import Storage

log = logging.getLogger("api")

# One BLAS thread per process when serving: a query's embedding is one short text, and the
# second thread OpenBLAS starts by default spins on the core the other requests need (beyond
# the model, p95 831 ms with it, 281 ms without, docs/history.md).
SERVING_BLAS_THREADS = 1


def limit_blas_threads() -> None:
    """For everything else that calls BLAS in this process (the theme model)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=SERVING_BLAS_THREADS, user_api="blas")


class SerialAnonymiser(Anonymiser):
    """spaCy pipelines are not documented as thread-safe: one text at a time (about 8 ms)."""

    def __init__(self) -> None:
        super().__init__()
        self._serial = threading.Lock()

    def anonymise(self, text: str, known_names: Any = ()) -> Anonymised:
        with self._serial:
            return super().anonymise(text, known_names)


class SerialStore:
    """An embedded shard used from several threads: one call at a time (each takes a few ms)."""

    def __init__(self, inner: VectorStore) -> None:
        self._inner = inner
        self._lock = threading.RLock()

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._inner, name)
        if not callable(attr):
            return attr

        def call(*args: Any, **kwargs: Any) -> Any:
            with self._lock:
                return attr(*args, **kwargs)
        return call


class Services:
    def __init__(self, settings: Settings, kb: KnowledgeBase | None = None,
                 anonymiser: Anonymiser | None = None, storage: Storage | None = None,
                 kv: KV | None = None, drafter: MistralDrafter | None = None,
                 drafts: DraftStore | None = None) -> None:
        self.settings = settings
        self.storage = storage or Storage(settings.database_url)
        self.kv = kv or make_kv(settings.redis_url)
        self.auth = Authenticator(settings, self.storage)
        self.metrics = Metrics()
        self.drafter = drafter if drafter is not None else settings.drafter()
        self.drafts = drafts if drafts is not None else draft_store(settings)
        self._kb = kb
        self._anonymiser = anonymiser
        self._lock = threading.Lock()

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            with self._lock:
                if self._kb is None:
                    s = self.settings
                    store: Any = s.store(s.qdrant_copy_dir)
                    if isinstance(store, EdgeStore):
                        store = SerialStore(store)
                    self._kb = s.knowledge_base(store, threads=SERVING_BLAS_THREADS)
        return self._kb

    @property
    def anonymiser(self) -> Anonymiser:
        if self._anonymiser is None:
            with self._lock:
                if self._anonymiser is None:
                    self._anonymiser = SerialAnonymiser()
        return self._anonymiser

    def warm(self) -> None:
        """Load the models and the index now rather than on the first request."""
        self.anonymiser.anonymise("Bonjour, je suis M. Martin.")
        self.kb.search("préavis de démission", k=1)

    def close(self) -> None:
        if self._kb is not None:
            self._kb.close()
        self.storage.close()


def draft_store(s: Settings) -> DraftStore | None:
    """The server-side drafts connector (`SRDT_DRAFTS_CONNECTOR`), checked at start."""
    if s.drafts_connector == "none":
        return None
    if s.drafts_connector == "imap":
        from connectors.imap import ImapDrafts, ImapSettings

        if not (s.imap_host and s.imap_user and s.imap_password):
            raise ValueError("SRDT_DRAFTS_CONNECTOR=imap needs IMAP_HOST, IMAP_USER and "
                             "IMAP_PASSWORD")
        return ImapDrafts(ImapSettings(s.imap_host, s.imap_port, s.imap_user, s.imap_password,
                                       s.imap_security, s.imap_drafts_folder))
    if s.drafts_connector == "graph":
        from connectors.graph import GraphDrafts, GraphSettings

        if s.auth_mode != "entra" or not (s.entra_client_id and s.entra_client_secret):
            raise ValueError("SRDT_DRAFTS_CONNECTOR=graph needs SRDT_AUTH_MODE=entra, "
                             "ENTRA_CLIENT_ID and ENTRA_CLIENT_SECRET")
        return GraphDrafts(GraphSettings(s.entra_client_id, s.entra_client_secret))
    if s.drafts_connector == "ews":
        from connectors.ews import EwsDrafts, EwsSettings

        if not (s.ews_url and s.ews_user and s.ews_password and s.ews_mailbox):
            raise ValueError("SRDT_DRAFTS_CONNECTOR=ews needs EWS_URL, EWS_USER, EWS_PASSWORD "
                             "and EWS_MAILBOX")
        return EwsDrafts(EwsSettings(s.ews_url, s.ews_user, s.ews_password, s.ews_mailbox,
                                     s.ews_auth, s.ews_build))
    raise ValueError(f"SRDT_DRAFTS_CONNECTOR must be none, imap, graph or ews, not "
                     f"{s.drafts_connector!r}")
