"""Offline drafting and verification, on the sample index (both backends)."""

import json
import re
from pathlib import Path

import pytest

from assistant.anonymise import Anonymiser
from assistant.classify import classify
from assistant.draft import (
    _PLAIN,
    AI_DISCLOSURE,
    GENERAL_RULES_LEAD,
    _best_sentences,
    _cut,
    _quote,
    _sentences,
    answer_order,
    mid_sentence,
    named_terms,
    offline_draft,
    quoted_articles,
    redirect_paragraph,
    restatement,
    to_html,
)
from assistant.pipeline import suggest
from assistant.retrieve import (
    FURTHER_MARK,
    Source,
    agreement_source,
    for_other_situations,
    in_turn,
)
from assistant.verify import code_articles, verify
from corpus.kb import KnowledgeBase
from corpus.sparse import tokenize
from corpus.text import fold

EMAILS = Path(__file__).parent / "fixtures" / "emails"


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


def _src(n: int, text: str, url: str = "https://travail-emploi.gouv.fr/x", **kw: object) -> Source:
    return Source(n=n, source=str(kw.get("source", "fiche_travail")), title=f"Source {n}",
                  url=url, article_num=kw.get("article_num"), idcc=None,  # type: ignore[arg-type]
                  date="2025-01-01", text=text, heading_path=[], score=1.0, id=f"id{n}")


def _article(n: int, num: str, section: str = "Section 1 : Dispositions générales",
             closeness: float = 0.5, part: str = "Chapitre Ier : Formation du contrat") -> Source:
    src = _src(n, f"Article {num}", source="code_du_travail", article_num=num)
    src.heading_path, src.closeness = ["Partie législative", part, section], closeness
    return src


def _order(articles: list[Source], mail: str, requester: str = "") -> list[int]:
    """The numbers of `articles` in the order the draft quotes them."""
    return [a.n for a in quoted_articles(articles, mail, requester)]


def test_the_quote_is_the_law_before_its_decree_and_the_usagers_own_article_first() -> None:
    decree, law = _article(1, "R1234-2"), _article(2, "L1234-9")
    assert _order([decree, law], "Mon indemnité ?") == [2, 1]
    named = _article(3, "D1234-6")
    named.found_by = ["article cité dans le message"]
    assert _order([decree, law, named], "") == [3, 2, 1]
    assert quoted_articles([_src(1, "Une fiche.")], "x") == []


def test_the_quote_leaves_a_part_for_another_situation_unless_the_mail_describes_it() -> None:
    cdd = _article(1, "L1242-10", part="Titre IV : Contrat de travail à durée déterminée")
    cdi = _article(2, "L1221-19")
    mail = "Mon employeur peut-il renouveler ma période d'essai ?"
    assert _order([cdd, cdi], mail) == [2, 1]
    assert _order([cdd, cdi], "En CDD, " + mail) == [1, 2]


def test_a_one_word_term_says_less_of_the_law_than_a_sentence_of_it() -> None:
    """cg09 of 2026-12-07: « licenciement » (from « renvoyé ») is said by the rupture
    conventionnelle's article as fully as the prescription's words by L1471-1."""
    rc = _article(1, "L1237-11")
    rc.text = "La rupture conventionnelle, exclusive du licenciement ou de la démission…"
    limit = _article(2, "L1471-1")
    limit.text = ("Toute action portant sur la rupture du contrat de travail se prescrit par "
                  "douze mois à compter de la notification de la rupture.")
    terms = ["licenciement", "toute action portant sur la rupture du contrat de travail se "
             "prescrit par douze mois"]
    assert [a.n for a in quoted_articles([rc, limit], "Renvoyé en février : trop tard ?",
                                         glossary=terms)] == [2, 1]
    # the same article alone with its one-word term: retrieval's order stands
    assert [a.n for a in quoted_articles([rc, limit], "Renvoyé ?",
                                         glossary=["licenciement"])] == [1, 2]


def test_an_injury_at_work_told_is_a_work_accident_s_situation() -> None:
    """cg08 of 2026-12-07: « blessé … en déchargeant un camion au dépôt », no « accident du
    travail » said."""
    at = ["Partie législative", "Section 3 : Accident du travail ou maladie professionnelle"]
    told = fold("Je me suis blessé à l'épaule en déchargeant un camion au dépôt.")
    assert not for_other_situations(at, told)
    assert for_other_situations(at, fold("Je me suis blessé au ski pendant mes congés."))


def test_opening_one_s_own_business_is_the_business_leave_s_situation() -> None:
    """cy09 of 2026-12-08: « ouvrir mon propre restaurant » had set the leave to create a
    business aside as a situation the mail did not tell."""
    leave = ["Partie législative", "Section 3 : Congé et période de travail à temps partiel "
             "pour la création ou la reprise d'entreprise"]
    assert not for_other_situations(leave, fold("J'ai le projet d'ouvrir mon propre restaurant."))
    assert not for_other_situations(leave, fold("Je voudrais me mettre à mon compte."))
    assert for_other_situations(leave, fold("Je voudrais passer à temps partiel."))


def test_collective_departures_are_not_one_employee_s_agreed_departure() -> None:
    """cj04 of 2026-12-07: L1237-19, the collective agreed departures, was quoted to an
    employer whose one shop assistant wants to leave « à l'amiable »."""
    rcc = ["Partie législative", "Section 4 : Rupture conventionnelle collective"]
    assert for_other_situations(rcc, fold("Une vendeuse voudrait partir à l'amiable."))
    assert not for_other_situations(rcc, fold("Un accord de rupture conventionnelle collective "
                                              "pour vingt départs volontaires ?"))


def test_a_seasonal_job_is_a_cdd_s_situation() -> None:
    # al06 of 2026-12-06: « contrat saisonnier » had sent the seasonal articles behind
    cdd = _article(1, "L1244-2", part="Titre IV : Contrat de travail à durée déterminée")
    other = _article(2, "L1221-18")
    mail = "Quatre hivers de suite en contrat saisonnier : doit-il me reprendre ?"
    assert _order([cdd, other], mail) == [1, 2]
    assert _order([cdd, other], "Doit-il me reprendre ?") == [2, 1]
    # ce08 of 2026-12-07: « un contrat court » is a CDD too
    assert _order([cdd, other], "Un contrat court de trois mois pour la tester ?") == [1, 2]


@pytest.mark.parametrize(("mail", "other"), [
    # technicians called back at night (be06 of 2026-12-06): the twelve hours of the young
    # workers' daily rest are no answer
    ("Pouvons-nous faire revenir deux techniciens cette nuit malgré le repos de 11 heures ?",
     True),
    ("Mon apprenti a 16 ans : combien d'heures de repos entre deux journées ?", False),
    ("Notre stagiaire mineur peut-il finir à 22 heures ?", False),
    ("J'ai 15 ans d'ancienneté : combien de repos entre deux journées ?", True),
])
def test_the_young_workers_rules_are_for_a_mail_that_tells_of_one(mail: str,
                                                                   other: bool) -> None:
    heading = ["Partie législative", "Troisième partie", "Livre Ier",
               "Titre VI : Dispositions particulières aux jeunes travailleurs",
               "Chapitre IV : Repos et congés", "Section 1 : Repos quotidien."]
    assert for_other_situations(heading, fold(mail)) is other


@pytest.mark.parametrize(("mail", "other"), [
    # Alsace-Moselle's Sundays for a Paris shop (bn08 of the 2026-12-07bn set)
    ("Je travaille en zone touristique à Paris : le dimanche n'est pas majoré.", True),
    ("Je travaille à Colmar : le dimanche n'est pas majoré.", False),
    ("Le Vendredi saint est-il chômé chez nous ?", False),
])
def test_alsace_moselle_s_rules_are_for_a_mail_from_there(mail: str, other: bool) -> None:
    heading = ["Partie législative", "Titre III : Repos et jours fériés",
               "Chapitre IV : Dispositions particulières aux départements de la Moselle, du "
               "Bas-Rhin et du Haut-Rhin."]
    assert for_other_situations(heading, fold(mail)) is other


def test_the_first_of_may_s_rules_are_for_a_mail_that_tells_of_it() -> None:
    """L3133-5 came before L3133-3 for the 11th of November (bs02 of the 2026-12-07bs set)."""
    heading = ["Chapitre III : Jours fériés", "Section 2 : Journée du 1er mai"]
    assert for_other_situations(heading, fold("Le 11 novembre m'a été retiré de ma paie."))
    assert not for_other_situations(heading, fold("Le 1er mai m'a été retiré de ma paie."))


def test_a_temp_agency_s_public_clients_are_for_a_mail_that_tells_of_one() -> None:
    """L1251-60 came first for a factory's temp (bn07 of the 2026-12-07bn set)."""
    heading = ["Chapitre Ier : Contrat de travail conclu avec une entreprise de travail "
               "temporaire", "Section 6 : Dispositions applicables aux employeurs publics"]
    assert for_other_situations(heading, fold("Intérimaire dans une usine d'emballage."))
    assert not for_other_situations(heading, fold("Intérimaire à la mairie depuis mai."))


