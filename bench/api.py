"""Load test of the HTTP API: gunicorn on a loopback port, concurrent clients on the stream
route, first offline, then with a fake Mistral (separate process) streaming at a fixed pace.

    python -m bench.api [--clients 20] [--seconds 30]

Needs the live index (`make corpus`). Each run is preceded by 10 s of the same load, not
counted (warm-up). The emails repeat, so their query embeddings are cached after the first
pass: unique traffic costs about 10 ms more per email. Prints p50/p95 of the whole answer and
of the first event, the errors, which process used the cores, and for the model run the
server's time beyond the model's own.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import requests

from api.gunicorn_conf import MAX_DEFAULT_WORKERS, default_workers

from .run import pct

ROOT = Path(__file__).resolve().parent.parent
EMAILS = ROOT / "tests" / "fixtures" / "emails"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _mails() -> list[bytes]:
    return [p.read_bytes() for p in sorted(EMAILS.iterdir())
            if p.suffix == ".json" and p.name != "expected.json" and p.name[0] in "ch"]


def _cpu_s(root: int) -> float:
    """CPU seconds used so far by a process and its children (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    stats: dict[int, tuple[int, float]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        stats[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / tick)
    tree, total = {root}, 0.0
    for pid in sorted(stats):  # children have larger pids than their parents here
        if pid in tree or stats[pid][0] in tree:
            tree.add(pid)
            total += stats[pid][1]
    return total


def _copied(env: dict[str, str]) -> bool:
    """Every worker has its copy of the embedded index (/readyz is green with the first)."""
    workers = int(env.get("SRDT_WORKERS", "1"))
    if workers == 1 or env.get("QDRANT_URL"):
        return True
    from srdt_assist.config import Settings

    settings = Settings.from_env(env)
    live = (settings.qdrant_path / "CURRENT").read_text(encoding="utf-8").strip()
    copies = settings.qdrant_path / "workers"
    return len(list(copies.glob(f"*/{live}"))) == workers and not list(copies.glob("*/.*"))


def _serve(env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    port = _port()
    proc = subprocess.Popen([sys.executable, "-m", "srdt_assist.cli", "serve", "--port",
                             str(port)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{url}/readyz", timeout=5).status_code == 200 and _copied(env):
                return proc, url
        except (requests.ConnectionError, requests.Timeout):
            pass
        if proc.poll() is not None:
            break
        time.sleep(0.5)
    proc.kill()
    raise SystemExit("the server did not become ready (is the index built? `make corpus`)")


def _load(url: str, key: str, clients: int, seconds: float) -> dict[str, list[Any]]:
    mails = _mails()
    out: dict[str, list[Any]] = {"total": [], "first": [], "server": [], "beyond": [],
                                 "errors": [], "timings": []}
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(n: int) -> None:
        session = requests.Session()
        i = n
        time.sleep(STAGGER_S * n / clients)  # agents do not all click in the same millisecond
        while time.monotonic() < stop:
            body = mails[i % len(mails)]
            i += clients
            t0 = time.perf_counter()
            first = None
            server_ms = None
            model_ms = 0.0
            stages: dict[str, float] = {}
            try:
                resp = session.post(f"{url}/api/v1/suggestions/stream", data=body, timeout=120,
                                    stream=True, headers={"X-API-Key": key,
                                                          "Content-Type": "message/rfc822",
                                                          "X-SRDT-User": f"bench{n}"})
                if resp.status_code != 200:
                    raise RuntimeError(f"HTTP {resp.status_code}")
                done = False
                for raw in resp.iter_lines(decode_unicode=True):
                    line = raw if isinstance(raw, str) else raw.decode()
                    if first is None and line.startswith("event: "):
                        first = time.perf_counter() - t0
                    if line == "event: done":
                        done = True
                    elif done and line.startswith("data: "):
                        import json

                        timings = json.loads(line[6:])["timings_ms"]
                        server_ms, model_ms = timings["total"], timings.get("model_wait", 0.0)
                        stages = timings
                        break
                if server_ms is None:
                    raise RuntimeError("stream ended without `done`")
            except Exception as exc:
                with lock:
                    out["errors"].append(1.0)
                print(f"  error: {exc}", file=sys.stderr)
                continue
            whole_ms = (time.perf_counter() - t0) * 1000
            with lock:
                out["total"].append(whole_ms)
                out["beyond"].append(whole_ms - model_ms)
                out["first"].append((first or 0) * 1000)
                out["server"].append(server_ms)
                out["timings"].append(stages)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


# the first requests of a worker pay once for what later ones reuse (caches, index pages)
WARM_UP_S = 10.0
STAGGER_S = 1.0  # clients start spread over this time


def _slowest(r: dict[str, list[Any]], share: float = 0.05) -> None:
    """Where the slowest answers (beyond the model) spent that time: each stage's own CPU and
    waits as the server timed them, the model's wait taken out; the rest is outside the
    pipeline (queueing for a thread or the GIL, the SSE relay, recording, the network)."""
    rows = sorted(zip(r["beyond"], r["timings"], strict=True), key=lambda row: -row[0])
    rows = rows[: max(1, int(len(rows) * share))]
    if not rows:
        return
    stages = [k for k in rows[0][1] if k not in ("total", "model_wait")]
    mean = {k: sum(t.get(k, 0.0) for _, t in rows) / len(rows) for k in stages}
    model = sum(t.get("model_wait", 0.0) for _, t in rows) / len(rows)
    beyond = sum(b for b, _ in rows) / len(rows)
    inside = sum(mean.values()) - model
    parts = ", ".join(f"{k} {v:.0f}" for k, v in mean.items())
    print(f"  slowest {share:.0%} ({len(rows)}): beyond the model {beyond:.0f} ms on average; "
          f"stages {parts} ms, less the model's {model:.0f} ms = {inside:.0f} ms in the "
          f"pipeline, {beyond - inside:.0f} ms outside it")


def _report(name: str, r: dict[str, list[Any]], seconds: float,
            model_ms: float | None = None) -> None:
    n = len(r["total"])
    print(f"{name}: {n} answers in {seconds:.0f} s ({n / seconds:.1f}/s), "
          f"{len(r['errors'])} errors")
    for key, label in (("total", "whole answer"), ("first", "first event"),
                       ("server", "in the pipeline")):
        print(f"  {label:13} p50 {pct(r[key], 50):8.0f} ms   p95 {pct(r[key], 95):8.0f} ms")
    if model_ms is not None and n:
        print(f"  beyond the model's wait, as the server timed it: p50 "
              f"{pct(r['beyond'], 50):.0f} ms, p95 {pct(r['beyond'], 95):.0f} ms "
              "(client's whole time minus `model_wait`; queueing on 2 cores included)")
        _slowest(r)
    if model_ms and n:
        beyond = [t - model_ms for t in r["total"]]
        print(f"  beyond the model's unloaded {model_ms:.0f} ms: p50 {pct(beyond, 50):.0f} ms, "
              f"p95 {pct(beyond, 95):.0f} ms (counts the fake model's own slowdown under load)")


def _cpu(server: int, fake: int | None) -> dict[str, float]:
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    return {"server": _cpu_s(server), "fake model": _cpu_s(fake) if fake else 0.0,
            "clients": own.ru_utime + own.ru_stime}


def _report_cpu(before: dict[str, float], after: dict[str, float], seconds: float,
                answers: int) -> None:
    """Who used the 2 cores: the server competes with the load generator and the fake model.
    The server's CPU time per answer varies less from run to run than the latencies, which a
    shared machine's neighbours move: it tells whether a change made the server cheaper."""
    used = {k: (after[k] - before[k]) / seconds for k in after}
    print("  cores busy: " + ", ".join(f"{k} {v:.2f}" for k, v in used.items() if v)
          + f" (of {os.cpu_count()}); server CPU per answer "
          f"{1000 * (after['server'] - before['server']) / max(1, answers):.0f} ms")


def _model_time(fake_url: str) -> float:
    """The fake model's own time for one suggestion (classification + streamed draft)."""
    from assistant.llm import MistralDrafter

    d = MistralDrafter("k", fake_url)
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        d.complete_json([{"role": "system", "content": "JSON"}, {"role": "user", "content": "x"}])
        d.complete([{"role": "system", "content": "brouillon"}, {"role": "user", "content": "x"}])
        runs.append((time.perf_counter() - t0) * 1000)
    return min(runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--chunk-delay", type=float, default=0.02)
    parser.add_argument("--fixed-drafts", action="store_true",
                        help="the fake model writes drafts of one length: the clients then "
                             "move in lockstep and their requests arrive in bursts")
    parser.add_argument("--only", choices=("offline", "model"), default=None,
                        help="run one of the two loads")
    parser.add_argument("--database-url", default=None,
                        help="the API's database (default: a fresh SQLite file)")
    parser.add_argument("--workers", type=int, default=default_workers(),
                        help=f"gunicorn workers (default: as `serve`, one per core, at most "
                             f"{MAX_DEFAULT_WORKERS}; above 1, each copies the embedded index)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="srdt-bench-"))
    env = {**os.environ,
           "DATABASE_URL": args.database_url or f"sqlite:///{tmp / 'bench.sqlite3'}",
           "SRDT_AUTH_MODE": "apikey", "SRDT_RATE_LIMIT_PER_MINUTE": "0",
           "SRDT_THREADS": str(max(8, args.clients)), "SRDT_LOG_LEVEL": "warning",
           "SRDT_WORKERS": str(args.workers)}
    env.pop("MISTRAL_API_KEY", None)
    key = subprocess.run([sys.executable, "-m", "srdt_assist.cli", "apikey", "create", "--site",
                          "bench"], env=env, capture_output=True, text=True,
                         check=True).stdout.strip()
    print(f"{args.clients} concurrent clients, {args.seconds:.0f} s each run, "
          f"{os.cpu_count()} cores, gunicorn {args.workers} worker(s) x {env['SRDT_THREADS']} "
          "threads")
    if args.only != "model":
        proc, url = _serve(env)
        try:
            _load(url, key, args.clients, WARM_UP_S)
            before = _cpu(proc.pid, None)
            offline = _load(url, key, args.clients, args.seconds)
            _report("Offline drafts", offline, args.seconds)
            _report_cpu(before, _cpu(proc.pid, None), args.seconds, len(offline["total"]))
        finally:
            proc.terminate()
            proc.wait(60)
    if args.only == "offline":
        return
    fake = subprocess.Popen([sys.executable, "-m", "tests.fake_mistral", "--chunk-delay",
                             str(args.chunk_delay), *(["--fixed"] if args.fixed_drafts else [])],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert fake.stdout is not None
        fake_url = fake.stdout.readline().strip()
        # whole time minus the unloaded model's: meaningful only when drafts have one length
        model_ms = _model_time(fake_url) if args.fixed_drafts else 0.0
        env |= {"MISTRAL_API_KEY": "bench", "MISTRAL_SERVER_URL": fake_url}
        proc, url = _serve(env)
        try:
            _load(url, key, args.clients, WARM_UP_S)
            before = _cpu(proc.pid, fake.pid)
            drafted = _load(url, key, args.clients, args.seconds)
            _report("Fake Mistral drafts", drafted, args.seconds, model_ms)
            _report_cpu(before, _cpu(proc.pid, fake.pid), args.seconds, len(drafted["total"]))
        finally:
            proc.terminate()
            proc.wait(60)
    finally:
        fake.terminate()


if __name__ == "__main__":
    main()
