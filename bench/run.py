"""`make bench`: search latency on the live index, and (with --builds) timed index builds.

Not a test: it prints percentiles and ratios for the README and the issue notes.

    python -m bench.run                 # search latency on the live index
    python -m bench.run --builds        # + full build of sources 1-4 from an empty cache,
                                        #   forced rebuild with cached vectors, no-op rebuild
    python -m bench.run --conventions   # + conventions alone (long: ≈ 60 k chunks to embed)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from corpus import packages as pk
from corpus.dense import USEEmbedder
from corpus.kb import KnowledgeBase
from corpus.store import SearchFilter
from srdt_assist.config import Settings

from .devset import build_devset


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def line(name: str, ms: list[float]) -> str:
    return (f"{name:34} p50 {pct(ms, 50):7.1f} ms   p95 {pct(ms, 95):7.1f} ms   "
            f"max {max(ms):7.1f} ms   n={len(ms)}")


def search_latency(settings: Settings, n: int) -> dict[str, float]:
    lock = pk.load_lock()
    readers = {k: pk.PackageReader(lock[k], pk.fetch(lock[k], settings.packages_dir))
               for k in (pk.LEGI, pk.CONTRIBUTIONS, pk.FICHES_TRAVAIL)}
    queries = [q.text for q in build_devset(readers[pk.LEGI], readers[pk.CONTRIBUTIONS],
                                            readers[pk.FICHES_TRAVAIL], datetime.now(UTC))][:n]
    kb = KnowledgeBase(settings.store(), settings.data_dir,
                       USEEmbedder(threads=settings.embed_threads))
    stats = kb.stats()
    kb.search("échauffement", k=5)  # loads the model and the shard
    vectors = [(kb.embedder.embed([q])[0].tolist(), kb.encoder.query(q)) for q in queries]
    flt = SearchFilter()
    results: dict[str, list[float]] = {"embed": [], "hybrid": [], "dense": [], "sparse": [],
                                       "hybrid_code_filter": [], "end_to_end": []}
    for q, (dense, sparse) in zip(queries, vectors, strict=True):
        t = time.perf_counter()
        kb.embedder.embed([q])
        results["embed"].append((time.perf_counter() - t) * 1000)
        for mode in ("hybrid", "dense", "sparse"):
            t = time.perf_counter()
            kb.store.query(dense, sparse, flt, 10, mode)
            results[mode].append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        kb.store.query(dense, sparse, SearchFilter(sources=["code_du_travail"]), 10)
        results["hybrid_code_filter"].append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        kb.search(q, k=10)
        results["end_to_end"].append((time.perf_counter() - t) * 1000)
    kb.close()
    print(f"Search latency, index {stats['index']} ({stats['points']} points, embedded="
          f"{not settings.qdrant_url}), {len(queries)} queries, k=10")
    print(line("hybrid (RRF), vectors given", results["hybrid"]))
    print(line("hybrid, filter source=code", results["hybrid_code_filter"]))
    print(line("dense only, vector given", results["dense"]))
    print(line("sparse only, vector given", results["sparse"]))
    print(line("query embedding alone", results["embed"]))
    print(line("hybrid with query embedding", results["end_to_end"]))
    ratio = pct(results["end_to_end"], 50) / pct(results["hybrid"], 50)
    print(f"ratio end-to-end / search alone (p50): {ratio:.1f}x; "
          f"hybrid / sparse (p50): {pct(results['hybrid'], 50) / pct(results['sparse'], 50):.1f}x")
    return {f"{k}_p95_ms": round(pct(v, 95), 1) for k, v in results.items()}


def timed_build(data_dir: Path, *args: str) -> dict[str, object]:
    """One `corpus build` in a child process: wall time and the child's peak memory."""
    env = {**os.environ, "SRDT_DATA_DIR": str(data_dir)}
    t = time.perf_counter()
    proc = subprocess.run(
        ["/usr/bin/time", "-f", "%M", sys.executable, "-m", "srdt_assist.cli", "corpus", "build",
         "--json", *args], capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"build failed: {proc.stderr[-2000:]}")
    peak_mb = int(proc.stderr.strip().splitlines()[-1]) / 1024
    manifest = json.loads(proc.stdout)
    return {"wall_s": round(wall, 1), "peak_mb": round(peak_mb), "skipped": manifest["skipped"],
            "chunks": manifest["counts"]["chunks"], "embedded": manifest["embedding"]["computed"],
            "durations_s": manifest["durations_s"]}


def builds(settings: Settings, conventions: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="srdt-bench-") as tmp:
        data = Path(tmp)
        pkg_link = data / "packages"
        pkg_link.symlink_to(settings.packages_dir.resolve(), target_is_directory=True)
        print("Index builds (child process, empty embedding cache first), 2-core machine")
        if conventions:
            r = timed_build(data / "conv", "--sources", "convention",
                            "--from", str(settings.packages_dir))
            print(f"  conventions alone          {r}")
            return
        full = timed_build(data, "--from", str(settings.packages_dir))
        print(f"  full build, sources 1-4    {full}")
        forced = timed_build(data, "--from", str(settings.packages_dir), "--force")
        print(f"  rebuild, vectors cached    {forced}")
        noop = timed_build(data, "--from", str(settings.packages_dir))
        print(f"  rebuild, nothing changed   {noop}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--builds", action="store_true")
    ap.add_argument("--conventions", action="store_true")
    args = ap.parse_args()
    settings = Settings.from_env()
    search_latency(settings, args.queries)
    if args.builds or args.conventions:
        builds(settings, args.conventions)


if __name__ == "__main__":
    main()
