"""gunicorn settings from the environment, shared by `srdt-assist serve` and by
`gunicorn "api:create_app()"` (through the repository's `gunicorn.conf.py`).

One process uses about one core (the models and the embedded shard hold Python's global
lock), so the default is one worker per core, at most `MAX_DEFAULT_WORKERS`. The embedded index
(Qdrant Edge) can be opened by one process only: with one worker, the worker opens it in place;
with more, each worker copies the live index (about 170 MB) into a folder of its own under
`QDRANT_PATH/workers/` and opens the copy. A Qdrant server (`QDRANT_URL`) needs no copy."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger("api")
HOOKS = ("on_starting", "post_fork", "post_worker_init", "child_exit")
# each worker holds its own models and index copy (790 MB resident, measured): beyond this, IT
# chooses
MAX_DEFAULT_WORKERS = 4
# a stream holds its thread for as long as the model writes (10 to 30 s with a real model):
# threads wait far more than they work
DEFAULT_THREADS = 16


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, MAX_DEFAULT_WORKERS))


def options(env: dict[str, str] | None = None) -> dict[str, Any]:
    e = dict(os.environ if env is None else env)
    workers = max(1, int(e.get("SRDT_WORKERS") or default_workers()))
    llm_timeout = float(e.get("MISTRAL_TIMEOUT_S", "30"))
    return {
        "bind": e.get("SRDT_BIND", "127.0.0.1:8000"),
        "workers": workers,
        "worker_class": "gthread",
        "threads": int(e.get("SRDT_THREADS") or DEFAULT_THREADS),
        # a stream lasts as long as the model writes: give it more than the model's time-out
        "timeout": int(e.get("SRDT_WORKER_TIMEOUT_S", str(int(2 * llm_timeout + 30)))),
        "graceful_timeout": int(e.get("SRDT_GRACEFUL_TIMEOUT_S", str(int(llm_timeout + 10)))),
        "keepalive": 5,
        "preload_app": False,  # the index must be opened in the worker, not before the fork
        "accesslog": None,  # the app logs each request as JSON
        "errorlog": "-",
        "loglevel": e.get("SRDT_LOG_LEVEL", "info").lower(),
        "max_requests": int(e.get("SRDT_MAX_REQUESTS", "0")),
        "forwarded_allow_ips": e.get("FORWARDED_ALLOW_IPS", "127.0.0.1"),
    }


def on_starting(server: Any) -> None:
    """Once, in the master: migrate the database, then let the workers skip it."""
    from srdt_assist.config import Settings

    from .storage import Storage

    os.environ.setdefault("SRDT_LOG_FORMAT", "json")
    settings = Settings.from_env()
    if settings.db_auto_migrate:
        storage = Storage(settings.database_url)
        storage.migrate()
        storage.close()
    os.environ["SRDT_DB_AUTO_MIGRATE"] = "0"
    if _copies(server):  # copies left by workers that were killed
        shutil.rmtree(_copies_root(), ignore_errors=True)
    if server.cfg.workers > 1 and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="srdt-metrics-")


def _copies_root() -> Path:
    from srdt_assist.config import Settings

    return Settings.from_env().qdrant_path / "workers"


def _copies(server: Any) -> bool:
    return bool(server.cfg.workers > 1 and not os.environ.get("QDRANT_URL"))


def post_fork(server: Any, worker: Any) -> None:
    """In each new worker, before the app loads: the folder of its own copy of the index."""
    if _copies(server):
        os.environ["SRDT_INDEX_COPY_DIR"] = str(_copies_root() / str(os.getpid()))


def post_worker_init(worker: Any) -> None:
    """Load the models and open the index before the first request, not during it."""
    from .services import limit_blas_threads

    limit_blas_threads()
    try:
        worker.wsgi.extensions["srdt"].warm()
    except Exception as exc:  # a missing index must not kill the worker: /readyz says it
        log.error("warm-up failed, serving anyway: %s", exc)


def child_exit(server: Any, worker: Any) -> None:
    """In the master, after a worker stopped or was killed: its metrics and its copy go."""
    if _copies(server):
        shutil.rmtree(_copies_root() / str(worker.pid), ignore_errors=True)
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)  # type: ignore[no-untyped-call]