def test_the_unfit_worker_s_rules_are_for_a_mail_that_tells_of_unfitness() -> None:
    """The health theme's label, « Santé, sécurité et inaptitude », drew L1226-2-1 for intense
    heat (bg12 of 2026-12-07); the chapter's other sections (sick pay) are not concerned."""
    unfit = ["Partie législative", "Chapitre VI : Maladie, accident et inaptitude médicale",
             "Section 2 : Inaptitude consécutive à une maladie ou un accident non professionnel"]
    sick_pay = ["Partie législative", "Chapitre VI : Maladie, accident et inaptitude médicale",
                "Section 1 : Absences pour maladie ou accident"]
    heat = fold("Quelles sont les obligations de l'employeur pendant la canicule ?")
    assert for_other_situations(unfit, heat)
    assert not for_other_situations(sick_pay, heat)
    assert not for_other_situations(unfit, fold("Le médecin du travail m'a déclaré inapte."))
    # the serious illness's absences, a subsection of that section (bo01 of 2026-12-07bo)
    serious = [*unfit, "Sous-section 2 : Maladie grave."]
    assert not for_other_situations(serious, fold("Ma chimiothérapie : dois-je poser un congé ?"))


def test_the_quote_follows_the_section_the_mail_names_then_the_closest_in_meaning() -> None:
    first = _article(1, "L1234-1", "Section 1 : Préavis et indemnité de licenciement")
    second = _article(2, "L1231-1", "Chapitre Ier : Dispositions générales")
    resign = _article(3, "L1237-1", "Sous-section 1 : Démission.")
    mail = "Je veux donner ma démission : combien de temps dois-je encore travailler ?"
    assert _order([first, second, resign], mail) == [1, 3, 2]
    assert _order([first, second, resign], "Je pars.") == [1, 2, 3]
    # words every mail and heading share (« travail », « salarié ») name no section
    split = _article(3, "L3123-12", "Paragraphe 6 : Répartition de la durée du travail")
    mail = "Nous avons peu de travail : puis-je prêter un salarié ?"
    assert _order([first, second, split], mail) == [1, 2, 3]
    near, far = _article(1, "L3121-1", closeness=0.3), _article(2, "L3121-3", closeness=0.7)
    assert _order([near, far], "x") == [2, 1]
    far.closeness = 0.4  # retrieval's order wins a small difference
    assert _order([near, far], "x") == [1, 2]
    far.closeness = 0.5  # but not one of 0.2 (the weight refitted on 215 emails, 2026-12-04)
    assert _order([near, far], "x") == [2, 1]


def test_an_acronym_spelt_out_chooses_no_quote() -> None:
    # « CSE » gives the search « comité social et économique », which every CSE section
    # says: the union's notices (al04, ak10 of 2026-12-06) stay ahead of the CSE's accounts
    notices = _article(1, "L2142-3", "Section 4 : Affichage et diffusion des communications "
                       "syndicales", part="Chapitre II : Section syndicale")
    notices.text = ("L'affichage des communications syndicales s'effectue librement sur des "
                    "panneaux réservés à cet usage.")
    accounts = _article(2, "L2315-70", "Section 7 : Etablissement et contrôle des comptes du "
                        "comité social et économique", part="Chapitre V : Fonctionnement")
    accounts.text = "Le comité social et économique est soumis aux obligations comptables."
    mail = "Ils affichent des tracts sur le panneau du CSE : pouvons-nous l'encadrer ?"
    assert _order([notices, accounts], mail) == [1, 2]
    spelt = mail.replace("CSE", "comité social et économique")
    assert _order([notices, accounts], spelt) == [2, 1]


def test_the_law_s_words_for_the_mail_name_a_section_too() -> None:
    procedure = _article(1, "L1332-2", "Section 2 : Garanties de procédure.")
    old_facts = _article(2, "L1332-4", "Section 3 : Prescription des faits fautifs.")
    mail = "J'ai reçu un avertissement pour des retards qui datent de plus de quatre mois."
    assert _order([procedure, old_facts], mail) == [2, 1]
    recent = "J'ai reçu un avertissement pour un retard de ce matin."
    assert _order([procedure, old_facts], recent) == [1, 2]


def test_the_quote_is_the_article_that_says_the_law_s_words_for_the_mail() -> None:
    # same section, same closeness: retrieval put the article on hiring first
    hiring = _article(1, "L1225-1", "Section 1 : Protection de la grossesse et de la maternité")
    hiring.text = ("L'employeur ne doit pas prendre en considération l'état de grossesse d'une "
                   "femme pour refuser de l'embaucher, pour rompre son contrat de travail au "
                   "cours d'une période d'essai ou pour prononcer une mutation d'emploi.")
    telling = _article(2, "L1225-2", "Section 1 : Protection de la grossesse et de la maternité")
    telling.text = ("La femme candidate à un emploi ou salariée n'est pas tenue de révéler son "
                    "état de grossesse, sauf lorsqu'elle demande le bénéfice des dispositions "
                    "légales relatives à la protection de la femme enceinte.")
    mail = "Je suis enceinte de 2 mois. Est-ce que je suis obligée de l'informer maintenant ?"
    assert _order([hiring, telling], mail) == [2, 1]
    # a mail the glossary has no words for keeps retrieval's order
    other = "Je suis enceinte de 2 mois. Mon employeur peut-il me muter ?"
    assert _order([hiring, telling], other) == [1, 2]


def test_a_name_the_usager_quotes_chooses_the_article_that_says_it() -> None:
    """« un « rendez-vous de liaison » » is the law's name (L1226-1-3, at03 of 2026-12-06);
    words someone said (« ce n'est pas le moment ») are no name."""
    teams = _article(1, "L4624-3", "Section 1 : Actions et moyens des membres des équipes")
    teams.text = "Le médecin du travail peut proposer des mesures individuelles d'aménagement."
    liaison = _article(2, "L1226-1-3", "Section 1 : Absences pour maladie ou accident")
    liaison.text = ("La suspension du contrat ne fait pas obstacle à l'organisation d'un "
                    "rendez-vous de liaison entre le salarié et l'employeur.")
    mail = "Mon employeur me propose un « rendez-vous de liaison » : dois-je y aller ?"
    assert _order([teams, liaison], mail) == [2, 1]
    assert _order([teams, liaison], "Dois-je y aller ?") == [1, 2]
    assert named_terms(fold(mail)) == ["rendez-vous de liaison"]
    assert named_terms(fold("Il m'a répondu « ce n'est pas le moment » et un « non »."
                            )) == []


def test_with_no_agreement_the_quote_is_the_rule_that_applies_failing_one() -> None:
    """« il n'y a pas d'accord d'entreprise sur les astreintes »: the supplementary rule
    (L3121-12) before the agreement's field (L3121-11), aw06 of 2026-12-06; not for « je ne
    suis pas d'accord »."""
    field = _article(1, "L3121-11", "Sous-section 2 : Champ de la négociation collective")
    fallback = _article(2, "L3121-12", "Sous-section 3 : Dispositions supplétives")
    mail = "Il n'y a pas d'accord d'entreprise sur les astreintes : quel délai ?"
    assert _order([field, fallback], mail) == [2, 1]
    disagree = "Je ne suis pas d'accord avec mes astreintes : quel délai ?"
    assert _order([field, fallback], disagree) == [1, 2]


def test_a_rule_for_smaller_firms_is_not_quoted_for_a_larger_one() -> None:
    """ap01 of 2026-12-06: a union section's representative in a firm of 90 is not the one
    « dans les entreprises qui emploient moins de cinquante salariés » (L2142-1-4)."""
    small = _article(1, "L2142-1-4", "Section 2 : Représentant de la section syndicale")
    small.text = ("Dans les entreprises qui emploient moins de cinquante salariés, les syndicats "
                  "non représentatifs peuvent désigner un membre du CSE. Autre phrase.")
    general = _article(2, "L2142-1-3", "Section 2 : Représentant de la section syndicale")
    general.text = "Chaque représentant de la section syndicale dispose d'un temps nécessaire."
    mail = "Je suis représentant de la section syndicale dans une entreprise de {} salariés."
    assert _order([small, general], mail.format(90)) == [2, 1]
    assert _order([small, general], mail.format(30)) == [1, 2]
    # a threshold the firm does not reach may be the answer: it keeps its rank
    big = _article(1, "L2315-36", "Section 5 : Commission santé")
    big.text = "Une commission est créée dans les entreprises d'au moins trois cents salariés."
    plain = _article(2, "L2315-40")
    assert _order([big, plain], mail.format(90)) == [1, 2]


def test_an_unfit_worker_s_pay_after_a_work_accident_is_not_the_other_illnesses_rule() -> None:
    """L1226-4 and L1226-11 say the same words, one after an illness or accident outside work,
    the other after a work accident (ay04 of 2026-12-06): the mail's account chooses."""
    outside = _article(1, "L1226-4", "Sous-section 1 : Inaptitude consécutive à une maladie ou "
                                     "un accident non professionnel")
    at_work = _article(2, "L1226-11", "Sous-section 3 : Inaptitude consécutive à un accident du "
                                      "travail ou à une maladie professionnelle")
    told = "Après un accident du travail, déclaré inapte, je ne suis plus payé."
    assert _order([outside, at_work], told) == [2, 1]
    assert _order([outside, at_work], "Déclaré inapte, je ne suis plus payé.") == [1, 2]


