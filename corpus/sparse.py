"""BM25-style sparse vectors with French normalisation, computed here so that both Qdrant
backends receive identical vectors. Qdrant applies the IDF (`Modifier.IDF`); we supply the
saturated, length-normalised term frequencies for documents and plain presence for queries."""

from __future__ import annotations

import re
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

from .text import ARTICLE_RE, fold

# Compact French stop list: function words only. Words that carry legal meaning
# ("sans", "avant", "après", "plus", "moins", "pas") are kept on purpose.
STOP_WORDS = frozenset(fold(w) for w in """
a à au aux avec ce ces cet cette c ça d dans de des du elle elles en et eu étaient était être
eux il ils j je l la le les leur leurs lui m ma mais me même mes moi mon n ne nos notre nous
on ont ou où par qu que quel quelle quelles quels qui s sa se ses si son sont sur ta te tes toi
ton tu un une vos votre vous y été ai as avons avez est es sommes êtes suis cela ceci celui
celle ceux celles dont donc or ni car lors ainsi tout toute tous toutes bonjour madame monsieur
merci cordialement bien salutations svp
""".split())

_ELISION = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]", re.IGNORECASE)
_WORD = re.compile(r"[0-9a-zà-öø-ÿœæ]+", re.IGNORECASE)
_STEMMER = Stemmer.Stemmer("french")
# Stems the French stemmer keeps apart for one word of the law: the usager writes « rompre
# son CDD », the Code « peut être rompu », the fiches « rupture »; « démissionner » and
# « démission », « payé » and « payer », « licencié » and « licencier ». Index and queries
# alike (a change rebuilds the index: `build.PIPELINE_VERSION`). « travaillé » and « travail »
# were tried too and cost as much as they brought (docs/history.md, 2026-12-04).
CONFLATE: dict[str, str] = {
    "rompr": "ruptur", "rompu": "ruptur", "rompt": "ruptur", "romp": "ruptur",
    "licenc": "licenci", "demission": "demiss", "pay": "pai",
    "reprendr": "repris", "repr": "repris", "suspendr": "suspens", "suspendu": "suspens",
    "reten": "retenu", "absenc": "absent", "mutat": "mut",
    "modifi": "modif", "convoqu": "convoc", "reduir": "reduct", "rattrapag": "rattrap",
}


@lru_cache(maxsize=200_000)
def _term(word: str) -> str | None:
    """The stem of a word, None for a stop word. Folded first: usagers often type without
    accents, and "payés" must meet "payes"."""
    folded = fold(word)
    if folded in STOP_WORDS or (len(word) < 2 and not word.isdigit()):
        return None
    stem = str(_STEMMER.stemWord(folded))
    return CONFLATE.get(stem, stem)


def tokenize(text: str) -> list[str]:
    """Normalised terms: article numbers whole (`l1237-1`), words de-elided, folded, stemmed."""
    tokens: list[str] = []

    def article(m: re.Match[str]) -> str:
        body = re.sub(r"\s+", "", m.group(2))
        if "-" in body:
            tokens.append((m.group(1) + body).lower())
            return " "
        return m.group(0)

    rest = ARTICLE_RE.sub(article, text)
    rest = _ELISION.sub(" ", rest.lower())
    for word in _WORD.findall(rest):
        term = _term(word)
        if term is not None:
            tokens.append(term)
    return tokens


def term_index(term: str) -> int:
    return zlib.crc32(term.encode("utf-8")) & 0x7FFFFFFF


@dataclass(frozen=True)
class SparseVec:
    indices: list[int]
    values: list[float]

    def __bool__(self) -> bool:
        return bool(self.indices)


@dataclass(frozen=True)
class SparseEncoder:
    k1: float = 1.2
    b: float = 0.75
    avg_len: float = 150.0

    def document(self, text: str) -> SparseVec:
        return self.document_tokens(tokenize(text))

    def document_tokens(self, tokens: list[str]) -> SparseVec:
        counts = Counter(tokens)
        length = sum(counts.values())
        norm = self.k1 * (1 - self.b + self.b * length / self.avg_len)
        weights: dict[int, float] = {}
        for term, tf in counts.items():
            idx = term_index(term)
            weights[idx] = weights.get(idx, 0.0) + tf * (self.k1 + 1) / (tf + norm)
        return _sorted(weights)

    def query(self, text: str) -> SparseVec:
        return _sorted({term_index(t): 1.0 for t in tokenize(text)})


def _sorted(weights: dict[int, float]) -> SparseVec:
    keys = sorted(weights)
    return SparseVec(indices=keys, values=[round(weights[k], 5) for k in keys])
