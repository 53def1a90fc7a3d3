"""Write corpus/precedents.jsonl, the bundled questions already answered, from the labelled
fixture emails: each mail anonymised as the pipeline anonymises it, with the governing
articles and themes of its label.

    python tools/make_precedents.py            # every labelled mail
    python tools/make_precedents.py --check    # exit 1 when the file is not up to date

Run it after a held-out set's first run, never before: the set's own labels would answer it
(docs/history.md, "Questions already answered").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.anonymise import Anonymiser, signature_names
from assistant.intake import parse_any
from corpus.precedents import BUNDLED, Precedent, dumps

EMAILS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "emails"


def precedents(anonymiser: Anonymiser) -> list[Precedent]:
    rows: list[Precedent] = []
    for folder, prefix in ((EMAILS, ""), (EMAILS / "heldout", "heldout/")):
        labels = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        for name in sorted(labels):
            label = labels[name]
            if not label.get("governing_articles") or label.get("out_of_scope"):
                continue
            mail = parse_any((folder / name).read_bytes())
            known = [mail.sender_name, *signature_names(mail.signature)]
            whole = anonymiser.anonymise(f"{mail.subject}\n{mail.body}", known).text
            rows.append(Precedent(prefix + name, whole.partition("\n")[0], whole,
                                  tuple(label["governing_articles"]), tuple(label["themes"])))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = dumps(precedents(Anonymiser()))
    if args.check:
        same = BUNDLED.exists() and BUNDLED.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{BUNDLED} differs from the labels")
        sys.exit(0 if same else 1)
    BUNDLED.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10))} precedents written to {BUNDLED}")


if __name__ == "__main__":
    main()
