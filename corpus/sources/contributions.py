"""Answers of the Code du travail numérique from `@socialgouv/contributions-data`: one chunk per
answer, the generic one and one per convention collective (with its IDCC)."""

from __future__ import annotations

import re

from ..errors import CorpusError
from ..model import Chunk, Source
from ..packages import PackageReader
from ..text import clean_ws
from .common import cited_articles, slugify
from .legi import ArticleCatalog

MEMBER = "package/data/contributions.json"
# The data was published about 2020 and carries no date of its own.
CONTRIBUTIONS_DATE = "2020-01-01"
BASE_URL = "https://code.travail.gouv.fr/contribution/"

_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
_TAB = re.compile(r'<Tab\s+title="([^"]*)"\s*>', re.IGNORECASE)
_TAG = re.compile(r"</?(?:Tab|HDN|Content|Tile|Tiles)[^>]*>", re.IGNORECASE)
_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*]))")


def markdown_to_text(md: str) -> str:
    """Plain text from the CDTN markdown: links keep their label, custom tags become headings."""
    text = _TAB.sub(lambda m: f"\n{m.group(1)} :\n", md)
    text = _TAG.sub("\n", text)
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _EMPHASIS.sub("", text)
    lines = [clean_ws(line.lstrip("#>").strip()) for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def parse(reader: PackageReader, catalog: ArticleCatalog | None) -> list[Chunk]:
    items = reader.read_json(MEMBER)
    if not isinstance(items, list):
        raise CorpusError(f"{reader.pkg.spec}: {MEMBER} is not a list (schema changed?)")
    chunks: list[Chunk] = []
    for item in items:
        try:
            question, answers, doc_id = clean_ws(item["title"]), item["answers"], item["id"]
            generic = answers["generic"]
        except (KeyError, TypeError) as exc:
            raise CorpusError(
                f"{reader.pkg.spec}: a contribution lacks {exc} (schema changed?)") from exc
        slug = slugify(question)
        md = generic.get("markdown") or generic.get("text") or ""
        text = markdown_to_text(md)
        if text:
            chunks.append(Chunk(
                source=Source.CONTRIBUTION, doc_id=doc_id, position=0, title=question,
                heading_path=("Réponse générale",), url=BASE_URL + slug, text=text,
                corpus_version=reader.version_label, date=CONTRIBUTIONS_DATE,
                article_nums=tuple(cited_articles(md, catalog)),
            ))
        for i, answer in enumerate(answers.get("conventions") or [], start=1):
            idcc_raw = str(answer.get("idcc") or "").strip()
            body = markdown_to_text(answer.get("markdown") or "")
            if not idcc_raw.isdigit() or not body:
                continue
            idcc = int(idcc_raw)
            chunks.append(Chunk(
                source=Source.CONTRIBUTION, doc_id=doc_id, position=i, title=question,
                heading_path=(f"Convention collective IDCC {idcc}",),
                url=f"{BASE_URL}{idcc}-{slug}", text=body, corpus_version=reader.version_label,
                date=CONTRIBUTIONS_DATE, idcc=idcc,
                article_nums=tuple(cited_articles(answer.get("markdown") or "", catalog)),
                extra={"agreement_refs": [r.get("title") for r in answer.get("references") or []
                                          if r.get("title")]},
            ))
    return chunks