def test_wage_portage_is_no_temp_work_s_situation() -> None:
    """The temps' title also holds wage portage (ax02 of 2026-12-06): a portage article is
    for a mail on portage, a temp agency's chapter is not."""
    title = "Titre V : Contrat de travail temporaire, autres contrats de mise à disposition et " \
            "portage salarial"
    portage = _article(1, "L1254-2", part=title)
    portage.heading_path.insert(2, "Chapitre IV : Portage salarial")
    temp = _article(1, "L1251-1", part=title)
    temp.heading_path.insert(2, "Chapitre Ier : Contrat de travail conclu avec une entreprise "
                                "de travail temporaire")
    mail = fold("Une société de portage salarial me propose un contrat.")
    assert not for_other_situations(portage.heading_path, mail)
    assert for_other_situations(temp.heading_path, mail)
    assert not for_other_situations(temp.heading_path, fold("Je suis en intérim."))
    assert not for_other_situations(temp.heading_path, fold(
        "L'agence m'appelle : ma mission se termine le 15."))
    assert for_other_situations(temp.heading_path, fold(
        "Je pars en mission à Lyon pour mon entreprise."))
    # nor is an employers' group's (bf09 of 2026-12-07: its canteen came before the user
    # firm's for a temp)
    group = _article(1, "L1253-14", part=title)
    group.heading_path.insert(2, "Chapitre III : Contrats conclus avec un groupement "
                                 "d'employeurs")
    canteen = fold("Intérimaire, je n'ai pas accès à la cantine de l'usine.")
    assert for_other_situations(group.heading_path, canteen)
    assert not for_other_situations(group.heading_path, fold(
        "Je suis salarié d'un groupement d'employeurs agricoles."))


def test_the_ranking_s_further_articles_are_listed_but_never_quoted() -> None:
    best, further = _article(1, "L1221-19", closeness=0.2), _article(2, "L1221-21", closeness=0.9)
    assert _order([best, further], "x") == [2, 1]
    further.found_by = [FURTHER_MARK]
    assert _order([best, further], "x") == [1]


def test_the_answer_opens_on_the_section_whose_heading_asks_the_question() -> None:
    def section(n: int, title: str, heading: str, score: float) -> Source:
        src = _src(n, "Texte.")
        src.title, src.heading_path, src.score = title, [heading], score
        return src

    first = section(1, "Rémunération en activité partielle", "Rémunération versée", 0.05)
    second = section(2, "Le contrat de travail", "À lire sur ce site", 0.045)
    third = section(3, "Paiement du salaire", "À quelle date est versé le salaire ?", 0.04)
    focus = set(tokenize("Mon employeur doit-il verser mon salaire à une date précise ?"))
    assert [s.n for s in answer_order([first, second, third], focus)] == [3, 1, 2]
    # headings that say nothing of the question leave retrieval's order
    assert [s.n for s in answer_order([first, second], {"preavis"})] == [1, 2]
    assert answer_order([], focus) == []


def test_each_question_on_its_own_theme_gets_its_passage() -> None:
    body = ("Deux questions : mon employeur peut-il m'imposer mes dates de congés payés en "
            "août ? Et il veut supprimer mes jours de télétravail, en a-t-il le droit ?")
    c = classify(body)
    assert {t["id"] for t in c.themes} >= {"conges_payes", "teletravail"}
    q1 = "mon employeur peut-il m'imposer mes dates de congés payés en août ? Congés payés"
    q2 = "Et il veut supprimer mes jours de télétravail, en a-t-il le droit ? Télétravail"

    def section(n: int, title: str, heading: str, text: str, found: list[str]) -> Source:
        src = _src(n, text)
        src.title, src.heading_path, src.found_by = title, [heading], found
        return src

    sources = [
        section(1, "Les congés payés", "Qui fixe les dates des congés ?",
                "L'employeur fixe l'ordre des départs en congés payés après avis du CSE.", [q1]),
        section(2, "Acquérir des congés payés", "Comment les congés payés sont-ils acquis ?",
                "Les congés payés s'acquièrent à raison de 2,5 jours par mois.", [q1]),
        section(3, "Le télétravail", "Comment le télétravail prend-il fin ?",
                "L'employeur qui met fin au télétravail prévu par un accord en respecte les "
                "règles.", [q2]),
    ]
    text = offline_draft("Congés et télétravail", body, c, sources,
                         queries=[q1, q2, "Congés et télétravail Congés payés"]).text
    answer = text.split("\n\n")[2:4]
    assert answer[0].endswith("[1]") and answer[1].endswith("[3]")
    # one theme, several questions: the passages of the first question lead
    same = offline_draft("Congés", body, c, sources, queries=[q1, q1 + " en août", "Congés"]).text
    assert same.split("\n\n")[2:4][1].endswith("[2]")


def test_a_section_listing_other_pages_is_never_the_answer() -> None:
    body = "Mon employeur peut-il me licencier pendant mon arrêt maladie ?"
    links = _src(1, "Licenciement pour motif personnel nul, sans cause réelle et sérieuse ou "
                    "irrégulier Indemnité compensatrice de préavis (licenciement, démission... )")
    links.title, links.heading_path = "La procédure de licenciement", ["À lire sur ce site"]
    answer = _src(2, "Pendant l'arrêt de travail, l'employeur peut licencier pour un motif "
                     "étranger à la maladie.")
    answer.title, answer.score = "L'arrêt maladie", 0.5
    text = offline_draft("Licenciement", body, classify(body), [links, answer],
                         queries=[body, "Licenciement"]).text
    assert "[2]" in text and "[1]" not in text


def test_the_theme_s_label_does_not_choose_the_answer() -> None:
    body = "J'ai travaillé le 1er mai toute la journée. Mon employeur doit-il me payer double ?"
    c = classify(body)
    label = c.main_label
    assert label == "Durée du travail, horaires et repos"
    generic = _src(1, "L'employeur fixe l'horaire collectif de travail de la journée.")
    generic.title, generic.heading_path = "Durée du travail à temps plein", ["Horaires collectifs"]
    may_day = _src(2, "Le salarié qui travaille le 1er mai a droit au double de son salaire.")
    may_day.title, may_day.heading_path = "Jours fériés", ["Cas particulier du 1er mai"]
    text = offline_draft("1er mai", body, c, [generic, may_day],
                         queries=[f"{body} {label}", f"1er mai {label}"]).text
    assert text.split("\n\n")[2].endswith("[2]"), text
    # words of the label that the usager wrote do count
    body = "Quels horaires collectifs mon employeur peut-il imposer ?"
    text = offline_draft("Horaires", body, classify(body), [may_day, generic],
                         queries=[f"{body} {label}", f"Horaires {label}"]).text
    assert text.split("\n\n")[2].endswith("[1]"), text


def test_the_glossary_s_terms_choose_the_sentences_too() -> None:
    body = "Mon patron veut retirer 300 euros de ma paie pour la tablette. A-t-il le droit ?"
    src = _src(1, "Des règles particulières s'appliquent à certaines retenues opérées sur le "
                  "salaire net (avances, fournitures). Les sanctions pécuniaires sont interdites.")
    query = f"{body} retenue sur salaire sanction pécuniaire"  # as build_queries writes it
    text = offline_draft("Retenue", body, classify(body), [src], queries=[query, "Retenue"]).text
    assert "Les sanctions pécuniaires sont interdites. [1]" in text, text


def test_a_side_question_outside_the_field_is_sent_on_after_the_answer() -> None:
    body = ("Il refuse la rupture conventionnelle et me dit de démissionner. A-t-il le droit "
            "de refuser ? Je perds mes droits au chômage si je démissionne ?")
    c = classify(body)
    src = _src(1, "La rupture conventionnelle ne peut pas être imposée par l'une ou l'autre des "
                  "parties : l'employeur peut la refuser.")
    src.title = "La rupture conventionnelle"
    paras = offline_draft("Refus", body, c, [src], queries=[body, "Refus"]).text.split("\n\n")
    answer = next(i for i, p in enumerate(paras) if p.endswith("[1]"))
    redirect = next(i for i, p in enumerate(paras) if "France Travail" in p)
    assert answer < redirect and "un point de votre demande" in paras[redirect], paras


def test_a_label_word_the_mail_says_in_its_own_words_chooses_the_answer() -> None:
    body = ("Un collègue me fait des allusions sexuelles. J'ai peur de venir travailler. Mon "
            "employeur doit-il faire quelque chose ?")
    c = classify(body)
    assert c.main_label == "Harcèlement et discrimination"
    notice = _src(1, "L'employeur qui ne respecte pas le préavis doit une indemnité au salarié.")
    notice.title = "Les conséquences du non-respect du préavis par l'employeur"
    harassment = _src(2, "L'employeur prend toutes dispositions pour prévenir le harcèlement.")
    harassment.title, notice.score = "Le harcèlement sexuel", 1.0
    label = c.main_label
    text = offline_draft("Collègue", body, c, [notice, harassment],
                         queries=[f"{body} {label}", f"Collègue harcèlement sexuel {label}"]).text
    assert text.split("\n\n")[2].endswith("[2]"), text


