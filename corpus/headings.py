"""The Code's section headings as names a mail may use: « période de mise en situation en milieu
professionnel », « préparation opérationnelle à l'emploi », « compte professionnel de
prévention ». An usager who names a device by its legal name points at the part of the Code
that governs it, even when the question sentence only says « cette immersion ».

Only headings of at least three content words count: two-word ones (« congés payés », « période
d'essai ») name whole themes and, on the labelled mails, pointed away from the governing article
more often than to it (docs/history.md)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from .text import fold

MIN_CONTENT_WORDS = 3
# The Code's tiers (« Partie législative », « Troisième partie : … », « Livre III : … ») name
# whole parts; headings from the title down are specific enough
FIRST_LEVEL = 3
_TIER = re.compile(r"^(partie|livre|titre|chapitre|section|sous-section|paragraphe|"
                   r"sous-paragraphe)\b[^:]*:\s*")
_STOP = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "a", "au", "aux", "et", "en",
                   "un", "une", "par", "pour", "dans", "sur", "ou"})


def words(text: str) -> list[str]:
    """Folded words, a plural's final s or x dropped (« Périodes » names « une période »)."""
    return [w[:-1] if len(w) > 3 and w[-1] in "sx" else w
            for w in re.findall(r"[a-z0-9]+", fold(text).replace("'", " "))]


def phrase(heading: str) -> str:
    """A heading's name without its tier and number: « Chapitre V : Périodes de mise en
    situation. » gives « periode de mise en situation »; empty when too short to be a name."""
    named = words(_TIER.sub("", fold(heading)).strip(" ."))
    if sum(w not in _STOP for w in named) < MIN_CONTENT_WORDS:
        return ""
    return " ".join(named)


def index(paths: Mapping[str, Sequence[str]]) -> dict[str, frozenset[str]]:
    """Each heading name and the articles under it, from article number -> heading path (the
    articles in force only)."""
    under: dict[str, set[str]] = {}
    names: dict[str, str] = {}  # each heading is shared by many articles: named once
    for num, path in paths.items():
        for heading in path[FIRST_LEVEL:]:
            if heading not in names:
                names[heading] = phrase(heading)
            if names[heading]:
                under.setdefault(names[heading], set()).add(num)
    return {name: frozenset(nums) for name, nums in under.items()}


def named(text: str, names: Iterable[str]) -> list[str]:
    """The heading names `text` uses, the longest first, none inside another one found
    (« comité social et économique central » hides « comité social et économique »)."""
    said = f" {' '.join(words(text))} "
    found = sorted((n for n in names if f" {n} " in said), key=len, reverse=True)
    return [n for i, n in enumerate(found) if not any(f" {n} " in f" {m} " for m in found[:i])]
