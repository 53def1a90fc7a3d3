"""Anonymisation quality on tests/fixtures/anonymisation.jsonl (the development set) and
anonymisation-heldout.jsonl (written after the rules, never used to tune them).

A personal value counts as caught when it no longer appears in the output. A masked value
that overlaps no annotated personal value is a false positive. A fact listed under `keep`
(salary, duration, event date, company size, legal reference) that disappears is a loss.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from assistant.anonymise import PATTERN_KINDS, Anonymiser

DATASET = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "anonymisation.jsonl"
# written on 2026-12-04 and committed before any run: the rules never saw it
HELD_OUT = DATASET.with_name("anonymisation-heldout.jsonl")


def load(path: Path = DATASET) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def evaluate(anonymiser: Anonymiser, rows: list[dict[str, Any]]) -> dict[str, Any]:
    total: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    misses: list[str] = []
    false_positives: list[str] = []
    lost: list[str] = []
    times: list[float] = []
    for row in rows:
        t = time.perf_counter()
        result = anonymiser.anonymise(row["text"])
        times.append((time.perf_counter() - t) * 1000)
        for pii in row["pii"]:
            total[pii["kind"]] += 1
            if pii["value"] not in result.text:
                caught[pii["kind"]] += 1
            else:
                misses.append(f"{pii['kind']}: {pii['value']}")
        values = [p["value"] for p in row["pii"]]
        for masked in result.mapping.values():
            if not any(masked in v or v in masked for v in values):
                false_positives.append(masked)
        lost += [k for k in row["keep"] if k not in result.text]
    recall = {k: round(caught[k] / total[k], 3) for k in sorted(total)}
    pattern_total = sum(total[k] for k in PATTERN_KINDS)
    return {
        "snippets": len(rows),
        "values": sum(total.values()),
        "recall": recall,
        "recall_patterns": round(sum(caught[k] for k in PATTERN_KINDS) / max(1, pattern_total), 3),
        "recall_names": round((caught["PERSONNE"] + caught["ORGANISATION"])
                              / max(1, total["PERSONNE"] + total["ORGANISATION"]), 3),
        "misses": misses,
        "false_positives": false_positives,
        "facts_lost": lost,
        "ms_p50": round(sorted(times)[len(times) // 2], 1),
        "ms_max": round(max(times), 1),
    }


def main() -> None:
    anonymiser = Anonymiser()
    report = {"development": evaluate(anonymiser, load()),
              "held_out": evaluate(anonymiser, load(HELD_OUT))}
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
