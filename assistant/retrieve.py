"""Retrieval: focused queries from the classified email, per-source budgets, articles named in
the email looked up directly, duplicates removed, fresher sources ahead of 2020 ones."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

from corpus.kb import Article, KnowledgeBase
from corpus.model import Hit
from corpus.precedents import ID_PREFIX as PRECEDENT_ID
from corpus.sparse import tokenize
from corpus.text import COURTESY, find_article_nums, fold

from .anonymise import leftover_placeholders
from .classify import (
    ALSACE_MOSELLE,
    INJURED_AT_WORK,
    MASKED,
    POST_CUT,
    SENTENCE_BREAK,
    SEXUAL_MISCONDUCT,
    SHORT_CONTRACT,
    STARTS_A_BUSINESS,
    Classification,
    below_firm,
    redirected,
    size_ranges,
    topic_hint,
)
from .glossary import SPELLED_OUT, legal_terms
from .places import OVERSEAS_CITIES, pattern

# How many sources of each kind the drafter gets (the existing assistant: ~10 fiches, 5 Code
# chunks, 5 agreement documents; a reply by email needs fewer, better ones).
BUDGETS: dict[str, int] = {"code_du_travail": 6, "fiche_travail": 3, "fiche_sp": 2,
                           "contribution": 2, "convention": 3}
STALE_SOURCES = {"fiche_sp", "contribution"}  # data of about 2020
STALE_FACTOR = 0.8
MINOR_FACTOR = 0.7  # transcripts of videos: talkative, rarely the best passage
AGREEMENT_BONUS = 1.2
_MINOR_HEADING = re.compile(r"vid[ée]o|web ?s[ée]rie|podcast", re.IGNORECASE)
# Pages for particular workers: a minor's hours, a posted worker's rights, a household
# employee's pay are no answer to anyone else. (title pattern, what a mail says of such a
# worker), on folded text; a page whose title names a group the mail does not is left out.
POPULATIONS: tuple[tuple[str, str], ...] = (
    (r"moins de 18 ans|jeunes? travailleurs?|jeunes de moins|mineurs?\b",
     r"\b1[4-7] ans\b|mineure?s?\b|moins de 18 ans|jeunes? travailleu"),
    (r"detach", r"detach|a l'etranger|etrangere?s?\b"),
    (r"particulier employeur|assistante? maternel|aide a domicile|services a la personne|"
     r"garde d'enfants?|(salarie|employe) a domicile|au pair",
     r"particulier employeur|assistante? maternel|nounou|aide a domicile|garde d'enfant|"
     r"\bcesu\b|a domicile|femme de menage|au pair"),
    (r"\bepide\b|insertion|contrats? aides?|parcours emploi",
     r"insertion|contrats? aides?|\bepide\b|parcours emploi|\bpec\b|\bcui\b"),
    (r"apprenti|alternance|professionnalisation", r"apprenti|alternan|professionnalisation"),
    (r"stagiaire|\bstages?\b", r"stagiaire|\bstages?\b"),
    (r"\bmarins?\b|journaliste|\bvrp\b|intermittent|mannequin|artiste|sportif",
     r"\bmarins?\b|journaliste|\bvrp\b|intermittent|mannequin|artiste|sportif"),
    (r"mayotte|outre-mer|alsace|moselle", r"mayotte|outre-mer|alsace|moselle|guadeloupe|"
     r"martinique|guyane|la reunion"),
    # the pages on sexual harassment and sexist acts for a mail that tells of neither (three
    # came first for a manager who isolates, bw08 of the 2026-12-07bw set; jokes on women are
    # sexist acts, ah05)
    (r"harcelement sexuel", rf"sexu|sexis|\bfemmes?\b|{SEXUAL_MISCONDUCT}"),
)
_POPULATIONS = tuple((re.compile(t), re.compile(m)) for t, m in POPULATIONS)
# Parts of the Code for particular situations: (heading pattern, what a mail says of it), on
# folded text. The CDD's trial period is no answer to a CDI's. Measured on the quote
# (docs/history.md, "Which article the draft quotes"): the CDD, economic and work-accident
# parts each helped; the part-time, night-work, apprentices', minors' and professions' ones,
# tried too, changed nothing or did harm (temporary work, the CDD's twin, is kept).
SITUATIONS: tuple[tuple[str, str], ...] = (
    # a seasonal job or a CDD d'usage is a CDD (L1242-2, 3°), and so is a « contrat court » (ce08)
    (r"duree determinee", r"\bcdd\b|duree determinee|saisonni|contrats? d'usage|vendang|"
     + SHORT_CONTRACT),
    # the temps' chapter, not its title, which also holds employer groups and wage portage
    # (« … autres contrats de mise à disposition et portage salarial », the 2026-12-06ax set)
    # a temp who writes « contrat de mission », « l'agence », never « intérim » (bf10 of the
    # 2026-12-07bf set)
    (r"travail temporaire(?!, autres contrats)",
     r"interim|travail temporaire|\bett\b|contrat de mission|\bagence\b[^.?!]{0,80}\bmission|"
     r"\bmission\b[^.?!]{0,80}\bagence\b"),
    (r"motif economique", rf"econom|licenciements? collecti|plan social|\bpse\b|{POST_CUT}"),
    (r"accident du travail ou maladie professionnelle",
     rf"accidents? (du|de) travail|maladie professionnelle|\bat\b|\bmp\b|{INJURED_AT_WORK}"),
    # and its twin: the rules after an illness or accident outside work are not those of a
    # work accident the mail tells (L1226-4 against L1226-11, the 2026-12-06ay set)
    (r"accident non professionnel",
     r"(?s)^(?!.*(accidents? (du|de) travail|accident de trajet|maladie professionnelle|"
     rf"{INJURED_AT_WORK}))"),
    # the leave to create a business, whose « temps partiel » and « congé » drew it for a
    # part-timer's paid leave (h03 of 2026-12-05); the other special leaves changed nothing
    (r"creation ou (la )?reprise d'entreprise",
     r"creer|creation|reprendre une entreprise|reprise d'entreprise|auto-?entrepreneur|"
     rf"micro-?entreprise|{STARTS_A_BUSINESS}"),
    # the young workers' rules (twelve hours of daily rest, L3164-1) for a mail that tells of
    # no young worker (be06 of the 2026-12-06be set: technicians called back at night)
    (r"jeunes travailleurs|pour les jeunes\b",
     r"\bmineure?s?\b|\b1[4-7] ans\b(?! d'| de )|moins de (18|dix-huit) ans|\bjeunes?\b|"
     r"apprenti|stagiaire|job d'ete|lyceen|etudiant|collegien|\b(mon|ma) (fils|fille)\b"),
    # an employers' group's rules for a temp (L1253-14 on the group's canteen came before
    # L1251-24 on the user firm's, bf09 of the 2026-12-07bf set)
    (r"groupements? d'employeurs", r"groupement"),
    # the unfit worker's rules for a mail that tells of no unfitness (the health theme's label,
    # « Santé, sécurité et inaptitude », drew L1226-2-1 for intense heat, bg12 of 2026-12-07)
    # (not the serious illness's absences, in a subsection of that section: bo01 of the
    # 2026-12-07bo set, a chemotherapy)
    (r"(?s)^(?!.*sous-section 2 : maladie grave).*(inaptitude consecutive|declaration "
     r"d'inaptitude)",
     r"inapt|reclass|medecin du travail|medecine du travail|invalidite|"
     r"amenagement de (mon |son )?poste|temps partiel therapeutique|licenci"),
    # Alsace-Moselle's own rules for a mail from elsewhere (L3134-3, its Sundays, came first
    # for a Paris shop's, bn08 of the 2026-12-07bn set)
    (r"moselle, du bas-rhin", rf"{ALSACE_MOSELLE}|vendredi saint|26 decembre|saint-etienne"),
    # a temp agency's public clients (L1251-60 came first for a factory's temp, bn07)
    (r"employeurs publics",
     r"mairie|commune|collectivite|fonction publique|hopital public|etablissement public|"
     r"administration|\betat\b|ministere|prefecture|conseil (departemental|regional)"),
    # the collective agreed departures for one employee's (L1237-19 came before L1237-11 for
    # a shop assistant leaving « à l'amiable », cj04)
    (r"rupture conventionnelle collective", r"collecti|\brcc\b|plusieurs salaries|departs "
     r"volontaires"),
    # the 1st of May's own rules for another holiday (L3133-5 came before L3133-3 for the
    # 11th of November, bs02)
    (r"journee du 1er mai", r"\b(1er|premier) mai\b|fete du travail"),
)
_SITUATIONS = tuple((re.compile(t), re.compile(m)) for t, m in SITUATIONS)
# Parts of the Code for particular workers, left out of the sources unless the mail (folded)
# tells of such a worker: (heading pattern, what the mail says of them). The seventh part holds
# the rules of particular professions (journalists, VRP, caretakers, household employees, home
# and platform workers): the VRP's notice is no answer to a warehouseman's (h01 of
# 2026-12-05). Tried too: the foreign workers' part (its permits came for « un étudiant », i11,
# and in 10 other mails) and the integration schemes': left out, they moved the quote's ranks
# and cost 2 quotes (docs/history.md).
PROFESSIONS: tuple[tuple[str, str], ...] = (
    (r"septieme partie",
     r"journaliste|pigiste|spectacle|intermittent|artiste|mannequin|\bvrp\b|representant|"
     r"tournage|figurant|casting|musicien|chanteu|comedien|danseu|a la piece|"
     r"placier|concierge|gardienne? d'immeuble|employee?s? d'immeuble|employee?s? de maison|"
     r"particulier employeur|assistante? maternel|nounou|\bcesu\b|travailleu\w* a domicile|"
     r"plateforme|livreu|\bvtc\b|succursale|gerance|une seule enseigne|"
     r"cooperative d'activite"),
)
_PROFESSIONS = tuple((re.compile(t), re.compile(m)) for t, m in PROFESSIONS)
# The overseas books (« Dispositions relatives à l'outre-mer »: L1523-1 adapts the labour
# court's rules to Guadeloupe), left out unless the mail tells of an overseas place: L1523-1 was
# the first article for three mails on a case before the labour court (bh01, l11, cm01)
OVERSEAS: tuple[tuple[str, str], ...] = (
    (r"outre-mer",
     r"outre-mer|guadeloupe|guyane|martinique|mayotte|la reunion|\bile de la reunion|"
     r"saint-pierre-et-miquelon|saint-barthelemy|saint-martin\b|\bdrom?\b|"
     + pattern(OVERSEAS_CITIES)),
)
_OVERSEAS = tuple((re.compile(t), re.compile(m)) for t, m in OVERSEAS)
# A status with rules of its own, which the general ones the search finds give way to: what
# the mail (folded) says of the person, what it must also speak of (or None), and the Code's
# chapters that hold those rules (number prefixes, L and R alike).
REGIMES: tuple[tuple[str, str | None, tuple[str, ...]], ...] = (
    # a protected employee: elected or appointed, when the employer wants the contract ended
    (r"\belue?s? (titulaire|suppleante?)|\b(je suis|il est|elle est|etant|en tant que|j'etais|"
     r"il etait|elle etait|ancien|ancienne) (elue?|membre du cse|deleguee?|representante?)\b|"
     r"salarie protege|\b(son|mon) mandat\b|plus de mandat",
     r"licenci|rupture|mettre fin|\bmut(er|ation)\b|sanction|\bvirer\b", ("241", "242")),
    # a young worker's working time (« J'ai 16 ans », not « 14 ans d'ancienneté »)
    (r"\b(j'ai|a|agee? de|ages de) 1[4-7] ans\b(?! d'| de )|"
     r"\b(fils|fille|enfant) de 1[4-7] ans (est |qui est |qui )?(apprenti|travaill|fait|en stage|"
     r"embauch|a trouve)|\bmineure?s?\b|moins de (18|dix-huit) ans",
     r"heures?\b|horaires|\bnuit\b|repos|dimanche|samedi|week-?end|pause|journees?|\d ?h\b|"
     r"\bferies?\b", ("316",)),
    (r"handicap|\brqth\b|\bmdph\b", None, ("5213",)),
    # Alsace-Moselle's own public holidays and Sundays (L3134-x): 26 December, Good Friday
    (ALSACE_MOSELLE, r"\bferies?\b|dimanches?\b|vendredi saint|26 decembre|saint-etienne|repos",
     ("3134",)),
    # its pay kept through a short absence for a personal cause (L1226-23, bm01 of the
    # 2026-12-07bm set: a flooded house) and a clerk's six weeks after an accident (L1226-24)
    (ALSACE_MOSELLE, r"absen|absente|\barret\b|malad|accident|retenu|maintien|empeche",
     ("1226-23", "1226-24")),
    # and its own notice periods (L1234-15 to L1234-17)
    (ALSACE_MOSELLE, r"\bpreavis\b|licenci|demission", ("1234-15", "1234-16", "1234-17")),
    # professions with their own notice and indemnities: a VRP's clientele (L7313-13), a
    # journalist's clause de conscience (L7112-5)
    (r"\bvrp\b|voyageurs?,? representants?|representante? (de commerce|placier|multicartes?)",
     r"licenci|rupture|demission|preavis|indemnit|clientele|commission|secteur|concurrence",
     ("731",)),
    (r"\bjournalistes?\b|\bpigistes?\b",
     r"licenci|rupture|demission|preavis|indemnit|conscience|cession|piges?\b", ("711",)),
)
_REGIMES = tuple((re.compile(w), re.compile(a) if a else None, c) for w, a, c in REGIMES)
REGIME_MARK = "régime particulier"  # `found_by` of an article found that way
REGIME_DEPTH = 3  # the part's best articles, of which the first of the law is taken
HEADING_MARK = "section nommée dans le message"  # `found_by` of an article found that way
NAMED_HEADINGS = 2  # section names searched, the longest first
TERM_SEARCHES = 2  # glossary terms searched alone, the first the mail brings
TERM_MARK = "termes de la loi pour le message"  # `found_by` of an article found that way
RRF_K = 60
NAMED_IN_MAIL = "article cité dans le message"  # `found_by` of the articles the usager names
LEAD_SENTENCES = 3  # at most, before a question
LEAD_TERMS = 6  # a question and its lead with fewer distinct terms reach one sentence further
CITED_ARTICLES = 2  # articles the best fiches cite, added when the ranking missed them
FURTHER_ARTICLES = 2  # the ranking's next articles, listed for the agent last, never quoted
FURTHER_MARK = "article suivant du classement"  # `found_by` of those
AGREEMENT_MARK = "convention applicable"  # `found_by` of the agreement's own text, as a whole
CANDIDATES_PER_FICHE = 12
# Questions already answered (`corpus.precedents`): the closest one, from a cosine of 0.75.
# Measured with each labelled mail's memory as it stood when it was labelled, the glossary
# off (words the rules do not know): quoted 275 -> 310 of 920; the three closest gave 306,
# 0.7 gave 305, 0.8 gave 297. With the glossary on, 744 either way (docs/history.md,
# "Questions already answered")
PRECEDENTS_K = 1
PRECEDENT_MIN = 0.75
PRECEDENT_ARTICLES = 2  # added at most, when retrieval missed them
PRECEDENT_MARK = "question semblable déjà traitée"  # `found_by` of those articles
FROM_CITING = ("fiche_travail", "fiche_sp")  # taken from the citing documents of step 2

_GREETING = re.compile(rf"^\s*({COURTESY})\b[^.?!\n]*[.,!]?\s*$", re.IGNORECASE)
# « 2 300 euros bruts par mois »: a fact for the answer, not words to search with (it drew
# the worked examples of partial activity pay for a question on a dismissal indemnity)
_AMOUNT = re.compile(r"\d[\d \u202f.]*(?:,\d+)?\s*(?:€|euros?)(?:\s+(?:bruts?|nets?))?"
                     r"(?:\s+(?:par|chaque)\s+mois|\s+mensuels?)?", re.IGNORECASE)
_SALUTATION = re.compile(r"^\s*(bonjour|bonsoir|hello)(\s+(madame|monsieur)[^,]*)?\s*,\s*",
                         re.IGNORECASE)
_QUESTION_WORDS = re.compile(
    r"\b(est-ce|puis-je|peut-il|peut-elle|dois-je|doit-il|a-t-il|ai-je|quel|quelle|quels|quelles|"
    r"combien|comment|pourquoi|quand|que faire|que puis-je|peut-on|faut-il|suis-je|y a-t-il|"
    r"ont-ils|est-il|est-elle)\b", re.IGNORECASE)


@dataclass
class Source:
    n: int
    source: str
    title: str
    url: str
    article_num: str | None
    idcc: int | None
    date: str | None
    text: str
    heading_path: list[str]
    score: float
    id: str
    found_by: list[str] = field(default_factory=list)  # "article cité", or the query
    article_nums: list[str] = field(default_factory=list)  # articles the source cites
    # the passage's section around it (`KnowledgeBase.section`), for the offline answer
    section: str = ""
    # a Code article's dense cosine with the first question (`KnowledgeBase.closeness`)
    closeness: float = 0.0
    # the cosine of the closest question already answered whose answer it governed
    precedent: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def why(self) -> list[str]:
        return why_listed(self.found_by)


# Why a source is listed, as the agent reads it beside the source: the ways that say most
# first (the usager named it; a question like this one was answered with it; it comes after
# the ranking's best, so it is never quoted), a plain search last, as the question searched
WHY_ORDER = (NAMED_IN_MAIL, PRECEDENT_MARK, FURTHER_MARK, HEADING_MARK, TERM_MARK, REGIME_MARK,
             AGREEMENT_MARK, "cité par ")
WHY_SHOWN = 2
WHY_QUESTION_CHARS = 90
_ASKED = re.compile(r"[^.?!\n]*\?")


def searched(query: str) -> str:
    """A query as the agent reads it: its first question (a query is the question with the
    sentences that lead to it and the theme's name), cut to `WHY_QUESTION_CHARS`."""
    asked = _ASKED.search(query)
    text = " ".join((asked.group(0) if asked else query).split())
    if len(text) > WHY_QUESTION_CHARS:
        text = text[:WHY_QUESTION_CHARS].rsplit(" ", 1)[0] + "…"
    return f"recherche sur « {text} »"


def why_listed(found_by: Sequence[str]) -> list[str]:
    """Why a source is there, in French, the most telling first (`WHY_ORDER`), one search at
    most, `WHY_SHOWN` in all: « question semblable déjà traitée « Préavis de démission » »,
    « cité par « La démission » », « recherche sur « quel est mon préavis ? » »."""
    def rank(how: str) -> int:
        return next((i for i, mark in enumerate(WHY_ORDER) if how.startswith(mark)),
                    len(WHY_ORDER))

    ways = sorted(dict.fromkeys(found_by), key=rank)
    marks = [how for how in ways if rank(how) < len(WHY_ORDER)]
    # the first search only: the question; the next ones repeat it or search the subject
    queries = [searched(how) for how in ways if rank(how) == len(WHY_ORDER)][:1]
    return [*marks, *queries][:WHY_SHOWN]


T = TypeVar("T")


def in_turn(orders: Sequence[Sequence[T]]) -> list[T]:
    """The first of each order, then the second of each…, each item once."""
    out: list[T] = []
    for rank in range(max((len(o) for o in orders), default=0)):
        for order in orders:
            if rank < len(order) and order[rank] not in out:
                out.append(order[rank])
    return out


@lru_cache(maxsize=4096)
def _terms(text: str) -> tuple[frozenset[str], int]:
    """An article's distinct terms and its length in terms; the same articles are weighed
    request after request."""
    tokens = tokenize(text)
    return frozenset(tokens), len(tokens)


def article_relevance(heading_path: Sequence[str], text: str, query_terms: set[str]) -> float:
    """How well an article answers a question: section headings weigh most; long texts do
    not win by length; the part on particular professions counts only when its headings
    match (a journalist's notice is no answer to a shop assistant)."""
    heading_terms, _ = _terms(" ".join(heading_path[2:]))
    text_terms, length = _terms(text)
    heading_hits = len(heading_terms & query_terms)
    text_hits = len(text_terms & query_terms) / max(1.0, length) ** 0.5
    score = 3.0 * heading_hits + 4.0 * text_hits
    if heading_path and heading_path[1:2] and "septième partie" in heading_path[1].lower():
        score *= 1.0 if heading_hits >= 2 else 0.3
    return float(score)


def _unsaid(pairs: Sequence[tuple[re.Pattern[str], re.Pattern[str]]], text: str,
            mail: str) -> bool:
    """Whether `text` (folded) is for one of the `pairs`' groups that `mail` does not name."""
    return any(group.search(text) and not said.search(mail) for group, said in pairs)


def for_other_workers(title: str, mail: str) -> bool:
    """A page on particular workers (minors, posted workers, household employees…), or on
    sexual harassment, that the mail (folded) does not speak of."""
    return _unsaid(_POPULATIONS, fold(title), mail)


def for_smaller_firms(heading_path: Sequence[str], text: str, size: int | None) -> bool:
    """An article for firms smaller than the mail's: its section heading or first sentence
    caps the size (« moins de trois cents salariés » for a firm of 450), and no rule of its
    text is for the mail's (L2315-28 gives the monthly meeting from 300, then the rule below
    300). A threshold the firm does not reach (« au moins deux cent cinquante salariés » for
    60) stays: it may be the answer (« is it compulsory for us? »)."""
    if size is None:
        return False
    first = re.split(r"(?<=[.;:])\s", text, maxsplit=1)[0]
    return (below_firm(fold(" ".join([*heading_path[-1:], first])), size)
            and not any(lo <= size < hi for lo, hi in size_ranges(fold(text))))


def for_other_situations(heading_path: Sequence[str], mail: str) -> bool:
    """An article of a part of the Code for a situation (a CDD, an economic dismissal, a
    work accident…) that the mail (folded) does not speak of."""
    return _unsaid(_SITUATIONS, fold(" ".join(heading_path)), mail)


def for_other_professions(heading_path: Sequence[str], mail: str) -> bool:
    """An article of a part of the Code for particular workers (`PROFESSIONS`) that the mail
    (folded) does not tell of."""
    return _unsaid(_PROFESSIONS, fold(" ".join(heading_path)), mail)


def for_other_places(heading_path: Sequence[str], mail: str) -> bool:
    """An article of the Code's overseas books (`OVERSEAS`) for a mail (folded) that names no
    overseas place."""
    return _unsaid(_OVERSEAS, fold(" ".join(heading_path)), mail)


def regimes(mail: str, asked: str | None = None) -> list[tuple[str, ...]]:
    """The Code chapters of each status with rules of its own that the mail (folded) tells of,
    when what is `asked` (the folded queries, which carry the theme's label; the mail by
    default) speaks of their subject: a minor who « fait ses heures comme tout le monde » asks
    about pay, not working time."""
    return [chapters for who, about, chapters in _REGIMES
            if who.search(mail) and (about is None or about.search(mail if asked is None
                                                                   else asked))]


def weigh(hit: Hit, score: float, own_agreement: bool = False) -> float:
    """A source's fused score, adjusted: 2020 data and video transcripts behind, the usager's
    own agreement ahead."""
    factor = STALE_FACTOR if hit.source in STALE_SOURCES else 1.0
    if any(_MINOR_HEADING.search(h) for h in hit.heading_path):
        factor *= MINOR_FACTOR
    return score * factor * (AGREEMENT_BONUS if own_agreement else 1.0)


def _clean(sentence: str) -> str:
    sentence = _SALUTATION.sub("", sentence)  # "Bonjour, mon CDD ..." keeps "mon CDD ..."
    sentence = MASKED.sub(" ", sentence)
    sentence = _AMOUNT.sub(" ", sentence)
    return re.sub(r"\s+", " ", sentence).strip(" -–:;,")


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _lead(sentences: list[str], i: int, questions: list[str]) -> list[str]:
    """The sentences a question leans on: the one before it (« Je suis en CDD. Puis-je… ? »),
    and earlier ones while the question says little itself (« J'ai 3 ans d'ancienneté. Il a
    le droit ?? » after the account of the dismissal)."""
    lead: list[str] = []
    j = i - 1
    while j >= 0 and sentences[j] not in questions and len(lead) < LEAD_SENTENCES and (
            not lead or len(set(tokenize(_join(*lead, sentences[i])))) < LEAD_TERMS):
        lead.insert(0, sentences[j])
        j -= 1
    return lead


def build_queries(subject: str, body: str, classification: Classification,
                  limit: int = 4) -> list[str]:
    """One query per question asked, greetings and signatures gone; the subject and the main
    theme give the context a short question lacks, the glossary the law's words for the
    usager's. Questions already in the law's words (`classification.questions`) are searched
    alone."""
    sentences = [_clean(s) for s in SENTENCE_BREAK.split(body)]
    sentences = [s for s in sentences if len(s) > 8 and not _GREETING.match(s)]
    questions = [s for s in sentences if (s.endswith("?") or _QUESTION_WORDS.search(s))
                 and not redirected(s, classification)]
    context = _clean(subject)
    queries: list[str] = []
    if classification.questions:
        # in the law's words (the model's or the agent's): searching with the usager's own
        # sentences as well drowned them (docs/history.md, "Questions in the law's words")
        queries = [_join(c, *legal_terms(c)) for q in classification.questions[:limit]
                   if (c := _clean(q))]
    told = legal_terms(_join(context, *sentences))  # the whole mail's
    for q in [] if queries else questions[:limit]:
        asked = _join(*_lead(sentences, sentences.index(q), questions), q)
        queries.append(_join(asked, *legal_terms(asked), topic_hint(q, classification)))
    if queries and not classification.questions:
        # what the mail tells before its question's lead (« la cérémonie d'accueil […] Mon
        # employeur doit-il me laisser y aller ? »): its legal terms go with the first question
        queries[0] = _join(queries[0], *[t for t in told if not any(t in q for q in queries)])
    if not queries:
        queries.append(" ".join(sentences[:3]) or context)
    # a whole-message query catches what sentence splitting loses; restated questions lose
    # nothing, and its label drew the sources elsewhere (docs/history.md, "Questions in the law's
    # words")
    summary = _join(context, *told, classification.search_label)
    if summary and summary not in queries and not classification.questions:
        queries.append(summary)
    return [q[:500] for q in queries if q]


def _key(hit: Hit) -> str:
    if hit.article_num:
        return f"art:{hit.article_num}"
    if hit.source in ("fiche_travail", "fiche_sp"):
        return f"{hit.source}:{hit.doc_id}:{'/'.join(hit.heading_path[-1:])}"
    return f"{hit.source}:{hit.doc_id}:{hit.idcc}"


def _old_numbering(art: Article) -> bool:
    """The pre-2008 numbering, still formally in force: taken only when the usager names it.
    A fiche's « L351-8 » is the social security code's, not the old labour code's."""
    return any("ancienne" in h.lower() for h in art.heading_path[:1])


def _usable(kb: KnowledgeBase, num: str, mail: str, excluded: set[str]) -> Article | None:
    """The article `num` when it may be a source: indexed with its text, not left out by the
    caller (`excluded` chunk ids), not under the pre-2008 numbering, not for a profession or a
    place the mail (folded) does not name."""
    art = kb.article(num)
    if (art is None or not art.text or art.chunk_id in excluded or _old_numbering(art)
            or for_other_professions(art.heading_path, mail)
            or for_other_places(art.heading_path, mail)):
        return None
    return art


def _article_source(art: Article, score: float, found_by: list[str]) -> Source:
    return Source(0, "code_du_travail", f"Article {art.num} du Code du travail", art.url,
                  art.num, None, art.date, art.text, art.heading_path, round(score, 5),
                  art.chunk_id, found_by, [art.num])


def _add_precedents(kb: KnowledgeBase, subject: str, body: str, sources: list[Source],
                    mail: str, excluded: set[str], left_out: Sequence[str],
                    no_code: bool) -> None:
    """Mark the Code sources that governed the answers of the closest questions already
    answered (`Source.precedent`), and add those missing, `PRECEDENT_ARTICLES` at most.
    `left_out`: precedent ids (the eval's own mail)."""
    matches = kb.similar_questions(f"{subject}\n{body}", PRECEDENTS_K, PRECEDENT_MIN, left_out)
    by_num = {s.article_num: s for s in sources if s.source == "code_du_travail"}
    added = 0
    for match in matches:
        for num in match.precedent.articles:
            src = by_num.get(num)
            if src is None:
                art = (None if no_code or added >= PRECEDENT_ARTICLES
                       else _usable(kb, num, mail, excluded))
                if art is None or not art.in_force:
                    continue
                src = _article_source(art, match.similarity, [])
                sources.append(src)
                by_num[num] = src
                added += 1
            src.found_by.append(f"{PRECEDENT_MARK} « {match.precedent.subject} »")
            src.precedent = max(src.precedent, match.similarity)


def _hit_source(hit: Hit, score: float, found_by: list[str], section: str = "") -> Source:
    return Source(0, hit.source, hit.title, hit.url, hit.article_num, hit.idcc, hit.date,
                  hit.text, hit.heading_path, round(score, 5), hit.id, found_by,
                  list(hit.article_nums), section)


def agreement_source(kb: KnowledgeBase, idcc: int) -> Source | None:
    """The agreement itself, on Légifrance: the link the agent and the usager check it by,
    whether or not its passages are indexed (`--sources all`) or answer the question."""
    found = kb.convention(str(idcc))
    if not found:
        return None
    c = found[0]
    # a UUID like every point's, so that the agent's « écarter » reaches the index unharmed
    return Source(0, "convention", c.title, c.url, None, idcc, None,  # dated by its title
                  f"Texte intégral de la convention collective : {c.title} (IDCC {idcc}), "
                  "sur Légifrance.", [], 0.0, str(uuid.uuid5(uuid.NAMESPACE_URL, c.url)),
                  [AGREEMENT_MARK])


def retrieve(kb: KnowledgeBase, subject: str, body: str, classification: Classification,
             exclude_sources: Sequence[str] = (), exclude_ids: Sequence[str] = (),
             budgets: dict[str, int] | None = None) -> tuple[list[Source], list[str]]:
    """Sources for the drafter, numbered [1]..[n], and the queries that found them.
    `exclude_ids`: chunk ids, and questions already answered as « precedent:ID »."""
    left_out = [i[len(PRECEDENT_ID):] for i in exclude_ids if i.startswith(PRECEDENT_ID)]
    exclude_ids = [i for i in exclude_ids if not i.startswith(PRECEDENT_ID)]
    budgets = {**BUDGETS, **(budgets or {})}
    queries = build_queries(subject, body, classification)
    idcc = classification.idcc
    excluded = set(exclude_ids)
    picked: dict[str, tuple[float, Source]] = {}
    mail = fold(f"{subject}\n{body}")

    # 1. articles the usager names: looked up, not searched
    direct: list[Source] = []
    for num in find_article_nums(f"{subject}\n{body}")[:5]:
        art = kb.article(num)
        if art is not None and art.in_force and art.chunk_id not in excluded:
            direct.append(_article_source(art, 1.0, [NAMED_IN_MAIL]))
    have = {s.article_num for s in direct}

    # 2. the governing articles: the Code searched, fused with the articles that the matching
    #    fiches and answers cite (`governing`), then taken in turn from each query's ranking
    #    (each question gets its best articles; summed votes favoured the articles every query
    #    half-matched); the fiches and answers that voted are the candidates of step 3
    code_budget = budgets.get("code_du_travail", 0)
    further: list[Source] = []
    per_query = {q: kb.governing(q, k=max(1, code_budget) * 3, exclude_ids=exclude_ids)
                 for q in queries}
    if "code_du_travail" not in exclude_sources and code_budget > 0:
        votes: dict[str, tuple[float, list[str]]] = {}
        for q, gov in per_query.items():
            for rank, ranked in enumerate(gov.articles):
                score, found = votes.get(ranked.num, (0.0, []))
                how = [f"cité par « {t} »" for t in ranked.cited_by[:1]]
                votes[ranked.num] = (score + 1.0 / (RRF_K + rank + 1), [*found, *how, q][:3])
        turns = in_turn([[a.num for a in gov.articles] for gov in per_query.values()])
        for num in turns:
            score, found = votes[num]
            if len(picked) + len(further) >= code_budget + FURTHER_ARTICLES:
                break
            art = _usable(kb, num, mail, excluded) if num not in have else None
            if art is None:
                continue
            if len(picked) < code_budget:
                picked[f"art:{art.num}"] = (score, _article_source(art, score, found))
            else:
                further.append(_article_source(art, score, [FURTHER_MARK, *found]))

    # 3. the other sources, fused across queries by reciprocal rank: the fiches from step 2's
    #    citing documents; the answers searched apart (about 40 generic answers against
    #    some 10,000 fiche passages: few would come through step 2), and so are the
    #    agreement's texts and answers
    plan: list[tuple[str, int | None]] = [(s, None) for s in
                                          ("fiche_travail", "fiche_sp", "contribution")]
    if idcc is not None:
        plan += [("convention", idcc), ("contribution", idcc)]
    for source, filter_idcc in plan:
        if source in exclude_sources or budgets.get(source, 0) <= 0:
            continue
        fused: dict[str, tuple[float, Hit, list[str]]] = {}
        for q in queries:
            if source in FROM_CITING and filter_idcc is None:
                hits = [h for h in per_query[q].citing if h.source == source]
                hits = hits[:budgets[source] * 3]
            else:
                # per-agreement answers only come through the IDCC pass
                hits = kb.search(q, k=budgets[source] * 3, sources=[source], idcc=filter_idcc,
                                 exclude_ids=exclude_ids, no_idcc=filter_idcc is None)
            hits = [h for h in hits if not for_other_workers(h.title, mail)]
            # a section cut in several passages gains from each: counted once, the governing
            # article was quoted less often in the labelled emails (README)
            for rank, hit in enumerate(hits):
                key = _key(hit)
                score, best, found = fused.get(key, (0.0, hit, []))
                fused[key] = (score + 1.0 / (RRF_K + rank + 1), best, [*found, q][:3])
        ranked_hits = sorted(fused.items(), key=lambda kv: -kv[1][0])
        quota = budgets[source] if filter_idcc is None or source == "convention" else 2
        for key, (score, hit, found) in ranked_hits[:quota]:
            if key in picked:
                continue
            weighted = weigh(hit, score, own_agreement=filter_idcc is not None)
            picked[key] = (weighted, _hit_source(hit, weighted, found, kb.section(hit)))

    # 3b. a status with rules of its own (an elected representative, a minor): the best
    #     article of that part of the Code for the first question, before the general ones
    regime: list[Source] = []
    later: list[Source] = []
    if "code_du_travail" not in exclude_sources and queries:
        taken = have | {s.article_num for _, s in picked.values()}
        for chapters in regimes(mail, fold(" ".join(queries))):
            found = [n for n in kb.in_part(queries[0], chapters, k=REGIME_DEPTH,
                                           exclude_ids=exclude_ids) if n not in taken]
            # the law before its decrees, as in the quote (`draft.quoted_articles`)
            for num in sorted(found, key=lambda n: not n.startswith("L"))[:1]:
                art = kb.article(num)
                if art is not None and art.text:
                    taken.add(num)
                    regime.append(_article_source(art, 1.0, [REGIME_MARK, queries[0]]))
        # a device the mail names by its legal name (« une période de mise en situation en
        #  milieu professionnel »): the best article of the section of that name, after the
        #  search's when it found others of that section
        for name, nums in kb.named_headings(mail)[:NAMED_HEADINGS]:
            into = later if nums & taken else regime
            in_section = sorted(kb.among(queries[0], nums, k=REGIME_DEPTH, exclude_ids=exclude_ids),
                                key=lambda n: not n.startswith("L"))
            for num in in_section:
                # (`among` left the excluded ids out already)
                if (art := _usable(kb, num, mail, excluded)) is not None:
                    if art.num not in taken:
                        taken.add(art.num)
                        into.append(_article_source(art, 1.0, [f"{HEADING_MARK} « {name} »",
                                                               queries[0]]))
                    break
        # the law's words the glossary gives for what the mail tells, searched alone: the
        #  article whose words they are, which the mail's long queries may rank too low
        for term in [t for t in legal_terms(f"{subject}\n{body}")
                     if t not in SPELLED_OUT][:TERM_SEARCHES]:
            for ranked in kb.rank_articles(term, k=3, citations=False):
                art = _usable(kb, ranked.num, mail, excluded)
                if art is None:
                    continue
                if art.num not in taken:  # the best only: found already, nothing to add
                    taken.add(art.num)
                    later.append(_article_source(art, 1.0, [f"{TERM_MARK} « {term} »"]))
                break
    sources = (direct + regime + [src for _, src in sorted(picked.values(), key=lambda v: -v[0])]
               + later)

    # 4. among the articles the best fiches cite, the one closest to the question by its
    #    section headings: it finds the governing article where the votes spread thin
    have |= {s.article_num for s in sources if s.article_num}
    query_terms = set(tokenize(" ".join(queries)))
    added = 0
    for fiche in [s for s in sources if s.source in ("fiche_travail", "fiche_sp")][:2]:
        if added >= CITED_ARTICLES or "code_du_travail" in exclude_sources:
            break
        candidates = [(article_relevance(art.heading_path, art.text, query_terms), art)
                      for num in fiche.article_nums[:CANDIDATES_PER_FICHE] if num not in have
                      for art in [_usable(kb, num, mail, excluded)]
                      if art is not None and art.in_force]
        if candidates:
            art = max(candidates, key=lambda c: c[0])[1]
            have.add(art.num)
            added += 1
            sources.append(_article_source(art, fiche.score * 0.9,
                                           [f"cité par « {fiche.title} »"]))
    # 5. the articles that governed the closest questions already answered: the same
    #    question in other words, which neither the glossary nor the search bridged
    _add_precedents(kb, subject, body, sources, mail, excluded, left_out,
                    "code_du_travail" in exclude_sources)
    # 6. the agreement's whole text, the link to check it by
    if idcc is not None and "convention" not in exclude_sources:
        whole = agreement_source(kb, idcc)
        if (whole is not None and whole.id not in exclude_ids
                and whole.url not in {s.url for s in sources}):
            sources.append(whole)
    # 7. the ranking's next articles, last: in view of the agent (and of Mistral), left out
    #    of the quote, which they made worse when they joined the ranking (docs/history.md)
    sources += [s for s in further if s.article_num not in have]
    for i, src in enumerate(sources, 1):
        src.n = i
    articles = [s for s in sources if s.source == "code_du_travail" and s.article_num]
    if articles and queries:
        close = kb.closeness(queries[0], [s.article_num or "" for s in articles])
        for s in articles:
            s.closeness = round(close.get(s.article_num or "", 0.0), 4)
    assert not any(leftover_placeholders(q) for q in queries)
    return sources, queries
