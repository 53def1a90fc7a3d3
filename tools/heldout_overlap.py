"""Which held-out mails share a governing article with an earlier label: run it before the one
run of a set meant to ask only new questions. Checked by eye, 8 of the 70 governed mails of
2026-12-06's fourth session turned out to repeat an earlier question (docs/history.md).

    python tools/heldout_overlap.py [SET ...]    # default: the last set labelled

Labels count in the order they were written: the development emails first, then
`heldout/expected.json` in file order (each set is appended to it).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

EMAILS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "emails"


def repeats(dev: dict[str, Any], heldout: dict[str, Any], wanted: set[str]
            ) -> list[tuple[str, list[str], list[str]]]:
    """(mail, its governing articles, the earlier mails that have one of them) for each mail
    of the `wanted` sets that shares an article with a label written before it."""
    earlier: dict[str, list[str]] = {}
    found = []
    for labels in (dev, heldout):
        for mail, label in labels.items():
            articles = label.get("governing_articles") or []
            if label.get("held_out") in wanted:
                before = sorted({m for a in articles for m in earlier.get(a, [])})
                if before:
                    found.append((mail, articles, before))
            for article in articles:
                earlier.setdefault(article, []).append(mail)
    return found


def main(argv: list[str]) -> int:
    dev = json.loads((EMAILS / "expected.json").read_text(encoding="utf-8"))
    heldout = json.loads((EMAILS / "heldout" / "expected.json").read_text(encoding="utf-8"))
    wanted = set(argv) or {list(heldout.values())[-1]["held_out"]}
    found = repeats(dev, heldout, wanted)
    for mail, articles, before in found:
        print(f"{mail}: {', '.join(articles)} already governs {', '.join(before)}")
    print(f"{len(found)} mail(s) of {', '.join(sorted(wanted))} share a governing article "
          "with an earlier label: read them, the question may be a repeat")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
