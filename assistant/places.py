"""The places whose labour law differs from the rest of France's, named once.

Alsace-Moselle keeps rules of its own (public holidays, pay through a short absence, the notice)
and the Code has overseas books. The anonymiser never masks these names, the classifier and
retrieval read them: one list, so that a city added for one stage is known to the others.
"""

from __future__ import annotations

from corpus.text import fold

ALSACE_MOSELLE_REGIONS = ("Alsace", "Moselle", "Bas-Rhin", "Haut-Rhin", "Alsace-Moselle")
ALSACE_MOSELLE_CITIES = ("Strasbourg", "Mulhouse", "Colmar", "Metz", "Thionville", "Haguenau")
OVERSEAS_REGIONS = ("Mayotte", "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Réunion",
                    "Saint-Pierre-et-Miquelon")
OVERSEAS_CITIES = ("Cayenne", "Fort-de-France", "Pointe-à-Pitre")

# names short enough to begin another word (« metz » in « Metzervisse »)
_WHOLE_WORD = {"metz"}


def pattern(names: tuple[str, ...]) -> str:
    """An alternation matching the names in folded text."""
    return "|".join(rf"\b{n}\b" if n in _WHOLE_WORD else n for n in map(fold, names))