def test_what_the_mail_tells_elsewhere_and_not_the_plain_words_choose_the_answer() -> None:
    subject = "M'occuper de mon père"
    body = ("Mon père ne peut plus vivre seul. Existe-t-il un congé pour ça et mon employeur "
            "peut-il refuser ?")
    c = classify(f"{subject}\n{body}", subject=subject)
    refuse = _src(1, "L'employeur peut refuser les dates de congés payés demandées.")
    refuse.title = "Un employeur peut-il refuser des congés demandés par le salarié ?"
    carer = _src(2, "Le congé de proche aidant permet de cesser son activité pour s'occuper "
                    "d'un proche en perte d'autonomie.")
    carer.title, carer.heading_path = "Congé de proche aidant", ["De quoi s'agit-il ?"]
    label = c.main_label
    text = offline_draft(subject, body, c, [refuse, carer],
                         queries=[f"{body} {label}", f"{subject} congé de proche aidant"]).text
    assert text.split("\n\n")[2].endswith("[2]"), text


def test_the_subject_the_usager_wrote_chooses_the_answer_too() -> None:
    """The question leans on the sentence before it (« J'ai 5 ans d'ancienneté. Est-il
    obligé… ? »); the subject says what it is about, and its words choose the passage."""
    body = ("Je suis en arrêt depuis 12 jours et ne touche que les indemnités. J'ai 5 ans "
            "d'ancienneté. Est-ce qu'il est obligé de compléter mon salaire ?")
    seniority = _src(1, "L'ancienneté du salarié est mentionnée sur le bulletin de salaire.")
    seniority.title = "Comment déterminer l'ancienneté du salarié ?"
    upkeep = _src(2, "L'employeur verse au salarié une indemnité pour compléter celle versée "
                     "par la sécurité sociale.")
    upkeep.title = "En cas d'arrêt maladie, l'employeur doit-il maintenir le salaire ?"
    upkeep.score = 0.5  # retrieval put it second
    query = "J'ai 5 ans d'ancienneté. Est-ce qu'il est obligé de compléter mon salaire ?"
    text = offline_draft("Arrêt maladie et salaire", body, classify(body), [seniority, upkeep],
                         queries=[query, "Arrêt maladie et salaire"]).text
    assert text.split("\n\n")[2].endswith("[2]"), text


def test_a_paragraph_two_fiches_share_is_said_once() -> None:
    body = "Le médecin du travail a déclaré un salarié inapte. Que devons-nous faire ?"
    said = "Si le médecin du travail déclare le salarié inapte, il rédige un avis d'inaptitude."
    first, copy = _src(1, said), _src(2, said)
    other = _src(3, "L'employeur recherche un reclassement du salarié inapte.")
    copy.title, other.title = "Inaptitude (2019)", "Reclassement"
    text = offline_draft("Inaptitude", body, classify(body), [first, copy, other],
                         queries=[body, "Inaptitude"]).text
    assert text.count(said) == 1 and "[3]" in text
    assert ("[1]" in text) != ("[2]" in text)  # one of the two copies is cited, not both


def test_in_turn_takes_the_best_of_each_order_then_the_next() -> None:
    a, b, c = _src(1, "a"), _src(2, "b"), _src(3, "c")
    assert [s.n for s in in_turn([[a, b, c], [c, a]])] == [1, 3, 2]
    assert in_turn([]) == []


def test_a_passage_s_questions_are_not_taken_as_the_answer() -> None:
    passage = ("Le salarié peut-il démissionner pendant son congé parental ?\n"
               "La démission d'un salarié en congé parental est possible et le préavis de "
               "démission est dû dans les conditions habituelles.\n"
               "Un salarié peut-il démissionner pendant son préavis de démission ?")
    terms = {"demission", "salari", "pread", "conge", "parental", "peut"}
    assert _best_sentences(passage, terms, 3) == [
        "La démission d'un salarié en congé parental est possible et le préavis de "
        "démission est dû dans les conditions habituelles."]


_TRIAL_SECTION = (
    "Pendant l'essai, le contrat de travail peut être librement rompu par le salarié ou par "
    "l'employeur, sans qu'il soit besoin de motiver cette rupture.\n"
    "Ainsi, lorsqu'il est mis fin, par l'employeur, à la période d'essai, le salarié est prévenu "
    "dans un délai qui ne peut être inférieur à : - vingt-quatre heures en deçà de 8 jours "
    "de présence ; - deux semaines après 1 mois de présence.\n"
    "Les dispositions ci-dessus relatives au délai de prévenance s'appliquent également à la "
    "rupture d'un CDD.\n"
    "Par ailleurs, l'employeur ne doit pas faire un usage abusif du droit de rompre la période "
    "d'essai à tout moment, une semaine après le début du contrat.")
_L1221_25 = ("Lorsqu'il est mis fin, par l'employeur, au contrat en cours ou au terme de la "
             "période d'essai, le salarié est prévenu dans un délai qui ne peut être inférieur "
             "à : 1° Vingt-quatre heures en deçà de huit jours de présence ; 2° Deux semaines "
             "après un mois de présence.")


def test_the_article_s_words_choose_the_sentence_that_states_the_rule() -> None:
    """The usager's words alone pick the sentence that repeats them; the first article's
    words (at half a term each) pick the one that says the rule."""
    asked = set(tokenize("Je souhaite arrêter sa période d'essai au bout de cinq semaines. "
                         "Dois-je faire un courrier ?"))
    rule = frozenset(tokenize(_L1221_25))
    without = _best_sentences(_TRIAL_SECTION, asked, 1)
    with_rule = _best_sentences(_TRIAL_SECTION, asked, 1, rule)
    assert without == [_TRIAL_SECTION.split("\n")[-1]], without
    # chosen: « Ainsi, … », which comes with the sentence it leans on
    assert with_rule[-1].startswith("Ainsi, lorsqu'il est mis fin, par l'employeur"), with_rule
    assert with_rule[0].startswith("Pendant l'essai, le contrat de travail peut être librement")


def test_a_passage_stays_readable_however_long_its_sentences() -> None:
    """The best sentence always; the others only while the passage stays short enough."""
    from assistant.draft import PASSAGE_CHARS

    best = "Le préavis de démission est fixé par la convention collective ou les usages."
    long_one = ("Le préavis de démission prévu par la convention collective et les usages "
                + "dépend de nombreux cas particuliers, " * 30 + "enfin.")
    short_one = "Le préavis de démission de la convention collective court après la lettre."
    terms = set(tokenize("préavis démission convention collective usages lettre"))
    picked = _best_sentences("\n".join([best, long_one, short_one]), terms, 3)
    assert picked == [best, short_one]
    assert len(long_one) > PASSAGE_CHARS
    assert _best_sentences(long_one, terms, 3) == [long_one.strip(" -")]


def test_a_sentence_with_a_web_address_never_makes_the_answer() -> None:
    passage = ("Le droit de retrait s'exerce sans sanction ni retenue sur salaire.\n"
               "Le droit de retrait (www.gouvernement.fr/info-coronavirus) ne s'exerce pas "
               "si l'employeur a pris les mesures de prévention du droit de retrait.")
    terms = set(tokenize("droit de retrait employeur mesures prévention sanction"))
    assert _best_sentences(passage, terms, 2) == [
        "Le droit de retrait s'exerce sans sanction ni retenue sur salaire."]


def test_the_offline_answer_reads_the_passage_s_whole_section() -> None:
    """Retrieval found the piece that says « les dispositions ci-dessus »; the rule is in the
    piece before, which the source's section carries: the draft says it, and the verifier
    finds its figures in the source."""
    body = ("J'ai embauché une vendeuse il y a cinq semaines. Je souhaite arrêter sa période "
            "d'essai : combien de temps avant dois-je la prévenir ?")
    piece = _TRIAL_SECTION.split("\n", 2)[2]
    fiche = _src(1, piece)
    fiche.section = _TRIAL_SECTION
    article = _src(2, _L1221_25, source="code_du_travail", article_num="L1221-25")
    draft = offline_draft("Période d'essai", body, classify(body), [fiche, article],
                          queries=[body, "Période d'essai"])
    assert "deux semaines après 1 mois de présence" in draft.text, draft.text
    _, warnings = verify(draft.text, [fiche, article], lambda num: (True, True))
    assert warnings == []
    fiche.section = ""
    alone = offline_draft("Période d'essai", body, classify(body), [fiche, article],
                          queries=[body, "Période d'essai"])
    assert "deux semaines après 1 mois de présence. [1]" not in alone.text


def test_the_agreement_is_quoted_only_where_it_speaks_of_what_is_asked() -> None:
    body = "Je suis serveur. Mes heures supplémentaires sont-elles majorées ?"
    c = classify(body)
    c.idcc = 1979
    fiche = _src(1, "Les heures supplémentaires ouvrent droit à une majoration de salaire.")
    off = _src(2, "Le salarié qui a trouvé un emploi ne peut plus utiliser les heures pour "
                  "recherche d'emploi pendant son préavis.", source="convention")
    on = _src(3, "Les heures supplémentaires effectuées au-delà de 39 heures sont majorées de "
                 "20 % dans les hôtels, cafés et restaurants.", source="convention")
    off.idcc = on.idcc = 1979

    def agreement(sources: list[Source]) -> str:
        text = offline_draft("Heures supplémentaires", body, c, sources,
                             queries=[body, "Heures supplémentaires"]).text
        return next(p for p in text.split("\n\n") if p.startswith("Votre convention"))

    assert "pas trouvé de disposition particulière" in agreement([fiche, off])
    both = agreement([fiche, off, on])
    assert "majorées de 20 %" in both and "[3]" in both


