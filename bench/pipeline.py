"""The pipeline on the fixture emails, against the live index.

    python -m bench.pipeline eval    # classification accuracy per field, drafts without warnings
    python -m bench.pipeline bench   # latency per stage, p50 / p95, models already loaded

The labelled emails served to develop the rules: accuracy on them is an upper bound.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from assistant.anonymise import Anonymiser
from assistant.errors import PipelineError
from assistant.pipeline import suggest
from corpus.kb import KnowledgeBase, open_store
from srdt_assist.config import Settings

from .run import pct

EMAILS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "emails"


def _kb() -> KnowledgeBase:
    s = Settings.from_env()
    return KnowledgeBase(open_store(s.qdrant_url, s.qdrant_path, s.qdrant_api_key,
                                    s.qdrant_prefix), s.data_dir, s.embedder())


def _mails() -> list[Path]:
    return sorted(p for p in EMAILS.iterdir() if p.suffix in (".eml", ".json")
                  and p.name != "expected.json")


def evaluate() -> None:
    expected = json.loads((EMAILS / "expected.json").read_text(encoding="utf-8"))
    kb, anonymiser = _kb(), Anonymiser()
    fields = ("theme", "requester", "idcc", "out_of_scope", "sensitive", "missing_facts")
    right = dict.fromkeys(fields, 0)
    counted = dict.fromkeys(fields, 0)
    clean = drafts = 0
    kinds: dict[str, int] = {}
    governed = retrieved = quoted = 0
    for path in _mails():
        try:
            result = suggest(path.read_bytes(), kb, anonymiser)
        except PipelineError:
            continue
        drafts += 1
        clean += not result.warnings
        for w in result.warnings:
            kinds[w.kind] = kinds.get(w.kind, 0) + 1
        exp = expected.get(path.name)
        if not exp:
            continue
        if exp.get("governing_articles"):
            want_articles = set(exp["governing_articles"])
            governed += 1
            retrieved += bool(want_articles & {s.article_num for s in result.analysis.sources})
            quoted += bool(want_articles & set(re.findall(r"L'article ([LRD][\d-]+) du Code",
                                                          result.text)))
        c = result.analysis.classification
        got = {"theme": c.themes[0]["id"] if c.themes else None, "requester": c.requester.value,
               "idcc": c.idcc, "out_of_scope": (c.out_of_scope or {}).get("id"),
               "sensitive": sorted(s["id"] for s in c.sensitive),
               "missing_facts": [m["fact"] for m in c.missing_facts]}
        want = {"theme": exp["themes"][0], "requester": exp["requester"], "idcc": exp["idcc"],
                "out_of_scope": exp["out_of_scope"], "sensitive": sorted(exp["sensitive"]),
                "missing_facts": exp["missing"]}
        for f in fields:
            if want[f] is None and f == "missing_facts":
                continue
            counted[f] += 1
            right[f] += got[f] == want[f]
    kb.close()
    print(f"Classification on {max(counted.values())} labelled emails (all used to develop the "
          "rules by now; see the README for the held-out figure):")
    for f in fields:
        print(f"  {f:14} {right[f]}/{counted[f]} = {right[f] / max(1, counted[f]):.2f}")
    from assistant.intake import parse_any
    from assistant.theme_model import load

    model = load()
    if model is not None:
        known = [(p, e) for p, e in expected.items() if e["themes"][0] in model.log_prior]
        hits = sum(model.predict(f"{m.subject}\n{m.body}")[0] == e["themes"][0]
                   for p, e in known for m in [parse_any((EMAILS / p).read_bytes())])
        print(f"Corpus-trained theme model alone (backup of the rules): {hits}/{len(known)} "
              f"emails whose theme it knows")
    print(f"Governing article among the sources: {retrieved}/{governed} = "
          f"{retrieved / max(1, governed):.2f}; quoted in the draft: {quoted}/{governed} = "
          f"{quoted / max(1, governed):.2f}")
    print(f"Drafts with zero verification warnings: {clean}/{drafts} = "
          f"{clean / max(1, drafts):.2f}  (warnings by kind: {kinds or 'none'})")


def bench(rounds: int = 3) -> None:
    kb, anonymiser = _kb(), Anonymiser()
    mails = [p for p in _mails()]
    suggest(mails[0].read_bytes(), kb, anonymiser)  # load the models once
    per_stage: dict[str, list[float]] = {}
    for _ in range(rounds):
        for path in mails:
            try:
                result = suggest(path.read_bytes(), kb, anonymiser)
            except PipelineError:
                continue
            for stage, ms in result.analysis.timings_ms.items():
                per_stage.setdefault(stage, []).append(ms)
    kb.close()
    print(f"Offline suggestion, {len(mails)} emails x {rounds} rounds, models loaded:")
    for stage, values in per_stage.items():
        print(f"  {stage:10} p50 {pct(values, 50):7.1f} ms   p95 {pct(values, 95):7.1f} ms")


if __name__ == "__main__":
    (bench if sys.argv[1:] == ["bench"] else evaluate)()
