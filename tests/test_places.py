"""The places with a law of their own, named once for the anonymiser, the classifier and
retrieval."""

from __future__ import annotations

import re

from assistant.anonymise import ALLOW
from assistant.classify import ALSACE_MOSELLE
from assistant.places import (
    ALSACE_MOSELLE_CITIES,
    ALSACE_MOSELLE_REGIONS,
    OVERSEAS_CITIES,
    OVERSEAS_REGIONS,
    pattern,
)
from assistant.retrieve import OVERSEAS
from corpus.text import fold


def test_every_place_is_never_masked() -> None:
    for name in (*ALSACE_MOSELLE_REGIONS, *ALSACE_MOSELLE_CITIES, *OVERSEAS_REGIONS,
                 *OVERSEAS_CITIES):
        assert fold(name) in ALLOW, name


def test_each_city_tells_its_local_law() -> None:
    for city in ALSACE_MOSELLE_CITIES:
        assert re.search(ALSACE_MOSELLE, fold(f"Je travaille à {city}.")), city
    overseas = OVERSEAS[0][1]
    for city in OVERSEAS_CITIES:
        assert re.search(overseas, fold(f"Je travaille à {city}.")), city


def test_a_short_name_is_matched_as_a_whole_word() -> None:
    assert re.search(pattern(("Metz",)), "metz")
    assert not re.search(pattern(("Metz",)), "metzervisse")
    assert re.search(pattern(("Pointe-à-Pitre",)), "a pointe-a-pitre")
