"""Retrieval with the questions restated in the law's words (`classification.questions`).

    python -m bench.restated

For the held-out emails that have stand-in restatements (`bench/restated.json`, written by
hand from the mail alone), the same rules' classification is searched twice: with the
usager's own sentences (what the offline path does) and with the restatements instead (what
the Mistral path does). With `MISTRAL_API_KEY` set, a third row asks the configured model
for its own restatements: the figure that matters, which cannot be measured without a key.
Drafts are the offline ones in every row, so that only the queries differ.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from assistant.anonymise import Anonymiser
from assistant.llm import MistralDrafter
from assistant.pipeline import analyse, compose
from assistant.retrieve import retrieve
from corpus.kb import KnowledgeBase
from srdt_assist.config import Settings

from .pipeline import HELD_OUT, Scores, _kb, score_governing

STAND_INS = Path(__file__).with_name("restated.json")


def _run(kb: KnowledgeBase, anonymiser: Anonymiser, mail: dict[str, Any], how: str,
         restated: list[str], llm: MistralDrafter | None) -> Any:
    analysis = analyse(mail, kb, anonymiser, llm=llm if how == "mistral" else None)
    if how == "stand-in":
        analysis.classification.questions = restated
        analysis.sources, analysis.queries = retrieve(kb, analysis.subject.text,
                                                      analysis.body.text,
                                                      analysis.classification)
    return compose(analysis, kb)


def main() -> None:
    stand_ins: dict[str, Any] = json.loads(STAND_INS.read_text(encoding="utf-8"))
    labels = json.loads((HELD_OUT / "expected.json").read_text(encoding="utf-8"))
    settings = Settings.from_env()
    llm = settings.drafter()
    rows = ["usager's words", "stand-in"] + (["mistral"] if llm else [])
    # the queries alone are compared: the answered questions, which the mail finds whatever
    # the queries, would blur them
    kb, anonymiser = _kb(precedents=False), Anonymiser()
    scores: dict[tuple[str, str], Scores] = {}
    for name, restated in stand_ins.items():
        if name.startswith("_"):
            continue
        mail = json.loads((HELD_OUT / name).read_text(encoding="utf-8"))
        batch = labels[name]["held_out"]
        for how in rows:
            result = _run(kb, anonymiser, mail, how, restated, llm)
            score_governing(scores.setdefault((batch, how), Scores()), result,
                            labels[name]["governing_articles"])
    kb.close()
    print("Governing article, held-out emails with stand-in restatements"
          f"{'' if llm else ' (no MISTRAL_API_KEY: the model itself not measured)'}:")
    for (batch, how), sc in scores.items():
        print(f"  {batch:12} {how:15} among the sources {sc.retrieved}/{sc.governed}, quoted "
              f"{sc.quoted}/{sc.governed}, first passage {sc.opens}/{sc.governed}")

if __name__ == "__main__":
    main()
