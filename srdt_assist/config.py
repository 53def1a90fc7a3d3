"""Settings from environment variables (documented in the README), read once per process."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    qdrant_path: Path
    qdrant_url: str | None
    qdrant_api_key: str | None
    qdrant_prefix: str
    packages_dir: Path
    embed_threads: int

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
        )