def test_the_agreement_s_sentence_written_to_the_other_party_is_left_out() -> None:
    """An employer is not told « prévenez votre employeur », from the agreement's passage
    either (as from the general ones: `TO_THE_OTHER_PARTY`)."""
    body = "Un de nos serveurs démissionne : quel préavis doit-il respecter ?"
    c = classify(body)
    c.idcc = 1979
    assert c.requester.value == "employeur"
    agreement = _src(2, "La durée du préavis de démission du serveur est de 8 jours. Pendant "
                        "le préavis de démission, le serveur doit prévenir votre employeur de "
                        "ses absences.", source="convention")
    agreement.idcc = 1979
    text = offline_draft("Préavis", body, c, [agreement], queries=[body, "Préavis"]).text
    said = next(p for p in text.split("\n\n") if p.startswith("Votre convention"))
    assert "8 jours" in said and "votre employeur" not in said
    # an IDCC given without its title (the agent's, unknown to the index) is named once
    assert said.startswith("Votre convention collective (IDCC 1979) s'applique")


def test_offline_draft_structure_and_grounding(kb: KnowledgeBase, anonymiser: Anonymiser) -> None:
    result = suggest((EMAILS / "c02-essai-cadre-syntec.json").read_bytes(), kb, anonymiser)
    text = result.text
    assert text.startswith("Madame, Monsieur,\n\nVous nous interrogez")
    assert "période d'essai" in text.lower()
    assert "Syntec" in text or "IDCC 1486" in text  # the agreement paragraph names it
    assert AI_DISCLOSURE in text and "salutations distinguées" in text
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
    sources = {s.n for s in result.analysis.sources}
    assert markers and markers <= sources
    assert result.warnings == [], [w.message for w in result.warnings]
    assert "<p>Madame, Monsieur,</p>" in result.html and '<a href="https://' in result.html
    out = result.to_dict()
    assert set(out) >= {"classification", "sources", "draft", "warnings", "timings_ms"}
    assert set(out["classification"]) >= {"themes", "requester", "idcc", "missing_facts",
                                          "out_of_scope", "sensitive"}
    assert {"n", "source", "title", "url", "article_num", "date"} <= set(out["sources"][0])
    assert "Garcia" not in json.dumps(out, ensure_ascii=False)


def test_length_is_proportionate(kb: KnowledgeBase, anonymiser: Anonymiser) -> None:
    raw = (EMAILS / "c09-cdd-renouvellement.json").read_bytes()
    sizes = {length: len(suggest(raw, kb, anonymiser, length=length).text)  # type: ignore[arg-type]
             for length in ("short", "standard", "detailed")}
    assert sizes["short"] < sizes["standard"] <= sizes["detailed"], sizes


def test_out_of_scope_redirects_instead_of_answering(kb: KnowledgeBase,
                                                     anonymiser: Anonymiser) -> None:
    result = suggest((EMAILS / "c06-fonctionnaire.json").read_bytes(), kb, anonymiser)
    assert "employeur public" in result.text and "centre de gestion" in result.text
    assert "L'article" not in result.text


def test_a_case_before_the_court_gets_the_general_rules_after_the_redirect(
        kb: KnowledgeBase, anonymiser: Anonymiser) -> None:
    """The redirect says the SRDT may recall the general rules: they follow it (cm01 of the
    2026-12-07cm set had the redirect alone)."""
    result = suggest((EMAILS / "heldout" / "cm01-prudhommes-conciliation-offre.json")
                     .read_bytes(), kb, anonymiser)
    scope = result.analysis.classification.out_of_scope
    assert scope and scope["id"] == "contentieux_en_cours"
    text = result.text
    assert text.index("l'avocat ou le défenseur syndical") < text.index(GENERAL_RULES_LEAD)
    assert re.search(re.escape(GENERAL_RULES_LEAD) + r".*L'article [LRD][\d-]+ du Code du "
                     r"travail prévoit", text, re.S)
    assert "pourriez-vous nous préciser" not in text  # the case's facts are the lawyer's
    assert not result.warnings


def test_distress_adds_the_prevention_number(kb: KnowledgeBase, anonymiser: Anonymiser) -> None:
    payload = {"subject": "Harcèlement", "body_text": "Mon chef me harcèle, j'ai des idées "
               "noires. Que faire ?"}
    result = suggest(payload, kb, anonymiser)
    assert "3114" in result.text


def test_disclosure_can_be_turned_off(kb: KnowledgeBase, anonymiser: Anonymiser) -> None:
    payload = {"subject": "Congés", "body_text": "Combien de jours de congés payés par mois ?"}
    assert AI_DISCLOSURE not in suggest(payload, kb, anonymiser, disclosure=False).text


def test_instructions_inside_the_email_are_not_followed(kb: KnowledgeBase,
                                                        anonymiser: Anonymiser) -> None:
    result = suggest((EMAILS / "c12-injection.json").read_bytes(), kb, anonymiser)
    lowered = result.text.lower()
    assert "prompt" not in lowered and "licencier sans motif" not in lowered
    assert result.text.startswith("Madame, Monsieur,")
    assert result.analysis.classification.themes[0]["id"] == "conges_payes"


def test_verifier_flags_every_kind(kb: KnowledgeBase) -> None:
    sources = [_src(1, "Le préavis est de deux mois pour les cadres."),
               _src(2, "Texte", url="https://www.legifrance.gouv.fr/codes/article_lc/X",
                    source="code_du_travail", article_num="L1237-1")]
    draft = ("Selon l'article L1234-99 et l'article L6323-13, voir https://exemple.fr/faux "
             "et la source [7]. Le préavis est de 2 mois [1] et l'indemnité de 25 % [1]. "
             "Bonjour [PERSONNE_1].\n\nVoir https://www.legifrance.gouv.fr/codes/article_lc/X [2]")
    text, warnings = verify(draft, sources, kb.article_exists)
    kinds = [w.kind for w in warnings]
    assert kinds.count("article_inconnu") == 1 and kinds.count("article_abroge") == 1
    assert "lien_retire" in kinds and "exemple.fr" not in text
    assert "https://www.legifrance.gouv.fr/codes/article_lc/X" in text  # a source's link stays
    assert "citation_invalide" in kinds and "donnee_masquee" in kinds
    figures = [text[w.start:w.end] for w in warnings if w.kind == "chiffre_non_source"]
    assert figures == ["25 %"]  # « 2 mois » is « deux mois » in source [1]
    for w in warnings:  # positions point at the flagged text
        assert 0 <= w.start < w.end <= len(text)
    assert text[next(w for w in warnings if w.kind == "article_inconnu").start:].startswith(
        "L1234-99")


def test_the_code_articles_a_reply_names(kb: KnowledgeBase) -> None:
    """What an agent's reply cites: the index's Code du travail articles, each once, in order;
    another code's articles and numbers the index lacks left out."""
    reply = ("Selon l'article L. 1237-1 et les articles L1221-19 à L. 1221-20 du code de la "
             "sécurité sociale, puis l'article L6323-13 (abrogé), L1234-99 et encore L1237-1. "
             "Voir aussi le code postal L 1234.")
    assert code_articles(reply, kb.article_exists) == ["L1237-1", "L6323-13"]
    assert code_articles("Merci de votre message.", kb.article_exists) == []
    assert code_articles(reply, kb.article_exists, limit=1) == ["L1237-1"]


def test_html_escapes_and_links() -> None:
    html = to_html("Madame,\n\nVoir <b>ceci</b> : https://x.gouv.fr/a?b=1&c=2.\n\n"
                   "Liste :\n- un\n- deux")
    assert "&lt;b&gt;" in html and '<a href="https://x.gouv.fr/a?b=1&amp;c=2">' in html
    assert "<ul><li>un</li><li>deux</li></ul>" in html


def test_references_quoted_verbatim_from_a_source_are_the_sources_words(kb: KnowledgeBase) -> None:
    source_text = ("Lorsqu'il n'est pas fait application de l'article L. 2171-1 du code des "
                   "transports, la durée est fixée par décret.")
    sources = [_src(1, source_text, source="code_du_travail", article_num="L1221-19")]
    quoted = f"L'article L1221-19 du Code du travail prévoit : « {source_text} » [1]"
    _, warnings = verify(quoted, sources, kb.article_exists)
    assert [w.kind for w in warnings if w.kind.startswith("article")] == []
    own_claim = "Selon l'article L. 2171-1, vous avez droit à un congé [1]."
    _, warnings = verify(own_claim, sources, kb.article_exists)
    assert [w.kind for w in warnings] == ["article_inconnu"]


def test_a_quotation_with_omissions_is_still_the_sources_words(kb: KnowledgeBase) -> None:
    """The source's own reference (here to an article our index lacks) is not the draft's
    claim when each part of the quotation is the source's words."""
    text = ("La durée est fixée par accord et ne peut être inférieure à :\n1° Quatre jours ;\n"
            "2° Ce que prévoit l'article L. 9999-1 pour un décès ;\n3° Un jour.")
    sources = [_src(1, text, source="code_du_travail", article_num="L3142-4")]
    elided = ("« La durée est fixée par accord et ne peut être inférieure à : […] 2° Ce que "
              "prévoit l'article L. 9999-1 pour un décès ; […] » [1]")
    _, warnings = verify(elided, sources, kb.article_exists)
    assert [w.kind for w in warnings] == []
    _, warnings = verify(elided.replace("pour un décès", "pour une naissance"), sources,
                         kb.article_exists)
    assert [w.kind for w in warnings] == ["article_inconnu"]  # not the source's words


