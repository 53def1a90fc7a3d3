"""Fiches of the Ministère du Travail from `@socialgouv/fiches-travail-data`, section by section."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..chunking import split_text
from ..errors import CorpusError
from ..model import Chunk, Source
from ..packages import PackageReader
from ..text import clean_ws, html_to_text, unique
from .common import cited_articles
from .legi import CODE_DU_TRAVAIL, ArticleCatalog

MEMBER = "package/data/fiches-travail.json"


def _date(raw: str | None) -> str | None:
    if not raw:
        return None
    try:
        return datetime.strptime(raw.strip(), "%d/%m/%Y").date().isoformat()
    except ValueError:
        return None


def _section_refs(section: dict[str, Any]) -> list[str]:
    refs = (section.get("references") or {}).get(CODE_DU_TRAVAIL) or {}
    return [a["fmt"].strip() for a in refs.get("articles") or [] if a.get("fmt")]


def parse(reader: PackageReader, catalog: ArticleCatalog | None) -> list[Chunk]:
    fiches = reader.read_json(MEMBER)
    if not isinstance(fiches, list):
        raise CorpusError(f"{reader.pkg.spec}: {MEMBER} is not a list of fiches (schema changed?)")
    chunks: list[Chunk] = []
    seen_urls: set[str] = set()
    for fiche in fiches:
        try:
            url, title, sections = fiche["url"], clean_ws(fiche["title"]), fiche["sections"]
            doc_id = fiche["pubId"]
        except (KeyError, TypeError) as exc:
            raise CorpusError(f"{reader.pkg.spec}: a fiche lacks {exc} (schema changed?)") from exc
        if url in seen_urls:  # the package repeats a few fiches under one URL
            continue
        seen_urls.add(url)
        date = _date(fiche.get("date"))
        position = 0
        blocks: list[tuple[str, str, str, list[str]]] = []
        intro = html_to_text(fiche.get("intro") or "")
        if intro:
            blocks.append(("Introduction", url, intro, []))
        for section in sections:
            text = html_to_text(section.get("html") or "")
            anchor = section.get("anchor") or ""
            blocks.append((clean_ws(section.get("title") or ""),
                           f"{url}#{anchor}" if anchor else url, text, _section_refs(section)))
        for heading, section_url, text, refs in blocks:
            if not text:
                continue
            nums = unique([*refs, *cited_articles(text, catalog)])
            if catalog is not None:
                nums = [n for n in nums if n in catalog.articles]
            for piece in split_text(text):
                chunks.append(Chunk(
                    source=Source.FICHE_TRAVAIL, doc_id=doc_id, position=position, title=title,
                    heading_path=(heading,) if heading else (), url=section_url, text=piece,
                    corpus_version=reader.version_label, date=date, article_nums=tuple(nums),
                ))
                position += 1
    return chunks
