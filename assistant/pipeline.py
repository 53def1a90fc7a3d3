"""The orchestrator: wires the stages in order and times each one.

intake → anonymise → classify → retrieve (`analyse`) → draft → restore → verify (`suggest`).
`compose` is the second half alone, for streams.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from corpus.kb import KnowledgeBase

from .anonymise import Anonymised, Anonymiser, restore, signature_names
from .classify import Classification, classify, llm_messages, merge_llm, restated, weigh_by_code
from .draft import Draft, Length, llm_draft, offline_draft, to_html
from .intake import Email, parse_any, parse_json
from .llm import LLMError, MistralDrafter
from .retrieve import Source, retrieve
from .verify import Warning, verify

log = logging.getLogger(__name__)


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
            "sources": [{k: v for k, v in s.to_dict().items() if k not in ("text", "section")}
                        | {"excerpt": s.text[:400], "why": s.why()} for s in self.sources],
            "queries": self.queries,
            "anonymisation": self.body.report(),
            "notes": self.email.notes,
            "attachments": [a.__dict__ for a in self.email.attachments],
            "timings_ms": self.timings_ms,
        }


def analyse(data: bytes | dict[str, Any], kb: KnowledgeBase, anonymiser: Anonymiser,
            idcc: int | None = None, exclude_sources: Sequence[str] = (),
            exclude_ids: Sequence[str] = (), llm: MistralDrafter | None = None,
            questions: Sequence[str] = ()) -> Analysis:
    """`llm`: classify with Mistral too (validated JSON), the rules being the fallback.
    `questions`: the agent's own wording of what is asked, searched instead of the usager's
    (and of the model's): anonymised like the mail, then placeholders dropped."""
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
                              subject=subject_text, signature=mail.signature)
    if llm is not None:
        try:
            merged = merge_llm(classification, llm.complete_json(llm_messages(whole.text)),
                               kb.convention, whole.text)
            if idcc is not None:  # the agent's choice wins
                merged.idcc, merged.convention = classification.idcc, classification.convention
            classification = merged
        except (LLMError, ValueError) as exc:
            log.warning("Mistral classification unusable, keeping the rules: %s", exc)
    if questions:  # the agent's choice wins, as for the agreement
        classification.questions = restated(
            [anonymiser.anonymise(q, known).text for q in questions])
    lap("classify")
    sources, queries = retrieve(kb, subject_text, body_text, classification,
                                exclude_sources=exclude_sources, exclude_ids=exclude_ids)
    classification = weigh_by_code(
        classification, [s.article_num for s in sources
                         if s.source == "code_du_travail" and s.article_num], whole.text)
    lap("retrieve")
    timings["total"] = round(sum(timings.values()), 1)
    return Analysis(mail, subject, body, classification, sources, queries, timings)


@dataclass
class Suggestion:
    analysis: Analysis
    draft: Draft
    text: str  # final: placeholders restored, foreign links removed
    html: str
    warnings: list[Warning]

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON of `suggest` (README), shared with the API."""
        a = self.analysis
        c = a.classification
        return {
            "classification": {
                "themes": c.themes,
                "requester": c.requester.value,
                "requester_evidence": c.requester.evidence,
                "idcc": c.idcc,
                "convention": c.convention,
                "missing_facts": c.missing_facts,
                "out_of_scope": c.out_of_scope,
                "sensitive": c.sensitive,
                "redirects": c.redirects,
                "questions": c.questions,
            },
            "sources": [{"n": s.n, "source": s.source, "title": s.title, "url": s.url,
                         "article_num": s.article_num, "idcc": s.idcc, "date": s.date,
                         "id": s.id, "why": s.why()} for s in a.sources],
            "draft": {"text": self.text, "html": self.html, "mode": self.draft.mode,
                      "cited": self.draft.cited},
            "warnings": [w.to_dict() for w in self.warnings],
            "anonymisation": a.body.report(),
            "notes": a.email.notes + self.draft.notes,
            "timings_ms": a.timings_ms,
        }


MODEL_WAIT = "model_wait"
FALLBACK_NOTE = ("Le modèle de langue n'a pas répondu (délai dépassé ou erreur) : "
                 "brouillon hors ligne proposé à partir des sources.")


def suggest(data: bytes | dict[str, Any], kb: KnowledgeBase, anonymiser: Anonymiser,
            length: Length = "standard", idcc: int | None = None,
            exclude_sources: Sequence[str] = (), exclude_ids: Sequence[str] = (),
            disclosure: bool = True, drafter: MistralDrafter | None = None,
            on_delta: Callable[[str], None] | None = None,
            questions: Sequence[str] = ()) -> Suggestion:
    """Only anonymised text reaches `drafter`; placeholders are restored afterwards."""
    analysis = analyse(data, kb, anonymiser, idcc, exclude_sources, exclude_ids, llm=drafter,
                       questions=questions)
    return compose(analysis, kb, length, disclosure, drafter, on_delta)


def compose(analysis: Analysis, kb: KnowledgeBase, length: Length = "standard",
            disclosure: bool = True, drafter: MistralDrafter | None = None,
            on_delta: Callable[[str], None] | None = None) -> Suggestion:
    """Draft, restore and verify: the second half of `suggest`, separate so that a stream can
    send the classification and the sources before the first word of the draft."""
    t = time.perf_counter()
    a = analysis
    draft: Draft | None = None
    if drafter is not None and not a.classification.out_of_scope:
        try:
            draft = llm_draft(drafter, a.subject.text, a.body.text, a.classification,
                              a.sources, length, disclosure, on_delta)
        except LLMError as exc:
            log.warning("falling back to the offline draft: %s", exc)
    if draft is None:
        draft = offline_draft(a.subject.text, a.body.text, a.classification, a.sources, length,
                              disclosure, a.queries)
        if drafter is not None and not a.classification.out_of_scope:
            draft.notes.append(FALLBACK_NOTE)
    analysis.timings_ms["draft"] = round((time.perf_counter() - t) * 1000, 1)
    t = time.perf_counter()
    restored = restore(draft.text, analysis.body.mapping)
    final, warnings = verify(restored, analysis.sources, kb.article_exists)
    timings = analysis.timings_ms
    timings["verify"] = round((time.perf_counter() - t) * 1000, 1)
    timings.pop("total", None)
    timings.pop(MODEL_WAIT, None)
    timings["total"] = round(sum(timings.values()), 1)
    if drafter is not None:  # included in classify and draft: what the model itself took
        timings[MODEL_WAIT] = round(drafter.waited_s * 1000, 1)
    return Suggestion(analysis, draft, final, to_html(final), warnings)