def test_tables_and_the_sentence_announcing_them_never_make_the_answer() -> None:
    text = ("La durée du congé est fixée comme indiqué dans le tableau suivant :\n"
            "Avant l'accouchement | Après l'accouchement | Total\n"
            "Cas général | 6 semaines | 10 semaines | 16 semaines\n"
            "La salariée peut reporter une partie de son congé prénatal après la naissance.\n"
            "Le contrat peut être renouvelé deux fois, dans la limite de sa durée maximale.")
    assert _sentences(text) == [
        "La salariée peut reporter une partie de son congé prénatal après la naissance.",
        "Le contrat peut être renouvelé deux fois, dans la limite de sa durée maximale."]
    # a colon that opens a list still keeps it
    assert _sentences("Le salarié a droit à :\n- un jour pour le mariage d'un enfant ;") == [
        "Le salarié a droit à : - un jour pour le mariage d'un enfant ;"]


def test_a_sentence_is_not_cut_at_a_case_reference_or_inside_brackets() -> None:
    text = ("Il peut travailler douze jours de suite entre deux repos (Cass. Soc. 13 juin 2012). "
            "Le repos est donné le dimanche, sauf dérogation prévue par la loi. Selon l'art. "
            "Premier de l'accord, « le repos est pris. Sauf urgence » chaque semaine sans faute.")
    assert _sentences(text) == [
        "Il peut travailler douze jours de suite entre deux repos (Cass. Soc. 13 juin 2012).",
        "Le repos est donné le dimanche, sauf dérogation prévue par la loi.",
        "Selon l'art. Premier de l'accord, « le repos est pris. Sauf urgence » chaque semaine "
        "sans faute."]


@pytest.mark.parametrize(("text", "words", "n", "kept"), [
    # a sentence that announces what did not follow (the simulator's link is gone)
    ("Le salarié perçoit une indemnité spécifique de rupture conventionnelle.\n"
     "Vous pouvez estimer son montant en utilisant le simulateur de calcul suivant :",
     "montant indemnité rupture simulateur", 3,
     "Le salarié perçoit une indemnité spécifique de rupture conventionnelle."),
    # the page's own links
    ("La salariée bénéficie d'un congé de maternité indemnisé par la sécurité sociale.\n"
     "Pour consulter l'intégralité de cette fiche Service Public, voir :\n"
     "Congé maternité d'une salariée du secteur privé\n"
     "Pour en savoir plus sur le congé de maternité, lisez la fiche consacrée au congé.",
     "congé maternité salariée fiche", 3,
     "La salariée bénéficie d'un congé de maternité indemnisé par la sécurité sociale."),
    # a sentence leaning on what the page said before gives way to one that stands alone
    ("Outre le principe qu'Honorine a mentionné précédemment, un CDD ne peut remplacer un "
     "salarié en grève.\nUn CDD ne peut pas remplacer un salarié dont le contrat est suspendu "
     "par une grève.", "CDD remplacer salarié grève", 1,
     "Un CDD ne peut pas remplacer un salarié dont le contrat est suspendu par une grève."),
])
def test_what_leans_on_the_page_never_makes_the_answer(text: str, words: str, n: int,
                                                       kept: str) -> None:
    assert _best_sentences(text, set(tokenize(words)), n) == [kept]


def test_a_page_s_apparatus_never_makes_the_answer() -> None:
    """The end of a travail-emploi.gouv.fr fiche: its list of the Code's articles, the
    texts of reference, its online services, model letters and teasers of other pages (h05
    of 2026-12-05 got two such « passages » as its answer)."""
    page = "\n".join([
        "La durée minimale de travail du salarié à temps partiel est fixée à 24 heures par "
        "semaine.",
        "Ordre public : Définition (Art. L. 3123-1), Durée minimale de travail et heures "
        "complémentaires (Art. L. 3123-7 à L. 3123-10), Répartition de la durée du travail "
        "(Art. L. 3123-11 à L. 3123-13)",
        "- Bénéfice du dispositif de la retraite progressive :",
        "- Code de la sécurité sociale : articles L. 161-22-1-5 à L. 161-22-1-9,",
        "- Code de la sécurité sociale : articles R. 161-19-5 à R. 161-19-11,",
        "Loi n° 2025-989 du 24 octobre 2025 portant transposition des accords nationaux "
        "interprofessionnels en faveur de l'emploi des salariés à temps partiel",
        "Services en ligne",
        "- Échanger avec le bon conseiller pour votre entreprise sur Conseillers-Entreprises",
        "Modèles de documents",
        "Modèle de lettre - Demande de dérogation à la durée minimale de travail pour un temps "
        "partiel (Code du travail numérique)",
        "À lire sur ce site",
        "La durée légale de travail effectif des salariés à temps complet est fixée à "
        "trente-cinq heures par semaine, pour toutes les…"])
    terms = set(tokenize("durée minimale travail temps partiel heures semaine articles"))
    assert _best_sentences(page, terms, 4) == [
        "La durée minimale de travail du salarié à temps partiel est fixée à 24 heures par "
        "semaine."]
    # a sentence that names two texts in passing, or ends on « … », stays a sentence
    one = ("Il en informe le salarié par lettre recommandée (articles L. 100 et R. 53-1 à "
           "R. 53-4 du code des postes), selon l'article L. 1222-6 du code du travail.")
    assert _best_sentences(one, set(tokenize("lettre recommandée salarié")), 1) == [one]
    etc = ("Le médecin du travail peut proposer un aménagement du poste, des horaires, "
           "l'atténuation d'un bruit…")
    assert _best_sentences(etc, set(tokenize("médecin aménagement poste")), 1) == [etc]


def test_the_quote_is_the_article_for_the_party_who_acts() -> None:
    """The trial period ended by the employer: the employer's notice (L1221-25), though
    retrieval ranked the employee's (L1221-26) first (r02, i01, a03)."""
    from assistant.draft import article_actor, who_acts

    employee_s = _article(1, "L1221-26", "Section 2 : Période d'essai")
    employee_s.text = ("Lorsqu'il est mis fin à la période d'essai par le salarié, celui-ci "
                       "respecte un délai de prévenance de quarante-huit heures.")
    employer_s = _article(2, "L1221-25", "Section 2 : Période d'essai")
    employer_s.text = ("Lorsqu'il est mis fin, par l'employeur, au contrat en cours ou au terme "
                       "de la période d'essai, le salarié est prévenu dans un délai…")
    assert article_actor(employer_s.text) == "employeur"
    assert article_actor(employee_s.text) == "salarie"
    assert article_actor("Le contrat peut être rompu par l'employeur ou par le salarié.") is None
    told = "Hier ma responsable m'a annoncé que ma période d'essai s'arrêtait. Un délai ?"
    leaving = "Si j'arrête ma période d'essai, combien de jours dois-je prévenir ?"
    ending = "J'ai embauché une vendeuse. Ça ne convient pas et je souhaite arrêter l'essai."
    assert who_acts(fold(told), "salarie") == "employeur"
    assert who_acts(fold(leaving), "salarie") == "salarie"
    assert who_acts(fold(ending), "employeur") == "employeur"
    assert who_acts(fold("Quelle est la durée de la période d'essai ?"), "salarie") is None
    # an employer who writes as « nous » (cb06)
    assert who_acts(fold("Si nous arrêtons là, combien de jours devons-nous la prévenir ?"),
                    "employeur") == "employeur"
    both = [employee_s, employer_s]
    assert _order(both, told, "salarie") == [2, 1]
    assert _order(both, ending, "employeur") == [2, 1]
    assert _order(both, leaving, "salarie") == [1, 2]
    # nobody acts in the mail: retrieval's order
    assert _order(both, "La période d'essai ?", "salarie") == [1, 2]


def test_an_answer_opening_on_a_connector_gets_the_sentence_it_leans_on() -> None:
    """« Cependant, avant et après le congé maternité, le licenciement est autorisé… » alone
    reads as a permission (h07 of 2026-12-05): the rule it qualifies comes with it."""
    passage = ("La salariée enceinte bénéficie d'examens médicaux pris sur le temps de travail. "
               "Le licenciement est interdit pendant la période de congé de maternité. "
               "Cependant, avant et après le congé maternité, le licenciement est autorisé en "
               "cas de faute grave ou d'impossibilité de maintenir le contrat.")
    terms = set(tokenize("licencier avant après congé maternité faute grave"))
    assert _best_sentences(passage, terms, 1) == [
        "Le licenciement est interdit pendant la période de congé de maternité.",
        "Cependant, avant et après le congé maternité, le licenciement est autorisé en cas de "
        "faute grave ou d'impossibilité de maintenir le contrat."]
    # no room for it: the sentence stays alone rather than the passage growing past its size
    long_rule = "Le licenciement est interdit pendant la période de congé de maternité, " + (
        "sauf exceptions, " * 60) + "selon le Code."
    assert len(_best_sentences(passage.replace(
        "Le licenciement est interdit pendant la période de congé de maternité.", long_rule),
        terms, 1)) == 1


