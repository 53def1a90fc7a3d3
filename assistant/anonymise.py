"""Reversible pseudonymisation: nothing identifying leaves the process.

Spans are detected on the original text and merged before any replacement (placeholders
inserted first would confuse the NER). Pattern kinds are validated by their check keys (NIR
and IBAN modulo 97, SIRET and SIREN Luhn) so that a salary or a case number is not taken for
an identifier. Names come from courtesy titles, from the sender's header and signature, and
from spaCy's French NER. Salaries, durations, dates of events and company size are kept: the
legal answer needs them. The report gives kinds and counts, never values.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from corpus.kb import CONVENTION_ALIASES
from corpus.text import fold

from .places import (
    ALSACE_MOSELLE_CITIES,
    ALSACE_MOSELLE_REGIONS,
    OVERSEAS_CITIES,
    OVERSEAS_REGIONS,
)

# Higher wins when spans overlap.
PRIORITY = {"EMAIL": 100, "IBAN": 95, "NIR": 95, "SIRET": 90, "SIREN": 85, "TELEPHONE": 80,
            "DATE_NAISSANCE": 75, "ADRESSE": 70, "PERSONNE": 50, "ORGANISATION": 40, "LIEU": 30}
PATTERN_KINDS = ("EMAIL", "TELEPHONE", "ADRESSE", "NIR", "IBAN", "SIRET", "SIREN",
                 "DATE_NAISSANCE")
_PLACEHOLDER = re.compile(r"\[(PERSONNE|ORGANISATION|EMAIL|TELEPHONE|ADRESSE|NIR|IBAN|SIRET|"
                          r"SIREN|DATE_NAISSANCE|LIEU)_(\d+)\]")

_UP = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"
_NAME_WORD = rf"[{_UP}][a-zà-öø-ÿ'’\-]+(?:-[{_UP}][a-zà-öø-ÿ'’\-]+)?"
_NAME_UPPER = rf"[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?"

EMAIL_RE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
PHONE_RE = re.compile(
    r"(?<![\d\w])(?:(?:\+|00)\s?33\s?(?:\(0\)\s?)?|0)[1-9](?:[\s.\-]?\d{2}){4}(?!\d)")
PHONE_INTL_RE = re.compile(r"(?<![\d\w])(?:\+|00)(?!33)\d{2,3}(?:[\s.\-]?\d{2,4}){3,5}(?!\d)")
NIR_RE = re.compile(
    r"(?<![\d\w])([12])\s?(\d{2})\s?(\d{2})\s?(\d{2}|2[AB])\s?(\d{3})\s?(\d{3})\s?(\d{2})(?![\d\w])",
    re.IGNORECASE)
IBAN_RE = re.compile(
    r"(?<![\w])([A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?)(?![\w])")
SIRET_RE = re.compile(r"(?<![\d\w])(\d{3}\s?\d{3}\s?\d{3}\s?\d{5})(?![\d\w])")
SIREN_RE = re.compile(r"(?<![\d\w])(\d{3}\s?\d{3}\s?\d{3})(?![\d\w])")
_MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|" \
          "novembre|décembre|decembre"
_DATE = rf"(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}|\d{{1,2}}(?:er)?\s+(?:{_MONTHS})\s+\d{{4}})"
BIRTH_RE = re.compile(
    rf"(?:\bné(?:e)?\s+le|\bnée?\s+en|date\s+de\s+naissance\s*:?|\bDDN\s*:?|naissance\s*:)\s*"
    rf"(?:le\s+)?({_DATE}|\d{{4}})", re.IGNORECASE)
_STREET = (r"rue|avenue|av\.|bd|boulevard|place|pl\.|chemin|allée|allee|impasse|route|quai|cours|"
           r"square|résidence|residence|lotissement|cité|cite|hameau|lieu-dit|passage|voie|sentier")
# A town: capitalised words, with the usual lower-case links (Aix-en-Provence, Saint-Denis).
_CITY = (rf"[{_UP}][\w'’\-]+(?:(?:\s|-)(?:(?:sur|en|le|la|les|de|du|lès|d'|l')(?:\s|-))?"
         rf"[{_UP}][\w'’\-]+)*(?:\s+(?:CEDEX|Cedex)(?:\s+\d{{1,2}})?)?")
ADDRESS_RE = re.compile(  # case-insensitive for the street word only: towns are capitalised
    rf"(?<![\d\w])\d{{1,4}}(?:\s?(?i:bis|ter|b|t))?,?\s+(?i:{_STREET})\b[^\n,;:()]{{2,60}}?"
    rf"(?=[,;\n.]|\s+\d{{5}}|$)(?:,?\s*\d{{5}}\s+{_CITY})?")
POSTCODE_CITY_RE = re.compile(rf"(?<![\d\w])\d{{5}}\s+{_CITY}")
_SPACE = r"[^\S\n]+"  # a name does not go on to the next line (« Dr Renaud\nMédecin du travail »)
INTRO_RE = re.compile(
    rf"\b(?:je suis|je m'appelle|je m’appelle|mon nom est|moi-même|soussignée?)\s+"
    rf"((?:{_NAME_WORD}|{_NAME_UPPER})(?:{_SPACE}(?:{_NAME_WORD}|{_NAME_UPPER})){{1,2}})")
# Local parts of addresses that are not names.
_MAILBOX_WORDS = {"contact", "info", "infos", "rh", "admin", "accueil", "direction", "service",
                  "paie", "compta", "secretariat", "noreply", "no", "reply", "mail", "perso",
                  "srdt", "travail", "gmail", "hotmail", "orange", "free", "laposte"}
BP_RE = re.compile(r"\b(?:BP|CS|TSA)\s?\d{2,6}\b")
TITLE_RE = re.compile(
    rf"\b(?:M\.|Mr\.?|MM\.|Mme|Mmes|Mlle|Madame|Monsieur|Maître|Maitre|Me|Dr\.?|Docteur|"
    rf"Professeur|Pr\.?)\s+((?:{_NAME_WORD}|{_NAME_UPPER})(?:{_SPACE}(?:{_NAME_WORD}|{_NAME_UPPER}))"
    rf"{{0,2}})")
_TITLE_PREFIX = re.compile(r"^(?:M\.|Mr\.?|Mme|Mlle|Madame|Monsieur|Maître|Maitre|Me|Dr\.?|"
                           r"Docteur)\s+")
ORG_RE = re.compile(
    rf"(?:\b(?:société|societe|entreprise|SARL|SAS|SASU|EURL|SNC|SA|cabinet|groupe|"
    rf"association|établissements|ets)\s+((?:[{_UP}][\w&'’\-]*)(?:\s+(?:[{_UP}][\w&'’\-]*|et|&|de|du|des)){{0,4}}))"
    rf"|((?:[{_UP}][\w&'’\-]*\s+){{1,4}}(?:SARL|SAS|SASU|EURL|SNC|SA)\b)")

# The tagger and the shared tok2vec that only the tagger listens to: the NER has a tok2vec of
# its own, so names need neither (7.6 ms instead of 13.5 for a 3-paragraph mail, same names).
_TAGGER = ["tok2vec", "morphologizer", "attribute_ruler"]
# A pronoun or an interrogative opening the entity: « Nous recrutons », « Quelles sont »
_NO_NAME_START = re.compile(r"(?:je|j'|j’|nous|vous|il|elle|ils|elles|on|quel|quelle|quels|"
                            r"quelles|combien|comment|pourquoi|quand|lequel|laquelle|lesquels|"
                            r"lesquelles)\b", re.IGNORECASE)
# A question's inverted verb: « Existe-t-il un dispositif », « Peut-on », « Avez-vous »
_INVERTED_VERB = re.compile(r"\w+-(?:t-)?(?:je|tu|il|elle|on|nous|vous|ils|elles)\b",
                            re.IGNORECASE)

# Nouns that open a business's name: « Société générale », « Boulangerie du centre »
_BUSINESS_NOUNS = {
    "societe", "compagnie", "groupe", "banque", "caisse", "credit", "mairie", "commune",
    "ville", "association", "etablissements", "ets", "cabinet", "agence", "clinique", "hopital",
    "laboratoire", "laboratoires", "institut", "fondation", "mutuelle", "syndicat", "boulangerie",
    "pharmacie", "garage", "hotel", "restaurant", "ecole", "college", "lycee", "universite",
    "centre", "maison", "entreprise", "transports", "residence", "ehpad", "magasin", "atelier",
    "imprimerie", "cooperative", "office", "studio", "salon", "ferme", "domaine", "chateau"}

# Never masked: institutions, legal acronyms, agreement names, places with their own law.
ALLOW = {fold(w) for w in (
    "Code du travail", "Conseil de prud'hommes", "prud'hommes", "Prud'hommes", "France Travail",
    "Pôle emploi", "Pole emploi", "URSSAF", "CPAM", "MSA", "CARSAT", "CAF", "DREETS", "DDETS",
    "DIRECCTE", "Inspection du travail", "inspecteur du travail", "médecine du travail",
    "médecin du travail", "CSE", "CHSCT", "CDI", "CDD", "CTT", "SMIC", "RTT", "Légifrance",
    "Sécurité sociale", "Assurance maladie", "Ministère du Travail", "Défenseur des droits",
    "CNIL", "Service public", "service-public.fr", "Code du travail numérique", "SRDT",
    "Agirc-Arrco",
    # places with a law of their own, cities included: masked, « à Mulhouse » hid the Moselle
    # notice's own rules (cv01 of 2026-12-07)
    *ALSACE_MOSELLE_REGIONS, *ALSACE_MOSELLE_CITIES, *OVERSEAS_REGIONS, *OVERSEAS_CITIES,
    "France",
    "Europe", "Union européenne", "Madame", "Monsieur", "Bonjour", "Cordialement", "Merci",
    "Objet", "Maître", "Syntec", "HCR", "BTP", "Métallurgie", "Cour de cassation",
    "Conseil d'État", "Tribunal judiciaire", "Covid", "Noël", "Pâques", "IDCC", "ANI", "DPAE",
    # public holidays: their law differs (1 May, the solidarity day)
    "Pentecôte", "Lundi de Pentecôte", "Lundi de Pâques", "Ascension", "Assomption", "Toussaint",
    "Armistice", "Fête du travail", "Fête nationale", "Saint-Sylvestre", "Jour de l'an",
    "Mutuelle", "Prévoyance", "Madame, Monsieur",
    # countries and regions: not identifying, and some matter (local law, posting abroad)
    "Belgique", "Suisse", "Luxembourg", "Allemagne", "Espagne", "Italie", "Portugal",
    "Royaume-Uni", "Angleterre", "Pays-Bas", "Monaco", "Andorre", "Maroc", "Algérie", "Tunisie",
    "Sénégal", "Roumanie", "Pologne", "Corse", "Bretagne", "Normandie", "Occitanie",
    "Île-de-France", "Ile-de-France", "Auvergne-Rhône-Alpes", "Grand Est", "Hauts-de-France",
    "Nouvelle-Aquitaine", "Provence-Alpes-Côte d'Azur", "PACA", "Centre-Val de Loire",
    "Bourgogne-Franche-Comté", "Pays de la Loire", "Outre-mer", "DOM", "DOM-TOM",
)} | set(CONVENTION_ALIASES)


_EDGE_WORDS = re.compile(r"^(?:la|le|les|l['’]|de|du|des|d['’])\s*(?=[A-ZÀ-Ý])|"
                         r"\s+(?:de|du|des|d['’]|la|le|les|et)$")
_ALLOWED_WORDS = {w for phrase in ALLOW for w in re.split(r"[\s'’-]+", phrase) if w}
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _beside_allowed(value: str) -> list[tuple[int, int]]:
    """The parts of an entity to mask: all of it, or, when it holds allowed words, the runs of
    capitalised words beside them. « Boulangerie Dumas de Lyon » and « Pharmacie Martin »
    (agreement names) keep « Dumas de Lyon » and « Martin » masked; « CSE » alone is left."""
    words = list(_WORD.finditer(value))
    if not any(fold(w.group()) in _ALLOWED_WORDS for w in words):
        return [(0, len(value))]
    runs: list[tuple[int, int]] = []
    pending: tuple[int, int] | None = None
    for w in words:
        text = w.group()
        if text[0].isupper() and fold(text) not in _ALLOWED_WORDS:
            pending = (pending[0] if pending else w.start(), w.end())
        elif pending and text[0].islower() and fold(text) in ("de", "du", "des", "d", "la",
                                                                "le", "les", "et"):
            continue  # « Dumas de Lyon »: one run across « de »
        elif pending:
            runs.append(pending)
            pending = None
    if pending:
        runs.append(pending)
    return runs


def nir_valid(digits: str) -> bool:
    """Check key of a French social security number (Corsica's 2A/2B included)."""
    d = digits.upper().replace(" ", "")
    if len(d) != 15:
        return False
    body = d[:13].replace("2A", "19").replace("2B", "18")
    if not body.isdigit() or not d[13:].isdigit():
        return False
    return 97 - int(body) % 97 == int(d[13:])


def iban_valid(raw: str) -> bool:
    s = raw.replace(" ", "").upper()
    if not 15 <= len(s) <= 34:
        return False
    moved = s[4:] + s[:4]
    try:
        return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
    except ValueError:
        return False


def luhn_valid(digits: str) -> bool:
    d = [int(c) for c in digits if c.isdigit()]
    total = 0
    for i, n in enumerate(reversed(d)):
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    origin: str  # pattern, title, known, org, ner

    @property
    def priority(self) -> int:
        bonus = {"pattern": 5, "title": 4, "known": 3, "org": 2, "ner": 0}[self.origin]
        return PRIORITY[self.kind] + bonus


@dataclass
class Anonymised:
    text: str
    mapping: dict[str, str] = field(default_factory=dict)  # placeholder -> original
    counts: dict[str, int] = field(default_factory=dict)  # kind -> how many distinct values

    def report(self) -> dict[str, Any]:
        """What was masked: kinds and counts only, safe for logs and the agent's screen."""
        return {"masked": dict(sorted(self.counts.items())), "total": sum(self.counts.values())}


def restore(text: str, mapping: dict[str, str]) -> str:
    """Put the original values back into a text written with placeholders."""
    return _PLACEHOLDER.sub(lambda m: mapping.get(m.group(0), m.group(0)), text)


def leftover_placeholders(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _PLACEHOLDER.finditer(text)]


class Anonymiser:
    """Thread-safe; the spaCy model is loaded once, on first use."""

    def __init__(self, use_ner: bool = True, model: str = "fr_core_news_md") -> None:
        self.use_ner = use_ner
        self.model = model
        self._nlp: Any = None
        self._lock = threading.Lock()

    def _ner(self) -> Any:
        with self._lock:
            if self._nlp is None:
                import spacy

                self._nlp = spacy.load(self.model, exclude=["parser", "lemmatizer", "senter"])
            return self._nlp

    # --- detection ---------------------------------------------------------------------------

    def detect(self, text: str, known_names: Iterable[str] = ()) -> list[Span]:
        spans: list[Span] = []
        add = spans.append
        for m in EMAIL_RE.finditer(text):
            add(Span(m.start(), m.end(), "EMAIL", "pattern"))
        for m in IBAN_RE.finditer(text):
            if iban_valid(m.group(1)):
                add(Span(m.start(1), m.end(1), "IBAN", "pattern"))
        for m in NIR_RE.finditer(text):
            digits = "".join(m.groups())
            context = fold(text[max(0, m.start() - 60): m.start()])
            if nir_valid(digits) or re.search(r"secu|securite sociale|\bnir\b|\bssn\b", context):
                add(Span(m.start(), m.end(), "NIR", "pattern"))
        for m in SIRET_RE.finditer(text):
            context = fold(text[max(0, m.start() - 30): m.start()])
            if luhn_valid(m.group(1)) or "siret" in context:
                add(Span(m.start(1), m.end(1), "SIRET", "pattern"))
        for m in SIREN_RE.finditer(text):
            context = fold(text[max(0, m.start() - 30): m.start()])
            if (luhn_valid(m.group(1)) and ("siren" in context or "rcs" in context)) or \
                    "siren" in context:
                add(Span(m.start(1), m.end(1), "SIREN", "pattern"))
        for m in PHONE_RE.finditer(text):
            add(Span(m.start(), m.end(), "TELEPHONE", "pattern"))
        for m in PHONE_INTL_RE.finditer(text):
            add(Span(m.start(), m.end(), "TELEPHONE", "pattern"))
        for m in BIRTH_RE.finditer(text):
            add(Span(m.start(1), m.end(1), "DATE_NAISSANCE", "pattern"))
        for m in ADDRESS_RE.finditer(text):
            add(Span(m.start(), m.end(), "ADRESSE", "pattern"))
        for m in POSTCODE_CITY_RE.finditer(text):
            add(Span(m.start(), m.end(), "ADRESSE", "pattern"))
        for m in BP_RE.finditer(text):
            add(Span(m.start(), m.end(), "ADRESSE", "pattern"))
        for m in INTRO_RE.finditer(text):
            if fold(m.group(1).split()[0]) not in ALLOW and not re.match(
                    r"(?:salari|employ|en |au |a |à )", fold(m.group(1))):
                add(Span(m.start(1), m.end(1), "PERSONNE", "title"))
        for m in EMAIL_RE.finditer(text):  # "marc.lambert@…" names Marc Lambert
            local = m.group(0).split("@")[0]
            for part in re.split(r"[._\-+\d]+", local):
                if len(part) >= 3 and fold(part) not in _MAILBOX_WORDS | ALLOW:
                    for w in re.finditer(rf"(?<![\w@.]){re.escape(part)}(?![\w@])", text,
                                         re.IGNORECASE):
                        if text[w.start()].isupper():
                            add(Span(w.start(), w.end(), "PERSONNE", "known"))
        for m in TITLE_RE.finditer(text):
            name = m.group(1)
            if fold(name.split()[0]) in ALLOW:
                continue
            add(Span(m.start(1), m.end(1), "PERSONNE", "title"))
        for m in ORG_RE.finditer(text):
            g = 1 if m.group(1) else 2
            start, end = m.start(g), m.end(g)  # group 1 leaves « société » outside the mask
            value = text[start:end].strip()
            if value and fold(value) not in ALLOW:
                add(Span(start, start + len(value), "ORGANISATION", "org"))
        for name in _name_variants(known_names):
            for m in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", text, re.IGNORECASE):
                # a lone part ("Accueil" of "Accueil Mairie") only when written as a name
                if " " in name or text[m.start()].isupper():
                    add(Span(m.start(), m.end(), "PERSONNE", "known"))
        if self.use_ner:
            spans.extend(self._ner_spans(text))
        return spans

    def _ner_spans(self, text: str) -> list[Span]:
        nlp = self._ner()
        doc = nlp(text, disable=_TAGGER)  # tags only for the few words that need them
        out: list[Span] = []
        for ent in doc.ents:
            kind = {"PER": "PERSONNE", "ORG": "ORGANISATION", "LOC": "LIEU"}.get(ent.label_)
            if kind is None:
                continue
            # a name never spans lines: NER sometimes runs past a line break into the body
            first_line = ent.text.split("\n")[0]
            value = _TITLE_PREFIX.sub("", first_line.strip(" ,.;:!?'’\"()"))
            # « la Boulangerie Dumas de » (Lyon left out): the name without its article
            value = _EDGE_WORDS.sub("", value)
            if not value or not value[0].isupper() or len(value) < 2:
                continue
            if fold(value) in ALLOW:
                continue
            start = ent.start_char + ent.text.find(value)
            # the entity may stop at the hyphen: « Sommes-nous obligés » gave « Sommes », a place
            if _NO_NAME_START.match(value) or _INVERTED_VERB.match(text, start):
                continue  # « Nous recrutons un cadre » read as an organisation: no name
            if self._common_word_opening(ent, text):
                continue  # « Solde de tout compte », « Téléphone le week-end »: subjects
            if re.fullmatch(r"[A-Z]{2,5}", value) and kind != "PERSONNE":
                continue  # acronyms (CSE, RTT, ...) are rarely identifying
            out.extend(Span(start + a, start + b, kind, "ner") for a, b in _beside_allowed(value))
        return out

    def _common_word_opening(self, ent: Any, text: str) -> bool:
        """The mail's first word (the subject's) that the tagger reads as a common noun, an
        adjective or an infinitive, alone or followed by lower-case words: « Solde de tout
        compte signé », « Préavis », « Réorganisation des horaires et CSE », « Signer un
        accord ». Its capital says nothing there.
        A business's name keeps its mask (« Boulangerie Dumas », « Société générale »).
        Elsewhere the tagger is not trusted: « Dupont aussi. » is tagged NOUN."""
        if ent.start_char != 0:
            return False
        line_end = text.find("\n")
        line = text[:line_end] if line_end >= 0 else text
        tagged = self._ner()(line)
        words = [t for t in tagged if t.idx < ent.end_char and not t.is_space]
        # an infinitive opens a subject as a noun does: « Signer un accord sans délégué
        # syndical » (ay06 of 2026-12-06)
        infinitive = bool(words) and words[0].pos_ == "VERB" and "Inf" in words[0].morph.get(
            "VerbForm")
        if not words or (words[0].pos_ not in ("NOUN", "ADJ") and not infinitive):
            return False
        if len(words) == 1:
            return True
        return (fold(words[0].text) not in _BUSINESS_NOUNS
                and not any(t.text[:1].isupper() for t in words[1:]))

    # --- merging and replacement -----------------------------------------------------------

    def anonymise(self, text: str, known_names: Iterable[str] = ()) -> Anonymised:
        accepted: list[Span] = []
        # Kind first (an e-mail beats the name inside it), then the longest span (a full name
        # beats its parts), then the most trusted origin.
        for span in sorted(self.detect(text, known_names),
                           key=lambda s: (-PRIORITY[s.kind], -(s.end - s.start), -s.priority,
                                          s.start)):
            if span.end <= span.start:
                continue
            if any(span.start < a.end and a.start < span.end for a in accepted):
                continue
            accepted.append(span)
        accepted.sort(key=lambda s: s.start)
        numbering: dict[str, dict[str, str]] = {}
        mapping: dict[str, str] = {}
        person_tokens: dict[str, str] = {}
        out: list[str] = []
        pos = 0
        for span in accepted:
            value = text[span.start:span.end]
            key = _key(span.kind, value)
            table = numbering.setdefault(span.kind, {})
            placeholder = table.get(key)
            if placeholder is None and span.kind == "PERSONNE":
                # "M. Dupont" after "Jean-Pierre Dupont": the same person
                placeholder = next((person_tokens[t] for t in key.split() if t in person_tokens),
                                   None)
            if placeholder is None:
                placeholder = f"[{span.kind}_{len(table) + 1}]"
                mapping[placeholder] = value
            table[key] = placeholder
            if span.kind == "PERSONNE":
                for token in key.split():
                    if len(token) >= 3:
                        person_tokens.setdefault(token, placeholder)
            out.append(text[pos:span.start])
            out.append(placeholder)
            pos = span.end
        out.append(text[pos:])
        counts = Counter(p.split("_")[0].lstrip("[") if not p.startswith("[DATE_NAISSANCE")
                         else "DATE_NAISSANCE" for p in mapping)
        return Anonymised("".join(out), mapping, dict(counts))


def _key(kind: str, value: str) -> str:
    if kind in ("TELEPHONE", "NIR", "IBAN", "SIRET", "SIREN"):
        return re.sub(r"\D", "", value.replace("+33", "0"))
    return re.sub(r"\s+", " ", fold(value)).strip()


# A sender shown by their role (« Secrétaire du CSE », « Service RH »): masking that name
# everywhere would hide « je suis secrétaire du CSE » (the 2026-12-06at set), who writes.
_ROLES = {fold(w) for w in (
    "secrétaire", "secrétariat", "service", "direction", "contact", "accueil", "comité",
    "délégué", "déléguée", "délégation", "ressources", "président", "présidente", "trésorier",
    "trésorière", "responsable", "équipe", "bureau", "section", "comptabilité", "gérant",
    "gérante", "RH", "DRH", "syndicat")}


def _name_variants(names: Iterable[str]) -> list[str]:
    """A known full name, and its parts long enough not to be common words; not a role."""
    out: list[str] = []
    for name in names:
        name = re.sub(r"\s+", " ", name or "").strip(" ,.;")
        if not name or "@" in name or fold(name) in ALLOW:
            continue
        parts = re.split(r"[\s]+", name)
        # a role first (« Secrétaire du CSE »); « Jean Bureau » is a person's name
        role = fold(parts[0]) in _ROLES
        if not role:
            out.append(name)
        for part in parts:
            if (len(part) >= 3 and fold(part) not in ALLOW and part[0].isupper()
                    and not (role and fold(part) in _ROLES)):
                out.append(part)
    return sorted(set(out), key=len, reverse=True)


_FULL_NAME = re.compile(
    rf"(?:{_NAME_WORD}|{_NAME_UPPER})(?:\s+(?:{_NAME_WORD}|{_NAME_UPPER})){{0,2}}")


def signature_names(signature: str) -> list[str]:
    """Lines of a signature that look like a person's name (2 or 3 capitalised words)."""
    names = []
    for line in signature.split("\n")[:3]:
        line = line.strip(" ,.")
        if _FULL_NAME.fullmatch(line) and fold(line) not in ALLOW:
            names.append(line)
    return names
