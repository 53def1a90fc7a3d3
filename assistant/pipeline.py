"""The orchestrator: wires the stages in order and times each one.

Landed: intake → anonymise → classify → retrieve. Drafting and verification (issue #3's next
increments) will extend `analyse` into `suggest`.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from corpus.kb import KnowledgeBase

from .anonymise import Anonymised, Anonymiser, signature_names
from .classify import Classification, classify
from .intake import Email, parse_any, parse_json
from .retrieve import Source, retrieve


@dataclass
class Analysis:
    email: Email
    subject: Anonymised
    body: Anonymised
    classification: Classification
    sources: list[Source]
    queries: list[str]
    timings_ms: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of the CLI and the API (no original personal values in it)."""
        return {
            "classification": self.classification.to_dict(),
            "sources": [{k: v for k, v in s.to_dict().items() if k != "text"}
                        | {"excerpt": s.text[:400]} for s in self.sources],
            "queries": self.queries,
            "anonymisation": self.body.report(),
            "notes": self.email.notes,
            "attachments": [a.__dict__ for a in self.email.attachments],
            "timings_ms": self.timings_ms,
        }


def analyse(data: bytes | dict[str, Any], kb: KnowledgeBase, anonymiser: Anonymiser,
            idcc: int | None = None, exclude_sources: Sequence[str] = (),
            exclude_ids: Sequence[str] = ()) -> Analysis:
    timings: dict[str, float] = {}
    t = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal t
        now = time.perf_counter()
        timings[name] = round((now - t) * 1000, 1)
        t = now

    mail = parse_json(data) if isinstance(data, dict) else parse_any(data)
    lap("intake")
    known = [mail.sender_name, *signature_names(mail.signature)]
    # one pass over subject and body so that placeholders are shared between them
    whole = anonymiser.anonymise(f"{mail.subject}\n{mail.body}", known)
    subject_text, _, body_text = whole.text.partition("\n")
    subject = Anonymised(subject_text, whole.mapping, whole.counts)
    body = Anonymised(body_text, whole.mapping, whole.counts)
    lap("anonymise")
    classification = classify(whole.text, kb.convention, idcc_override=idcc,
                              subject=subject_text)
    lap("classify")
    sources, queries = retrieve(kb, subject_text, body_text, classification,
                                exclude_sources=exclude_sources, exclude_ids=exclude_ids)
    lap("retrieve")
    timings["total"] = round(sum(timings.values()), 1)
    return Analysis(mail, subject, body, classification, sources, queries, timings)
