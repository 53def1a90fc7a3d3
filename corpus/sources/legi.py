"""Code du travail from `@socialgouv/legi-data`: every article in force at the build date."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ..chunking import split_text
from ..errors import CorpusError
from ..model import Chunk, Source
from ..packages import PackageReader
from ..text import clean_ws, find_article_nums, html_to_text, repealed_by_note

CODE_DU_TRAVAIL = "LEGITEXT000006072050"
MEMBER = f"package/data/{CODE_DU_TRAVAIL}.json"
_REQUIRED = ("id", "cid", "num", "dateDebut", "dateFin")


def legifrance_url(article_id: str) -> str:
    return f"https://www.legifrance.gouv.fr/codes/article_lc/{article_id}"


@dataclass
class ArticleCatalog:
    """Every article number known to the Code, with the current version and the map from any
    historical version id (LEGIARTI) or stable id (cid) to the current number."""

    articles: dict[str, dict[str, Any]] = field(default_factory=dict)
    versions: dict[str, str] = field(default_factory=dict)

    def resolve_id(self, legiarti: str) -> str | None:
        return self.versions.get(legiarti)

    def to_json(self) -> dict[str, Any]:
        return {"articles": self.articles, "versions": self.versions}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ArticleCatalog:
        return cls(articles=dict(data["articles"]), versions=dict(data["versions"]))


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=UTC).date().isoformat()


def _walk(node: dict[str, Any], path: tuple[str, ...]
          ) -> Iterator[tuple[dict[str, Any], tuple[str, ...]]]:
    for child in node.get("children") or []:
        kind = child.get("type")
        if kind == "article":
            yield child, path
        elif kind == "section":
            title = clean_ws(child.get("data", {}).get("title") or "")
            yield from _walk(child, (*path, title) if title else path)


def _text(data: dict[str, Any]) -> str:
    """An article's text with its note, which may say when it applies or that it is gone."""
    text = html_to_text(data.get("texteHtml") or "") or clean_ws(data.get("texte") or "")
    nota = html_to_text(data.get("notaHtml") or "") or clean_ws(data.get("nota") or "")
    return f"{text}\nNota : {nota}" if nota else text


def parse(reader: PackageReader, now: datetime) -> tuple[list[Chunk], ArticleCatalog]:
    tree = reader.read_json(MEMBER)
    if not isinstance(tree, dict) or tree.get("type") != "code" or "children" not in tree:
        raise CorpusError(f"{reader.pkg.spec}: {MEMBER} is not a code tree (schema changed?)")
    now_ms = now.timestamp() * 1000
    chunks: list[Chunk] = []
    catalog = ArticleCatalog()
    version = reader.version_label
    for node, path in _walk(tree, ()):
        data = node.get("data") or {}
        missing = [k for k in _REQUIRED if k not in data]
        if missing or ("texteHtml" not in data and "texte" not in data):
            raise CorpusError(
                f"{reader.pkg.spec}: article {data.get('id', '?')} lacks {missing or ['texteHtml']}"
                " (schema changed?)"
            )
        num = str(data["num"] or "").strip()
        if not num:
            continue
        in_force = data["dateDebut"] <= now_ms < data["dateFin"]
        text = _text(data) if in_force else ""
        # some articles Légifrance still marks in force carry a note saying a later text
        # repealed them (L5134-54 to 64, R4217-2): not in force for search, look-up and verifier
        in_force = in_force and not repealed_by_note(text)
        known = catalog.articles.get(num)
        if known and known["in_force"] and not in_force:
            continue
        url = legifrance_url(data["id"])
        catalog.articles[num] = {
            "num": num, "id": data["id"], "cid": data["cid"], "in_force": in_force,
            "etat": data.get("etat"), "url": url, "path": list(path),
            "date_debut": _iso(data["dateDebut"]),
        }
        # Old links must resolve too; an article in force wins over a repealed homonym.
        versions = [v.get("id") for v in data.get("articleVersions") or []]
        for vid in [data["cid"], data["id"], *versions]:
            if vid and (in_force or vid not in catalog.versions):
                catalog.versions[vid] = num
        if not in_force:
            continue
        cited = [n for n in find_article_nums(text) if n != num]
        for i, piece in enumerate(split_text(text)):
            chunks.append(Chunk(
                source=Source.CODE_DU_TRAVAIL, doc_id=data["cid"], position=i,
                title=f"Article {num} du Code du travail", heading_path=path, url=url,
                text=piece, corpus_version=version, date=_iso(data["dateDebut"]),
                article_num=num, article_nums=(num, *cited), in_force=True,
                extra={"legiarti": data["id"], "etat": data.get("etat")},
            ))
    if not chunks:
        raise CorpusError(f"{reader.pkg.spec}: no article in force found (schema changed?)")
    return chunks, catalog
