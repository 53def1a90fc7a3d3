"""Conventions collectives from `@socialgouv/kali-data`: the catalogue of every agreement
(to recognise one named in an email) and the articles of the agreements published in full."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..chunking import split_text
from ..errors import CorpusError
from ..model import Chunk, Source
from ..packages import PackageReader
from ..text import clean_ws, find_article_nums, html_to_text

_MEMBER = re.compile(r"^package/data/(KALICONT\d+)\.json$")
INDEX = "package/data/index.json"


def kali_url(kali_id: str) -> str:
    return f"https://www.legifrance.gouv.fr/conv_coll/id/{kali_id}"


_MONTHS = {m: i for i, m in enumerate(
    ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
     "octobre", "novembre", "décembre"), start=1)}
_TITLE_DATE = re.compile(r"\bdu (\d{1,2})(?:er)? (" + "|".join(_MONTHS) + r") (\d{4})")


def date_from_title(title: str) -> str | None:
    """« … du 16 juillet 2021 » → 2021-07-16: base texts carry their date only in the title."""
    m = _TITLE_DATE.search(title.lower())
    if not m:
        return None
    return f"{int(m.group(3)):04d}-{_MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}"


def _articles(node: dict[str, Any], path: tuple[str, ...], date: str | None
              ) -> Iterator[tuple[dict[str, Any], tuple[str, ...], str | None]]:
    for child in node.get("children") or []:
        data = child.get("data") or {}
        if child.get("type") == "article":
            yield data, path, date
        else:
            title = clean_ws(data.get("title") or "")
            yield from _articles(child, (*path, title) if title else path,
                                 data.get("modifDate") or date_from_title(title) or date)


def parse(reader: PackageReader, with_salaries: bool = False,
          only_idcc: set[int] | None = None, catalogue_only: bool = False,
          ) -> tuple[list[Chunk], list[dict[str, Any]]]:
    """Chunks of the full agreements (none with `catalogue_only`) and the catalogue of all."""
    catalogue: dict[int, dict[str, Any]] = {}
    index_meta: dict[str, dict[str, Any]] = {}
    chunks: list[Chunk] = []
    for name, data in reader.iter_json(lambda n: n == INDEX or _MEMBER.match(n) is not None):
        if name == INDEX:
            for entry in data:
                index_meta[entry["id"]] = entry
            continue
        meta = data.get("data") or {}
        if "title" not in meta:
            raise CorpusError(f"{reader.pkg.spec}: {name} has no title (schema changed?)")
        try:  # a few national agreements (VRP, temporary work staff) have no IDCC
            idcc = int(meta["num"])
        except (KeyError, TypeError, ValueError):
            continue
        kali_id = meta.get("id") or _MEMBER.match(name).group(1)  # type: ignore[union-attr]
        children = data.get("children") or []
        catalogue[idcc] = {
            "idcc": idcc, "id": kali_id, "title": clean_ws(meta["title"]),
            "short_title": clean_ws(meta.get("shortTitle") or ""),
            "full_text": bool(children), "url": kali_url(kali_id),
        }
        if catalogue_only or not children or (only_idcc is not None and idcc not in only_idcc):
            continue
        short = clean_ws(meta.get("shortTitle") or meta["title"])
        position = 0
        for part in children:
            part_title = clean_ws((part.get("data") or {}).get("title") or "")
            if part_title.lower().startswith("textes salaires") and not with_salaries:
                continue
            part_date = (part.get("data") or {}).get("modifDate") or date_from_title(part_title)
            for art, path, date in _articles(part, (part_title,), part_date):
                text = html_to_text(art.get("content") or "")
                if not text:
                    continue
                etat = str(art.get("etat") or "")
                num = clean_ws(str(art.get("num") or ""))
                heading = (*path, f"Article {num}") if num else path
                for piece in split_text(text):
                    chunks.append(Chunk(
                        source=Source.CONVENTION, doc_id=str(art.get("cid") or art.get("id")),
                        position=position, title=short, heading_path=heading,
                        url=kali_url(str(art.get("id"))), text=piece,
                        corpus_version=reader.version_label, date=date, idcc=idcc,
                        article_nums=tuple(find_article_nums(piece)),
                        in_force=etat.startswith("VIGUEUR") or not etat,
                        extra={"kali_num": num, "etat": etat},
                    ))
                    position += 1
    for kali_id, entry in index_meta.items():
        for item in catalogue.values():
            if item["id"] == kali_id:
                item["effectif"] = entry.get("effectif")
    if not catalogue:
        raise CorpusError(f"{reader.pkg.spec}: no agreement found (schema changed?)")
    return chunks, sorted(catalogue.values(), key=lambda c: c["idcc"])
