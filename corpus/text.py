"""Text helpers: HTML to readable text, article numbers, French normalisation."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from bs4 import BeautifulSoup, NavigableString, Tag

_BLOCKS = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "br", "table",
           "ul", "ol", "blockquote", "section", "article", "dl", "dt", "dd"}
_SKIP = {"script", "style", "noscript", "template", "head", "iframe", "svg", "button"}
_WS = re.compile(r"[ \t\u00a0\u202f\u2009]+")
# The words a mail greets or takes leave with: what every mail says, never its question (the
# queries drop the sentences they open, the questions already answered the lines)
COURTESY = (r"bonjour|bonsoir|madame|monsieur|cordialement|bien cordialement|bien (a|à) vous|"
            r"merci|salutations|dans l'attente|en vous remerciant|je vous remercie")


def clean_ws(text: str) -> str:
    """Collapse runs of spaces (titles in legi-data carry stray `\\r\\n` and double spaces)."""
    return _WS.sub(" ", text.replace("\r", " ").replace("\n", " ")).strip()


def html_to_text(html: str) -> str:
    """Readable text: one paragraph per line, list items as `- `, table rows as `a | b`.

    Iterative on purpose: unclosed tags in real data nest thousands deep."""
    if not html:
        return ""
    soup = BeautifulSoup(html, "html.parser")
    lines: list[str] = []
    current: list[str] = []
    flush_mark = object()

    def flush() -> None:
        line = clean_ws("".join(current))
        if line:
            lines.append(line)
        current.clear()

    stack: list[object] = [soup]
    while stack:
        node = stack.pop()
        if node is flush_mark:
            flush()
            continue
        if isinstance(node, NavigableString):
            if node.__class__.__name__ not in ("Comment", "Doctype", "Declaration"):
                current.append(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name.lower()
        if name in _SKIP:
            continue
        if name == "tr":
            flush()
            cells = [clean_ws(c.get_text(" ")) for c in node.find_all(["td", "th"])]
            row = " | ".join(c for c in cells if c)
            if row:
                lines.append(row)
            continue
        block = name in _BLOCKS and node is not soup
        if block:
            flush()
            stack.append(flush_mark)
        stack.extend(reversed(list(node.children)))
        if name == "li":
            current.append("- ")
    flush()
    return "\n".join(lines)


# --- Article numbers -------------------------------------------------------------------------

# "L1237-1", "L. 1237-1", "article L 1237-1", "R.1234-2", "D 3141-7-1", "L.1237-19-1".
ARTICLE_RE = re.compile(
    r"(?<![A-Za-z0-9])([LRD])\s?\.?\s?(\d{1,4}(?:\s?-\s?\d+){0,3})(?![\d])",
)
_ARTICLE_FULL = re.compile(
    r"^\s*(?:(?:l'|l’)?articles?\s+)?([LRDlrd])\s*\.?\s*(\d{1,4}(?:\s*-\s*\d+){0,3})\s*$",
    re.IGNORECASE)


def normalize_article_num(raw: str) -> str | None:
    """Canonical article number (`L1237-1`) from any usual spelling, or None."""
    m = _ARTICLE_FULL.match(raw.strip())
    if not m:
        return None
    return m.group(1).upper() + re.sub(r"\s+", "", m.group(2))


def find_article_nums(text: str) -> list[str]:
    """Article numbers cited in free text, canonical and in order of first appearance."""
    seen: dict[str, None] = {}
    for m in ARTICLE_RE.finditer(text):
        body = re.sub(r"\s+", "", m.group(2))
        if "-" not in body:  # "L 1234" alone is too ambiguous (a postcode, a sum)
            continue
        seen.setdefault(m.group(1) + body, None)
    return list(seen)


# Légifrance's note on an article that a later text repealed while the database still marks
# it in force (« Les articles L. 5134-54 à L. 5134-64 sont abrogés à leur date d'entrée en
# vigueur », « ces dispositions sont abrogées à la date du 1er avril 2026 »)
_REPEALED_BY_NOTE = re.compile(
    r"\bNota\s*:.*\b(ces dispositions|les articles .{0,80}?)\s+sont abrog", re.I | re.S)


def repealed_by_note(text: str) -> bool:
    """An article's own note says it is repealed (a note about another article does not)."""
    return bool(_REPEALED_BY_NOTE.search(text))


# --- French normalisation for the sparse vectors ----------------------------------------------

def fold(text: str) -> str:
    """Lower-case and strip accents: `Congé payé` and `conge paye` must meet."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("œ", "oe")


def unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
