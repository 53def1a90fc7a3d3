"""Settings from environment variables (documented in the README), read once per process."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from assistant.llm import MistralDrafter
from corpus.dense import Embedder, make_embedder


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    qdrant_path: Path
    qdrant_url: str | None
    qdrant_api_key: str | None
    qdrant_prefix: str
    packages_dir: Path
    embed_threads: int
    embeddings: str
    mistral_api_key: str | None
    mistral_server_url: str | None
    mistral_embed_model: str
    mistral_model: str
    mistral_temperature: float
    mistral_max_tokens: int
    mistral_timeout_s: float
    ai_disclosure: bool

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
            packages_dir=Path(e.get("SRDT_PACKAGES_DIR") or data_dir / "packages").expanduser(),
            embed_threads=int(e.get("SRDT_EMBED_THREADS", "2")),
            embeddings=e.get("SRDT_EMBEDDINGS", "use"),
            mistral_api_key=e.get("MISTRAL_API_KEY") or None,
            mistral_server_url=e.get("MISTRAL_SERVER_URL") or None,
            mistral_embed_model=e.get("MISTRAL_EMBED_MODEL", "mistral-embed"),
            mistral_model=e.get("MISTRAL_MODEL", "mistral-small-latest"),
            mistral_temperature=float(e.get("MISTRAL_TEMPERATURE", "0.2")),
            mistral_max_tokens=int(e.get("MISTRAL_MAX_TOKENS", "1200")),
            mistral_timeout_s=float(e.get("MISTRAL_TIMEOUT_S", "30")),
            ai_disclosure=e.get("SRDT_AI_DISCLOSURE", "1").lower() not in ("0", "false", "non"),
        )

    def embedder(self) -> Embedder:
        return make_embedder(self.embeddings, self.embed_threads, self.mistral_api_key,
                             self.mistral_server_url, self.mistral_embed_model)

    def drafter(self) -> MistralDrafter | None:
        """Mistral writes when a key is configured; otherwise the offline draft."""
        if not self.mistral_api_key:
            return None
        return MistralDrafter(self.mistral_api_key, self.mistral_server_url, self.mistral_model,
                              self.mistral_temperature, self.mistral_max_tokens,
                              self.mistral_timeout_s)