def test_a_list_without_punctuation_stays_whole() -> None:
    text = ("La durée du préavis de démission est fixée :\n"
            "- Soit par une convention collective ou un accord collectif\n"
            "- Soit par les usages pratiqués dans la localité et dans la profession\n"
            "Votre contrat de travail peut prévoir un préavis plus court.")
    assert _sentences(text) == [
        "La durée du préavis de démission est fixée : - Soit par une convention collective ou "
        "un accord collectif - Soit par les usages pratiqués dans la localité et dans la "
        "profession", "Votre contrat de travail peut prévoir un préavis plus court."]


def test_a_sentence_written_to_the_other_party_is_left_out() -> None:
    text = ("Il n'y a pas de procédure légale imposée pour signifier une démission. Pour "
            "la démission, aucune procédure : vous devez prévenir votre employeur.")
    terms = set(tokenize("démission démissionner procédure"))
    assert len(_best_sentences(text, terms, 2)) == 2
    assert len(_best_sentences(text, terms, 2, requester="salarie")) == 2
    assert _best_sentences(text, terms, 2, requester="employeur") == [
        "Il n'y a pas de procédure légale imposée pour signifier une démission."]
    to_employer = "Vous devez remettre à votre salarié son certificat de travail à son départ."
    assert _best_sentences(to_employer, set(tokenize("certificat travail départ")), 1,
                           requester="salarie") == []


def test_a_line_that_goes_on_a_sentence_stays_with_it() -> None:
    text = ("Sur le plan pénal, l'employeur s'expose à des poursuites devant\n"
            "les juridictions répressives s'il méconnaît les règles du CDD.\n"
            "l'accord peut prévoir une limite inférieure, faute de quoi la loi s'applique.")
    assert _sentences(text)[0] == ("Sur le plan pénal, l'employeur s'expose à des poursuites "
                                   "devant les juridictions répressives s'il méconnaît les "
                                   "règles du CDD.")
    # a passage cut mid-sentence: its first words are no sentence of the answer
    cut = "l'accord peut prévoir une limite annuelle inférieure pour le décompte des heures."
    assert _best_sentences(cut, set(tokenize("limite annuelle heures")), 2) == []


def test_every_theme_has_next_steps_without_figures_or_links() -> None:
    from assistant.classify import THEMES
    from assistant.draft import EMPLOYER_STEPS, NEXT_STEPS
    from assistant.verify import figures

    for steps in (NEXT_STEPS, EMPLOYER_STEPS):
        assert {t.id for t in THEMES} <= set(steps)
        for step in steps.values():  # every figure must come from a cited source
            assert not figures(step) and "http" not in step and "www" not in step, step
    # an employer is never told to turn to « votre employeur »
    assert not [s for s in EMPLOYER_STEPS.values() if "votre employeur" in s]


def test_the_contract_step_is_for_a_change_to_the_contract_only() -> None:
    """« Une modification d'un élément essentiel du contrat… » closed replies on a staff
    register, a residence permit or a contract in English (13 labelled drafts, 2026-12-06)."""
    from assistant.draft import EMPLOYER_STEPS, next_step

    register = ("J'ai ouvert un restaurant et embauché deux serveurs. Que doit contenir mon "
                "registre du personnel ?")
    c = classify(register)
    assert c.themes[0]["id"] == "contrat" and c.requester.value == "employeur"
    assert next_step(c, register) != EMPLOYER_STEPS["contrat"]
    change = ("J'ai deux serveurs : je veux leur proposer un avenant pour changer leur lieu de "
              "travail.")
    assert next_step(classify(change), change) == EMPLOYER_STEPS["contrat"]


def test_an_employer_gets_the_steps_and_questions_of_an_employer() -> None:
    employee = ("Je suis serveur et je fais 45 heures par semaine : mes heures supplémentaires "
                "sont-elles majorées ?")
    employer = ("Je gère une brasserie. Un de mes serveurs fait 45 heures par semaine : à partir "
                "de quelle heure dois-je lui payer des heures supplémentaires ?")
    texts = {}
    for who, body in (("salarie", employee), ("employeur", employer)):
        c = classify(body)
        assert c.requester.value == who and c.themes[0]["id"] == "heures_sup"
        texts[who] = offline_draft("Heures supplémentaires", body, c, []).text
    assert "demandez la régularisation par écrit à votre employeur" in texts["salarie"]
    assert "Il figure sur votre bulletin de paie." in texts["salarie"]
    assert "votre employeur" not in texts["employeur"]
    assert "Tenez un décompte des heures de chaque salarié" in texts["employeur"]
    assert "Il figure sur les bulletins de paie de vos salariés." in texts["employeur"]


def test_the_item_quoted_is_the_one_for_the_usager_s_length_of_service() -> None:
    from assistant.draft import seniority, seniority_band
    from corpus.text import fold

    assert seniority(fold("J'ai 14 ans d'ancienneté.")) == 168
    assert seniority(fold("Je suis en CDI depuis trois ans.")) == 36
    assert seniority(fold("J'ai 3 ans et 6 mois d'ancienneté.")) == 42
    assert seniority(fold("Mon fils a 16 ans ; il est malade depuis 3 mois.")) is None
    lines = ["Lorsque le licenciement n'est pas motivé par une faute grave, le salarié a droit :",
             "1° S'il justifie d'une ancienneté de services continus inférieure à six mois, à un "
             "préavis fixé par la convention ;",
             "2° S'il justifie d'une ancienneté de services continus comprise entre six mois et "
             "moins de deux ans, à un préavis d'un mois ;",
             "3° S'il justifie d'une ancienneté de services continus d'au moins deux ans, à un "
             "préavis de deux mois.",
             "Toutefois, ces dispositions ne s'appliquent que si la convention n'est pas plus "
             "favorable."]
    assert [seniority_band(line) for line in lines] == [None, (0, 6), (6, 24), (24, float("inf")),
                                                       None]
    text = "\n".join(lines)
    assert "3° S'il justifie" in _quote(text, months=168)
    assert "2° S'il justifie" in _quote(text, months=18)
    # « après quinze ans » before « après dix ans » for 17 years
    retirement = ("Le taux est au moins égal à :\n1° Un demi-mois de salaire après dix ans "
                  "d'ancienneté" + ", pour tout salarié qui quitte l'entreprise" * 8 + " ;\n2° Un "
                  "mois de salaire après quinze ans d'ancienneté ;\n3° Un mois et demi de salaire "
                  "après vingt ans d'ancienneté.")
    assert "2° Un mois de salaire" not in _quote(retirement)
    assert "[…] 2° Un mois de salaire" in _quote(retirement, months=17 * 12)
    assert _quote(retirement, months=5 * 12) == _quote(retirement)  # no item for it


def test_an_agreement_with_nothing_on_the_point_is_linked_to_be_checked(kb: KnowledgeBase
                                                                        ) -> None:
    body = ("Je suis serveur dans un restaurant (convention HCR). Je fais 45 heures par semaine : "
            "mes heures supplémentaires sont-elles majorées ?")
    c = classify(body, kb.convention)
    assert c.idcc == 1979
    fiche = _src(1, "Les heures supplémentaires sont majorées de 25 % puis de 50 %.")
    whole = agreement_source(kb, 1979)
    assert whole is not None and whole.url.startswith("https://www.legifrance.gouv.fr/conv_coll/")
    whole.n = 2
    draft = offline_draft("Heures supplémentaires", body, c, [fiche, whole])
    assert ("nous n'y avons pas trouvé de disposition particulière sur ce point. Elle peut "
            "toutefois prévoir des règles plus favorables : vérifiez-la [2] ou interrogez votre "
            "employeur.") in draft.text
    assert f"[2] {whole.title} : {whole.url}" in draft.text
    assert draft.cited == [1, 2]
    _, warnings = verify(draft.text, [fiche, whole], kb.article_exists)
    assert warnings == []
    # its whole text is no passage of the agreement on the point
    assert "Sur ce point, elle prévoit" not in draft.text


def test_the_agreement_s_answer_to_the_question_before_its_articles(kb: KnowledgeBase) -> None:
    body = ("Je suis serveur dans un restaurant (convention HCR) et je me marie en juin. Combien "
            "de jours de congé pour mon mariage ?")
    c = classify(body, kb.convention)
    assert c.idcc == 1979

    def specific(n: int, source: str, title: str, text: str) -> Source:
        src = _src(n, text, source=source)
        src.idcc, src.title = 1979, title
        return src

    article = specific(1, "convention", "Hôtels, cafés, restaurants",
                       "Le salarié a droit à un congé payé. La période de référence des congés "
                       "court du 1er juin ; un jour de congé pour le mariage d'un enfant.")
    answer = specific(2, "contribution", "Les congés pour événements familiaux",
                      "Les salariés ont droit à des congés : 4 jours pour le mariage du salarié.")
    off_topic = specific(3, "contribution", "Le salarié peut-il s'absenter pour rechercher un "
                         "emploi ?", "Le salarié a droit à un jour de congé, en juin, pour "
                         "rechercher un emploi après son mariage.")
    asked = ("Combien de jours de congé pour mon mariage ?", "Mariage")
    agreement = next(p for p in offline_draft("Mariage", body, c, [article, answer],
                                              queries=asked).text.split("\n\n")
                     if p.startswith("Votre convention collective"))
    assert "4 jours pour le mariage du salarié. » [2]" in agreement
    # an answer to another question does not outrank the agreement's own article
    agreement = next(p for p in offline_draft("Mariage", body, c, [article, off_topic],
                                              queries=asked).text.split("\n\n")
                     if p.startswith("Votre convention collective"))
    assert agreement.endswith("[1]")


