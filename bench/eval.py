"""`make eval`: retrieval quality of the live index on the development set.

For each query, the Code du travail hits (deduplicated by article) are compared with the
articles the source cites. Reported per mode and per origin: the Code searched alone (hybrid,
dense, sparse), and `rank_articles`, which fuses that search with the articles cited by the
matching fiches and answers ("+citations"). The document a query was cut from never votes:
its own citations are the answer.

- hit@k: share of queries with at least one cited article in the first k;
- recall@k: cited articles found in the first k, over min(number cited, k), averaged
  (a fiche section citing 40 articles cannot have them all in 10 hits);
- MRR: mean of 1 / rank of the first cited article (0 beyond 20).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import UTC, datetime

from corpus import packages as pk
from corpus.dense import USEEmbedder
from corpus.kb import KnowledgeBase
from srdt_assist.config import Settings

from .devset import Query, build_devset

DEPTH = 20


MODES = ("hybrid", "dense", "sparse", "sparse+citations", "hybrid+citations")


def _ranked_articles(kb: KnowledgeBase, q: Query, mode: str) -> list[str]:
    search_mode, _, citations = mode.partition("+")
    return [a.num for a in kb.rank_articles(q.text, k=DEPTH, mode=search_mode,  # type: ignore[arg-type]
                                            citations=bool(citations),
                                            exclude_docs=[q.doc_id])]


def score(ranked: list[str], rel: frozenset[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for k in (5, 10):
        top = set(ranked[:k])
        out[f"hit@{k}"] = float(bool(top & rel))
        out[f"recall@{k}"] = len(top & rel) / min(len(rel), k)
    first = next((i for i, a in enumerate(ranked, 1) if a in rel), None)
    out["mrr"] = 1.0 / first if first else 0.0
    return out


def mean(rows: list[dict[str, float]]) -> dict[str, float]:
    return {k: round(sum(r[k] for r in rows) / len(rows), 3) for k in rows[0]} if rows else {}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=0, help="evaluate the first N queries only")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    settings = Settings.from_env()
    lock = pk.load_lock()
    readers = {n: pk.PackageReader(lock[n], pk.fetch(lock[n], settings.packages_dir))
               for n in (pk.LEGI, pk.CONTRIBUTIONS, pk.FICHES_TRAVAIL)}
    queries: list[Query] = build_devset(readers[pk.LEGI], readers[pk.CONTRIBUTIONS],
                                        readers[pk.FICHES_TRAVAIL], datetime.now(UTC))
    if args.limit:
        queries = queries[: args.limit]
    kb = KnowledgeBase(settings.store(), settings.data_dir,
                       USEEmbedder(threads=settings.embed_threads))
    report: dict[str, object] = {"queries": len(queries),
                                 "by_origin": {o: sum(1 for q in queries if q.origin == o)
                                               for o in ("contribution", "fiche_travail")}}
    t0 = time.perf_counter()
    results: dict[str, dict[str, object]] = {}
    for mode in MODES:
        rows = {q: score(_ranked_articles(kb, q, mode), q.relevant) for q in queries}
        results[mode] = {"all": mean(list(rows.values())), **{
            origin: mean([r for q, r in rows.items() if q.origin == origin])
            for origin in ("contribution", "fiche_travail")}}
    report["retrieval"] = results
    report["index"] = kb.stats()["index"]
    report["seconds"] = round(time.perf_counter() - t0, 1)
    kb.close()
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        return
    print(f"Retrieval of cited Code articles, {report['queries']} queries "
          f"({report['by_origin']}), index {report['index']}")
    cols = ("hit@5", "hit@10", "rec@5", "rec@10", "MRR")
    print(f"{'mode':16} {'subset':14} " + " ".join(f"{c:>6}" for c in cols))
    for mode, subsets in results.items():
        for subset, m in subsets.items():
            assert isinstance(m, dict)
            print(f"{mode:16} {subset:14} {m['hit@5']:6.3f} {m['hit@10']:6.3f} "
                  f"{m['recall@5']:6.3f} {m['recall@10']:6.3f} {m['mrr']:6.3f}")


if __name__ == "__main__":
    main()
