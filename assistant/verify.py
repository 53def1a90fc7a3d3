"""Verification of a draft against its sources, before the agent sees it.

Checks: every article number exists and is in force; every link comes from a retrieved source
(others are removed); every citation marker points to a source; every figure (duration,
percentage, amount) appears in a cited source or is flagged; no placeholder is left. Warnings
carry their positions in the final text so the UI can highlight them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache

from corpus.text import ARTICLE_RE, fold

from .anonymise import leftover_placeholders
from .retrieve import Source

_URL = re.compile(r"https?://[^\s<>\"»)\]]+[^\s<>\"»).,;:\]]")
_CITATION = re.compile(r"\[(\d{1,3})\]")
_OTHER_CODE = re.compile(r",?\s+(?:du|de l[a']|des)\s+code\s+(?!du\s+travail)", re.IGNORECASE)
# the rest of a list or a range of articles (« D. 433-3 à D. 433-8 », « L. 1, L. 2 et L. 3 »):
# the code named after the last one is the code of them all
_MORE_ARTICLES = re.compile(
    r"(?:\s*(?:,|à|et|ou)\s*(?:l'article\s+)?[LRD]\s?\.?\s?\d{1,4}(?:\s?-\s?\d+){0,3})+",
    re.IGNORECASE)
_NUMBER_WORDS = {"un": "1", "une": "1", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5",
                 "six": "6", "sept": "7", "huit": "8", "neuf": "9", "dix": "10", "onze": "11",
                 "douze": "12", "quinze": "15", "vingt": "20", "trente": "30"}
_UNIT = (r"(?:jours?(?: ouvrables| ouvrés| calendaires| francs)?|semaines?|mois|ans?|années?|"
         r"heures?|h\b|%|pour ?cent|€|euros?|smic|trimestres?)")
_FIGURE = re.compile(rf"\b(\d+(?:[,.]\d+)?|{'|'.join(_NUMBER_WORDS)})(?:er)?\s*(?:\w+\s)?{_UNIT}",
                     re.IGNORECASE)


@dataclass(frozen=True)
class Warning:
    kind: str  # article_inconnu, article_abroge, lien_retire, citation_invalide,
    #            chiffre_non_source, donnee_masquee
    message: str  # French, for the agent
    start: int
    end: int

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


ArticleCheck = Callable[[str], tuple[bool, bool]]  # num -> (known, in force)


_WORD_NUMBER = re.compile(rf"\b(?:{'|'.join(_NUMBER_WORDS)})\b")
_PLURAL = re.compile(r"\b(jour|semaine|heure|annee|an|euro|trimestre)s\b")
_SPACES = re.compile(r"\s+")


def _norm_figure(raw: str) -> str:
    """« deux mois », « 2 mois » and « 2 mois. » compare equal."""
    text = _WORD_NUMBER.sub(lambda m: _NUMBER_WORDS[m.group(0)], fold(raw).replace(",", "."))
    text = _PLURAL.sub(r"\1", _SPACES.sub(" ", text))
    return text.replace("pour cent", "%").replace("pourcent", "%").strip()


def figures(text: str) -> frozenset[str]:
    """The figures a text states, normalised: « deux mois » and « 2 mois » are one."""
    return frozenset(_norm_figure(m.group(0)) for m in _FIGURE.finditer(text))


@lru_cache(maxsize=4096)
def _figures_in(text: str) -> frozenset[str]:
    """The figures of a source, normalised, and their bare numbers. Every source of every
    draft goes through here, and the same passages come back draft after draft: kept."""
    out: set[str] = set()
    for m in _FIGURE.finditer(text):
        out.add(_norm_figure(m.group(0)))
        out.add(_SPACES.sub("", m.group(1)))
    return frozenset(out)


def remove_foreign_links(text: str, allowed: set[str]) -> tuple[str, list[str]]:
    """Drop links that no retrieved source carries (invented links were the existing
    assistant's most frequent bug)."""
    removed: list[str] = []

    def keep(m: re.Match[str]) -> str:
        url = m.group(0)
        if url in allowed or url.split("#")[0] in {a.split("#")[0] for a in allowed}:
            return url
        removed.append(url)
        return "[lien retiré]"

    return _URL.sub(keep, text), removed


def _quoted_from_source(text: str, m: re.Match[str], by_n: dict[int, Source]) -> bool:
    """Whether the reference sits inside a « … » quotation copied verbatim from a source
    cited in the same paragraph."""
    open_q = text.rfind("«", 0, m.start())
    if open_q < 0 or text.rfind("»", open_q, m.start()) >= 0:
        return False
    close_q = text.find("»", m.end())
    if close_q < 0:
        return False
    quote = re.sub(r"\s+", " ", text[open_q + 1:close_q]).strip()
    # a quotation with omissions (« … : […] 4° Douze jours … […] »): each part verbatim
    parts = [p.strip() for p in quote.split("[…]") if p.strip()]
    para_end = text.find("\n\n", close_q)
    para = text[text.rfind("\n\n", 0, open_q) + 1: para_end if para_end >= 0 else len(text)]
    for n in _CITATION.findall(para):
        src = by_n.get(int(n))
        if src is None or not parts:
            continue
        said = re.sub(r"\s+", " ", src.section or src.text)
        if all(p in said for p in parts):
            return True
    return False


def _labour_code_citations(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each article number a text cites, with its match, when it can be the Code du travail's:
    « L 1234 » alone (a postcode, a sum) and another code's articles (« L. 323-3-1 du code de
    la sécurité sociale », a list or range of them included) left out."""
    for m in ARTICLE_RE.finditer(text):
        body = re.sub(r"\s+", "", m.group(2))
        if "-" not in body:
            continue
        more = _MORE_ARTICLES.match(text, m.end())
        if _OTHER_CODE.match(text, more.end() if more else m.end()):
            continue  # « L. 323-3-1 du code de la sécurité sociale »: not ours to check
        yield m, m.group(1) + body


def code_articles(text: str, article_check: ArticleCheck, limit: int = 20) -> list[str]:
    """The Code du travail articles a text names and the index knows, in order of first
    appearance: what an agent's reply cites."""
    found: dict[str, None] = {}
    for _, num in _labour_code_citations(text):
        if article_check(num)[0]:
            found.setdefault(num, None)
    return list(found)[:limit]


def verify(text: str, sources: Sequence[Source], article_check: ArticleCheck
           ) -> tuple[str, list[Warning]]:
    """The checked text (foreign links removed) and warnings with positions in that text."""
    allowed = {s.url for s in sources}
    text, _removed = remove_foreign_links(text, allowed)
    warnings: list[Warning] = []
    for m in re.finditer(re.escape("[lien retiré]"), text):
        warnings.append(Warning("lien_retire", "Lien absent des sources retenues : retiré.",
                                m.start(), m.end()))
    by_n = {s.n: s for s in sources}
    for m in _CITATION.finditer(text):
        if int(m.group(1)) not in by_n:
            warnings.append(Warning("citation_invalide",
                                    f"La référence [{m.group(1)}] ne correspond à aucune source.",
                                    m.start(), m.end()))
    for m, num in _labour_code_citations(text):
        if _quoted_from_source(text, m, by_n):
            continue  # a source's own words (it may cite another code): not the draft's claim
        known, in_force = article_check(num)
        if not known:
            warnings.append(Warning("article_inconnu",
                                    f"L'article {num} n'existe pas dans le Code du travail.",
                                    m.start(), m.end()))
        elif not in_force:
            warnings.append(Warning("article_abroge",
                                    f"L'article {num} n'est plus en vigueur.", m.start(), m.end()))
    # figures: each must appear in one of the sources cited in the same paragraph (or, when
    # the paragraph cites none, in any source)
    offset = 0
    figures_of = {s.n: _figures_in(s.section or s.text) for s in sources}
    for para in text.split("\n\n"):
        cited = [by_n[int(n)] for n in _CITATION.findall(para) if int(n) in by_n]
        pool = cited or list(sources)
        known_figures: set[str] = set()
        for s in pool:
            known_figures |= figures_of[s.n]
        if not para.startswith(("Sources :", "[")):
            for m in _FIGURE.finditer(para):
                norm = _norm_figure(m.group(0))
                bare = _SPACES.sub("", m.group(1))
                if norm not in known_figures and not (bare in known_figures and cited):
                    warnings.append(Warning(
                        "chiffre_non_source",
                        f"« {m.group(0)} » ne figure pas dans les sources citées : à vérifier.",
                        offset + m.start(), offset + m.end()))
        offset += len(para) + 2
    for start, end, ph in leftover_placeholders(text):
        warnings.append(Warning("donnee_masquee",
                                f"{ph} : donnée masquée non restituée, à compléter.", start, end))
    warnings.sort(key=lambda w: w.start)
    return text, warnings