def test_the_agreement_is_quoted_verbatim_gaps_marked() -> None:
    from assistant.draft import _verbatim

    passage = ("Les heures sont payées. Elles sont majorées selon l'article L. 212-5 du code du "
               "travail. Un relevé est remis. Le repos est pris dans les 12 mois.")
    assert _verbatim(["Les heures sont payées.", "Le repos est pris dans les 12 mois."],
                     passage) == "Les heures sont payées. […] Le repos est pris dans les 12 mois."
    assert _verbatim(["Un relevé est remis.", "Le repos est pris dans les 12 mois."], passage) == (
        "Un relevé est remis. Le repos est pris dans les 12 mois.")
    # the agreement's own words may cite the Code by its pre-2008 numbers: not the draft's claim
    src = _src(1, passage)
    quoted = ("Sur ce point, elle prévoit : « " + _verbatim(
        ["Elles sont majorées selon l'article L. 212-5 du code du travail.",
         "Le repos est pris dans les 12 mois."], passage) + " » [1]")
    _, warnings = verify(quoted, [src], lambda num: (False, False))
    assert warnings == []
    _, warnings = verify("Elles sont majorées selon l'article L. 212-5 du code du travail [1].",
                         [src], lambda num: (False, False))
    assert [w.kind for w in warnings] == ["article_inconnu"]


@pytest.mark.parametrize(("text", "inside"), [
    ("Congés payés", "congés payés"),
    ("CDD, intérim et contrats saisonniers", "CDD, intérim et contrats saisonniers"),
    ("L'avocat ou le défenseur syndical", "l'avocat ou le défenseur syndical"),
    ("Caisse de retraite (CARSAT, Agirc-Arrco)", "caisse de retraite (CARSAT, Agirc-Arrco)"),
    ("France Travail (39 49 ou francetravail.fr).", "France Travail (39 49 ou francetravail.fr)."),
    ("URSSAF et chambre consulaire", "URSSAF et chambre consulaire"),
    ("Défenseur des droits", "Défenseur des droits"),
    ("Ancienneté dans l'entreprise", "ancienneté dans l'entreprise"),
    ("", ""),
])
def test_text_set_inside_a_sentence_keeps_only_proper_capitals(text: str, inside: str) -> None:
    assert mid_sentence(text) == inside


def test_a_redirect_reads_in_the_sentence() -> None:
    court = classify("Mon audience aux prud'hommes est fixée au 12 février : quelles pièces "
                     "apporter ?")
    assert court.out_of_scope and court.out_of_scope["id"] == "contentieux_en_cours"
    text = offline_draft("Prud'hommes", "Mon audience aux prud'hommes est fixée au 12 février.",
                         court, []).text
    assert "Nous vous invitons à vous adresser à : l'avocat ou le défenseur syndical" in text
    job = redirect_paragraph({"reason": "Question sur l'assurance chômage.",
                              "redirect": "France Travail (39 49 ou francetravail.fr)."})
    assert job.endswith("à : France Travail (39 49 ou francetravail.fr).")


def test_the_restatement_names_the_themes_in_running_text() -> None:
    c = classify("Mon CDD se termine : ai-je droit à la prime de précarité ?")
    assert restatement(c, "") == ("Vous nous interrogez sur une question relative à : CDD, "
                                  "intérim et contrats saisonniers.")
    c = classify("Combien de jours de congés payés ai-je par an ?")
    assert restatement(c, "").endswith("relative à : congés payés.")


def test_a_quote_is_cut_at_a_sentence_end_not_at_an_article_reference() -> None:
    text = ("Tout salarié ayant une année d'ancienneté bénéficie d'une indemnité complémentaire "
            "à l'allocation journalière prévue à l'article L. 321-1 du code de la sécurité "
            "sociale. Il en est de même selon l'art. 3 de l'accord. " + "Suite du texte. " * 20)
    quote = _cut(text, 200)
    assert quote.endswith("code de la sécurité sociale.") and "L. 321-1" in quote
    # the window closes after « l'article L. 321 »: no sentence ends in it, words and […]
    assert _cut(text, 140) == text[:140].rsplit(" ", 1)[0] + " […]"
    assert _cut(text, 225).endswith("l'art. 3 de l'accord.")
    assert _cut("Il y a. " + "x" * 300, 200).endswith("[…]")  # too short to stop at


def test_a_long_article_is_quoted_at_the_item_that_speaks_of_the_mail() -> None:
    lead = "Une convention détermine la durée de chacun des congés, qui ne peut être inférieure à :"
    items = ["1° Quatre jours pour son mariage ou pour la conclusion d'un pacte civil ;",
             "2° Un jour pour le mariage d'un enfant ;",
             "3° Trois jours pour chaque naissance, " + "le jour de la naissance ou après ; " * 6,
             "4° Douze jours pour le décès d'un enfant ou quatorze jours avant vingt-cinq ans ;",
             "5° Deux jours pour l'annonce d'un handicap chez un enfant."]
    text = "\n".join([lead, *items])
    mail = set(tokenize("Mon enfant est décédé : combien de jours pour ce décès ?")) - _PLAIN
    assert _quote(text, mail) == f"{lead} […] {items[3]} […]"
    opening = _quote(text)  # no mail: the opening, cut at the end of an item
    assert opening.startswith(lead) and len(opening) <= 320 and "4°" not in opening
    assert _quote(text, set(tokenize("mariage pacte"))) == opening  # the opening says it
    assert _quote("Court article.", mail) == "Court article."


_L3142_1 = ("Le salarié a droit, sur justification, à un congé :\n"
            "1° Pour son mariage ou pour la conclusion d'un pacte civil de solidarité ;\n"
            "2° Pour le mariage d'un enfant ;\n"
            "3° Pour chaque naissance pour le père et, le cas échéant, le conjoint ou le "
            "concubin de la mère ou la personne liée à elle par un pacte civil de solidarité ;\n"
            "3° bis Pour l'arrivée d'un enfant placé en vue de son adoption. Ce congé peut être "
            "pris dans un délai fixé par décret ;\n"
            "4° Pour le décès d'un enfant, du conjoint, du concubin ou du partenaire lié par un "
            "pacte civil de solidarité, du père, de la mère, du beau-père, de la belle-mère, d'un "
            "frère ou d'une sœur ;\n"
            "5° Pour l'annonce de la survenue d'un handicap chez un enfant.")


def test_the_quoted_item_is_found_by_the_law_s_words_for_the_mail_too() -> None:
    """The mail shares one word with the list of deaths (« décès »); the glossary's words for
    an uncle's funeral name the relatives the law lists, and the quote reaches that item."""
    body = ("Un de mes mécaniciens me demande deux jours pour l'enterrement de son oncle. "
            "Suis-je obligé de les lui accorder ? Je ne sais pas si l'oncle fait partie des "
            "congés pour décès.")
    article = _src(1, _L3142_1, source="code_du_travail", article_num="L3142-1")
    text = offline_draft("Absence pour obsèques", body, classify(body), [article],
                         queries=[body, "Absence pour obsèques"]).text
    assert "[…] 4° Pour le décès d'un enfant, du conjoint" in text, text
    # without the glossary's words, the opening (the first items) is quoted
    plain = "Il demande deux jours. Est-ce un congé pour décès ?"
    text = offline_draft("Absence", plain, classify(plain), [article],
                         queries=[plain, "Absence"]).text
    assert "1° Pour son mariage" in text and "4° Pour le décès" not in text, text


def test_an_article_of_another_code_is_not_checked_against_ours(kb: KnowledgeBase) -> None:
    sources = [_src(1, "Texte.")]
    for other in ("du Code de la sécurité sociale", "du code civil", "du code pénal",
                  "du code des transports"):
        _, warnings = verify(f"L'article L. 323-3-1 {other} s'applique [1].", sources,
                             kb.article_exists)
        assert warnings == [], other
    _, warnings = verify("L'article L. 323-3-1 du Code du travail s'applique [1].", sources,
                         kb.article_exists)
    assert [w.kind for w in warnings] == ["article_inconnu"]


def test_a_range_or_list_of_another_codes_articles_is_not_checked(kb: KnowledgeBase) -> None:
    """The code's name comes after the last article of a range or list: it names them all."""
    sources = [_src(1, "Texte.")]
    for refs in ("D. 433-3 à D. 433-8", "L. 323-3-1, L. 323-4 et L. 323-5",
                 "R. 323-1 ou R. 323-2"):
        _, warnings = verify(f"Voir les articles {refs} du code de la sécurité sociale [1].",
                             sources, kb.article_exists)
        assert warnings == [], refs
    _, warnings = verify("Voir les articles D. 433-3 à D. 433-8 du code du travail [1].",
                         sources, kb.article_exists)
    assert [w.kind for w in warnings] == ["article_inconnu", "article_inconnu"]
