"""Settings from environment variables (documented in the README), read once per process."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from assistant.llm import MistralDrafter
from corpus.dense import Embedder, make_embedder
from corpus.kb import KnowledgeBase, open_store
from corpus.precedents import BUNDLED as BUNDLED_PRECEDENTS
from corpus.store import VectorStore


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    qdrant_path: Path
    qdrant_url: str | None
    qdrant_api_key: str | None
    qdrant_prefix: str
    qdrant_copy_dir: Path | None
    exact_search: bool
    packages_dir: Path
    embed_threads: int
    embeddings: str
    precedents: Path | None  # questions already answered (`corpus.precedents`), None for none
    mistral_api_key: str | None
    mistral_server_url: str | None
    mistral_embed_model: str
    mistral_model: str
    mistral_temperature: float
    mistral_max_tokens: int
    mistral_timeout_s: float
    ai_disclosure: bool
    # --- the HTTP API (api/) ---
    database_url: str
    db_auto_migrate: bool
    redis_url: str | None
    auth_mode: str
    entra_client_id: str | None
    entra_client_secret: str | None
    entra_tenants: tuple[str, ...]
    entra_scope: str
    entra_manager_role: str
    entra_jwks_url: str
    public_base_url: str
    addin_theme: str  # "dsfr" (the State's design system) or "neutral" (outside the State)
    cors_origins: tuple[str, ...]
    max_request_mb: float
    rate_limit_per_minute: int
    retention_days: int
    store_text: bool
    user_salt: str
    feedback_window_h: int
    # --- server-side drafts (connectors/) ---
    drafts_connector: str
    imap_host: str | None
    imap_port: int
    imap_user: str | None
    imap_password: str | None
    imap_security: str
    imap_drafts_folder: str | None
    ews_url: str | None
    ews_user: str | None
    ews_password: str | None
    ews_mailbox: str | None
    ews_auth: str
    ews_build: str

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        e = dict(os.environ if env is None else env)
        data_dir = Path(e.get("SRDT_DATA_DIR", "var")).expanduser()
        return cls(
            data_dir=data_dir,
            qdrant_path=Path(e.get("QDRANT_PATH") or data_dir / "qdrant").expanduser(),
            qdrant_url=e.get("QDRANT_URL") or None,
            qdrant_api_key=e.get("QDRANT_API_KEY") or None,
            qdrant_prefix=e.get("QDRANT_COLLECTION", "srdt"),
            qdrant_copy_dir=Path(e["SRDT_INDEX_COPY_DIR"]) if e.get("SRDT_INDEX_COPY_DIR")
            else None,
            exact_search=_flag(e.get("SRDT_EXACT_SEARCH", "1")),
            packages_dir=Path(e.get("SRDT_PACKAGES_DIR") or data_dir / "packages").expanduser(),
            embed_threads=int(e.get("SRDT_EMBED_THREADS", "2")),
            embeddings=e.get("SRDT_EMBEDDINGS", "use"),
            precedents=_precedents(e.get("SRDT_PRECEDENTS")),
            mistral_api_key=e.get("MISTRAL_API_KEY") or None,
            mistral_server_url=e.get("MISTRAL_SERVER_URL") or None,
            mistral_embed_model=e.get("MISTRAL_EMBED_MODEL", "mistral-embed"),
            mistral_model=e.get("MISTRAL_MODEL", "mistral-small-latest"),
            mistral_temperature=float(e.get("MISTRAL_TEMPERATURE", "0.2")),
            mistral_max_tokens=int(e.get("MISTRAL_MAX_TOKENS", "1200")),
            mistral_timeout_s=float(e.get("MISTRAL_TIMEOUT_S", "30")),
            ai_disclosure=_flag(e.get("SRDT_AI_DISCLOSURE", "1")),
            database_url=e.get("DATABASE_URL")
            or f"sqlite:///{(data_dir / 'srdt.sqlite3').resolve()}",
            db_auto_migrate=_flag(e.get("SRDT_DB_AUTO_MIGRATE", "1")),
            redis_url=e.get("REDIS_URL") or None,
            auth_mode=e.get("SRDT_AUTH_MODE", "apikey"),
            entra_client_id=e.get("ENTRA_CLIENT_ID") or None,
            entra_client_secret=e.get("ENTRA_CLIENT_SECRET") or None,
            entra_tenants=_list(e.get("ENTRA_TENANT_IDS", "")),
            entra_scope=e.get("ENTRA_SCOPE", "access_as_user"),
            entra_manager_role=e.get("ENTRA_MANAGER_ROLE", "Stats.Read"),
            entra_jwks_url=e.get("ENTRA_JWKS_URL",
                                 "https://login.microsoftonline.com/common/discovery/v2.0/keys"),
            public_base_url=e.get("PUBLIC_BASE_URL", "https://localhost:8000").rstrip("/"),
            addin_theme=_choice(e, "SRDT_ADDIN_THEME", "dsfr", ("dsfr", "neutral")),
            cors_origins=_list(e.get("SRDT_CORS_ORIGINS", "")),
            max_request_mb=float(e.get("SRDT_MAX_REQUEST_MB", "30")),
            rate_limit_per_minute=int(e.get("SRDT_RATE_LIMIT_PER_MINUTE", "30")),
            retention_days=int(e.get("SRDT_RETENTION_DAYS", "90")),
            store_text=_flag(e.get("SRDT_STORE_TEXT", "1")),
            user_salt=e.get("SRDT_USER_SALT", ""),
            feedback_window_h=int(e.get("SRDT_FEEDBACK_WINDOW_H", "72")),
            drafts_connector=e.get("SRDT_DRAFTS_CONNECTOR", "none"),
            imap_host=e.get("IMAP_HOST") or None,
            imap_port=int(e.get("IMAP_PORT", "993")),
            imap_user=e.get("IMAP_USER") or None,
            imap_password=e.get("IMAP_PASSWORD") or None,
            imap_security=e.get("IMAP_SECURITY", "ssl"),
            imap_drafts_folder=e.get("IMAP_DRAFTS_FOLDER") or None,
            ews_url=e.get("EWS_URL") or None,
            ews_user=e.get("EWS_USER") or None,
            ews_password=e.get("EWS_PASSWORD") or None,
            ews_mailbox=e.get("EWS_MAILBOX") or None,
            ews_auth=e.get("EWS_AUTH", "NTLM"),
            ews_build=e.get("EWS_BUILD", "15.1"),
        )

    def with_(self, **changes: object) -> Settings:
        """A copy with some fields changed (tests, the `serve` command)."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def embedder(self, threads: int | None = None) -> Embedder:
        """`threads`: BLAS threads, `SRDT_EMBED_THREADS` by default (builds embed batches)."""
        return make_embedder(self.embeddings, threads or self.embed_threads, self.mistral_api_key,
                             self.mistral_server_url, self.mistral_embed_model)

    def store(self, copy_dir: Path | None = None) -> VectorStore:
        """The index these settings name: embedded (`QDRANT_PATH`) or a server (`QDRANT_URL`).
        `copy_dir`: an API worker's own copy of an embedded index."""
        return open_store(self.qdrant_url, self.qdrant_path, self.qdrant_api_key,
                          self.qdrant_prefix, copy_dir, self.exact_search)

    def knowledge_base(self, store: VectorStore | None = None,
                       threads: int | None = None) -> KnowledgeBase:
        """The index, its embedder and the questions already answered these settings name.
        `store`: another handle on the index (the API's serialised one)."""
        return KnowledgeBase(self.store() if store is None else store, self.data_dir,
                             self.embedder(threads), self.precedents)

    def drafter(self) -> MistralDrafter | None:
        """Mistral writes when a key is configured; otherwise the offline draft."""
        if not self.mistral_api_key:
            return None
        return MistralDrafter(self.mistral_api_key, self.mistral_server_url, self.mistral_model,
                              self.mistral_temperature, self.mistral_max_tokens,
                              self.mistral_timeout_s)


def _precedents(value: str | None) -> Path | None:
    """`SRDT_PRECEDENTS`: unset for the bundled file, « off » for none, else a path."""
    if value is None or not value.strip():
        return BUNDLED_PRECEDENTS
    return None if value.strip().lower() in ("off", "none", "0") else Path(value).expanduser()


def _choice(env: dict[str, str], name: str, default: str, options: tuple[str, ...]) -> str:
    value = (env.get(name) or default).strip().lower()
    if value not in options:
        raise ValueError(f"{name} must be one of {', '.join(options)}, not {value!r}")
    return value


def _flag(value: str) -> bool:
    return value.strip().lower() not in ("0", "false", "non", "no", "off", "")


def _list(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())
