"""The usager's words for the law's: queries gain the legal term that the sources use.

An usager writes « lundi de Pentecôte », « mon fils a de la fièvre » or « garder mon téléphone
allumé le week-end »; the Code and the fiches say « journée de solidarité », « congé pour
enfant malade », « astreinte ». Neither the sparse terms nor the dense model bridge such gaps
(README, "The pipeline"). Each entry is what an SRDT agent would look up; patterns are written
on folded text (no accents, lower case). Only queries are expanded: expanding the index with
abbreviations lowered recall (README, "What was tried").
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.text import fold

from .classify import (
    ALSACE_MOSELLE,
    ASSISTED_REPRODUCTION,
    CARING_FOR_RELATIVE,
    CHANGING_ROOM,
    CHILD_ILLNESSES,
    COLD,
    COMMON_ACCORD,
    CPF,
    DAYLIGHT,
    EARNED_PER_MONTH,
    ELECTED_OFFICE,
    EQUAL_VALUE,
    EXPRESSION,
    FOR_A_COMPETITOR,
    HOLIDAY_DATES,
    INJURED_AT_WORK,
    JOBLESS_PAPER,
    JURY_SERVICE,
    LABOUR_JUDGE,
    MEAL_VOUCHERS,
    MOCKED,
    MONTH_NAMES,
    NIGHT_SHIFT,
    NO_BREAK,
    NO_SIGN_OF_LIFE,
    NOTHING_SIGNED,
    PARENTAL_TOLD,
    PAY_NEGOTIATION,
    POSTING_COUNTRY,
    PROTECTIVE,
    PUT_OUT,
    REFUSED_TILL_MENDED,
    SABBATICAL_TOLD,
    SERIOUS_ILLNESS,
    SEXUAL_MISCONDUCT,
    SHOWERS,
    STARTS_A_BUSINESS,
    TAKEOVER,
    TOILETS,
    TRANSIT,
    TRIAL_AS_TEST,
    UNEQUAL_PAY,
    UNGUARDED,
    WATCHING_DEVICE,
    WORK_ACCIDENT,
    WORK_PROOF,
    below_firm,
    headcount,
)

_PROTECTIVE = "(" + "|".join(PROTECTIVE) + ")"
# The harassment referent the CSE chooses among its members (L2314-1)
_CSE_REFERENT = (r"referente?s?[^?.]{0,60}\b(au|du|par le|de notre) (cse|comite)\b|\b(cse|comite)"
                 r"\b[^?]{0,100}(choisir|designer|nommer|elire)[^?]{0,60}referente?")
# The firm's digital tools, by which union news is sent (L2142-6), not posted (L2142-3)
_DIGITAL = r"(messagerie|mails?|intranet|outils numeriques)"

# Someone who lives abroad (not « en banlieue », « en couple »): a country or « à l'étranger »
_LIVES_ABROAD = (r"\b(vit|habite|reside)\b[^.?!]{0,20}\b(a l'etranger|hors de france|hors (de "
                 r"l'|d')(europe|union europeenne)|au (maroc|senegal|cameroun|mali|liban|bresil|"
                 r"canada|vietnam|japon|portugal)|en (algerie|tunisie|inde|chine|ukraine|russie|"
                 r"turquie|egypte|colombie|cote d'ivoire|afrique|asie|amerique|espagne|italie|"
                 r"roumanie|pologne))\b")

# A week without a day off (« du lundi au dimanche », « sans un seul jour off »): the weekly
# rest's question, which the food shop's Sunday rule must leave to it
_NO_DAY_OFF = r"sans (un seul |aucun )?jours? (de repos|off)|du lundi au dimanche"
# One's own wedding or PACS (not a child's: « le mariage de mon fils »)
_OWN_WEDDING = (r"\bje me marie\b|\bmon mariage\b|\bnous (nous )?marions\b|\b(me|nous|se) "
                r"pacser\b|\b(mon|notre) pacs\b")
# Whit Monday, the usual solidarity day: its own rules, not the other holidays'
_SOLIDARITY_DAY = r"lundi de pentecote|journee de solidarite"
# a conseiller du salarié dismissed for it (L1232-14), not one's absences for the mission
_ADVISER_DISMISSED = (r"(je suis|en tant que|liste[^?.]{0,30}des) conseill\w* du salarie[^?]{0,300}"
                      r"(licenci|rupture|renvoy|sanction)")
# leave put in a month or a season (« en août », « au mois de février »)
_IN_A_MONTH = r"(en|au mois d') ?(" + MONTH_NAMES + r"|ete|hiver)\b"
# A parental leave prolonged (« elle prolonge son congé de six mois »): its notice is L1225-51's,
# not the first request's (L1225-50)
_PARENTAL_PROLONGED = (r"(?=.*conge parental).*\b(prolong|renouvel)\w* (son |mon |le |ce |sa |ma |"
                       r"leur )?(conge|temps partiel)")
# A part-timer told by the name or by the hours (« employée à 25 heures par semaine »)
_PART_TIMER = (r"temps partiel|mi-temps|\b(a|de|contrat de) (1\d|2\d|3[0-4]) ?(h|heures)( ?\d\d)? "
               r"(par semaine|hebdo\w*)\b")
# Extras taken on beside a full-time job (« en CDI 35 heures […] faire des extras […] en
# plus »): the second job's limits, not the CDD d'usage the extra is hired on (cz09)
# (no flag: it is also read inside the CDD d'usage entry's lookahead)
_EXTRAS_ON_THE_SIDE = (r"^(?=.*(\bcdi\b|temps plein|temps complet|\b35 ?(h|heures)\b)).*"
                       r"\bextras?\b[^?]{0,200}\ben plus\b")
# A mail that tells of a temp (« intérimaire », « mission d'intérim »): the agency's rules
_A_TEMP = r"(?s)^(?=.*\binterim(aire)?s?\b)"
# A firm that closes for good (« met la clé sous la porte », « ferme la société »): neither its
# notice (L1234-7) nor its dismissal pay (L1234-10) is waived
_FIRM_CLOSES = (r"(ferme\w* (definitivement|le magasin|la boutique|l'entreprise|ses portes|"
                r"boutique|la societe|sa societe|sa boite)|fermeture (definitive|du magasin|"
                r"de l'entreprise|de la boutique|de l'etablissement)|cessation d'activite|"
                r"l'entreprise (s'arrete|ferme|cesse)|(cesse|arrete) son activite|"
                r"met la cle sous la porte)")
# a CDD ended for unfitness, and the accident or illness at work that makes it L1226-20's
_CDD_UNFIT = (r"(\bcdd\b|duree determinee)[^?]{0,300}inapte|"
              r"inapte[^?]{0,300}(\bcdd\b|duree determinee)")
_AT_WORK = (r"accident (du|de) travail|maladie professionnelle|accident au travail|"
            r"accident de trajet")
# one who asks whether their age allows a contract (« à mon âge, ai-je le droit »)
_AGE_ASKED = r"a mon age|trop (vieux|vieille|agee?)|limite d'age|age (maximum|maximal|limite)"
# Public holidays by their names, beside their dates (`HOLIDAY_DATES`)
_FEAST_DAYS = r"\b(ascension|toussaint|lundi de paques|noel)\b"

# breastfeeding where one works, the place asked (cp10)
_BREASTFEEDING_THERE = (r"(allait|donner le sein|nourrir)\w*[^?]{0,120}(dans l'(entreprise|"
                        r"etablissement)|sur (mon|le|son) lieu de travail|sur place|au bureau|"
                        r"au travail)")
_PAYSLIPS = r"(fiches?|bulletins?) de (paie|salaire)"
# the top-up paid, its length with seniority asked (« avec mon ancienneté, la durée n'est-elle
# pas plus longue ? », cp06); with (?s), from the start
_TOPUP_LENGTH = (r"(?=.*(complement|maintien|complete))(?=.*anciennete).*((duree|combien de "
                 r"temps|plus longue?s?|rallong\w*|prolong\w*|periodes?)[^?]{0,80}anciennete|"
                 r"anciennete[^?]{0,80}(duree|combien de temps|plus longue?s?|rallong\w*|"
                 r"periodes?))")
# an economic dismissal told (« licenciée pour motif économique »), and a question on how long
# one has to contest it (co09 of 2026-12-07)
_ECONOMIC_DISMISSAL = r"licenci\w* (pour (un |des )?(motifs? |raisons? )?)?economi"
_LATE_TO_CONTEST = (r"((contester|attaquer|recours|prud'?hommes)[^?]{0,120}(delai|trop tard|"
                    r"encore temps|combien de temps|jusqu'a quand)|(delai|trop tard|encore temps|"
                    r"combien de temps)[^?]{0,80}(contester|attaquer|saisir))")
GLOSSARY: tuple[tuple[str, str], ...] = (
    # working time
    (r"lundi de pentecote", "journée de solidarité"),
    # Whit Monday worked unpaid: the solidarity day's own words (L3133-7; its agreement's
    # article, L3133-11, was quoted for ci04 of the 2026-12-07ci set)
    (rf"({_SOLIDARITY_DAY})[^?]{{0,200}}(pas (etre )?payee?|non payee?|"
     r"gratuit\w*|sans (etre )?payee?|pas remuneree?|non remuneree?)|(gratuit\w*|pas payee?)"
     r"[^?]{0,100}lundi de pentecote",
     "journée supplémentaire de travail non rémunérée"),
    (r"(telephone|portable) (allume|ouvert)|\bjoignable\b|rester disponible", "astreinte"),
    # an on-call weekend with nothing for it: its compensation (L3121-9, not L3121-10 on rest,
    # ci05)
    (r"(astreinte|(telephone|portable) (du service |de service |pro |professionnel )?(allume|"
     r"ouvert)|\bjoignable\b)[^?]{0,300}(\brien\b|pas paye|aucune? (prime|compensation|"
     r"contrepartie|indemnite)|ne touche|pas remunere|gratuit\w*)",
     "la période d'astreinte fait l'objet d'une contrepartie"),
    (r"temps partiel[^?]{0,120}heures? (de plus|en plus|supp)|"
     r"heures? (supp\w*|de plus|en plus)[^?]{0,120}temps partiel", "heures complémentaires"),
    # extra hours paid at the usual rate, a full-timer's: their rate (a part-timer's above)
    # and the rate asked (« de combien les heures supplémentaires doivent-elles être
    # majorées ? », the 2026-12-07bq set)
    (r"(?s)^(?!.*temps partiel).*(heures (en plus|de plus|supplementaires|sup)\b[^?]{0,120}"
     r"(meme (tarif|taux|prix)|tarif normal|taux normal|pas majorees)|(de combien|quel taux|a quel "
     r"taux|comment)[^?]{0,60}heures (sup\w*|supplementaires|au-dela de (35|trente-cinq))[^?]{0,40}"
     r"(majorees|payees|remunerees|comptees)|payer (ces|les) (\d+ )?heures[^?]{0,60}(meme prix|"
     r"plus cher|meme tarif)|heures supplementaires[^?]{0,30}(doivent|doit)"
     r"[^?]{0,20}(etre )?majorees|(combien|quel taux|quelle)[^?]{0,40}\bmajoration\b|"
     # (« ni payées ni récupérées. Que puis-je réclamer et à quel taux ? », cl04)
     r"heures (en plus|de plus|supplementaires|sup)\b[^?]{0,200}\bquel taux\b)",
     "majoration de salaire de 25 % pour chacune des huit premières heures supplémentaires"),
    (r"temps partiel[^?]{0,250}temps (plein|complet)[^?]{0,150}(prioritaire|priorite)",
     "priorité pour l'attribution d'un emploi à temps complet"),
    # an apprentice's overtime: paid as the firm's other employees' (L6222-28, cr09)
    (r"\bapprentie?s?\b[^?]{0,300}(heures? (sup\w*|en plus|de plus)|\b3[6-9] ?(h|heures)\b"
     r"[^?]{0,80}au lieu de 35)[^?]{0,200}(major\w*|payer|paye\w*|remunere\w*)",
     "les modalités de rémunération des heures supplémentaires de l'apprenti sont celles "
     "applicables aux salariés de l'entreprise"),
    # minors: two days of rest in a row, no night work
    (r"(mineur|\b1[4-7] ans|apprenti)[^?]{0,200}(six|6) jours|un seul jour de repos[^?]{0,100}"
     r"(mineur|apprenti)", "repos hebdomadaire des jeunes travailleurs deux jours consécutifs"),
    (r"(mineur|\b1[4-7] ans|apprenti)[^?]{0,200}\b[0-5] ?(h|heures) du matin|\b[0-5] ?(h|heures) "
     r"du matin[^?]{0,150}(mineur|1[4-7] ans|apprenti)|(mineur|\b1[4-7] ans|apprenti)[^?]{0,200}"
     r"\b(jusqu'a|apres|vers) (2[2-4]) ?(h|heures)\b",
     "travail de nuit des jeunes travailleurs interdit entre 22 heures et 6 heures"),
    (r"\b(4[89]|[5-9]\d) ?(h|heures)\b[^?]{0,20}(par|la|dans la|chaque|la meme|dans la meme) "
     r"semaine",
     "durée maximale hebdomadaire du travail"),
    (r"pause (dejeuner|repas|(de |du )?midi)", "temps de pause"),
    # the weekly rest is a day plus the daily rest: 35 hours (« samedi 22 h, lundi 6 h »)
    (r"repos (minimum |minimal )?entre (deux|2) semaines|journee et demie|"
     r"samedi[^?]{0,60}(soir|\d ?h)[^?]{0,160}lundi[^?]{0,30}(matin|\d ?h)",
     "repos hebdomadaire vingt-quatre heures consécutives auxquelles s'ajoutent les heures "
     "consécutives de repos quotidien"),
    # Sunday work in a food shop: allowed until 1 p.m. without a derogation (L3132-13); not a
    # week without a day off, the Sunday one of seven (bx01)
    (rf"(?s)^(?!.*({_NO_DAY_OFF})).*("
     r"dimanche[^?]{0,200}(supermarche|superette|hypermarche|epicerie|commerce (de detail )?"
     r"alimentaire|predominance alimentaire)|(supermarche|superette|hypermarche|epicerie|"
     r"commerce (de detail )?alimentaire|predominance alimentaire)[^?]{0,200}dimanche)",
     "commerces de détail alimentaire repos hebdomadaire le dimanche à partir de treize heures"),
    # a part-time contract under 24 hours a week; not the hours worked beyond it (by05)
    (r"(?s)^(?!.*(\b(fais|fait|faire|travaille|effectue)\w* (\d+|vingt-\w+|trente) ?(h|heures)\b|"
     r"heures (en plus|complementaires))).*((en dessous|moins) de 24 ?(h|heures)|minimum (de )?"
     r"24 ?(h|heures)|24 ?(h|heures) minimum|"
     r"(contrat|cdi|cdd) de ([1-9]|1\d|2[0-3]|huit|dix|douze|quinze|vingt) ?(h|heures)\b)",
     "durée minimale de travail du salarié à temps partiel"),
    # a part-time contract that says no days or hours (L3123-6)
    (r"(temps partiel|\d+ ?(h|heures) par semaine)[^?]{0,250}contrat[^?]{0,80}(pas|ni|rien|"
     r"seulement)[^?]{0,60}(jours|horaires|repartition)|contrat[^?]{0,80}(ne (dit|precise|"
     r"mentionne|indique) (rien|pas)|seulement le nombre d'heures)[^?]{0,120}(horaires|jours)",
     "contrat écrit du salarié à temps partiel mentionne la répartition de la durée du travail "
     "entre les jours de la semaine"),
    # the daily maximum in L3121-18's words (a young worker's eight hours, L3162-1, had come
    # first for an adult's twelve-hour days, bx02)
    (r"(journees?|jours?) de (1[1-9]|2\d) ?(h|heures)\b|"
     r"\b(1[1-9]|2\d) ?(h|heures) (par jour|dans la journee|d'affilee)|(1[1-9]|onze|douze|"
     r"treize|quatorze) heures de travail par jour",
     "la durée quotidienne de travail effectif par salarié ne peut excéder dix heures"),
    (r"passer (a|en) (80|90|70|60|50) ?%|passer a (mi-temps|temps partiel)|"
     r"reduire mon temps de travail", "temps partiel à la demande du salarié"),
    # a part-timer's day cut in two: one break of two hours at most (L3123-30)
    (r"temps partiel[^?]{0,300}(coupure|coupee?|couper|interruption|pause de ([3-9]|1\d) ?(h|"
     r"heures))|(coupure|couper (ma|sa|la) journee|journee coupee)[^?]{0,300}temps partiel",
     "horaire de travail du salarié à temps partiel interruption d'activité supérieure à deux "
     "heures"),
    # (« je pars de chez moi directement chez le premier client », cd10)
    (r"temps de (trajet|route)|pour (aller|me rendre) (sur|aux?) (les )?(chantiers?|clients?)|"
     r"(de chez moi|de mon domicile)[^?.]{0,40}\b(chez|jusqu'(au|a|chez)) (le |mon |un |les |nos )?"
     r"(premiers? )?(clients?|chantiers?)",
     "temps de déplacement professionnel"),
    (rf"{HOLIDAY_DATES}|\b(ascension|toussaint)\b", "jour férié"),
    # a public holiday off: no loss of pay (L3133-3), told as « ne sera pas payé », « la journée
    # déduite comme une absence », « doit-il être payé ? » (Ascension Day, the 2026-12-07bw set)
    (rf"({HOLIDAY_DATES}|\bferie|{_FEAST_DAYS})[^?]{{0,200}}\b(pas|non|ni) (paye|payee|remunere)|"
     rf"\b(pas|non) (paye|payee|remunere)[^?]{{0,60}}({HOLIDAY_DATES}|\bferie|{_FEAST_DAYS})|"
     rf"({HOLIDAY_DATES}|\bferie|{_FEAST_DAYS})[^?]{{0,120}}\b(retire|deduit|enleve|decompte)\w*"
     r"( (de|sur) (ma|la|mon|le) (paie|salaire)| comme une absence)|"
     r"\bferies?\b[^?]{0,60}\b(doit|doivent)[- ](il|elle|ils|elles)? ?(etre )?(payes?|"
     r"remuneres?)\b",
     "chômage des jours fériés perte de salaire"),
    (rf"(rattrap|recuper)\w*[^?]{{0,100}}({HOLIDAY_DATES}|\bferie)|"
     rf"({HOLIDAY_DATES}|\bferie)[^?]{{0,100}}(rattrap|recuper)",
     "heures de travail perdues par suite de chômage des jours fériés récupération"),
    (r"heures de nuit|travaille (de nuit|la nuit)|" + NIGHT_SHIFT, "travail de nuit"),
    # a night worker's day: 8 hours at most (L3122-6), told as « 12 heures de nuit »
    (r"\b(9|1[0-4]) ?(h|heures)\b[^?.]{0,40}\b(de nuit|la nuit)|(de nuit|la nuit)[^?.]{0,40}"
     r"\b(9|1[0-4]) ?(h|heures) (d'affilee|de suite|par nuit)",
     "durée quotidienne de travail accomplie par un travailleur de nuit"),
    # a night worker's week: forty hours on average over twelve weeks (L3122-7, cs09)
    (r"\bde nuit\b[^?]{0,300}(\b(4[1-9]|[5-6]\d) ?(h|heures)( de travail)? par semaine|(limite|"
     r"maximum|plafond)[^?]{0,30}heures par semaine)",
     "la durée hebdomadaire de travail du travailleur de nuit calculée sur une période de douze "
     "semaines consécutives ne peut dépasser quarante heures"),
    # a night worker whose health forbids nights: moved to a day post (L3122-14, cs01)
    (r"medecin du travail[^?]{0,200}\b(ne|n')\w*[^?.]{0,40}\b(plus|pas)\b[^?.]{0,30}\b(de nuit|la "
     r"nuit)\b|(\bde nuit\b|\bla nuit\b)[^?]{0,300}medecin du travail[^?]{0,200}(poste de jour|"
     r"en journee)",
     "le travailleur de nuit lorsque son état de santé constaté par le médecin du travail l'exige "
     "est transféré sur un poste de jour"),
    # night hours paid as day hours: the night worker's compensations (L3122-8)
    (r"(nuit|21 ?h|22 ?h|23 ?h)[^?]{0,200}(paye\w*|remunere\w*) (exactement )?(comme (les "
     r"heures de |en )?jour|pareil|au meme (tarif|taux|prix)|comme (mes|les|nos|ses) collegues"
     r"[^?.]{0,40}\b(de jour|la journee|en journee))|"
     r"(major\w*|compens\w*|prime)[^?]{0,60}(heures de nuit|travail de nuit)",
     "contreparties au titre des périodes de travail de nuit repos compensateur compensation "
     "salariale"),
    (r"\brtt\b", "jours de réduction du temps de travail"),
    (r"chomage (technique|partiel)", "activité partielle"),
    (r"heures? (supp\w*|sup)\b[^?]{0,80}(recuper\w*|remplace\w*|converti\w*|transforme\w*) "
     r"(en|par du|par des) (repos|recuperation)|(payer|paiement)[^?]{0,40}en repos",
     "remplacement du paiement des heures supplémentaires par un repos compensateur équivalent"),
    (r"(deuxieme|second|2e) (emploi|travail|job|poste)\b|cumul\w* (deux|2|plusieurs) "
     r"(emplois|postes|contrats)", "cumul d'emplois durée maximale"),
    (rf"(?s){_EXTRAS_ON_THE_SIDE}", "cumul d'emplois durée maximale"),
    # many weeks over 44 hours: the twelve-week average (L3121-22)
    (r"\b(4[4-8]) ?(h|heures)\b[^?]{0,200}(toutes les semaines|depuis (des|plusieurs) (semaines|"
     r"mois)|(mois|semaines) d'affilee|depuis (septembre|la rentree|\w+ mois))|(depuis|pendant) "
     r"(\w+ )?(mois|semaines)[^?]{0,120}\b(4[4-8]) ?(h|heures)\b",
     "durée hebdomadaire calculée sur une période de douze semaines consécutives quarante-quatre "
     "heures"),
    # a « cadre dirigeant » without a director's independence (L3111-2)
    (r"cadres? dirigeants?", "cadres dirigeants grande indépendance dans l'organisation de leur "
     "emploi du temps habilités à prendre des décisions de façon largement autonome"),
    # a minor's work without a break (L3162-3)
    (r"(mineur|\b1[4-7] ans)[^?]{0,250}(sans (aucune )?pause|d'affilee)|(sans (aucune )?pause|"
     r"d'affilee)[^?]{0,200}(mineur|\b1[4-7] ans)", "jeunes travailleurs période de travail "
     "ininterrompue quatre heures et demie pause d'au moins trente minutes"),
    # public holidays off: set by agreement, or by the employer (L3133-3-1, L3133-3-2); not a
    # holiday not worked (« nous n'avons pas travaillé », bw04), nor Whit Monday, the solidarity
    # day's (L3133-11 was quoted for ci04)
    (rf"(?s)^(?!.*({_SOLIDARITY_DAY})).*"
     rf"(\b(ferie|lundi de paques|ascension|toussaint)|{HOLIDAY_DATES})[^?]{{0,200}}"
     r"((?<!pas )travaille|obligatoirement chomes?|pas chome|faire travailler)|"
     r"(obligatoirement|toujours) chomes?",
     "jours fériés chômés définis par accord à défaut l'employeur fixe les jours fériés chômés"),
    ("|".join(CHANGING_ROOM) + r"|(se changer|enfiler|mettre)[^?.]{0,40}tenue",
     "temps d'habillage et de déshabillage"),
    # the shower after dirty work: paid, not working time (R3121-1)
    (r"\bdouches?\b[^?]{0,200}(pay|remuner|temps de travail|compt)|(pay|remuner)\w*[^?]{0,80}"
     r"\bdouches?\b", "temps passé à la douche travaux insalubres et salissants rémunéré"),
    # leave and absences
    # (the right's own words, L3142-16, before the leave's length, L3142-19: cu11, x11)
    (CARING_FOR_RELATIVE + r"|perte d'autonomie", "le salarié a droit à un congé de proche "
     "aidant lorsque un ascendant présente un handicap ou une perte d'autonomie"),
    # the relative named first, the care after: « Mon père a eu un AVC… m'occuper de lui »
    (r"\b(mon|ma|mes) (pere|mere|parents?|conjoint|mari|femme|epou\w+|frere|soeur|"
     r"grand-(pere|mere))\b[^?]{0,250}(m'occuper|s'occuper|prendre soin|rester aupres) "
     r"(de lui|d'elle|d'eux)|ne (peut|peuvent) plus vivre seule?s?\b",
     "congé de proche aidant"),
    (PARENTAL_TOLD, "congé parental d'éducation"),
    # back from it, told so: the same job or a similar one (L1225-55, ci02)
    # a father's days at a birth (L3142-4) and his paternity leave (L1225-35), the birth told
    # (« ma femme a accouché hier », cj03)
    (r"\b(ma|notre) (femme|compagne|conjointe|epouse|amie)\b[^?.]{0,20}\b(a|vient d'|venait d') ?"
     r"(accouche\w*|donne naissance)", "trois jours pour chaque naissance survenue à son foyer"),
    (NO_BREAK, "temps de pause d'une durée minimale de vingt minutes consécutives dès que le "
     "temps de travail quotidien atteint six heures"),
    (rf"(?s)^(?=.*({PARENTAL_TOLD})).*\b(reprends|reprendre|reprise|retour|revenir|reviens)\b"
     r"[^?]{0,250}\b(poste|emploi)\b", "retrouve son précédent emploi ou un emploi similaire"),
    # the child told before: « notre fille est née… m'occuper d'elle » (cc05), in L1225-47's words
    (r"(?s)^(?=.*\b(fille|fils|bebe|enfant) (est|sont) nee?s?\b).*(m'arreter|arreter de "
     r"travailler|m'absenter)[^?.]{0,60}(m'occuper|l'elever|la garder|le garder) (d'elle|de lui)",
     "tout salarié justifiant d'une ancienneté minimale d'une année a le droit au bénéfice d'un "
     "congé parental d'éducation"),
    # back part time after a birth (« reprendre à 80 % pour m'occuper de mon bébé », db11 of
    # 2026-12-08), in L1225-47's words
    (r"(?s)^(?=.*(naissance|\bbebe\b|maternite|paternite|adoption|(fils|fille|enfant) (est|sont) "
     r"nee?s?)).*\b(reprendre|reprends|repris|passer|travailler|revenir)\b[^?.]{0,30}\b(a|en) "
     r"(temps partiel|mi-temps|\d\d ?%|4/5|quatre cinquiemes)",
     "pendant la période qui suit l'expiration du congé de maternité tout salarié a le droit à "
     "la réduction de sa durée de travail"),
    # the 2026-12-08dc set: paid leave asked for a status as for the others (L3141-1); back
    # after a mayor's or a member of parliament's term (L3142-84); unfit with no study of the
    # post (L4624-4, R4624-42); unfit after a work accident and no other post offered
    # (L1226-10; the work accident not denied, j10)
    (r"(?s)\b(apprentie?s?|alternante?s?|saisonniers?|extras?|temps partiel|stagiaires?|"
     r"interimaires?|en cdd)\b[^?]{0,120}\b(droit|ont-ils|a-t-il|a-t-elle)\b[^?]{0,40}conges "
     r"payes[^?]{0,60}(comme|aussi|egalement|les autres)",
     "tout salarié a droit chaque année à un congé payé à la charge de l'employeur"),
    (rf"({ELECTED_OFFICE}|\bdepute|\bsenat\w*)[^?]{{0,300}}(reprendre|retrouver|retour|reintegr|"
     r"reprise)", "à l'expiration de son mandat le salarié retrouve son précédent emploi ou un "
     "emploi analogue"),
    (r"(inapte|inaptitude)[^?]{0,300}(etude de poste|(vu|voir|visite\w*|venu) (de |du )?(mon|son|"
     r"le) poste)|(etude de poste|venu voir mon poste)[^?]{0,300}inapt",
     "le médecin du travail déclare l'inaptitude après une étude de poste et un échange avec "
     "le salarié et l'employeur"),
    (rf"(?s)^(?=.*({WORK_ACCIDENT}|maladie professionnelle|{INJURED_AT_WORK})).*(inapte|"
     r"inaptitude)[^?]{0,300}(autre poste|reclass|proposition de poste)",
     "salarié victime d'un accident du travail déclaré inapte l'employeur lui propose un autre "
     "emploi approprié à ses capacités"),
    # telling the employer of a parental leave (L1225-50); of its prolongation, L1225-51's
    (rf"(?s)^(?!{_PARENTAL_PROLONGED})"
     r"(.*conge parental[^?]{0,250}(prevenir|informer|demander|delai|quand)|"
     r".*(prevenir|informer)\w*[^?]{0,80}conge parental)",
     "salarié informe son employeur du point de départ et de la durée du congé parental "
     "d'éducation lettre recommandée un mois avant"),
    # telling the employer of a leave to be with a seriously ill child (L1225-63, cr07)
    (r"presence parentale[^?]{0,300}(prevenir|informer|a l'avance|combien de temps avant|delai|"
     r"du jour au lendemain)|(prevenir|informer)\w*[^?]{0,80}presence parentale",
     "le salarié informe l'employeur de sa volonté de bénéficier du congé de présence parentale "
     "au moins quinze jours avant"),
    # the summer weeks imposed in two halves: splitting needs the employee's consent (L3141-19;
    # L3141-17's « en une seule fois » was quoted, ci03)
    (r"(?s)^(?!.*paternite).*((conges|vacances|semaines)[^?]{0,120}\ben (deux|2|trois|3|plusieurs) "
     r"(morceaux|fois|parties|periodes|blocs)\b|\b(fractionn|decoup)\w*[^?]{0,60}\b(conges|"
     r"vacances)\b)", "congé principal fractionné avec l'accord du salarié"),
    (r"(prendre|poser)[^?.]{0,40}(semaine|jours?)[^?.]{0,30}\b(en |d')(octobre|novembre|decembre|"
     r"janvier|fevrier|mars|avril|hiver|automne)\b", "fractionnement du congé principal"),
    (rf"\b(fils|fille|enfant|bebe)\b[^?.]{{0,40}}\b(malade|hospitalise|{CHILD_ILLNESSES})",
     "congé pour enfant malade"),
    (r"\b(fils|fille|enfant|bebe)\b[^?.]{0,60}\b(gravement malade|handicap|cancer|leucemie|"
     r"accident grave)", "congé de présence parentale"),
    (_OWN_WEDDING + r"|\bmariage de (mon|ma)\b", "congés pour événements familiaux"),
    # one's own wedding or PACS: its days, in the words of L3142-4 (which the list of events,
    # L3142-1, and their pay, L3142-2, outranked: cb05)
    (_OWN_WEDDING, "durée de chacun des congés qui ne peut être inférieure à quatre "
     "jours pour son mariage ou pour la conclusion d'un pacte civil de solidarité"),
    # a relative the law's list leaves out (an uncle, a cousin): the agreement may give a day
    (r"(deces|enterrement|obseques|decede)\w*[^?.]{0,60}\b(son|sa|mon|ma|d'un|d'une) (oncle|tante|"
     r"cousin|cousine|neveu|niece|parrain|marraine)\b|\b(oncle|tante|cousin|cousine|neveu|niece)"
     r"\b[^?.]{0,60}(deces|enterrement|obseques|decede)",
     "congé pour le décès du conjoint du père de la mère du frère ou de la sœur"),
    # maternity leave: twins, and the prenatal weeks moved after the birth (L1225-17, -18)
    (r"\b(jumeaux|jumelles|triples|grossesse (gemellaire|multiple))\b",
     "congé de maternité naissances multiples"),
    # working during maternity leave: forbidden for eight weeks, six after the birth (L1225-29)
    (r"(travailler|venir|revenir|reprendre)[^?]{0,120}pendant (mon|son|le) conge (de )?maternite|"
     r"(accouche|naissance)[^?]{0,200}(venir|revenir|travailler)[^?]{0,40}(deux|quelques|\d+) "
     r"jours", "interdit d'employer la salariée pendant une période de huit semaines avant et "
     "après son accouchement"),
    # assisted reproduction: the same leave of absence as antenatal check-ups (L1225-16)
    ("|".join(ASSISTED_REPRODUCTION),
     "autorisation d'absence assistance médicale à la procréation"),
    (r"(decaler|reporter|repousser|garder|deplacer)[^?]{0,80}(conge (de )?maternite|prenatal|"
     r"(d'|conge d')avant (la naissance|l'accouchement))|(prenatal|avant (la naissance|"
     r"l'accouchement))[^?]{0,80}(sur|apres) (l'apres|le postnatal|la naissance|l'accouchement)",
     "période de suspension antérieure à la date présumée de l'accouchement reportée après "
     "l'accouchement"),
    # a young parent's extra days of paid leave (L3141-8)
    (r"\b(j'ai|age de|agee de) (1[6-9]|20) ans\b[^?]{0,200}\b(enfant|fils|fille|bebe|garcon)\b|"
     r"(jours?|conges?) (en plus|supplementaires?)[^?]{0,80}(enfant|parent|mere|pere)",
     "deux jours de congé supplémentaires par enfant à charge"),
    # working elsewhere during parental leave (L1225-53)
    (r"conge parental[^?]{0,300}((travailler|heures|job|activite)[^?]{0,80}(pour|chez) (un autre|"
     r"une autre|sa|son|leur)\b|autre employeur|ailleurs|(second|deuxieme|petit) (emploi|job|"
     r"boulot))|(travailler|activite) (pour|chez) (un )?autre (employeur|entreprise|societe)"
     r"[^?]{0,120}conge parental", "congé parental d'éducation ne peut exercer par "
     "ailleurs aucune activité professionnelle"),
    (r"(deces|decede|mort)\w*[^?.]{0,40}\b(notre|mon|ma) (fils|fille|enfant|bebe)|"
     r"\b(notre|mon|ma) (fils|fille|enfant|bebe)\b[^?.]{0,40}(deces|decede|mort)",
     "congé de deuil"),
    # (and « il a décidé que je partirais deux semaines en février », cd01)
    (r"(refuse|impose|oblige|decide)\w*[^?.]{0,60}(partir|parte|conges|vacances)[^?.]{0,30}"
     rf"\b{_IN_A_MONTH}|\bdernier mot\b[^?]{{0,40}}(dates|vacances|conges)",
     "l'employeur définit la période de prise des congés et l'ordre des départs"),
    # (and « vacances imposées en août », « décider seule des dates », the 2026-12-07cl set)
    (r"(conges|vacances)[^?]{0,160}\b(impos|fix|chois|decid)\w* (les |mes |ses |ces |nos )?"
     r"dates|\b(impos|fix|chois|decid)\w* (les |mes |ses |ces |nos )?dates (de|des) (mes |ses |"
     r"nos )?"
     rf"(conges|vacances)|(conges|vacances) (imposes|imposees|forces|forcees) {_IN_A_MONTH}|"
     r"\b(impos|fix|chois|decid)\w* (seule?s?|toute? seule?|elle-meme|lui-meme) "
     r"(les |des |mes |ses |ces |nos )?dates\b|"
     # « congés d'été imposés en novembre », « il me met mes 3 semaines de vacances en
     # novembre », « a-t-il le droit de décider ça tout seul ? » (the 2026-12-07cu set)
     rf"(conges|vacances) d'(ete|hiver) (imposes|imposees|forces|forcees) {_IN_A_MONTH}|"
     r"\b(me|nous|lui|leur) (met|mets|mettre|a mis|place|pose|a pose|impose|a impose)\b"
     rf"[^?.]{{0,30}}(conges|vacances) {_IN_A_MONTH}|"
     r"(conges|vacances)[^?]{0,300}\bdecider (ca |cela )?(tout )?seule?s?\b",
     "l'employeur définit l'ordre des départs en congé"),
    (r"(enceinte|grossesse)[^?]{0,200}\b(examens?|rendez-vous|rdv|consultations?|echographies?)"
     r"\b|\b(examens?|rendez-vous|rdv|echographies?)\b[^?]{0,100}(grossesse|prenata)",
     "autorisation d'absence pour les examens médicaux obligatoires"),
    (r"(cinq|5|quatre|4|six|6) semaines[^?]{0,60}(d'un seul coup|d'affilee|en une (seule )?fois|"
     r"consecutives|d'un coup|d'un bloc)|(d'un seul coup|d'affilee|en une seule fois|d'un bloc)"
     r"[^?]{0,60}(cinq|5|quatre|4|six|6) semaines", "durée des congés pris en une seule fois"),
    # (« validées », feminine: the 2026-12-07bz set; « peut-il me changer mes dates aussi
    # tard ? », co06)
    (r"(annul|revenir sur|modifi|change)\w*[^?]{0,60}(conges|vacances)[^?]{0,80}(validee?s|"
     r"acceptee?s|accordee?s|posee?s)|(conges|vacances)[^?]{0,60}(validee?s|acceptee?s|accordee?s)"
     r"[^?]{0,120}(annul|revenir sur|modifi)|"
     r"(conges|vacances|dates)[^?]{0,80}\b(deplac|decal|chang|modifi|annul)\w*[^?]{0,60}"
     r"(au dernier moment|(si|aussi|trop|bien) tard)\b|\b(chang|modifi|deplac|decal)\w* (mes|les|"
     r"ses|nos|leurs) dates[^?]{0,20}(si|aussi|trop) tard",
     "modification de l'ordre et des dates de départ en congé moins d'un mois avant"),
    (r"(arret|maladie)[^?]{0,200}(pas pu prendre|perdus?|reporter)[^?]{0,40}(conges|vacances)|"
     r"(conges|vacances)[^?]{0,60}(perdus?|reportes?)[^?]{0,120}(arret|maladie)",
     "report des congés payés non pris pour cause de maladie période de report de quinze mois"),
    (r"malade pendant (mes|les|ses) (conges|vacances)|arret (de travail|maladie) pendant (mes|les"
     r"|ses) (conges|vacances)", "maladie pendant les congés payés"),
    # sickness and health
    (r"mi-?temps therapeutique", "temps partiel thérapeutique"),
    (r"(medecin|controle)[^?.]{0,60}(verifier|controler|a domicile|chez moi)|"
     r"controle[^?.]{0,30}(pendant|durant) (mon|son|l') ?arret",
     "contrôle de l'arrêt de travail par l'employeur contre-visite"),
    # (« compléter ses indemnités journalières », the 2026-12-07cl set); not when the top-up
    # is paid and its length asked (cp06, D1226-2)
    (r"(?s)^(?!" + _TOPUP_LENGTH + r").*(complement (de salaire|employeur)|maintien (du|de mon|"
     r"de son|de) salaire|"
     r"complet\w* (mon|le|son|ses|les|leurs?) (salaire|indemnites)|"
     r"\bcomplement\b[^?]{0,60}(indemnites|securite sociale))",
     "indemnité complémentaire de l'employeur"),
    # a sick note sent days late: the top-up's condition of notice (L1226-1, 1°)
    (r"(arret|certificat)( de travail| medical| maladie)?\b[^?]{0,60}(en retard|tardivement|"
     r"que le (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lendemain|surlendemain)"
     r"( suivant)?|(\d+|deux|trois|quatre|cinq|six|sept|huit|dix) jours (apres|plus tard))",
     "avoir justifié dans les quarante-huit heures de cette incapacité"),
    # the top-up's seven waiting days (D1226-3)
    (r"(complement|maintien|indemnis)\w*[^?]{0,200}(carence|(7|sept) premiers jours|(8e|8eme|"
     r"huitieme) jour)|(carence|(7|sept) premiers jours)[^?]{0,200}(arret|maladie)",
     "durées d'indemnisation courent à compter du premier jour d'absence délai de sept jours"),
    # (also a refusal told, for want of protection against a fall, the 2026-12-07by set)
    (r"(le )?droit d'(arreter|cesser) de travailler|refuser de travailler[^?]{0,40}danger|"
     r"(dangereu\w*|danger|garde-corps|instable|pas securisee?)[^?]{0,300}droit de refuser|"
     r"sans (harnais|filet|garde-corps|ligne de vie|protection)[^?]{0,200}(refuse|refus)|"
     r"refuse de (monter|travailler|y aller|intervenir)[^?]{0,200}(danger|sans (harnais|filet|"
     r"protection)|peur de (tomber|mourir)|risque)|"
     # (a refusal asked till the fault is mended: « fils électriques à nu », ce07)
     r"refuser de (m'en servir|l'utiliser|utiliser|travailler)[^?]{0,60}(tant que|jusqu'a ce "
     r"que)|"
     # (told in the future: « je ne monterais pas tant que ce n'est pas réparé », cp03)
     r"\bne (monterai|monterais|travaillerai|travaillerais|reprendrai|reprendrais|utiliserai|"
     r"utiliserais) pas\b[^?]{0,20}(tant que|jusqu'a ce que)|" + UNGUARDED + r"[^?]{0,200}(refuse|"
     r"refus|ne (monterai|monterais|travaillerai|travaillerais|monte|irai)\b|pas monter)|"
     # (« j'ai refusé d'y aller tant que ce n'est pas réparé », cs10)
     + REFUSED_TILL_MENDED,
     "droit de retrait"),
    (r"\bmutuelle\b", "complémentaire santé"),
    # the paper for France Travail told without its name (R1234-9, cs05)
    (JOBLESS_PAPER, "l'employeur délivre au salarié au moment de la rupture du contrat de travail "
     "les attestations qui lui permettent d'exercer ses droits aux prestations"),
    # protective equipment charged to the worker: the employer's cost (L4122-2)
    (rf"{_PROTECTIVE}[^?]{{0,200}}\b(payer|retir\w*|reten\w*|deduit\w*|preleve\w*|a ma charge|"
     rf"a mes frais|rembourser)\b|\b(payer|a ma charge|a mes frais)\b[^?]{{0,60}}{_PROTECTIVE}",
     "mesures de santé et de sécurité au travail aucune charge financière pour les "
     "travailleurs"),
    # the cold: heat is the droit de retrait's case first (u05)
    ("|".join(COLD) + r"|\bpas chauffee?s?\b|\b(-?\d|1[0-4]) ?degres",
     "température des locaux de travail"),
    (r"visite (medicale )?d'embauche|(jamais|pas) (vu|passe|eu)[^?.]{0,30}(medecin|medecine) du "
     r"travail|embauch\w*[^?]{0,120}visite medicale|visite medicale[^?]{0,60}(avant (qu'il|"
     r"qu'elle|de) commence|a l'embauche)|embauch\w*[^?]{0,300}\b(voir|passer|rencontrer|"
     r"consulter) (la |le )?(medecine|medecin) du travail",
     "visite d'information et de prévention dans un délai qui n'excède pas trois mois à compter "
     "de la prise effective du poste de travail"),
    # a medical visit on one's own time is paid as working time (R4624-39)
    (r"(visite|examen)s? medica\w*[^?]{0,160}(jour de repos|temps libre|hors (de )?(mes |mon |"
     r"ses |son |des |les )?(horaires|temps de travail))",
     "temps nécessité par les visites et les examens médicaux rémunéré comme temps de travail "
     "effectif"),
    # pay
    # a garnishment (« saisie ») is the court's, not a sanction: its own entry below
    # (nor a public holiday deducted: the holidays' own entry, bw04)
    (rf"(?s)^(?!.*(\bsaisies?\b|\bferies?\b|{_FEAST_DAYS})).*(retenue sur (mon |le |son )?salaire|"
     r"(retir|reten|deduir|"
     r"prelev)\w* [^?]{0,40}\b(de|sur) (ma|mon|sa|son|la|le) (paie|salaire))",
     "retenue sur salaire sanction pécuniaire"),
    # (not a discrimination's damages, five years from its discovery: bn01 of 2026-12-07bn)
    (r"(?s)^(?!.*discrimin).*((combien (d'annees|de temps|d'ans)|jusqu'a quand)((?!conserv)[^?])"
     r"{0,60}(reclamer|demander|recuperer)|"
     r"(reclamer|recuperer)[^?]{0,60}(en arriere|\bannees?\b))",
     "action en paiement du salaire se prescrit"),  # the Code's words: « se prescrit par »
    # proof of hours worked is shared: the employer's records, the employee's own notes
    (r"(preuves?|prouver|justifier)\b[^?]{0,80}\bheures|\bheures\b[^?]{0,80}(preuves?|prouver)|"
     r"(note|noter|notes) mes (horaires|heures)",
     "litige relatif au nombre d'heures de travail accomplies éléments de nature à justifier "
     "les horaires"),
    (r"tickets? (restaurant|resto)", "titres-restaurant"),
    ("|".join(TRANSIT) + r"|\brer\b|titres? de transport|frais de trajet",
     "prise en charge des frais de transports publics"),
    # hours paid in cash beside the payslip are concealed work; a salary paid in cash is not
    (r"(le reste|heures?\b)[^?]{0,80}en (liquide|especes)|en (liquide|especes)[^?]{0,80}"
     r"(fiche|bulletin) de paie|au noir|(pas|non) declaree?s?\b", "travail dissimulé"),
    (r"(?s)^(?!.*(le reste|heures? (de plus|en plus|supp)|au noir|declare|fiche de paie|"
     r"bulletin)).*((pai\w*|paye\w*|payer|verse\w*|salaire)\b[^?.]{0,30}en (liquide|especes)|"
     r"de la main a la main)",
     "le salaire est payé en espèces ou par chèque barré ou par virement à un compte bancaire"),
    (r"avance sur (mon|son|le) salaire", "acompte sur salaire"),
    (r"(en dessous|au-dessous|moins) (du|que le) smic|inferieure? au smic|sous le smic",
     "salaire minimum de croissance rémunération inférieure au SMIC"),
    # (or told by what it says: « aucun document qui détaille ce qui m'est payé », cf05)
    (r"(pas|jamais|aucune?) (de )?(fiches?|bulletins?) de (paie|salaire)|(aucun|jamais|pas de) "
     r"(de )?(document|papier|feuille)[^?.]{0,30}\b(detaill|expliqu|indiqu)\w*[^?.]{0,40}(salaire|"
     r"paye|retenu)",
     "remise du bulletin de paie lors du paiement du salaire"),
    # time spent at work before or after hours, « jamais compté »
    (r"(rester|reste|restons)[^?.]{0,40}apres (la fermeture|l'heure|mes horaires|la fin de)|"
     r"(ce|le) temps (n'est |ne sera )?(jamais |pas )(compte|paye|decompte|remunere)",
     "durée du travail effectif temps pendant lequel le salarié est à la disposition de "
     "l'employeur"),
    # contracts and their end
    (r"prime de (precarite|fin de contrat)|\bcdd\b[^?]{0,200}\b(somme|prime|indemnite|argent) "
     r"(en plus|supplementaire|a la fin|de fin)", "indemnité de fin de contrat"),
    # its rate told, not its name (« un petit bonus de 10 % quand le contrat se termine », cb04);
    # not the paid leave's tenth
    (r"(?s)^(?!.*(conges|vacances))(?=.*(\bcdd\b|duree determinee)).*\b(bonus|prime|indemnite|"
     r"somme)\b[^?.]{0,20}\b(de )?(10 ?%|dix pour cent)", "indemnité de fin de contrat"),
    # a CDI offered at the CDD's end and refused: no end-of-contract bonus (L1243-10, 3°; f05,
    # cr10 of the 2026-12-07cr set; a temp's end-of-mission bonus has its own rules, n09), and
    # the offer is made in writing (L1243-11-1)
    (r"(?s)^(?=.*(prime|indemnite) (de fin|de precarite))(?!.*(\binterim|fin de mission)).*"
     r"(\bcdi\b|duree indeterminee)"
     r"[^?]{0,250}(refus\w*|j'ai dit non|decline\w*|pas accepte)",
     "l'indemnité de fin de contrat n'est pas due lorsque le salarié refuse d'accepter la "
     "conclusion d'un contrat de travail à durée indéterminée"),
    (r"(?s)^(?=.*(\bcdi\b|duree indeterminee)).*(propos\w*[^?.]{0,40}\b(oralement|a l'oral)|"
     r"(oralement|a l'oral)[^?.]{0,40}propos\w*|(rien|jamais)[^?.]{0,40}propose\w* par ecrit)",
     "l'employeur notifie par écrit la proposition de poursuivre la relation contractuelle sous "
     "la forme d'un contrat à durée indéterminée"),
    # seasonal work and students' holiday jobs: no end-of-contract bonus (L1243-10)
    (r"(saison\w*|vacances (scolaires|universitaires)|job d'ete)[^?]{0,250}(prime|indemnite) "
     r"(de fin|de precarite|des? \d+ ?%)|(prime|indemnite) (de fin|de precarite|des? \d+ ?%)"
     r"[^?]{0,250}saison", "l'indemnité de fin de contrat n'est pas due contrat saisonnier"),
    (r"prime de fin de mission", "indemnité de fin de mission"),
    # a mission ended before its term by the agency: a new one within three days (L1251-26)
    (r"\b(mission|interim)\w*[^?]{0,300}(avant (la fin|le terme|la date)|plus besoin de (moi|lui)|"
     r"s'arret\w* (le soir meme|du jour au lendemain|plus tot))|(arret\w*|rompu\w*|termine\w*) "
     r"avant (la fin|le terme)[^?]{0,60}\b(mission|interim)",
     "entreprise de travail temporaire qui rompt le contrat de mission avant le terme prévu "
     "nouveau contrat de mission"),
    # leave not taken during a CDD: paid at its end (L1242-16)
    (r"\bcdd\b[^?]{0,300}(conges|vacances)[^?]{0,160}(pas pu|pas pris|non pris|perd\w*|payer|"
     r"payes?)\b|(conges|vacances) (non pris|pas pris)[^?]{0,200}\bcdd\b",
     "indemnité compensatrice de congés payés du salarié titulaire d'un contrat à durée "
     "déterminée"),
    # an internship before the hire shortens the trial period (L1221-24)
    (r"\bstages?\b[^?]{0,300}periode d'essai|periode d'essai[^?]{0,300}\bstages?\b",
     "durée du stage déduite de la période d'essai"),
    # temp work before the hire: its months count against the trial period (L1251-38); a
    # mission's own trial period, with no hire told, is another rule (L1251-14)
    (r"(?s)^(?=.*(embauch|\bcdi\b|recrut))(.*\b(interim|mission)[^?]{0,250}periode d'essai|"
     r".*periode d'essai[^?]{0,250}\b(interim|mission))",
     "durée des missions déduite de la période d'essai entreprise utilisatrice embauche"),
    # ending a trial period: the dismissal's procedure does not apply (L1231-1)
    (r"(fin|mettre fin|rompre|rupture)\w*[^?]{0,40}periode d'essai[^?]{0,200}(entretien|motiver|"
     r"lettre|procedure)", "dispositions de la rupture du contrat non applicables pendant la "
     "période d'essai"),
    # leave earned month by month, told without its name (« combien de jours est-ce qu'on gagne
    # chaque mois travaillé ? », cb02)
    (EARNED_PER_MONTH, "congé de deux jours et demi ouvrables par mois de travail effectif"),
    # leave earned through a sick leave (L3141-5, 7°), told without its name (cc01)
    (r"(\barretee? (\w+ ){0,3}(par (mon|le) medecin|pour)|\b(en|mon|d'|un|son) arret\b|arret (de "
     r"travail|maladie))[^?]{0,250}(gagn|acqui|cumul|accumul)\w*[^?]{0,40}(jours de )?(vacances|"
     r"conges)", "périodes considérées comme périodes de travail effectif pour la détermination "
     "de la durée du congé arrêt de travail lié à une maladie n'ayant pas un caractère "
     "professionnel"),
    # leave before a year of service: taken from the hire (L3141-12)
    (r"(conges|vacances)[^?]{0,120}(avant|pas avant) (d'avoir )?(un an|1 an|une annee)|"
     r"(pas|aucun) (de )?(conges|vacances)[^?]{0,60}(premiere annee|un an d'anciennete)",
     "les congés peuvent être pris dès l'embauche"),
    # what a candidate may be asked: only what the job needs (L1221-6)
    (r"(candidat|recrut|entretien d'embauche)\w*[^?]{0,250}(casier judiciaire|situation "
     r"(familiale|de famille)|vie privee|religion|s'ils sont maries)|(casier judiciaire|"
     r"situation familiale)[^?]{0,200}(candidat|recrut|embauch)",
     "informations demandées au candidat à un emploi lien direct et nécessaire avec l'emploi "
     "proposé"),
    (r"(arreter|rompre|mettre fin a|casser|annuler) (le |son |mon |ce )?contrat d'apprentissage",
     "rupture du contrat d'apprentissage pendant les quarante-cinq premiers jours"),
    # a pay cut offered for economic reasons, left unanswered (L1222-6; cg01)
    (r"(baisser|reduire|diminuer|modifier)\w* (mon|son|le|notre) (salaire|remuneration|horaire|"
     r"contrat)[^?]{0,250}(un mois|quinze jours)[^?]{0,100}(repondre|reponse|refuser)|si je ne "
     r"(reponds|repond) pas", "à défaut de réponse dans le délai d'un mois le salarié est réputé "
     "avoir accepté la modification proposée"),
    # a CDD never signed (L1242-12; cg02)
    (r"(?s)^(?=.*(\bcdd\b|duree determinee)).*\b(jamais|rien) (rien |encore )?signe",
     "le contrat de travail à durée déterminée est établi par écrit à défaut il est réputé "
     "conclu pour une durée indéterminée"),
    # a part-timer's week changed at short notice (L3123-31; cg04), told as the days changed
    # and the notice asked (« horaires changés sans prévenir », j04; « me prévient
    # l'avant-veille », cy04)
    (r"(?s)^(?=.*(mi-temps|temps partiel)).*((chang|modifi)\w* (mes|ses|nos|les) (jours|horaires|"
     r"plannings?)|\b(jours|horaires|plannings?) (chang|modifi)\w*)[^?]{0,200}(prevenant|prevenu|"
     r"previent|prevenir|a l'avance|dernier moment|la veille|avant-veille)",
     "modification de la répartition de la durée du travail notifiée au salarié au "
     "moins sept jours ouvrés avant"),
    # holiday pay lower than the usual pay (L3141-24; cg05)
    (r"(pendant|quand je pars en|durant|pars en) (mes |les )?(vacances|conges)[^?]{0,60}(ma )?"
     r"(paie|salaire)[^?]{0,30}(baisse|diminue)|(calcul|calcule)\w*[^?]{0,60}(pendant|durant) "
     r"(mes |les )?(vacances|conges)", "indemnité de congé égale au dixième de la rémunération "
     "brute totale ne peut être inférieure à la rémunération qui aurait été perçue pendant la "
     "période de congé"),
    # a takeover's new contracts: the old ones go on (L1224-1; cg07)
    (r"(?s)^(?=.*(" + "|".join(TAKEOVER) + r"|rachat)).*(nouveaux contrats|repart\w* de zero|"
     r"perdre (mon|notre|leur) anciennete)", "tous les contrats de travail en cours au jour de la "
     "modification subsistent entre le nouvel employeur et le personnel de l'entreprise"),
    # an injury at work told, then a dismissal (L1226-9; cg08)
    (INJURED_AT_WORK + r"[^?]{0,250}licenci", "au cours des périodes de suspension du contrat "
     "de travail l'employeur ne peut rompre ce dernier que s'il justifie d'une faute grave"),
    # contesting a dismissal months on: twelve months (L1471-1; cg09); an economic one has its
    # own article (L1235-7, co09)
    (r"(?s)^(?!.*" + _ECONOMIC_DISMISSAL + r")"
     r".*(licenci|renvoy|renvoi|vire)\w*[^?]{0,250}(encore temps|trop tard|quel delai|"
     r"jusqu'a quand)"
     r"[^?]{0,60}(contester|attaquer|prud'?hom|juge|recours)", "toute action portant sur la "
     "rupture du contrat de travail se prescrit par douze mois à compter de la notification de la "
     "rupture"),
    # a dismissal said, no letter (L1232-6; ce05)
    (r"(licenci|renvoy|vire|termine pour moi|ne (fais|faisais) plus partie|" + PUT_OUT
     + r")[^?]{0,200}(aucun|"
     r"pas de|sans|jamais (recu|eu)) (de )?(courrier|lettre|papier|ecrit)|(valable|legal|"
     r"possible) sans (papier|lettre|courrier|ecrit)", "lorsque l'employeur décide de licencier "
     "un salarié il lui notifie sa décision par lettre recommandée avec avis de réception"),
    # a post cut: redeployment offered before the dismissal (L1233-4; ce02)
    (r"(?s)^(?=.*(economique|financiere|supprim))(?!.*inapt).*(proposer|chercher|trouver|offrir)"
     r"[^?]{0,30}\b(un |une )?(autre (travail|poste|emploi)|reclassement)[^?]{0,40}avant de "
     r"(me |le |la |les )?licencier", "le reclassement de l'intéressé sur les emplois "
     "disponibles dans l'entreprise ou les autres entreprises du groupe"),
    # leaving a CDD for a CDI (L1243-2; ce04); not a temp's mission (L1251-28)
    (r"(?s)^(?!.*\b(mission|agence)\b)(?=.*\bcdi\b).*(partir|quitter|rompre|arreter)\w*[^?.]{0,40}"
     r"avant (la fin|le terme) (de|du) (mon|son|ce|leur) (contrat|cdd)",
     "le contrat de travail à durée déterminée peut être rompu avant l'échéance du terme à "
     "l'initiative du salarié lorsque celui-ci justifie de la conclusion d'un contrat à durée "
     "indéterminée"),
    # a short contract to try someone out: a CDD fills no permanent post (L1242-1; ce08)
    (r"(contrats? courts?|\bcdd\b|contrat (a duree determinee|temporaire))[^?]{0,80}(pour (voir|"
     r"tester|essayer)|si (elle|il) (convient|fait l'affaire))|pour (voir|tester|essayer)[^?]{0,60}"
     r"avant de l'embaucher", "pourvoir durablement un emploi lié à l'activité normale et "
     "permanente de l'entreprise"),
    # leave not taken when the contract ends: paid (L3141-28; ce09)
    (r"(?s)^(?!.*\bcdd\b)(?=.*(je quitte|je pars|mon depart|demission|fin de (mon|son) contrat|"
     r"licenci)).*(reste|restant)[^?]{0,40}(jours de )?(vacances|conges)[^?]{0,80}(pas (pu )?"
     r"(pris|prendre)|non pris)", "indemnité compensatrice de congé pour la fraction de congé dont "
     "il n'a pas bénéficié contrat rompu"),
    # the rupture conventionnelle's minimum sum (L1237-13; cd03)
    (r"(?s)^(?=.*(rupture conventionnelle|" + COMMON_ACCORD + r")).*((somme|montant|indemnite)"
     r" (minimum|minimale|plancher)|(combien|quelle somme|quel montant)[^?]{0,60}(au )?minimum)",
     "montant de l'indemnité spécifique de rupture conventionnelle qui ne peut pas être "
     "inférieur à celui de l'indemnité de licenciement"),
    # a day's pay taken as a punishment (L1331-2; cd04); not the hours missed
    (r"(retir|retenu|reten|enlev|supprim|deduir|deduit)\w* (une |la |sa |ma |toute la )?journee "
     r"(entiere |complete )?de (salaire|paie)|(salaire|paie)[^?.]{0,60}(pour l'exemple|pour (me|"
     r"le|la|nous) punir|en punition|pour (m'|nous |lui |leur )apprendre)|"
     # more pay taken than the minutes missed (« cinq minutes de retard […] un quart d'heure
     # de salaire », cj06)
     r"retard[^?]{0,150}\b(retir|enlev|retenu|deduit|decompt)\w* (un quart d'heure|une "
     r"demi-heure|une heure)|\b(retir|enlev|retenu|deduit|decompt)\w* (un quart d'heure|une "
     r"demi-heure|une heure)[^?]{0,100}retard|"
     # a set sum for each fault (« 20 euros sur la paie pour chaque retard », cs06)
     r"\b\d+ ?(euros|€)[^?]{0,60}\b(par|pour (chaque|un|une)|a chaque) (retard|erreur|faute|oubli|"
     r"casse)|\b(par|pour (chaque|un|une)|a chaque) (retard|erreur|oubli)[^?]{0,60}\b\d+ ?"
     r"(euros|€)",
     "les amendes ou autres sanctions pécuniaires sont "
     "interdites"),
    # Sunday's rest asked as such (L3132-3; cd05)
    (r"\brepos (du|le) dimanche\b|\b(le )?dimanche (n'est|est)[^?.]{0,20}(pas )?(un )?(jour de )?"
     r"repos (oblig|oblige)", "dans l'intérêt des salariés le repos hebdomadaire est donné le "
     "dimanche"),
    # back from paternity leave to another post: the same job or a similar one (L1225-36, cq10)
    (r"(?s)^(?=.*conge (de )?(paternite|naissance)).*\b(reprends|reprendre|reprise|retour|"
     r"revenir|reviens|rentre)\b[^?]{0,250}\b(poste|emploi|secteur)\b",
     "à l'issue du congé de paternité et d'accueil de l'enfant le salarié retrouve son précédent "
     "emploi"),
    # a father-to-be (L1225-35; cd06)
    (r"\b(vais|va|allons|allez) (bientot )?etre (papa|pere|parents)\b|\b(futur|bientot) (papa|"
     r"pere)\b", "congé de paternité et d'accueil de l'enfant de vingt-cinq jours calendaires"),
    # unfit for one's post, not through work (L1226-2; cd08): another post to offer; not the
    # pay after a month (a09, L1226-4)
    (r"(?s)^(?!.*(accident du travail|maladie professionnelle|plus paye|salaire|indemnit))"
     r".*(medecin du travail[^?]{0,120}"
     r"(ne (peut|peuvent|pouvait|pourra) plus (occuper|reprendre|exercer|tenir)|(pas|plus) apte)|"
     r"(inapte|inaptitude)[^?]{0,200}(autre poste|reclass))", "salarié déclaré inapte par le "
     "médecin du travail à reprendre l'emploi qu'il occupait précédemment l'employeur lui propose "
     "un autre emploi approprié à ses capacités"),
    # a theft and the notice: none for a serious misconduct (L1234-1; cd09)
    (r"(\bvol(e|er|ait)?\b|prendre de l'argent|main dans la caisse|detourn\w*)[^?]{0,300}"
     r"\bpreavis\b",
     "lorsque le licenciement n'est pas motivé par une faute grave le salarié a droit à un "
     "préavis"),
    # a pregnant employee leaves without notice (L1225-34; cf07)
    (r"(enceinte|grossesse)[^?]{0,250}(quitter|demission|partir)\w*[^?]{0,150}\bpreavis\b",
     "la salariée en état de grossesse médicalement constaté peut rompre son contrat de travail "
     "sans préavis et sans devoir d'indemnité de rupture"),
    # representatives asked for by a firm's size (L2311-2; cf03)
    (r"(?s)^(?=.*\b(delegues?|representants? du personnel|elus?|cse)\b)(?!.*(cssct|bdese?|"
     r"commission)).*((obligation|obligatoire|"
     r"oblige)[^?]{0,60}(taille|\d+ salaries|effectif)|(passee?s?|arrive\w*) a \w+ salaries)",
     "comité social et économique mis en place dans les entreprises d'au moins onze salariés "
     "effectif atteint pendant douze mois consécutifs"),
    # the trial period told as a test, and its length asked (L1221-19; cc10)
    (r"(?s)^(?=.*(periode d'essai|\bessai\b|" + TRIAL_AS_TEST + r"))(?!.*(renouvel|prolong))"
     r".*(\b(quatre|cinq|six|sept|huit|[4-8]) mois (de test|d'essai)|(duree|si) (aussi|trop) "
     r"longue?)", "le contrat de travail à durée indéterminée peut comporter une période d'essai "
     "dont la durée maximale est"),
    (TRIAL_AS_TEST, "période d'essai"),
    # the minimum wage without its name (« un montant en dessous duquel on ne peut pas être
    # payé », cc02)
    (r"(montant|somme|salaire) (minimum )?en dessous (duquel|de laquelle)|(en dessous|moins) de ce "
     r"qu'il est permis de payer", "le salaire minimum de croissance assure aux salariés dont les "
     "rémunérations sont les plus faibles la garantie de leur pouvoir d'achat"),
    # a part-timer's extra hours paid at the usual rate: their 10 % (L3123-29; cc07)
    (r"(?s)^(?!.*(temps plein|temps complet))(?=.*(temps partiel|contrat (de|prevoit|dit|indique) "
     r"([1-9]|[12]\d|3[0-4]) ?(h|heures)\b)).*(meme (tarif|taux|prix)|tarif normal|taux normal|pas "
     r"majorees|sans majoration|aucune majoration)", "le taux de majoration des heures "
     "complémentaires est de 10 % pour chacune des heures complémentaires accomplies"),
    # the dismissal's indemnity asked as a sum (« quelle somme minimum doit-il me verser en
    # partant ? », cc08); not for a serious misconduct
    (r"(?s)^(?=.*licenci)(?!.*faute grave).*(quelle somme|combien d'argent|quel montant)[^?]{0,60}"
     r"(verser|toucher|recevoir|donner|payer)[^?]{0,40}(en partant|a mon depart|au depart|quand je "
     r"pars|en quittant)", "le salarié titulaire d'un contrat de travail à durée indéterminée "
     "licencié a droit sauf en cas de faute grave à une indemnité de licenciement"),
    # telling the employer of a pregnancy: not required (L1225-2)
    (r"(enceinte|grossesse)[^?]{0,250}(obligee? de|dois-je|je dois|faut-il|tenue de) (le |l'|"
     r"lui )?(dire|informer|annoncer|prevenir|reveler|declarer|signaler)\b|"
     r"\b(dire|annoncer|reveler|declarer|signaler)\w*[^?]{0,40}(ma grossesse|que je suis "
     r"enceinte)", "n'est pas tenue de révéler son état de grossesse"),
    # a pregnant night worker: a day post on request, or the contract suspended (L1225-9)
    (r"(enceinte|grossesse)[^?]{0,250}\b(de nuit|la nuit|nuits)\b|\b(de nuit|nuits)\b[^?]{0,250}"
     r"(enceinte|grossesse)", "salariée en état de grossesse qui travaille de nuit affectée à "
     "un poste de jour"),
    (r"enceinte[^?]{0,200}periode d'essai|periode d'essai[^?]{0,200}enceinte",
     "état de grossesse pour rompre son contrat de travail au cours d'une période d'essai"),
    # how long one stays after handing in one's letter: the resignation's notice
    # (« une fois ma lettre remise, combien de semaines je suis obligé de rester », cb01)
    (r"(combien de temps|jusqu'a quand)[^?]{0,80}(rester|travailler encore|partir|faire)[^?]{0,80}"
     r"(lettre|demission)|(quitter|partir de) (mon|ma|l'|cette) (entreprise|emploi|poste|societe|"
     r"boite)[^?]{0,200}combien de (temps|semaines)|(ma lettre|ma demission)[^?]{0,60}combien de "
     r"(temps|semaines|jours|mois)[^?]{0,40}(rester|travailler)", "durée du préavis de démission"),
    # back from maternity or parental leave: the same job or a similar one
    (r"(retour|reviens|revient|revenir|reprise|rentre)\w*[^?]{0,30}conge (parental|de maternite|"
     r"maternite|d'adoption)[^?]{0,250}\b(poste|emploi)\b",
     "retrouve son précédent emploi ou un emploi similaire"),
    # two CDDs on the same post: the waiting period between them
    (r"(delai|attendre|combien de (jours|temps))[^?]{0,120}(entre|avant) ((les|deux|2|un|"
     r"nouveau|le|prochain|second|deuxieme) )*(cdd|contrats)|(enchainer|reprendre|"
     r"reembaucher)[^?]{0,60}(nouveau |autre |deuxieme |second )?cdd",
     "délai de carence entre deux contrats à durée déterminée successifs sur le même poste"),
    (r"(rompre|arreter|quitter|casser|partir avant la fin de) (son|mon|le|ce|un|leur) cdd\b",
     "rupture anticipée du contrat à durée déterminée"),
    # a CDD that goes on past its end becomes a CDI (L1243-11)
    (r"\bcdd\b[^?]{0,80}(termin|fini|\bfin\b|echu|echeance|\bterme\b)[^?]{0,120}"
     r"(continue|poursuivi|toujours) (a |de )?(venir|travailler|bosser)|"
     r"(continue|toujours) (a |de )?(venir )?travailler[^?]{0,60}(apres|depuis) (la fin|le terme|"
     r"l'echeance) (de |du )?(mon |son |ce )?cdd",
     "relation contractuelle se poursuit après l'échéance du terme du contrat à durée "
     "déterminée"),
    (r"rupture conventionnelle[^?]{0,200}(revenir en arriere|changer d'avis|retract|annuler|"
     r"regrett)|(revenir en arriere|changer d'avis|retract|regrett)[^?]{0,120}"
     r"rupture conventionnelle", "droit de rétractation"),
    # the rupture conventionnelle told without its name (« partir d'un commun accord », cb10)
    (COMMON_ACCORD, "rupture conventionnelle"),
    (COMMON_ACCORD + r"[^?]{0,200}(revenir en arriere|marche arriere|changer d'avis|retract|"
     r"regrett)", "délai de quinze jours calendaires pour exercer son droit de rétractation"),
    (r"(combien de (temps|jours|semaines)|delai)[^?]{0,40}(a l'avance|prevenir|prevenance)|"
     r"prevenir[^?]{0,40}a l'avance|du jour au lendemain", "délai de prévenance"),
    (r"(pas|jamais) (encore )?(recu|signe|eu)\b[^?.]{0,40}\bcontrat|"
     r"contrat[^?.]{0,30}(pas|jamais) (encore )?(ete )?(signe|remis|donne)",
     "contrat établi par écrit transmis au salarié"),
    # a hire never declared (L1221-10)
    (r"(pas|jamais|aucune?) (ete )?(declare|declaree|declaration)|declar\w*[^?]{0,40}(urssaf|a mon "
     r"nom)|\bdpae\b", "déclaration préalable à l'embauche déclaration nominative auprès des "
     "organismes de protection sociale"),
    # checking a foreign worker's permit (L5221-8)
    (r"(embaucher|recruter|employer)[^?]{0,120}(etranger|nationalite \w+|titre de sejour)|"
     r"titre de sejour[^?]{0,120}(embauch|verifi)", "l'employeur s'assure de l'existence du titre "
     "autorisant l'étranger à exercer une activité salariée"),
    # religious dress at work: only a rule of the règlement intérieur may restrict it (L1321-2-1)
    (r"\b(foulard|voile|signes? religieux|kippa|croix|religion)\b[^?]{0,250}(retirer|enlever|"
     r"interdi|imposer|droit)|(retirer|enlever|interdi)\w*[^?]{0,60}\b(foulard|voile|signes? "
     r"religieux)", "règlement intérieur principe de neutralité restreignant la manifestation des "
     "convictions des salariés"),
    # after a work accident only: a sick employee's dismissal is another rule (L1132-1)
    (r"(accidents? (du|de) travail|maladie professionnelle)[^?]{0,160}licenci|"
     r"licenci[^?]{0,160}(accidents? (du|de) travail|maladie professionnelle)",
     "rupture du contrat pendant la suspension consécutive à un accident du travail"),
    (r"(ne pas|pas besoin de|plus) (revenir|venir)[^?.]{0,30}preavis|"
     r"dispense\w* (de |d'effectuer |d'execution )?(mon |le |son )?preavis",
     "dispense d'exécution du préavis indemnité compensatrice"),
    ("|".join(TAKEOVER) + r"|rachat (de|par)|\b(vendue?|cedee?) a un",
     "modification dans la situation juridique de l'employeur"),
    (r"abandon de poste|ne (vient|revient|se presente) plus|(aucune|sans) nouvelles? d|"
     + NO_SIGN_OF_LIFE,
     "abandon de poste présomption de démission"),
    # (also isolation: files taken away, left out of meetings, reproached before the others,
    # the 2026-12-07bw set); its definition's words, not for a mediation asked (am05)
    (r"(?s)^(?!.*mediat).*((crie|hurle) (dessus|sur moi)|\bme rabaisse|\bme denigre|\bm'humilie|"
     r"humiliations?\b|\bpression (permanente|constante|continuelle)|\bm'isole\b|mise? a "
     r"l'ecart|(m'ont|m'a) ecarte\w*|" + MOCKED + r"|mise? au placard|(retire|enleve)\w* (mes|"
     r"tous mes) (dossiers|missions|taches|"
     r"responsabilites)|(ne m'adresse plus|ne me dit plus|ne m'adresse jamais) (la parole|"
     r"bonjour)|(reproch|critiqu)\w*[^?.]{0,50}devant (les autres|mes collegues|tout le monde))",
     "agissements répétés de harcèlement moral qui ont pour objet ou pour effet une dégradation "
     "de ses conditions de travail"),
    (SEXUAL_MISCONDUCT, "harcèlement sexuel"),
    # a witness of harassment is protected as the victim is (L1152-2, L1153-3)
    (r"(temoign|attestation|denonce)\w*[^?]{0,200}harcel|harcel[^?]{0,200}(temoign|attestation)",
     "protection de la personne ayant témoigné d'agissements de harcèlement moral ou les "
     "ayant relatés"),
    # sexual harassment refused or witnessed, then a measure taken, the harassment told by its
    # acts (« gestes à caractère sexuel », « des avances ») (L1153-2; cz01, ah04)
    (rf"(?s)^(?=.*({SEXUAL_MISCONDUCT}|harcelement sexuel)).*(temoign\w*|attestation|temoin|"
     r"refus\w*|repousse\w*|dit non)[^?]{0,300}(sanction\w*|avertissement|licenci\w*|mute\w*|"
     r"represailles|punir|puni|penalis\w*|retir\w*|change\w* de (magasin|poste|service|site|"
     r"rayon|equipe)|mise a pied)",
     "ayant subi ou refusé de subir des faits de harcèlement sexuel ou ayant de bonne foi "
     "témoigné de faits de harcèlement sexuel ne peut faire l'objet des mesures"),
    # and a witness of discrimination (L1132-3, cr08): « j'ai fait une attestation pour elle »
    # when she was passed over for her origin
    (r"(?s)^(?=.*(discrimin|origine|racis|religion|couleur de peau|handicap|\bsexe\b))"
     r"(?!.*harcel).*(temoign\w*|attestation|temoin)[^?]{0,300}(sanction\w*|avertissement|"
     r"licenci\w*|mute\w*|represailles|mise a pied)|(sanction\w*|avertissement|licenci\w*)"
     r"[^?]{0,100}pour avoir temoigne",
     "aucun salarié ne peut être sanctionné pour avoir témoigné des agissements "
     "discriminatoires ou pour les avoir relatés"),
    # a candidate asked of children, pregnancy, family (L1221-6; cz06, cw04)
    (r"(?s)^(?=.*(entretien d'embauche|entretien de recrutement|\bcandidat|recrutement)).*"
     r"(demande\w*|question\w*|pose\w*)[^?]{0,120}(si j'avais des enfants|\benfants?\b|enceinte|"
     r"grossesse|vie privee|situation familiale|\bmariee?s?\b|religion|origine|syndiqu)",
     "les informations demandées au candidat à un emploi ne peuvent avoir comme finalité que "
     "d'apprécier sa capacité à occuper l'emploi proposé"),
    # a part-timer refusing hours beyond the contract (L3123-10; cz07, m12, ao09)
    (rf"(?s)^(?=.*({_PART_TIMER})).*((refus\w*|dire non)[^?]{{0,60}}(heures?( \d\d)? (en plus|"
     r"complementaires|supplementaires)|rester plus tard)|(heures?( \d\d)? (en plus|"
     r"complementaires|supplementaires)|rester plus tard)[^?]{0,300}(refus\w*|dire non))",
     "le refus d'accomplir les heures complémentaires proposées par l'employeur au delà des "
     "limites fixées par le contrat ne constitue ni une faute ni un motif de licenciement"),
    (r"\b(mettre|mis|mise|partir)\b[^?]{0,20} a la retraite", "mise à la retraite"),
    # a candidate in the CSE elections is protected for six months (L2411-7)
    (r"candida\w*[^?]{0,200}(licenci|sanction)|(licenci)\w*[^?]{0,200}candida\w* (aux|au|a l)",
     "autorisation de licenciement candidat aux fonctions de membre élu de la délégation du "
     "personnel"),
    # a pregnant employee's CDD still ends at its term (L1225-6)
    (r"\bcdd\b[^?]{0,250}enceinte|enceinte[^?]{0,250}\bcdd\b", "dispositions protectrices de la "
     "grossesse ne font pas obstacle à l'échéance du contrat à durée déterminée"),
    # paid leave not taken because of maternity leave (L3141-2)
    (r"(conge|retour) (de )?maternite[^?]{0,250}(conges payes|conges|vacances)[^?]{0,100}(perdu|"
     r"encore droit|pas pu|reporter)|(conges payes|conges|vacances)[^?]{0,120}(pas pu|perdu)"
     r"[^?]{0,80}maternite|(pas pu|perdu)[^?]{0,60}(conges|vacances)[^?]{0,80}maternite",
     "salariés de retour d'un congé de maternité ont droit à leur congé "
     "payé annuel"),
    # a pregnant employee or one on maternity leave: protected from dismissal
    # (or told in other words: « j'attends un bébé… se séparer de moi », cc04; « j'attendais un
    # enfant », cn03)
    (r"(licenci|entretien prealable|rompre (mon|son|le) contrat)[^?]{0,200}(conge (de )?"
     r"maternite|enceinte|grossesse)|(conge (de )?maternite|enceinte|grossesse)[^?]{0,200}"
     r"(licenci|entretien prealable)|(j'attends|j'attendais|attend|attendait) (un|mon|notre) "
     r"(bebe|enfant)\b[^?]{0,200}"
     r"(" + PUT_OUT + r"|licenci)",
     "rompre le contrat de travail d'une salariée en état de grossesse médicalement constaté "
     "ou en congé de maternité"),
    # when the letter of dismissal goes out after the interview
    (r"(combien de (jours|temps)|delai|attendre|quand)[^?]{0,80}(envoyer|expedier|notifier|"
     r"adresser|recevoir|envoi)[^?]{0,30}(la |ma |sa )?lettre de licenciement|"
     r"lettre de licenciement[^?]{0,80}(delai|combien de jours)",
     "notification du licenciement lettre expédiée après la date prévue de l'entretien "
     "préalable"),
    (r"\b(vire|viree|renvoye|renvoyee)\b", "licenciement"),
    # how long one has to contest a dismissal (L1471-1); not an election, nor a doctor's
    # opinion (the 2026-12-06ax set); an economic dismissal has its own twelve months (L1235-7)
    (r"(?s)^(?=.*(licenci|renvoye|\bviree?\b|rupture))(?!.*" + _ECONOMIC_DISMISSAL + r")"
     r".*" + _LATE_TO_CONTEST,
     "action portant sur la rupture du contrat de travail se prescrit par douze mois"),
    (r"(?s)^(?=.*" + _ECONOMIC_DISMISSAL + r").*" + _LATE_TO_CONTEST,
     "toute contestation portant sur le licenciement pour motif économique se prescrit par "
     "douze mois"),
    # a re-hiring priority asked for and ignored: an indemnity of a month's pay at least
    # (L1235-13, cs02)
    (r"priorite de reembauche[^?]{0,300}(embauch\w* (quelqu'un|une autre|un autre|une personne)|"
     r"pas (ete )?respectee?|ignore\w*|sans (jamais )?me (contacter|prevenir)|obtenir|"
     r"indemni)",
     "en cas de non-respect de la priorité de réembauche le juge accorde au salarié une "
     "indemnité qui ne peut être inférieure à un mois de salaire"),
    # why oneself and not a colleague in an economic dismissal: the order's criteria, told in
    # writing on request (L1233-17, L1233-43; cq06)
    (r"(?s)^(?=.*(" + _ECONOMIC_DISMISSAL + r"|licenciements? collecti|plan social|suppressions? "
     r"de postes?)).*((comment|pourquoi|sur quels? (criteres?|bases?))[^?]{0,60}(choisi|designe|"
     r"selectionne|retenu)\w*|pourquoi moi\b|criteres?[^?]{0,40}(choix|choisi|designe))",
     "sur demande écrite du salarié l'employeur indique par écrit les critères retenus pour "
     "fixer l'ordre des licenciements"),
    # a firm that closes for good and says there is no notice: closing does not free the
    # employer from it (L1234-7, cq07)
    (_FIRM_CLOSES + r"[^?]{0,250}\b(pas de|sans|aucun|pas le|pas droit au) preavis\b",
     "la cessation de l'entreprise ne libère pas l'employeur de l'obligation de respecter le "
     "préavis"),
    # a rupture conventionnelle pressed on an employee (L1237-11)
    (r"rupture conventionnelle[^?]{0,250}(oblig|impos|forcer|insiste|refuse)|(oblig|impos|forc)"
     r"\w*[^?]{0,60}(signer|accepter) (une |la |cette )?rupture conventionnelle",
     "rupture conventionnelle ne peut être imposée par l'une ou l'autre des parties"),
    # severance from eight months of service (L1234-9), asked for a newer employee
    (r"indemnite (legale )?de licenciement[^?]{0,200}(pas|moins d'|que) ?(un an|1 an|\d+ mois|"
     r"(un|deux|trois|quatre|cinq|six|sept) mois) d'anciennete|\b([1-7]|un|deux|trois|quatre|"
     r"cinq|six|sept) mois d'anciennete[^?]{0,200}indemnite (legale )?de licenciement",
     "indemnité de licenciement huit mois d'ancienneté ininterrompus"),
    # a father dismissed in the ten weeks after the birth (L1225-4-1)
    (r"(conge (de )?paternite|\bnaissance|\bne il y a)[^?]{0,250}(licenci|entretien prealable)|"
     r"(licenci|entretien prealable)[^?]{0,200}(conge (de )?paternite|apres la naissance)",
     "rompre le contrat de travail d'un salarié pendant les dix semaines suivant la naissance "
     "de son enfant"),
    (r"(combien|montant|calcul\w*)[^?]{0,80}indemnite (legale )?de licenciement|"
     r"indemnite (legale )?de licenciement[^?]{0,60}(combien|montant|calcul)",
     "montant de l'indemnité légale de licenciement par année d'ancienneté"),
    # discipline: the law's words for a suspension pending a decision, and for old facts
    # also told as being sent home until the hearing (« rester chez moi d'ici là », bw06)
    (r"\bmise? a pied\b[^?.]{0,30}conservatoire|conservatoire[^?.]{0,30}\bmise? a pied|"
     r"(convoqu|entretien)\w*[^?]{0,200}(rester|reste|renvoye|renvoyee) chez (moi|lui|elle|soi)|"
     r"(rester|reste|renvoye|renvoyee) chez (moi|lui|elle|soi)[^?]{0,100}(en attendant|jusqu'a)"
     r"[^?]{0,30}(l'entretien|la decision|la sanction)",
     "mesure conservatoire de mise à pied"),
    (r"(avertissement|sanction\w*|blame|mise a pied)[^?]{0,160}(il y a|datent? de|date d'il y a) "
     r"(plus de )?(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze) mois|"
     # (« me sanctionner pour quelque chose d'aussi ancien », cf08; not an old sanction
     # recalled by a new one, ao07, L1332-5)
     r"faits (aussi |si |trop )?anciens|sanctionn\w* pour [^?]{0,30}\b(aussi|si|trop) ancien",
     "délai de prescription des faits fautifs poursuites disciplinaires"),
    # contesting a sanction: an action on the contract's performance, two years (L1471-1)
    (r"(avertissement|sanction|mise a pied|blame)[^?]{0,250}(encore temps|trop tard|quel delai|"
     r"encore (le |la |les )?contester|"
     r"dans quel delai|combien de temps pour|jusqu'a quand)|(contester|annuler)[^?]{0,80}"
     r"(avertissement|sanction|mise a pied|blame)[^?]{0,120}\b(il y a|date de) (plus d')?(un|une|"
     r"deux|\d+) (an|ans|annee|annees)\b",
     "action portant sur l'exécution du contrat de travail se prescrit par deux ans"),
    (r"refus d'embauche|(refuse|ecarte)\w*[^?]{0,60}(parce que|car|quand) (je suis|j'etais|"
     r"j'ai dit)", "discrimination à l'embauche"),
    # acronyms the usager writes and the sources spell out
    (r"\bcsp\b", "contrat de sécurisation professionnelle"),
    (CPF, "compte personnel de formation"),
    # its training in working hours: an absence asked (L6323-17; cf09)
    (rf"({CPF})[^?]{{0,200}}(heures de travail|temps de travail|pendant (mon|le) travail)",
     "formations financées dans le cadre du compte personnel de formation suivies pendant le "
     "temps de travail le salarié demande une autorisation d'absence"),
    # a change of trade by an apprenticeship is the apprentice's age limit (below), not this
    (r"(?s)^(?!.*(apprenti|alternance))(.*(reconver\w*|changer de metier))",
     "projet de transition professionnelle"),
    # a training the job requires (safety, electrical clearance): working time, paid
    (r"\bformation (obligatoire|imposee|(de )?securite)|"
     r"(obligatoire|impose\w*|oblige\w*)[^?.]{0,40}\bformation|"
     r"habilitation electrique", "action de formation qui conditionne l'exercice d'une activité"),
    (r"\bcse\b", "comité social et économique"),
    (r"(organiser|mettre en place|faire) (des|les) elections", "mise en place du comité social et "
     "économique"),
    (WATCHING_DEVICE,
     "dispositif de collecte d'informations porté préalablement à la connaissance du salarié"),
    (r"\bpse\b", "plan de sauvegarde de l'emploi"),
    # the 2026-12-06ab set's questions, after its one run
    (r"\breservistes?\b|reserve (militaire|operationnelle)|\barmee\b",
     "congé pour activité dans la réserve opérationnelle"),
    # a reservist threatened for the absences: no dismissal for them (L3142-92, cr06)
    (r"(\breservistes?\b|reserve (militaire|operationnelle))[^?]{0,300}(licenci\w*|"
     r"se separer de moi|renvoy\w*|virer|sanction\w*|rompre mon contrat)",
     "l'employeur ne peut rompre le contrat de travail d'un salarié en raison des absences "
     "résultant d'une activité dans la réserve opérationnelle"),
    (r"elections? (municipales|legislatives|regionales|departementales|europeennes)|"
     r"\bfaire campagne\b",
     "congé du salarié candidat pour participer à la campagne électorale"),
    # answering the employer's mails after hours (not a colleague's messages at night)
    (r"(repondre|repondu)[^?]{0,60}(le soir|la nuit|le week-?end|en dehors "
     r"de (mes|ses|nos|leurs) (heures|horaires))|(le soir|la nuit|le week-?end|en dehors de (mes|"
     r"ses|nos) (heures|horaires))[^?]{0,80}(repondre|repondu)", "droit à la déconnexion"),
    (r"lanceur d'alerte|(signale|denonce|alerte)\w*[^?]{0,120}(fraude|fausses? factures?|"
     r"infraction|delit|corruption|detournement)", "lanceur d'alerte salarié sanctionné ou "
     "licencié pour avoir signalé ou divulgué des informations"),
    (r"departs? volontaires?|plan de departs", "rupture conventionnelle collective"),
    (r"\bparticipation (aux (benefices|resultats)|obligatoire)|prime de participation",
     "droit des salariés à participer aux résultats de l'entreprise"),
    (r"(grille|criteres?|notation|note)[^?]{0,80}(evalu|noter|notes?\b)|"
     r"(evalu|noter|notation)\w*[^?]{0,150}criteres?", "méthodes et techniques d'évaluation "
     "professionnelles"),
    (r"titre de sejour[^?]{0,80}(expire|perime|fini|plus valable|pas renouvele)|"
     r"(continuer|garder)[^?]{0,60}(travailler|employer)[^?]{0,80}(titre|recepisse)",
     "conserver à son service un étranger non muni du titre l'autorisant à exercer une activité "
     "salariée"),
    (r"\bindex\b[^?]{0,80}(egalite|hommes|femmes)|ecarts? de (salaires?|remunerations?) entre "
     r"(les )?(hommes|femmes)", "indicateurs relatifs aux écarts de rémunération entre les "
     "femmes et les hommes"),
    (r"registre (du|des|unique du) (personnel|salaries)", "registre unique du personnel"),
    (r"document[^?]{0,30}\b(dangers|risques)\b|evaluation des risques|\bduerp?\b",
     "document unique d'évaluation des risques"),
    (r"contrat[^?]{0,80}\b(en anglais|en langue etrangere|pas en francais)|"
     r"version (en )?francaise?", "contrat de travail établi par écrit rédigé en français"),
    # the 2026-12-06ac set's questions, after its one run
    (r"(lire|lu|lus|lit|consulte\w*|fouill\w*)[^?]{0,60}(mails?|messages?|messagerie|courriels?|"
     r"sacs?|casiers?)\b[^?]{0,30}(perso|personnel)|messagerie personnelle",
     "restrictions aux libertés individuelles justifiées par la nature de la tâche et "
     "proportionnées au but recherché"),
    (r"\bpause\b[^?]{0,120}(a mon poste|sur place|repondre|interphone|telephone|rester|"
     r"disponible)", "temps consacrés aux pauses considérés comme du temps de travail effectif"),
    # hours that start before the night period and end inside it (« de 20h à 2h »)
    (r"\b(de|a) (1[89]|20) ?h\w* (a|jusqu'a) ([0-5]) ?h|(suis-je|est-ce que je suis|je suis "
     r"(ou non|ou pas)) (un |une )?travailleu(r|se) de nuit",
     "travailleur de nuit au moins trois heures de son temps de travail quotidien durant la "
     "période de travail de nuit"),
    (rf"(?s)^(?!{_EXTRAS_ON_THE_SIDE}).*(contrats? (pour|a|de) (la|une) journee|"
     r"\bextras?\b)", "contrat à durée déterminée d'usage emploi par nature temporaire"),
    (r"faire reconnaitre (mon|son|leur) experience|validation des acquis|\bvae\b",
     "congé pour validation des acquis de l'expérience"),
    (r"medecin du travail[^?]{0,80}(avant (la fin de )?(mon|son) arret|pendant (mon|son) arret|"
     r"preparer (mon|son) retour)", "visite de préreprise arrêt de travail de plus de trente "
     "jours"),
    (r"(qui|quels salaries) (a|ont|peut|peuvent)[^?]{0,20}(voter|droit de vote)|\belecteurs?\b",
     "sont électeurs les salariés âgés de seize ans révolus travaillant depuis trois mois"),
    (r"embaucher (ensemble|a plusieurs|a deux|a trois)|(partager|mettre en commun) (un|une|des) "
     r"(salarie|ouvrier|employe)", "groupement d'employeurs"),
    (r"(liquidation|redressement) judiciaire[^?]{0,200}(salaires?|payer|paye)",
     "assurance contre le risque de non-paiement des sommes dues aux salariés"),
    # the 2026-12-06ad set: a pregnancy's pathological leave (L1225-21)
    (r"conge patho\w*|(etat|arret) pathologique[^?]{0,150}(grossesse|maternite|enceinte)|"
     r"(grossesse|enceinte|maternite)[^?]{0,200}(etat|arret) pathologique",
     "état pathologique résultant de la grossesse congé de maternité augmenté"),
    # Sunday work in a tourist or trade zone needs the employee's written consent
    # (L3132-25-4); elsewhere (a food shop's morning, a DIY store) other rules
    (r"zones? (touristiques?|commerciales?)[^?]{0,300}(refuser|refus|jamais accepte|pas "
     r"accepte|(pas|plus) volontaire)|(refuser|refus|volontaire)[^?]{0,300}zones? "
     r"(touristiques?|commerciales?)",
     "seuls les salariés volontaires ayant donné leur accord par écrit peuvent travailler le "
     "dimanche refus"),
    # a temp worker kept on one post for years (L1251-12-1, L1251-40)
    # (eighteen months and more, or years: « pendant deux mois » is a short mission, ai02)
    (r"\binterim\w*[^?]{0,250}(depuis|pendant|cela fait|ca fait) ((1[89]|[2-9]\d) mois|"
     r"(deux|trois|[2-9]) ans)\b|\b((1[89]|[2-9]\d) mois|(deux|trois|[2-9]) ans) (en|d')? ?interim",
     "durée totale du contrat de mission ne peut excéder dix-huit mois droits correspondant à "
     "un contrat de travail à durée indéterminée"),
    # pay paid by mistake and claimed back, or owed for years (L3245-1)
    (r"(trop[- ]percu|par erreur|en trop|rembourser|recuperer|reclame\w*)[^?]{0,250}"
     r"(depuis (19|20)\d\d|remonter|aussi loin|(plusieurs|trois|quatre|cinq) ans)|"
     r"(remonter|aussi loin)[^?]{0,80}(salaires?|primes?|paie|rappel)|"
     # (hours of a past year never paid, claimed now: cg10)
     r"(heures|salaires?|primes?)[^?]{0,200}(jamais|pas) (ete )?payee?s?[^?]{0,150}(encore|"
     r"toujours)[^?]{0,20}(reclamer|demander|recuperer)",
     "action en paiement ou en répétition du salaire se prescrit par trois ans"),
    # a wage garnishment ordered by the court (L3252-2, R3252-2)
    (r"saisie (sur|des|de) (salaire|remuneration|paie)|saisies? sur (son|mon|le) salaire|"
     r"\bcession sur salaire",
     "proportion dans laquelle les sommes dues à titre de rémunération sont saisissables"),
    # commuting by bicycle: the sustainable mobility allowance (L3261-3-1)
    (r"\b(viens|vient|viennent|venir|vais|va|vont|aller|rends|rendent|trajets?)\b[^?]{0,60}"
     r"\b(a|en) (velo|trottinette)|covoiturage|forfait mobilite",
     "cycle ou cycle à pédalage assisté covoiturage forfait mobilités durables"),
    # a permanent job with periods off, such as school terms (L3123-33, L3123-34)
    (r"periodes? scolaires?|hors (des )?vacances scolaires|(pas|jamais|sauf) pendant les "
     r"vacances( scolaires)?\b[^?]{0,40}(cdi|contrat)|\bcdi\b[^?]{0,120}(pas|jamais|sauf) "
     r"pendant les vacances",
     "contrat de travail intermittent alternance de périodes travaillées et de périodes non "
     "travaillées"),
    # a home hit by a natural disaster (L3142-48)
    (r"catastrophe naturelle|(maison|logement|appartement|commune|village|quartier) (a ete |est )?"
     r"(inonde|sinistre|devaste)|inondations?\b[^?]{0,150}(chez moi|ma maison|mon logement)",
     "congé pour catastrophe naturelle salarié résidant dans une zone touchée"),
    # the 2026-12-06ae set: the apprentice's age limit (L6222-1, L6222-2)
    (r"apprenti\w*[^?]{0,250}(\b(29|[3-5]\d) ans\b|mon age|trop (vieux|vieille|age)|limite "
     r"d'age|age (maximum|limite))|\b(29|[3-5]\d) ans[^?]{0,200}apprenti",
     "limite d'âge vingt-neuf ans révolus au début de l'apprentissage"),
    # the employment quota of disabled workers (L5212-2)
    (r"obligation d'emploi|(employer|embaucher|emploi) (des|de) (travailleurs|personnes|salaries) "
     r"handicapes[^?]{0,150}(obligation|obligatoire|quota|proportion|\d+ ?%)",
     "obligation d'emploi des travailleurs handicapés proportion minimale de 6 % de l'effectif"),
    # a pregnant employee's rest lying down (R4152-2)
    (r"enceinte[^?]{0,300}(m'allonger|s'allonger|allongee?|me reposer|se reposer|salle de repos)",
     "femmes enceintes se reposer en position allongée dans des conditions appropriées"),
    # a seat at one's post (R4225-5)
    (r"(interdi\w*|refus\w*|pas le droit)[^?]{0,60}\b(de nous asseoir|de m'asseoir|de s'asseoir|"
     r"chaises?|tabourets?|sieges?)\b|\b(aucune chaise|aucun (tabouret|siege))\b|"
     r"(reste|rester|restons|travaille|travailler) debout (toute la journee|\d+ ?h)",
     "siège approprié mis à la disposition de chaque travailleur à son poste de travail"),
    # loads carried by hand (R4541-9)
    (r"(porter|soulever|portons|porte)[^?.]{0,80}\b\d+ ?(kg|kilos?)\b|poids maximum|"
     r"charges? (trop )?lourdes?",
     "manutention manuelle charges supérieures à 55 kilogrammes femmes 25 kilogrammes"),
    # how often the occupational doctor sees a worker at a risky post (R4624-28)
    # (how often: what the exposure calls for at all is R4624-23's, below)
    (r"(tous les combien|quelle (frequence|periodicite)|combien de fois)[^?]{0,80}(visite|medecin "
     r"du travail)",
     "poste présentant des risques particuliers renouvellement de la visite périodicité quatre "
     "ans suivi individuel renforcé"),
    # a building site stopped by the weather (L5424-8, L5424-9)
    (r"(\bpluie|\bpleut\b|\bneige\b|\bgel\b|intemperies|tempete)[^?]{0,200}(chantier|arret\w*|"
     r"renvoie|rentrer)|chantier[^?]{0,200}(\bpluie|\bpleut\b|\bneige\b|intemperies)",
     "arrêt du travail en cas d'intempéries indemnisation bâtiment et travaux publics"),
    # a professionalisation contract's length (L6325-11, L6325-12)
    # (not the months on the dole of one who asks whether her age allows it, cm10 of 2026-12-07)
    (rf"(?s)^(?!.*({_AGE_ASKED})).*(contrat de professionnalisation[^?]{{0,200}}(duree|combien "
     r"de temps|\bmois\b)|(duree|combien de temps)[^?]{0,80}contrat de professionnalisation)",
     "action de professionnalisation d'une durée minimale comprise entre six et douze mois"),
    # an association's volunteer officer (L3142-54-1)
    (r"(tresoriere?|presidente?|secretaire|administrateur|administratrice|benevole)[^?]{0,60}"
     r"(d'une|de l'|de mon|de notre) association|activite associative|engagement associatif",
     "congé d'engagement associatif siéger à titre bénévole dans l'organe d'administration ou "
     "de direction d'une association"),
    # a paid job during one's paid leave (D3141-1, D3141-2)
    (r"(travailler|job|emploi|travail)\b[^?]{0,80}pendant (mes|ses|mon|son) conges|"
     r"pendant (mes|ses) conges[^?]{0,120}(travailler (ailleurs|pour)|payee?|remuneree?)",
     "salarié qui accomplit pendant sa période de congés payés des travaux rémunérés"),
    # the 2026-12-06af set: a conseiller du salarié's absences (L1232-8, L1232-9)
    # (not the adviser dismissed for it: L1232-14, cm08 of 2026-12-07)
    (rf"(?s)^(?!.*({_ADVISER_DISMISSED})).*\bconseill\w+ du salarie",
     "salarié investi de la mission de conseiller du salarié temps nécessaire à l'exercice de sa "
     "mission quinze heures par mois"),
    # a union member or delegate held back for it (L2141-5)
    (r"(activites?|mandat|engagement|appartenance) syndica\w*[^?]{0,150}(augmentation|promotion|"
     r"prime|evolution|carriere|sanction|cause)|(augmentation|promotion|prime|evolution)[^?]{0,200}"
     r"(delegue syndical|activites? syndicales?|syndique)",
     "interdit à l'employeur de prendre en considération l'appartenance à un syndicat ou "
     "l'exercice d'une activité syndicale"),
    # working for another company and coming back (L1222-12)
    (r"sans perdre mon (emploi|poste)[^?]{0,200}revenir|(tenter|essayer) l'experience[^?]{0,200}"
     r"revenir|revenir[^?]{0,100}(mon|son) (ancien )?(emploi|poste)[^?]{0,150}"
     r"(autre entreprise|start-?up)",
     "période de mobilité volontaire sécurisée exercer une activité dans une autre entreprise"),
    # the week overtime is counted on (L3121-35)
    (r"du (mardi|mercredi|jeudi|vendredi|samedi|dimanche) au (lundi|mardi|mercredi|jeudi|vendredi|"
     r"samedi)\b[^?]{0,250}(heures|semaine)|quelle (est la )?semaine",
     "la semaine débute le lundi à 0 heure et se termine le dimanche à 24 heures"),
    # temps brought in to replace strikers (L1251-10)
    (r"\b(interim\w*|cdd)[^?]{0,200}\bgrev\w*|\bgrev\w*[^?]{0,200}\b(interim\w*|cdd)\b",
     "interdit de recourir au travail temporaire pour remplacer un salarié dont le contrat de "
     "travail est suspendu à la suite d'un conflit collectif de travail"),
    # a CDD for extra work within six months of an economic dismissal (L1242-5)
    (r"licenci\w* (pour (motif )?)?econom\w*[^?]{0,300}\bcdd\b|\bcdd\b[^?]{0,300}licenci\w* "
     r"(pour (motif )?)?econom\w*",
     "dans les six mois suivant un licenciement pour motif économique interdit de conclure un "
     "contrat de travail à durée déterminée au titre d'un accroissement temporaire de l'activité"),
    # counting the headcount: part-timers and CDDs pro rata (L1111-2)
    (r"(calcul\w*|compter|decompt\w*) (l'|notre |leur |son )?effectif|comment (calculer|compter) "
     r"(nos|les|mes) salaries",
     "effectifs de l'entreprise calculés salariés à temps partiel contrat à durée déterminée "
     "pris en compte"),
    # days given to a colleague caring for a relative other than a child (L3142-25-1)
    (r"(donner|don)\b[^?]{0,80}(jours|rtt|conges|repos)[^?]{0,250}\b(conjoint|mari|femme|epoux|"
     r"epouse|pere|mere|parents?|proche)\b|\b(conjoint|mari|epoux|epouse|pere|mere|proche)\b"
     r"[^?]{0,250}(donner|don)\b[^?]{0,40}(jours|rtt|repos)",
     "renoncer anonymement à ses jours de repos au bénéfice d'un autre salarié qui vient en aide "
     "à une personne atteinte d'une perte d'autonomie"),
    # days given for a colleague's sick child (L1225-65-1; the rules for a relative's loss of
    # autonomy, L3142-25-1, are above; ci08)
    (r"(donner|offrir|ceder|don de)\b[^?]{0,80}\b(jours|rtt|conges|repos)\b[^?]{0,250}\b(enfant|"
     r"fils|fille|garcon|bebe)\b|\b(enfant|fils|fille|garcon|bebe)\b[^?]{0,250}(donner|offrir|"
     r"ceder)\b[^?]{0,60}\b(jours|rtt|repos)\b",
     "renoncer anonymement et sans contrepartie à ses jours de repos non pris au bénéfice d'un "
     "autre salarié qui assume la charge d'un enfant"),
    # unequal pay for the same work (L3221-2, ci07)
    (UNEQUAL_PAY, "égalité de rémunération entre les femmes et les hommes pour un même travail"),
    # pay compared across different jobs (L3221-4; dc05 of 2026-12-08)
    (EQUAL_VALUE, "sont considérés comme ayant une valeur égale les travaux qui exigent des "
     "salariés un ensemble comparable de connaissances professionnelles"),
    # a customer who insults or threatens: the employer's duty of safety (L4121-1)
    (r"\b(clients?|usagers?|patients?|passagers?)\b[^?]{0,100}(m'insulte|me menace|m'agress\w*|"
     r"insultes?|menaces?|agressi\w*)",
     "l'employeur prend les mesures nécessaires pour assurer la sécurité et protéger la santé "
     "physique et mentale des travailleurs"),
    # the 2026-12-06ag set: an association's representative in a State body (L3142-60)
    (r"(association|associatif)[^?]{0,200}(sieger|representer|designee?)|(sieger|designee?)"
     r"[^?]{0,120}(commission|instance|comite|conseil)[^?]{0,80}(prefecture|departementale|"
     r"regionale|ministere|etat)",
     "congé de représentation salarié désigné représentant d'une association pour siéger dans "
     "une instance instituée auprès d'une autorité de l'État"),
    # protective equipment a worker will not wear (L4122-1)
    (r"(refuse|ne (veut|porte|met) (pas|jamais))[^?.]{0,60}(chaussures|casques?|gants|lunettes|"
     r"harnais|masques?|protections?|equipements?) (de (securite|protection)|individuel)",
     "il incombe à chaque travailleur de prendre soin de sa santé et de sa sécurité "
     "conformément aux instructions qui lui sont données par l'employeur"),
    # posting the working hours (L3171-1)
    (r"affich\w*[^?]{0,80}horaires|horaires[^?]{0,80}affich",
     "l'employeur affiche les heures auxquelles commence et finit le travail ainsi que les "
     "heures et la durée des repos"),
    # a team that works only at the weekend (L3132-16, L3132-19)
    (r"(equipes?|postes?) (de|du) (fin de semaine|week-?end)|(uniquement|seulement|que) (le )?"
     r"(samedi et (le )?dimanche|week-?end)",
     "équipe de suppléance travail en fin de semaine rémunération majorée"),
    # the job found taken after a work accident (L1226-8); unfitness has its own rules
    (r"(?s)^(?!.*inapt).*(accident du travail|maladie professionnelle)[^?]{0,400}(donne mon "
     r"poste|mon poste (a ete )?(donne|pris|occupe|attribue)|(sur|a) un autre poste|salaire "
     r"(plus bas|inferieur)|moins (bien )?paye)",
     "à l'issue des périodes de suspension le salarié retrouve son emploi ou un emploi "
     "similaire assorti d'une rémunération au moins équivalente"),
    # a pregnant employee who asks to see the occupational doctor herself (R4624-19, cq08)
    (r"(?s)^(?=.*\b(enceinte|grossesse|allaitante|viens d'accoucher)\b).*((voir|rencontrer|"
     r"consulter|rendez-vous|visite)[^?]{0,60}(medecin|medecine) du travail[^?]{0,80}(moi-meme|"
     r"sans attendre|a tout moment|quand je (veux|le souhaite)|de moi-meme)|(demander|"
     r"solliciter)( moi-meme)?[^?]{0,40}(voir|rencontrer|consulter|une visite|rendez-vous)"
     r"[^?]{0,20}(medecin|medecine) du travail)",
     "toute femme enceinte est à tout moment si elle le souhaite orientée sans délai vers le "
     "médecin du travail"),
    # a pregnant employee moved to another post (L1225-7); for a risk she is exposed to,
    # L1225-12 (below)
    (r"(?s)^(?!.*(toxiques?|chimiques?|solvants?|rayonnements?|radiations?|plomb)\b)"
     r".*(enceinte|grossesse)[^?]{0,300}(autre poste|changer de poste|changement (de poste|"
     r"d'affectation)|poste (adapte|amenage)|(mise?|affectee?) (sur|a|dans) un autre)",
     "la salariée enceinte peut être affectée temporairement dans un autre emploi si son état "
     "de santé médicalement constaté l'exige"),
    # a payslip signed or accepted is no waiver (L3243-3)
    (r"(signe\w*|signer|accepte\w*|approuve\w*)[^?.]{0,60}(fiches?|bulletins?) de (paie|salaire)|"
     r"(fiches?|bulletins?) de (paie|salaire)[^?.]{0,60}(signe|signer|lu et approuve)|"
     r"lu et approuve",
     "l'acceptation sans protestation ni réserve d'un bulletin de paie ne vaut pas renonciation "
     "au paiement du salaire"),
    # the naturalisation ceremony (L3142-75)
    (r"naturalis|nationalite francaise|citoyennete francaise|ceremonie d'accueil",
     "cérémonie d'accueil dans la citoyenneté française"),
    # the 2026-12-06ah set: the meal voucher's daily cap (R3262-10)
    (r"titres?[- ](restaurant|resto)[^?]{0,200}(montant|plafond|maximum|limite)|(montant|"
     r"plafond) (maximum|journalier)[^?]{0,100}titres?[- ]restaurant",
     "l'utilisation des titres-restaurant est limitée à un montant maximum par jour"),
    # sexist jokes and remarks (L1142-2-1)
    (r"blagues?[^?.]{0,40}sur (les|la) femmes?|(propos|remarques?|blagues?|comportements?|"
     r"agissements?) sexistes?|\bsexisme",
     "agissement sexiste lié au sexe d'une personne portant atteinte à sa dignité"),
    # the CSE consulted on the organisation of work (L2312-8)
    (r"(?s)(consulter|consultation|consulte|avis du)[^?]{0,60}(\bcse\b|comite social)[^?]{0,150}"
     r"(horaires|organisation|equipes|reorganis|conditions de travail|demenag|technolog)|"
     r"(horaires|organisation|equipes|reorganis|technolog)[^?]{0,200}(consulter|consultation|"
     r"consulte|avis du)[^?]{0,30}(\bcse\b|comite social)",
     "le comité social et économique est informé et consulté sur les questions intéressant "
     "l'organisation la gestion et la marche générale de l'entreprise"),
    # Alsace-Moselle's public holidays (L3134-13)
    (r"(alsace|moselle|strasbourg|mulhouse|colmar|\bmetz\b)[^?]{0,300}(\bferie|26 decembre|"
     r"vendredi saint)|(26 decembre|vendredi saint)[^?]{0,300}(alsace|moselle)",
     "jours fériés chômés vendredi saint second jour de Noël Moselle Bas-Rhin Haut-Rhin"),
    # training for new tools (L6321-1)
    (r"(nouveau|nouvel|nouvelle|nouveaux|nouvelles) (logiciels?|outils?|machines?|systemes?|"
     r"technologies?|methodes?)[^?]{0,250}(form(er|es?|ee?s?|ation)\b)|(form(er|ation))[^?]{0,150}"
     r"(nouveau|nouvel|nouvelle|change\w*)[^?]{0,40}(logiciel|outil|machine|systeme|technologie)",
     "l'employeur assure l'adaptation des salariés à leur poste de travail évolution des "
     "technologies"),
    # replacement CDDs back to back (L1244-1); « sans remplacer personne » is c06's question
    (r"(?s)^(?!.*sans remplacer)(?=.*\b(enchaine|successifs)\b[^?]{0,20}(les |des |de )?cdd).*"
     r"remplacer (une|un|des|differente?s?|plusieurs) (collegues?|salariee?s?|personnes?|"
     r"absente?s?)",
     "contrats de travail à durée déterminée successifs avec le même salarié remplacement d'un "
     "salarié absent"),
    # who may be appointed union delegate (L2143-1)
    (r"(conditions?|anciennete)[^?]{0,120}delegue syndical|delegue syndical[^?]{0,120}"
     r"(anciennete|conditions?)",
     "le délégué syndical doit être âgé de dix-huit ans révolus travailler dans l'entreprise "
     "depuis un an au moins"),
    # sick leave and the seniority that sets the notice (L1234-8)
    (r"(?s)^(?=.*preavis).*((arret|suspension)[^?]{0,150}(compte pas|pas compte|ne compte|"
     r"deduit)[^?]{0,60}anciennete|anciennete[^?]{0,100}(arret maladie|suspension))",
     "la suspension du contrat de travail ne rompt pas l'ancienneté appréciée pour la durée du "
     "préavis la période de suspension n'entre pas en compte"),
    # the 2026-12-06ai set: the occupational doctor's advice left aside (L4624-6)
    (r"(medecin du travail|medecine du travail)[^?]{0,300}(preconis|recommand|conseil|avis|"
     r"indications?|propositions?)[^?]{0,200}(ignor|rien (n'a )?change|pas (suivi|respecte|"
     r"applique)|ne (fait|fais) rien|refuse)|(ignorer|ne pas suivre|refuse de suivre)[^?]{0,80}"
     r"medecin du travail",
     "l'employeur est tenu de prendre en considération l'avis et les indications ou les "
     "propositions émis par le médecin du travail"),
    # temps or CDDs for particularly dangerous work (L4154-1)
    (r"(interim\w*|\bcdd\b)[^?]{0,300}(dangereu\w*|toxiques?|cancerogen\w*|rayonnements?)|"
     r"(dangereu\w*|toxiques?|cancerogen\w*)[^?]{0,300}(interim\w*|\bcdd\b)",
     "interdit de recourir à un salarié titulaire d'un contrat de travail à durée déterminée ou "
     "à un salarié temporaire pour l'exécution de travaux particulièrement dangereux"),
    # the list of public holidays (L3133-1)
    (r"(quels sont|liste des?|combien de) (les )?jours feries|vrai jour ferie|jours feries "
     r"(prevus|legaux|par la loi)",
     "les fêtes légales ci-après désignées sont des jours fériés"),
    # extending parental leave (L1225-48)
    (r"(prolonger|renouveler) (mon|son|le|ce|notre) conge parental|conge parental[^?.]{0,60}"
     r"(jusqu'a quand|combien de temps)",
     "le congé parental d'éducation a une durée initiale d'un an au plus prolongé deux fois"),
    # no post to redeploy an unfit employee to (L1226-12); pay and indemnities are others'
    (r"(?s)^(?!.*(plus paye|salaire|indemnit)).*(inapte|inaptitude)[^?]{0,300}(aucun|pas d'|"
     r"pas de) (autre )?(poste|emploi|reclassement)",
     "l'employeur dans l'impossibilité de proposer un autre emploi fait connaître par écrit les "
     "motifs qui s'opposent au reclassement"),
    # an apprenticeship's length (L6222-7-1)
    (r"duree (du|d'un) contrat d'apprentissage|contrat d'apprentissage[^?]{0,80}(durer|duree|"
     r"combien de temps)",
     "la durée du contrat d'apprentissage varie entre six mois et trois ans égale à la durée du "
     "cycle de formation"),
    # the union delegate at the CSE (L2143-22); not a firm with neither (« ni délégué
    # syndical ni CSE », at01 of 2026-12-06)
    (r"(?<!\bni )(?<!pas de )delegue syndical[^?]{0,150}(?<!\bni )(\bcse\b|comite social)|"
     r"(?<!\bni )(?<!pas de )(\bcse\b|comite social)[^?]{0,150}(?<!\bni )(?<!pas de )"
     r"delegue syndical",
     "le délégué syndical est de droit représentant syndical au comité social et économique "
     "dans les entreprises de moins de trois cents salariés"),
    # the 2026-12-06aj set: tips in the paid-leave pay (L3141-26)
    (r"pourboires?[^?]{0,200}conges? payes?|conges? payes?[^?]{0,200}pourboires?",
     "rémunération constituée de pourboires prise en considération pour la détermination de "
     "l'indemnité de congé"),
    # meal vouchers of an issuer in liquidation (L3262-4)
    (r"titres?[- ]restaurant[^?]{0,200}(liquidation|redressement|sauvegarde|faillite)|"
     r"(liquidation|redressement|faillite)[^?]{0,200}titres?[- ]restaurant",
     "liquidation judiciaire de l'émetteur salariés détenteurs de titres-restaurant non "
     "utilisés remboursement"),
    # the hour records the inspector asks for (L3171-3)
    (r"(inspection du travail|inspectrice|inspecteur du travail)[^?]{0,200}(releves?|decompte|"
     r"heures|horaires|temps de travail)|(decompte|releves?) (des )?heures[^?]{0,150}inspect",
     "l'employeur tient à la disposition de l'agent de contrôle de l'inspection du travail les "
     "documents permettant de comptabiliser le temps de travail accompli par chaque salarié"),
    # creating a union section (L2142-1)
    (r"(creer|constituer|monter) (une )?section syndicale",
     "dès lors qu'ils ont plusieurs adhérents dans l'entreprise chaque syndicat représentatif "
     "peut constituer une section syndicale"),
    # training in the evening, unpaid (L6321-6)
    (r"formation[^?]{0,200}(le soir|hors (du )?temps de travail|en dehors (des|de mes) (heures|"
     r"horaires)|chez (nous|moi))[^?]{0,200}(paye|payee|remuner)|formation[^?]{0,60}(payee?s?|"
     r"remuneree?s?) comme du temps de travail|temps de formation[^?]{0,60}(paye|temps de "
     r"travail)",
     "les actions de formation constituent un temps de travail effectif et donnent lieu au "
     "maintien de la rémunération"),
    # a child in an advert or a film (L7124-1)
    (r"enfant[^?]{0,100}(tournage|publicite|spectacle|casting|mannequin|defile|film)|(tournage|"
     r"publicite|casting)[^?]{0,150}enfant",
     "un enfant de moins de seize ans ne peut sans autorisation individuelle préalable être "
     "engagé dans une entreprise de spectacle ou de publicité"),
    # the interview after parental leave (L1225-57)
    (r"(retour|reprends|reprise|revenir)[^?]{0,100}conge parental[^?]{0,200}entretien|"
     r"entretien[^?]{0,150}(retour|reprise)[^?]{0,100}conge parental",
     "le salarié qui reprend son activité à l'issue du congé parental d'éducation a droit à "
     "l'entretien professionnel"),
    # temps on a permanent post (L1251-5)
    (r"(interim\w*|missions?)[^?]{0,250}(poste permanent|activite normale|depuis toujours|"
     r"durablement|\b(\d+|deux|trois|quatre|cinq) ans d'interim|\bmeme machine\b|(ne m'|"
     r"jamais )embauch)|"
     r"(poste|emploi) permanent[^?]{0,200}interim",
     "le contrat de mission ne peut avoir pour objet ni pour effet de pourvoir durablement un "
     "emploi lié à l'activité normale et permanente de l'entreprise utilisatrice"),
    # proving discrimination (L1134-1)
    (r"(prouver|preuves?|demontrer)[^?]{0,100}discrimin|discrimin[^?]{0,150}(prouver|preuves?|"
     r"demontrer)",
     "le salarié présente des éléments de fait laissant supposer l'existence d'une "
     "discrimination il incombe à la partie défenderesse de prouver"),
    # dismissal after a child's death (L1225-4-2)
    (r"(deces|perdu|decede)[^?]{0,40}(son|mon|leur|notre) (fils|fille|enfant)[^?]{0,300}licenci|"
     r"licenci[^?]{0,300}(deces|perdu|decede)[^?]{0,40}(fils|fille|enfant)",
     "aucun employeur ne peut rompre le contrat de travail d'un salarié pendant les treize "
     "semaines suivant le décès de son enfant"),
    # the 2026-12-06ak set: jury service (L1132-3-1)
    (JURY_SERVICE,
     "aucun salarié ne peut être sanctionné en raison de l'exercice des fonctions de juré"),
    # an opinion given in an expression meeting (L2281-3)
    (EXPRESSION + r"|groupes? d'expression",
     "opinions émises dans l'exercice du droit d'expression ne peuvent motiver une sanction"),
    # releasing profit-sharing early (R3324-22)
    (r"(debloqu\w*|deblocage|recuperer|retirer|sortir)[^?]{0,150}(participation|interessement|"
     r"epargne salariale|plan d'epargne|\bpee\b)|(participation|interessement|epargne salariale|"
     r"plan d'epargne)[^?]{0,150}(debloqu\w*|deblocage|avant (la fin|l'expiration|les 5|les cinq))",
     "droits exceptionnellement liquidés avant l'expiration des délais"),
    # a days-based contract's workload told as too heavy: the employer sees that it stays
    # reasonable (L3121-60, cq11)
    (r"forfait[- ](en )?jours?[^?]{0,400}(surcharge|epuise\w*|deborde\w*|\b[5-7]\d ?(h|heures)\b"
     r"[^?]{0,20}par semaine|charge de travail[^?]{0,60}(trop|enorme|excessive|intenable|"
     r"regarder|verifier|surveiller))",
     "l'employeur s'assure régulièrement que la charge de travail du salarié est raisonnable"),
    # the annual interview of a days-based contract (L3121-65)
    (r"forfait[- ](en )?jours?[^?]{0,300}entretien|entretien[^?]{0,200}forfait[- ](en )?jours?|"
     r"(forfait|\b2(18|1[0-7]) jours)[^?]{0,300}charge de travail",
     "l'employeur organise une fois par an un entretien avec le salarié pour évoquer sa charge "
     "de travail"),
    # safety training of new hires (L4141-2)
    (r"(embauch|arrivee|nouveaux|nouvel|nouvelle)[^?]{0,200}(former|formation)[^?]{0,30}"
     r"securite|(former|formation)[^?]{0,30}securite[^?]{0,100}(arrivee|embauch|nouveaux)",
     "l'employeur organise une formation pratique et appropriée à la sécurité des travailleurs "
     "qu'il embauche"),
    # drinking water at work (R4225-2)
    (r"eau potable|(pas|ni) d'eau\b|(ramener|apporter) (notre|leur|mon|son) eau|de quoi boire",
     "l'employeur met à disposition des travailleurs de l'eau potable et fraîche"),
    # the time-savings account on leaving (L3153-2)
    (r"(compte[- ]epargne[- ]temps|\b(mon|le|du|son) cet\b)[^?]{0,300}(quitte|depart|partir|"
     r"demission|rupture|perdus?|licenci)|(quitte|depart|partir|demission|rupture|licenci)"
     r"[^?]{0,300}(compte[- ]epargne[- ]temps|\b(mon|le|du|son) cet\b)",
     "en cas de rupture du contrat de travail une indemnité correspondant à la conversion "
     "monétaire de l'ensemble des droits"),
    # union notices (L2142-3); by the firm's email, below
    (rf"(?s)^(?!.*\b{_DIGITAL}\b)(.*((tracts?|"
     r"communications?|affich\w*|panneaux?) syndica|section syndicale[^?]{0,150}"
     r"(affich|panneau|tracts?)|(affich|panneau|tracts?)[^?]{0,150}section syndicale))",
     "affichage des communications syndicales sur des panneaux réservés à cet usage"),
    # refusing a skills assessment (L6313-4)
    (r"bilan de competences[^?]{0,300}(refuser|impose|obliger?|force|insiste|sanction)|"
     r"(refuser|impose|obliger?|force|insiste)[^?]{0,150}bilan de competences",
     "le bilan de compétences ne peut être réalisé qu'avec le consentement du travailleur refus "
     "ne constitue ni une faute ni un motif de licenciement"),
    # the exposures that call for reinforced medical follow-up (R4624-23)
    (r"(suivi|visite|medecin|medical|examen)[^?]{0,200}(\bamiante\b|\bplomb\b|cancerogene|"
     r"rayonnements ionisants|agents biologiques)|(\bamiante\b|\bplomb\b|cancerogene|"
     r"rayonnements ionisants|agents biologiques)[^?]{0,200}(suivi|visite|medecin|medical|examen)",
     "postes présentant des risques particuliers exposant les travailleurs à l'amiante suivi "
     "individuel renforcé"),
    # the 2026-12-06al set: a room to breastfeed (L1225-32)
    (r"(local|piece|salle|endroit|toilettes)[^?]{0,150}(allait|tirer (mon|son|leur) lait)|"
     r"(allait\w*|tirer (mon|son|leur) lait)[^?]{0,200}(local|piece|salle|endroit|toilettes)",
     "locaux dédiés à l'allaitement"),
    # a temp's paid leave, paid at each mission's end (L1251-19)
    (r"interim\w*[^?]{0,200}conges? payes?|conges? payes?[^?]{0,200}interim",
     "indemnité compensatrice de congé payé pour chaque mission versée à la fin de la mission"),
    # the employer's contribution to the CSE's social activities (L2312-81)
    (r"(activites sociales|oeuvres sociales|cheques?[- ]cadeaux|\basc\b)[^?]{0,250}(vers\w*|"
     r"contribution|budget|supprim\w*|somme|financ\w*)|(vers\w*|contribution|budget|"
     r"supprim\w*|somme|financ\w*)[^?]{0,150}(activites sociales|oeuvres sociales)",
     "contribution versée chaque année par l'employeur pour financer des institutions sociales "
     "du comité"),
    # the building trade's leave fund (L3141-32)
    (r"caisses? (de|des) conges|\bcaisse\b[^a-z]{0,3} (qui )?(paie|paye|verse|regle)|"
     r"(payes?|verses?|regles?) par (la|une) caisse\b|caisse (du |des )?(btp|batiment)",
     "caisses de congés auxquelles les employeurs s'affilient obligatoirement"),
    # a foreign student's hours (R5221-26)
    (r"etudiante?s?[^?]{0,200}(etrangere?s?|titre de sejour|visa)|(etrangere?s?|titre de sejour|"
     r"visa)[^?]{0,200}etudiant",
     "étudiant autorisé à exercer une activité salariée à titre accessoire dans la limite d'une "
     "durée annuelle de travail"),
    # a conventional termination with a protected employee (L1237-15)
    (r"rupture conventionnelle[^?]{0,250}(\belue?\b|membre (titulaire |suppleante? )?du cse|"
     r"salariee? protegee?|delegue)|(\belue?\b|membre (titulaire |suppleante? )?du cse|"
     r"salariee? protegee?|delegue syndical)[^?]{0,250}rupture conventionnelle",
     "rupture conventionnelle des salariés bénéficiant d'une protection soumise à l'autorisation "
     "de l'inspecteur du travail"),
    # the 2026-12-06am set: an elected member who sees a serious danger (L4131-2, L4132-2)
    (r"(\belue?\b|membre (titulaire |suppleante? )?du cse|representant du personnel)[^?]{0,400}"
     r"(danger|dangereu\w*)|(danger|dangereu\w*)[^?]{0,300}(en tant qu'elue?|\belue?\b)",
     "le représentant du personnel qui constate une cause de danger grave et imminent alerte "
     "immédiatement l'employeur qui procède à une enquête"),
    # the Sundays the mayor allows: double pay and rest (L3132-27)
    (r"(\bmaire\b|dimanches? (du|autorises? par le) maire)[^?]{0,300}(payes?|majoration|majore\w*|"
     r"double|repos|remuner\w*|recuper\w*)",
     "salarié privé de repos dominical rémunération au moins égale au double repos compensateur"),
    # what the employer tells of the leave left after sick leave (L3141-19-3)
    (r"(reprise|repris|retour|revenue?)[^?]{0,200}(arret|maladie|accident)[^?]{0,300}(conges"
     r"[^?]{0,200}(rien dit|rien indique|n'indique|aucune information|informer|combien de jours)|"
     r"(rien dit|n'indique|aucune information|informe)[^?]{0,100}conges)|"
     r"(rien dit|n'indique|aucune information|informer)[^?]{0,100}conges[^?]{0,200}(arret|"
     r"maladie)",
     "au terme d'une période d'arrêt de travail l'employeur porte à la connaissance du salarié "
     "le nombre de jours de congé dont il dispose"),
    # a night worker's medical follow-up (L3122-11)
    (r"(travail(leur|leuse)? de nuit|\bde nuit\b)[^?]{0,300}(medecin du travail|suivi medical|"
     r"visite medicale)|(medecin du travail|suivi medical|visite medicale)[^?]{0,200}"
     r"(travail(leur|leuse)? de nuit)",
     "tout travailleur de nuit bénéficie d'un suivi individuel régulier de son état de santé"),
    # a journalist who leaves when the paper is sold (L7112-5)
    (r"journaliste[^?]{0,400}(rachete|rachat|cession|cede|vendu|ligne editoriale|conscience)|"
     r"(rachete|rachat|cession|cede|vendu|ligne editoriale)[^?]{0,300}journaliste",
     "rupture du contrat à l'initiative du journaliste professionnel motivée par la cession du "
     "journal"),
    # fuel costs between home and work (L3261-3)
    (r"(frais|plein|prix|rembours\w*|cout) (d'|de l'|de )essence|\b(carburant|gasoil|gazole)\b|"
     r"frais (de voiture|kilometriques|de route)",
     "l'employeur peut prendre en charge les frais de carburant"),
    # the 2026-12-06an set: a carer's individual hours (L3121-49)
    (r"((fils|fille|enfant|mari|femme|conjoint|pere|mere|proche)[^?]{0,60}handicap\w*|aidant)"
     r"[^?]{0,300}(horaires?|commencer plus tard|finir plus tard)|(horaires?|commencer plus tard)"
     r"[^?]{0,200}(aidant|(fils|fille|enfant)[^?]{0,40}handicap)",
     "aménagement d'horaires individualisés aidants familiaux et proches d'une personne "
     "handicapée"),
    # a former union delegate's protection (L2411-3)
    (r"(j'etais|il etait|elle etait|ancien|ancienne|fin de (mon |son )?mandat|plus de mandat)"
     r"[^?]{0,200}(delegue syndical|mandat)[^?]{0,300}(licenci|entretien prealable|protege)",
     "licenciement de l'ancien délégué syndical durant les douze mois suivant la date de "
     "cessation de ses fonctions autorisation de l'inspecteur du travail"),
    # a part-timer's rights, a full-timer's (L3123-5)
    (r"(temps partiel|mi-temps|temps partiels)[^?]{0,300}(prime|avantage|droit|exclu\w*|pas droit)"
     r"[^?]{0,100}(temps (plein|complet))|(temps (plein|complet))[^?]{0,200}(temps partiels?|"
     r"mi-temps)[^?]{0,100}(pas droit|exclu\w*)",
     "le salarié à temps partiel bénéficie des droits reconnus au salarié à temps complet"),
    # a CDD paid less than a CDI (L1242-15)
    (r"\bcdd\b[^?]{0,300}\bcdi\b[^?]{0,200}(gagne|payee?) (plus|moins)|\bcdd\b[^?]{0,100}"
     r"(moins payee?|paye moins)|(moins payee?|paye moins|gagne moins)[^?]{0,100}\bcdd\b",
     "la rémunération du salarié en contrat à durée déterminée ne peut être inférieure à celle "
     "d'un salarié en contrat à durée indéterminée de qualification équivalente"),
    # what a work certificate says (D1234-6)
    (r"certificat de travail[^?]{0,300}(ecrit|mention\w*|contenir|contient|manque|postes|"
     r"refaire|appreciation)",
     "le certificat de travail contient exclusivement les mentions suivantes"),
    # back to work soon after a birth (L1225-29)
    (r"(reprendre|revenir|retravailler)[^?]{0,100}(semaines?|jours?) apres (la naissance|"
     r"l'accouchement|mon accouchement)|(obligee?|minimum)[^?]{0,100}conge (de )?maternite|"
     r"(prendre tout|ne pas prendre|raccourcir|ecourter) (mon |son |le )?conge (de )?maternite",
     "interdiction d'employer la salariée dans les six semaines qui suivent son accouchement"),
    # breaks from screen work (R4542-4)
    (r"(travail sur (l'|un |les )?|devant (mon |l'|un )|journee (sur|devant) (mon |l'|un ))"
     r"(ecran|ordinateur)[^?]{0,300}(pause|lever)|pauses?[^?]{0,100}(travail sur (l'|un |les )?|"
     r"devant (l'|mon |un ))(ecran|ordinateur)",
     "temps quotidien de travail sur écran périodiquement interrompu par des pauses"),
    # the unions invited to a CSE election (L2314-5)
    # (not a candidate's question: bp02 of the 2026-12-07bp set, the first round)
    (r"(?s)^(?!.*candidat).*(election|elections|elire)[^?]{0,200}(cse|comite social)[^?]{0,300}"
     r"(syndicats?|organisations syndicales)|(inviter|informer|convoquer)[^?]{0,40}(des |les )?"
     r"syndicats",
     "organisations syndicales informées de l'organisation des élections et invitées à négocier "
     "le protocole d'accord préélectoral"),
    # an on-call roster given late (L3121-12)
    (r"(planning|programm\w*|calendrier)[^?]{0,100}astreintes?[^?]{0,200}(veille|vendredi|"
     r"dernier moment|delai|prevenir|a l'avance)|astreintes?[^?]{0,200}(planning|programm\w*)"
     r"[^?]{0,200}(veille|dernier moment|delai|prevenir)",
     "programmation individuelle des périodes d'astreinte portée à la connaissance de chaque "
     "salarié quinze jours à l'avance"),
    # the mid-career medical visit (L4624-2-2)
    (r"mi-?carriere|\b45 ans\b[^?]{0,200}(visite|medecin)|(visite|medecin)[^?]{0,200}\b45 ans",
     "visite médicale de mi-carrière durant l'année civile du quarante-cinquième anniversaire"),
    # the 2026-12-06ao set: the father's days after a birth, when he may not work (L1225-35-1)
    (r"(ma compagne|ma femme|mon epouse|ma conjointe)[^?]{0,200}(accouch\w*|naissance)[^?]{0,300}"
     r"(lendemain|juste apres|des le|travailler)",
     "interdiction d'employer le salarié pendant le congé de naissance et les quatre jours du "
     "congé de paternité"),
    # leave cut into short pieces: twelve days in a row (L3141-18)
    (r"(plus d'une semaine|jamais plus de|qu'une semaine|petits? (bouts|morceaux))[^?]{0,100}"
     r"(conges|d'affilee)|conges[^?]{0,100}(d'affilee|petits? (bouts|morceaux)|en continu)",
     "lorsque le congé ne dépasse pas douze jours ouvrables il doit être continu"),
    # hours spread over the year (L3121-44, L3121-45)
    (r"annualis\w*|modulation (du temps|des horaires)|heures? (l'ete|en ete)[^?]{0,100}"
     r"(l'hiver|en hiver)",
     "répartition de la durée du travail sur une période supérieure à la semaine à défaut "
     "d'accord"),
    # the 2026-12-07cm set, questions no label had answered, told in the law's words: extra
    # hours over a year (L3121-41); night work decided for all (L3122-1); a night worker back
    # on days (L3122-13); short-time work asked for (R5122-2); a conseiller du salarié
    # dismissed (L1232-14); a rupture conventionnelle during a PSE (L1237-16); a contrat de
    # professionnalisation at one's age (L6325-1)
    (r"(a partir de|au-dela de|combien d')[^?]{0,40}heures?[^?]{0,40}(sur l'annee|par an\b|"
     r"annuel)|\b1 ?607 ?(h|heures)",
     "si la période de référence est annuelle constituent des heures supplémentaires les "
     "heures effectuées au delà de 1 607 heures"),
    (r"(decider|decide|imposer|impose|obliger|generaliser|mettre en place)\w*[^?.]{0,40}(faire )?"
     r"travailler[^?.]{0,30}\b(la nuit|de nuit)\b|\b(passer|mettre|basculer) (tout le monde|"
     r"toutes? les equipes|les equipes|l'equipe|les salaries|tout l'atelier) (de nuit|en "
     r"(equipe|poste) de nuit)", "le recours au travail de nuit est exceptionnel"),
    (r"\bje (travaille|suis) (de nuit|en equipe de nuit|en poste de nuit)\b[^?]{0,250}(poste|"
     r"equipe|horaires?) (de jour|du matin|en journee)|(revenir|repasser|retrouver|reprendre|"
     r"retourner)[^?]{0,30}(poste |equipe |horaires? )?(de jour|en journee)\b",
     "le travailleur de nuit qui souhaite occuper ou reprendre un poste de jour a priorité "
     "pour l'attribution d'un emploi"),
    (r"(activite partielle|chomage partiel)[^?]{0,200}(demande|demander|autorisation|aupres de "
     r"qui|comment faire|prefet|dreets|declarer)|(comment|demande|demander)[^?]{0,100}"
     r"(activite partielle|chomage partiel)",
     "demande préalable d'autorisation d'activité partielle"),
    (_ADVISER_DISMISSED, "l'exercice de la mission de conseiller du salarié ne peut être une "
     "cause de rupture du contrat de travail"),
    (r"rupture conventionnelle[^?]{0,300}(\bpse\b|plan de sauvegarde|plan social)|(\bpse\b|"
     r"plan de sauvegarde|plan social)[^?]{0,300}rupture conventionnelle",
     "n'est pas applicable aux ruptures résultant des plans de sauvegarde de l'emploi"),
    (rf"(?s)(contrat de professionnalisation|contrat pro)\b.*({_AGE_ASKED})[^?]{{0,60}}(droit|"
     r"possible|puis-je|peut-on|signer|acceder|ouvert)", "contrat de professionnalisation "
     "ouvert aux demandeurs d'emploi âgés de vingt-six ans et plus"),
    # the 2026-12-07cn set: the final statement told (L1234-20); a trial's maximum for one's
    # category (L1221-19); a week over 48 hours (L3121-20); no answer to a leave to found a
    # company (L3142-116); who grants the disabled worker's status (L5213-2); a minor on
    # dangerous work (L4153-8)
    (r"(papier|document|feuille|recu)[^?.]{0,60}(recapitul\w*|toutes les sommes|sommes versees)"
     r"[^?]{0,300}(contest|trop tard|delai|revenir|reclamer|manqu|oubli|n'y figure pas)",
     "le reçu pour solde de tout compte peut être dénoncé dans les six mois qui suivent sa "
     "signature"),
    (r"(?s)^(?!.*renouvel).*((technicien|agent de maitrise|ouvrier|cadre)\w*[^?]{0,250}\bessai\b"
     r"[^?]{0,200}(combien|jusqu'a|duree maximale|maximum)|(combien|jusqu'a|duree maximale)"
     r"[^?]{0,100}\bessai\b[^?]{0,100}(technicien|agent de maitrise|cadre))",
     "période d'essai dont la durée maximale est pour les ouvriers et les employés de deux mois "
     "pour les agents de maîtrise et les techniciens de trois mois pour les cadres de quatre "
     "mois"),
    # (a night worker's own limit is below, cs09)
    # (nor a part-timer's « au maximum 2 heures 30 en plus par semaine », cz07)
    (rf"(?s)^(?!.*(forfait|\bde nuit\b|{_PART_TIMER})).*(\b(49|[5-6]\d) ?(h|heures)\b[^?]{{0,200}}"
     r"(plafond|maximum|limite)|"
     r"(plafond|maximum|limite)[^?]{0,60}(par|la|une) semaine)",
     "au cours d'une même semaine la durée maximale hebdomadaire de travail est de quarante-huit "
     "heures"),
    (r"(conge|partir|m'absenter)[^?]{0,80}(creer|creation|lancer|monter|reprendre)[^?]{0,40}"
     r"(entreprise|societe|propre affaire|activite)[^?]{0,300}(pas de reponse|aucune reponse|"
     r"sans reponse|silence|pas repondu|rien repondu)",
     "à défaut de réponse de la part de l'employeur son accord est réputé acquis"),
    (r"(demander|obtenir|faire reconnaitre)[^?.]{0,20}(le statut|la reconnaissance|la qualite|"
     r"la rqth) (de )?travailleur handicape|\bqui (decide|reconnait|accorde|attribue)\w*[^?]{0,40}"
     r"(reconnaissance|rqth|statut)", "la qualité de travailleur handicapé est reconnue par la "
     "commission des droits et de l'autonomie des personnes handicapées"),
    (r"(?s)^(?!.*(apprenti|derogation)).*(mon fils|ma fille|mineur|\b1[4-7] ans)[^?]{0,300}"
     r"(\btoits?\b|toiture|echafaudage|disqueuse|tronconneuse|\bscie\b|machines? dangereuses?|"
     r"travaux dangereux|en hauteur)", "interdit d'employer des travailleurs de moins de "
     "dix-huit ans à certaines catégories de travaux les exposant à des risques"),
    # a candidate to the CSE: one year in the firm (L2314-19)
    (r"(se presenter|candidate?s?|candidature)[^?]{0,200}(cse|elections? professionnelles)"
     r"[^?]{0,300}(anciennete|embauchee? (il y a|depuis))|(embauchee? (il y a|depuis)|anciennete)"
     r"[^?]{0,200}(se presenter|candidate?)[^?]{0,100}(cse|elections?)|\beligibles?\b",
     "sont éligibles les électeurs travaillant dans l'entreprise depuis un an au moins"),
    # an old sanction invoked again (L1332-5)
    (r"(ancien|vieil|vieux|il y a [2-9] ans|en 20\d\d)[^?]{0,60}(avertissement|sanction)|"
     r"(avertissement|sanction)[^?]{0,60}(en|de|datant de|d'il y a) (20\d\d|[2-9] ans)",
     "aucune sanction antérieure de plus de trois ans ne peut être invoquée à l'appui d'une "
     "nouvelle sanction"),
    # the CPF used at the employer's wish (L6323-2)
    (r"(\bcpf\b|compte personnel de formation)[^?]{0,200}(oblig\w*|impos\w*|forc\w*|accepter|"
     r"refuser)|(oblig\w*|impos\w*|\b(me|m'|nous|lui) (a )?demande\w*)[^?]{0,150}(\bcpf\b|"
     r"compte personnel de formation)",
     "le compte ne peut être mobilisé qu'avec l'accord exprès de son titulaire le refus ne "
     "constitue pas une faute"),
    # progressive retirement refused (L3123-4-1)
    (r"retraite progressive[^?]{0,300}(refus\w*|\bnon\b|repondu)",
     "retraite progressive refus de l'employeur justifié par l'incompatibilité de la durée de "
     "travail demandée avec l'activité économique"),
    # the 2026-12-06ap set: a household employee's rules (L7221-2)
    (r"employee?s? de maison|\bcesu\b|cheques? emploi service|particulier employeur|"
     r"(menage|courses)[^?]{0,60}chez (une|un|des) (dame|monsieur|personne|particulier)",
     "salarié du particulier employeur seules applicables les dispositions"),
    # a posted worker's pay (L1262-4)
    (r"detach\w*[^?]{0,300}(salaire|payee?|smic|minimum)|(salaire|payee?)[^?]{0,200}detach",
     "l'employeur détachant temporairement un salarié lui garantit l'égalité de traitement "
     "rémunération minimale"),
    # the labour inspector's right of entry (L8113-1)
    (r"inspect\w* du travail[^?]{0,200}(entrer|entree|present\w*|sans (prevenir|rendez-vous|"
     r"mon accord))",
     "droit d'entrée des agents de contrôle de l'inspection du travail dans tout établissement"),
    # a temp's protective equipment (L1251-23)
    (r"interim\w*[^?]{0,300}(chaussures|equipements?|gants|casques?|\bepi\b)|(chaussures|"
     r"equipements? de protection|\bepi\b)[^?]{0,300}interim",
     "équipements de protection individuelle fournis par l'entreprise utilisatrice salarié "
     "temporaire"),
    # a CDD ended for unfitness after a work accident (L1226-20); after any other illness or
    # accident (« mon accident de vélo »), L1226-4-3's own words (cm04 of 2026-12-07)
    (rf"(?s)^(?=.*({_AT_WORK})).*({_CDD_UNFIT})",
     "salarié titulaire d'un contrat à durée déterminée déclaré inapte rupture du contrat "
     "indemnité"),
    (rf"(?s)^(?!.*({_AT_WORK})).*({_CDD_UNFIT})",
     "rupture du contrat à durée déterminée prononcée en cas d'inaptitude"),
    # leave taken soon after hiring (L3141-12)
    (r"(embauchee?|arrivee?|commence)[^?]{0,200}conges[^?]{0,200}(un an|anciennete|attendre)|"
     r"attendre (un an|une annee)[^?]{0,100}conges",
     "les congés peuvent être pris dès l'embauche"),
    # changing the internal rules (L1321-4)
    (r"(modifi\w*|ajouter|introduire|changer|mettre en place)[^?]{0,100}reglement interieur|"
     r"reglement interieur[^?]{0,200}(procedure|modification)",
     "règlement intérieur soumis à l'avis du comité social et économique date d'entrée en "
     "vigueur"),
    # the 2026-12-06aq set: a labour-court judge's time off (L1442-5)
    (rf"({LABOUR_JUDGE})\w*[^?]{{0,300}}(audiences?|absen\w*|temps|conges|liberer|laisser)",
     "membres d'un conseil de prud'hommes temps nécessaire pour se rendre et participer aux "
     "activités prud'homales"),
    # a performer asked for invoices (L7121-3)
    (r"\b(musicien\w*|chanteu\w*|comedien\w*|artistes?|danseu\w*)\b[^?]{0,300}(factur\w*|"
     r"cachets?|auto-?entrepreneur|declar\w*)",
     "artiste du spectacle contrat présumé être un contrat de travail"),
    # piecework at home (L7412-1)
    (r"(chez moi|a domicile|a la maison)[^?]{0,300}a la piece|a la piece[^?]{0,300}(chez moi|"
     r"a domicile|a la maison)",
     "travailleur à domicile rémunération forfaitaire travail confié par un établissement"),
    # the checks owed on a subcontractor (L8222-1)
    (r"sous-?trait\w*[^?]{0,300}(verifi\w*|documents?|attestations?|declar\w*|responsab\w*)|"
     r"(verifi\w*|documents?|attestations?)[^?]{0,200}sous-?trait",
     "vérifie lors de la conclusion d'un contrat et périodiquement que son cocontractant "
     "s'acquitte des formalités"),
    # a part-timer's hours brought up to full time (L3123-9); not the « avenants » of al02
    (r"(?s)^(?!.*avenant).*(temps partiel|contrat (est )?de (1\d|2\d|3[0-4]) ?(h|heures))"
     r"[^?]{0,300}\b35 ?(h|heures)",
     "les heures complémentaires ne peuvent avoir pour effet de porter la durée de travail au "
     "niveau de la durée légale"),
    # washing work clothes (R4323-95)
    (r"(laver|lavage|entretien|nettoy\w*|lessives?)[^?]{0,200}(tenues?|blouses?|vetements? de "
     r"travail|uniformes?|tabliers?)|(tenues?|blouses?|vetements de travail|uniformes?|"
     r"tabliers?)[^?]{0,200}(laver|lavage|nettoy\w*|lessives?)",
     "vêtements de travail fournis gratuitement par l'employeur maintien dans un état "
     "hygiénique satisfaisant entretiens"),
    # ear protection against noise (R4434-7)
    (r"(bruit\w*|decibels?|\bdb\b)[^?]{0,300}(bouchons?|casques?|oreilles?|protection\w*)|"
     r"(bouchons?|casques? anti-?bruit)[^?]{0,200}bruit",
     "protecteurs auditifs individuels mis à la disposition des travailleurs exposition au "
     "bruit"),
    # the health and safety commission's threshold (L2315-36)
    (r"\bcssct\b|commission (de )?sante,? securite",
     "commission santé sécurité et conditions de travail créée dans les entreprises d'au moins "
     "trois cents salariés"),
    # the 2026-12-06ar set: a CSE's term of office (L2314-33)
    (r"(combien de temps|duree|pour combien)[^?]{0,100}(mandats?|elus?)|mandats?[^?]{0,100}"
     r"(terme|fin|expir\w*|renouvel\w*|prolong\w*)",
     "membres de la délégation du personnel élus pour quatre ans"),
    # the CSE's social activities for trainees and families (L2312-78)
    (r"(activites sociales|cheques? vacances|billetterie|cheques? cadeaux|oeuvres sociales)"
     r"[^?]{0,300}(stagiaires?|familles?)",
     "activités sociales et culturelles prioritairement au bénéfice des salariés de leur "
     "famille et des stagiaires"),
    # the sexual-harassment referent (L1153-5-1); the CSE's own is L2314-1's
    (rf"(?s)^(?!.*({_CSE_REFERENT})).*("
     r"(harcel\w*|sexis\w*|allusions|remarques (sexistes|deplacees))[^?]{0,400}(referent|"
     r"personne chargee|a qui (je pourrais |je peux )?(m'adresser|en parler|parler))|"
     r"(referent|a qui (en )?parler)[^?]{0,300}(harcel|sexis))",
     "référent chargé d'orienter d'informer et d'accompagner les salariés en matière de lutte "
     "contre le harcèlement sexuel"),
    # what a payslip must say (R3243-1)
    (r"(fiche|bulletin)s? de (paie|salaire)[^?]{0,300}((doit|doivent) (obligatoirement )?"
     r"(figurer|contenir|comporter|mentionner)|mentions (obligatoires|legales)|(ni|pas) (le nom "
     r"de )?(la|ma) (convention collective|classification|coefficient))|(doit|doivent) "
     r"(obligatoirement )?(figurer|contenir|comporter|mentionner)[^?]{0,60}(fiche|bulletin)s? "
     r"de (paie|salaire)",
     "le bulletin de paie comporte l'intitulé de la convention collective la position dans la "
     "classification"),
    # the yearly negotiation on pay (L2242-1, L2242-13)
    (PAY_NEGOTIATION,
     "négociation obligatoire en entreprise sur la rémunération le temps de travail et le "
     "partage de la valeur ajoutée"),
    # a union delegate's appointment by the candidate's score (L2143-3); not an agreement
    # signed by a union with its share of the votes (L2232-12, the 2026-12-06ay set)
    (r"(?s)^(?!.*(signer|signe|signataire)\w* (un |l'|cet )?accord)(?=.*("
     r"\d+ ?%[^?]{0,200}(delegu\w* syndica|designer)|(delegu\w* syndica\w*|designer)"
     r"[^?]{0,200}\d+ ?%))",
     "désigne parmi les candidats aux élections professionnelles qui ont recueilli à titre "
     "personnel au moins 10 % des suffrages exprimés"),
    # the employee named for prevention (L4644-1)
    (r"(designer|nommer)[^?]{0,100}(quelqu'un|un salarie|une personne|un referent)[^?]{0,100}"
     r"(prevention|securite|risques)",
     "l'employeur désigne un ou plusieurs salariés compétents pour s'occuper des activités de "
     "protection et de prévention des risques professionnels"),
    # no trial period after an apprenticeship in the same firm (L6222-16)
    (r"(fin|termine\w*|apres|finis?) (de )?(mon |son |l'|ton |sa )?apprentissage[^?]{0,300}"
     r"essai",
     "contrat d'apprentissage suivi d'un contrat de travail dans la même entreprise aucune "
     "période d'essai ne peut être imposée"),
    # daylight at work (R4223-3)
    (DAYLIGHT,
     "les locaux de travail disposent autant que possible d'une lumière naturelle suffisante"),
    # a temp paid less than the user firm's staff (L1251-18)
    (r"interim\w*[^?]{0,300}(moins (bien )?paye|paye moins|payer moins|de plus par mois)",
     "la rémunération perçue par le salarié temporaire ne peut être inférieure à celle prévue "
     "au contrat de mise à disposition"),
    # the 2026-12-06as set: joining an occupational health service (L4622-1)
    (r"(sante au travail|medecine du travail)[^?]{0,200}(cotisation|adherer|adhesion)|"
     r"(cotisation|adherer|adhesion)[^?]{0,200}(sante au travail|medecine du travail)",
     "les employeurs organisent des services de prévention et de santé au travail"),
    # private questions asked by the employer (L1222-2)
    (r"(questionnaire|questions|renseignements)[^?]{0,300}(situation de famille|religion|"
     r"vie privee|facebook|instagram|reseaux sociaux)",
     "les informations demandées à un salarié ne peuvent avoir comme finalité que d'apprécier "
     "ses aptitudes professionnelles"),
    # when a firm may take temps (L1251-6); not a permanent post filled by temps (aj10)
    (r"(recourir|faire appel|prendre)[^?]{0,60}interim\w*[^?]{0,300}(pic|surcroit|commandes|"
     r"fetes|saison)|dans quels cas[^?]{0,100}interim",
     "cas de recours au travail temporaire accroissement temporaire de l'activité"),
    # the buyer bound by the seller's debts to the staff (L1224-2)
    (r"(vendue?|rachetee?|repreneur|nouveau proprietaire)[^?]{0,300}(devait|dues?|dettes?|"
     r"pas (son|mon) probleme|avant lui)",
     "le nouvel employeur est tenu aux obligations qui incombaient à l'ancien employeur"),
    # too few toilets (R4228-10)
    (TOILETS,
     "un cabinet d'aisance et un urinoir pour vingt hommes et deux cabinets pour vingt femmes"),
    # the CSE's accountant (L2315-88); not the firm's own (ab09, ae03)
    (r"(\bcse\b|comite)[^?]{0,300}expert|expert[^?]{0,300}(\bcse\b|comite)",
     "le comité social et économique peut décider de recourir à un expert-comptable "
     "situation économique et financière"),
    # temps after an economic dismissal (L1251-9)
    (r"motif economique[^?]{0,300}interim|interim\w*[^?]{0,300}motif economique|"
     r"licenci\w*[^?]{0,60}econom\w*[^?]{0,300}interim",
     "dans les six mois suivant un licenciement pour motif économique interdit de faire appel "
     "à un salarié temporaire"),
    # showers for dirty work (R4228-8)
    (SHOWERS,
     "douches mises à la disposition des travailleurs travaux insalubres et salissants"),
    # the legal working week (L3121-27)
    (r"duree legale|35 heures en france|(39|37|38) ?(h|heures)[^?]{0,200}35 ?(h|heures)",
     "la durée légale de travail effectif des salariés à temps complet est fixée à trente-cinq "
     "heures par semaine"),
    # paternity leave split or taken late (D1225-8)
    (r"conge (de )?paternite[^?]{0,300}(fraction\w*|plusieurs fois|en deux fois|deux periodes|"
     r"jusqu'a quand)",
     "congé de paternité pris dans les six mois suivant la naissance fractionné en deux "
     "périodes d'une durée minimale de cinq jours"),
    # a paternity leave announced late: its notice (D1225-8, L1225-35; da06 of 2026-12-08)
    (r"conge (de )?paternite[^?]{0,300}(prevenir|prevenu|prevenance|delai|a l'avance|informer|"
     r"decaler|reporter)|(prevenir|prevenu|prevenance|a l'avance|informe)[^?]{0,200}conge (de )?"
     r"paternite",
     "le salarié informe son employeur des dates de prise et des durées des périodes de congé "
     "au moins un mois avant le début"),
    # sanctioning a harasser (L1153-6), the employer's question
    (r"(?s)(harcel\w*|sexuel\w*).*(quelles? sanctions?|pouvons-nous (le |la )?(sanctionner|"
     r"licencier)|(sanctionner|licencier) (ce|cet|cette|le|la) (salariee?|chef|collegue|"
     r"responsable|manager))",
     "salarié ayant procédé à des faits de harcèlement sexuel passible d'une sanction "
     "disciplinaire"),
    # an agreement in a firm with no union delegate (L2232-21)
    (r"accord[^?.]{0,40}(signe|conclu|negocie) (par|avec) (un |les |des )?(syndicat|delegue)|"
     r"(sans|pas de|ni|aucun) (de )?(delegue syndical|syndicat)[^?]{0,200}(accord[^?]{0,40}"
     r"valable|(signer|conclure|adopter|mettre en place) (un |cet |notre )?accord)",
     "entreprises dépourvues de délégué syndical l'employeur peut proposer un projet d'accord "
     "aux salariés consultation du personnel"),
    # a work accident's leave counts for seniority (L1226-7)
    (r"(accident du travail|maladie professionnelle)[^?]{0,300}anciennete|anciennete[^?]{0,300}"
     r"(accident du travail|maladie professionnelle)",
     "durée des périodes de suspension prise en compte pour la détermination des avantages liés "
     "à l'ancienneté"),
    # a CDD ends on its date, sick leave or not (L1243-6); not the sick leave of the employee
    # a CDD replaces (the 2026-12-07bt set)
    (r"(?s)^(?!.*\brempla).*(\bcdd\b[^?]{0,200}(arret maladie|arret de travail|en arret)"
     r"[^?]{0,200}(prolong|s'arrete|termine|fin)|(arret maladie|en arret)[^?]{0,200}\bcdd\b"
     r"[^?]{0,100}(prolong|s'arrete|termine|fin))",
     "la suspension du contrat de travail à durée déterminée ne fait pas obstacle à l'échéance "
     "du terme"),
    # who may be an apprentice's master (L6223-8-1, R6223-22)
    (r"(etre|devenir|qui peut etre|conditions)[^?]{0,80}maitre d'apprentissage|"
     r"maitre d'apprentissage[^?]{0,120}(conditions|diplome|experience)",
     "le maître d'apprentissage doit être salarié de l'entreprise volontaire majeur "
     "garanties de moralité l'employeur peut remplir cette fonction"),
    # delegation hours kept for a later month (R2315-5), shared with a substitute (R2315-6)
    (r"heures de delegation[^?]{0,200}(garder|reporter|report|cumul|mois (prochain|suivant))|"
     r"(garder|reporter|cumuler)[^?]{0,80}heures[^?]{0,80}delegation",
     "crédit d'heures de délégation utilisé cumulativement dans la limite de douze mois"),
    (r"(donner|ceder|transferer|partager|repartir)[^?]{0,60}(supplean|autres? elus?)|"
     r"heures de delegation[^?]{0,200}supplean",
     "répartition des heures entre les membres de la délégation du personnel"),
    # a CSE not convened, its documents withheld (L2317-1)
    (r"(cse|comite)[^?]{0,200}(ne (convoque|reunit) plus|jamais (convoque|reuni)|aucune reunion|"
     r"refuse de (nous )?(transmettre|communiquer|donner|fournir))|(ne (convoque|reunit) plus|"
     r"aucune reunion)[^?]{0,100}(cse|comite)",
     "entrave au fonctionnement régulier du comité social et économique"),
    # a denounced agreement goes on for a year (L2261-10, L2261-13)
    (r"denonc\w*[^?]{0,100}accord|accord[^?]{0,100}denonc",
     "la convention ou l'accord dénoncé continue de produire effet pendant une durée d'un an à "
     "compter de l'expiration du délai de préavis"),
    # which agreement applies, where to read it (R2262-1, R2262-3)
    (r"convention collective[^?]{0,200}(consulter|affich|montrer|communiquer|disposition|"
     r"ne me (dit|repond)|ca ne me regarde)|(consulter|affiche|montrer|communiquer|me dire)"
     r"[^?]{0,100}convention collective",
     "l'employeur informe le salarié des conventions et accords collectifs applicables textes "
     "tenus à la disposition des salariés sur le lieu de travail"),
    # paid leave saved in a time-savings account (L3151-2)
    (r"compte epargne[- ]temps[^?]{0,200}(conges payes|semaines? de conges|cinquieme semaine)|"
     r"(conges payes|cinquieme semaine)[^?]{0,200}compte epargne[- ]temps",
     "le congé annuel ne peut être affecté au compte épargne-temps que pour sa durée excédant "
     "vingt-quatre jours ouvrables"),
    # the scale set aside for a void dismissal (L1235-3-1)
    (r"(?s)(bareme|plafonn\w*).*(harcel|discrimin|temoign|lanceur d'alerte|enceinte|greve)|"
     r"(?s:(harcel|discrimin|temoign|lanceur d'alerte|enceinte|greve).*(bareme|plafonn))",
     "l'article L. 1235-3 n'est pas applicable lorsque le juge constate que le licenciement est "
     "entaché d'une des nullités"),
    # reconversion or promotion by alternance, staying in one's job (L6324-1)
    (r"(reconversion|promotion) (ou (de )?promotion )?par (l')?alternance|alternance[^?]{0,100}"
     r"(sans (quitter|demissionner)|en cdi|mon cdi)|\bpro-?a\b",
     "période de reconversion mobilité professionnelle interne ou externe à l'entreprise"),
    # a risk reported before the accident (L4131-4)
    (r"(?s)(signale|prevenu|averti|alerte|ecrit a)\w*[^?]{0,150}(casse|danger|risque|"
     r"defectueu)\w*.*(accident|tombe|blesse)",
     "faute inexcusable de l'employeur de droit risque signalé à l'employeur"),
    # union news by the firm's email (L2142-6)
    (r"(?s)^(?=.*(syndica|tracts?)).*(envoyer|diffuser|transmettre|utiliser|par) (ses |nos |des |"
     rf"les |la |sa )?(\w+ )?(\w+ )?{_DIGITAL}\b",
     "diffusion des informations syndicales au moyen des outils numériques disponibles dans "
     "l'entreprise"),
    # a part-timer's hours worked above the contract week after week (L3123-13)
    (r"(?s)temps partiel.*(chaque semaine|toutes les semaines|depuis \w+ (mois|semaines)).*"
     r"(modifi\w*|passer a|augment\w*|revu)",
     "horaire moyen réellement accompli dépassé de deux heures au moins par semaine pendant "
     "douze semaines consécutives horaire prévu dans le contrat modifié"),
    # a CDD told of the firm's CDI posts (L1242-17)
    (r"\bcdd\b[^?]{0,200}postes? (en|de) cdi|postes? (en|de) cdi[^?]{0,200}\bcdd\b",
     "l'employeur informe le salarié titulaire d'un contrat à durée déterminée des postes en "
     "contrat à durée indéterminée à pourvoir"),
    # hours counted for each when schedules differ (L3171-2, D3171-8)
    (r"(horaires? (differents|individuels?|variables?)|pas le meme horaire)[^?]{0,300}"
     r"(decompte|note|enregistr)\w*|(decompte|enregistr)\w*[^?]{0,100}heures[^?]{0,200}"
     r"horaires? differents",
     "salariés ne travaillent pas selon le même horaire collectif l'employeur établit les "
     "documents nécessaires au décompte de la durée de travail"),
    # which agreement for a firm with two activities (L2261-2)
    (r"(deux|plusieurs) activites[^?]{0,200}convention|convention[^?]{0,200}(deux|plusieurs) "
     r"activites|activite principale",
     "la convention collective applicable est celle dont relève l'activité principale exercée "
     "par l'employeur"),
    # a representative's free movement in the firm (L2315-14)
    (r"(?s)^(?=.*\b(elue?|delegue|mandat|cse)\b).*(interdit|empeche|refuse|pas le droit)\w*"
     r"[^?.]{0,60}(circuler|me deplacer|me rendre|aller voir)|(circuler|se deplacer) "
     r"(librement )?dans l'entreprise",
     "circuler librement dans l'entreprise et y prendre tous contacts nécessaires à "
     "l'accomplissement de leur mission"),
    # a suspension (unpaid leave) and the dismissal indemnity (L1234-11)
    (r"(conge sans solde|conge parental|conge sabbatique|suspension)[^?]{0,300}indemnite de "
     r"licenciement|indemnite de licenciement[^?]{0,300}(conge sans solde|conge sabbatique)",
     "la période de suspension n'entre pas en compte pour la détermination de la durée "
     "d'ancienneté indemnité de licenciement"),
    # a pregnant employee exposed to a risk: another post (L1225-12)
    (r"(enceinte|grossesse)[^?]{0,300}(toxiques?|chimiques?|solvants?|radiations?|"
     r"rayonnements?|plomb|expos\w*)|(toxiques?|chimiques?|solvants?|rayonnements?)[^?]{0,300}"
     r"(enceinte|grossesse)",
     "l'employeur propose à la salariée qui occupe un poste de travail l'exposant à des risques "
     "un autre emploi compatible avec son état"),
    # a private employer's activity taken over by a public body (L1224-3)
    (r"\b(la|notre|une) (commune|mairie|ville|collectivite|communaute de communes|metropole)\b"
     r"[^?]{0,100}(reprend\w*|reprise|en regie)|(reprend\w*|reprise|en regie)[^?]{0,40}\bpar "
     r"(la|une) (commune|mairie|ville|collectivite)\b",
     "activité reprise par une personne publique dans le cadre d'un service public administratif "
     "proposer à ces salariés un contrat de droit public"),
    # a miscarriage (L1225-4-3)
    (r"fausses? couches?", "interruption spontanée de grossesse"),
    # voting online (L2314-26, R2314-5)
    (r"vot\w* (par|sur) internet|vote (en ligne|a distance)|"
     r"voter (en ligne|a distance)",
     "l'élection peut avoir lieu par vote électronique si un accord d'entreprise ou à défaut "
     "l'employeur le prévoit"),
    # fire drills (R4227-39)
    (r"exercices? d'evacuation|evacuation[^?]{0,60}incendie|exercices? (d')?incendie",
     "consigne de sécurité incendie exercices au cours desquels les travailleurs apprennent à "
     "reconnaître le signal sonore d'alarme générale"),
    # one CSE or one per shop (L2313-4)
    (r"(plusieurs|deux|trois|quatre|cinq|\d+) (magasins|sites|etablissements|agences|usines|"
     r"boutiques)[^?]{0,300}(\bcse\b|comite social)|(\bcse\b|comite social)[^?]{0,200}(par|"
     r"chaque) (magasin|site|etablissement|agence|usine|boutique)",
     "l'employeur fixe le nombre et le périmètre des établissements distincts autonomie de "
     "gestion du responsable de l'établissement"),
    # spouses at the same firm take their leave together (L3141-14)
    (r"(mon mari|ma femme|mon conjoint|mon epou\w*|ma compagne|mon compagnon|pacse)[^?]{0,200}"
     r"(meme entreprise|meme societe)[^?]{0,300}conges|conges[^?]{0,200}en meme temps que "
     r"(mon|ma) (mari|femme|conjoint|epou\w*|compagn\w*)",
     "les conjoints et les partenaires liés par un pacte civil de solidarité travaillant dans "
     "une même entreprise ont droit à un congé simultané"),
    # a company agreement below the branch's (L2253-3)
    (r"accord d'entreprise[^?]{0,300}(branche|convention collective)[^?]{0,200}(moins favorable|"
     r"inferieur|lequel s'applique)|(moins favorable|inferieur\w*) (que|a) (la |notre )?"
     r"(branche|convention)",
     "les stipulations de la convention d'entreprise prévalent sur celles ayant le même objet "
     "prévues par la convention de branche"),
    # on-call duty announced late (R3121-3)
    (r"astreintes?[^?]{0,200}(prevenu|prevenir|previent|annonce)\w*[^?]{0,60}(veille|dernier "
     r"moment|a l'avance)|(combien de temps|delai)[^?]{0,60}(a l'avance|prevenir)[^?]{0,100}"
     r"astreinte|(prevenu|previent|annonce)\w*[^?]{0,40}(la veille|au dernier moment)[^?]{0,60}"
     r"astreinte",
     "programmation individuelle des périodes d'astreinte délais de prévenance quinze jours"),
    # a part-timer refusing a new spread of the week (L3123-12)
    (r"temps partiel[^?]{0,300}(changer|modifier|changement|modification|desormais)[^?]{0,100}"
     r"(jours|horaires|repartition)[^?]{0,300}(refuser|refus)",
     "le refus du salarié d'accepter la modification de la répartition de sa durée de travail "
     "ne constitue pas une faute ou un motif de licenciement"),
    # contesting the occupational doctor's opinion (L4624-7, R4624-45)
    (r"contest\w*[^?]{0,80}(avis|decision|inaptitude)[^?]{0,80}medecin du travail|(avis|"
     r"inaptitude)[^?]{0,80}medecin du travail[^?]{0,200}contest",
     "contestation portant sur les avis du médecin du travail conseil de prud'hommes procédure "
     "accélérée au fond"),
    # a CDI with no written document at all (L1221-5-1); a CDD's writing is L1242-12's
    (rf"(?s)^(?!.*\bcdd\b).*({NOTHING_SIGNED}|\bcdi\b[^?]{{0,60}}"
     r"(pas besoin d'etre|sans) (ecrit|contrat))",
     "l'employeur remet au salarié des documents écrits contenant les informations principales "
     "relatives à la relation de travail"),
    # profit-sharing paid late (L3314-9)
    (r"interessement[^?]{0,300}(pas (encore |toujours )?(ete )?(versee?|payee?|touchee?)|"
     r"toujours rien|rien touche|en retard|date limite)|(date limite|delai|jusqu'a quand)[^?]{0,80}"
     r"(verser|versement|payer|paiement)[^?]{0,60}interessement",
     "somme versée en application de l'accord d'intéressement au-delà du dernier jour du "
     "cinquième mois suivant la clôture de l'exercice intérêt de retard"),
    # what wage portage requires of the worker and of the portage firm (L1254-2)
    (r"(portage salarial|salariee? portee?|(societe|entreprise) de portage)[^?]{0,300}"
     r"(conditions?|salaire minimum|remuneration minimale|trouver des missions|fournir (du "
     r"travail|des missions))",
     "le salarié porté justifie d'une expertise, d'une qualification et d'une autonomie "
     "rémunération minimale l'entreprise de portage n'est pas tenue de fournir du travail"),
    # the employee who ends the contract for the employer's faults (L1451-1)
    (r"\b(prendre|pris|prise d') acte\b[^?]{0,40}(de la |de )?rupture",
     "demande de qualification de la rupture du contrat de travail à l'initiative du salarié en "
     "raison de faits qu'il reproche à son employeur bureau de jugement délai d'un mois"),
    # hours of presence counted as fewer hours of work (L3121-13)
    (r"(regime|horaires?|heures|duree) d'equivalence|periodes? d'inaction",
     "le régime d'équivalence constitue un mode spécifique de détermination du temps de travail "
     "effectif et de sa rémunération périodes d'inaction"),
    # contesting the firm's election (L2314-32, R2314-24)
    (r"(contest\w*|annuler|annulation)[^?]{0,80}(l'election|les elections|resultats? (des|de l') "
     r"elections?|scrutin)",
     "contestation portant sur la régularité de l'élection requête tribunal judiciaire "
     "recevable quinze jours suivant cette élection"),
    # the union's representative at the CSE (L2314-2)
    (r"representante?s? syndica\w* (au|du) (cse|comite)",
     "représentant syndical au comité assiste aux séances avec voix consultative choisi parmi "
     "les membres du personnel conditions d'éligibilité"),
    # a union not representative in the firm (L2142-1-1)
    (r"(syndicat|section)[^?]{0,150}(pas|non) representati\w*[^?]{0,200}(designer|representer|"
     r"representant)",
     "syndicat non représentatif qui constitue une section syndicale peut désigner un "
     "représentant de la section syndicale mêmes prérogatives que le délégué syndical à "
     "l'exception du pouvoir de négocier"),
    # a CSE member who sees the employees' rights or freedoms infringed (L2312-59); cameras
    # set up without the CSE consulted are L2312-38's
    (r"(?s)^(?!.*consult).*(elue?s?|membres?) (au|du) (cse|comite)[^?]{0,400}(cameras?\b|filme|"
     r"videosurveillance|vie privee|libertes? individuelles?|atteinte)",
     "atteinte aux droits des personnes, à leur santé physique et mentale ou aux libertés "
     "individuelles le membre de la délégation du personnel en saisit immédiatement "
     "l'employeur enquête"),
    # the CSE's database (L2312-18)
    (r"base de donnees|\bbdese?\b",
     "base de données économiques, sociales et environnementales rassemble l'ensemble des "
     "informations nécessaires aux consultations et informations récurrentes"),
    # what a year credits to the training account, part-time included (L6323-11, R6323-1)
    (rf"({CPF})[^?]{{0,300}}(temps partiel|mi-temps|par an\b|plafond|alimente|credite|combien "
     rf"d'euros|500 euros)|(temps partiel|mi-temps)[^?]{{0,300}}({CPF})",
     "compte personnel de formation du salarié ayant effectué une durée de travail supérieure "
     "ou égale à la moitié de la durée légale alimenté à hauteur de 500 euros plafond"),
    # the harassment referent the CSE chooses (L2314-1)
    (_CSE_REFERENT,
     "référent désigné par le comité social et économique parmi ses membres résolution pour une "
     "durée qui prend fin avec celle du mandat des membres élus"),
    # the 2026-12-06ay set
    # an unfit employee neither redeployed nor dismissed, left unpaid (L1226-4; L1226-11 after
    # a work accident, which the situations tell apart)
    (r"(inapte|inaptitude)[^?]{0,300}(plus (rien|de salaire|paye|payee)|sans (salaire|"
     r"remuneration)|ne (me|lui) verse plus|ne (me|lui) paie plus|plus aucun salaire)|(plus "
     r"(paye|payee)|sans salaire)[^?]{0,200}(inapte|inaptitude)",
     "à l'issue d'un délai d'un mois à compter de l'examen médical de reprise le salarié "
     "déclaré inapte n'est pas reclassé ni licencié l'employeur lui verse le salaire "
     "correspondant à l'emploi qu'il occupait"),
    # an apprentice expelled by the CFA (L6222-18-1)
    (r"apprenti[^?]{0,300}(exclu\w*|renvoye\w*)[^?]{0,80}(cfa|centre de formation|ecole)|(c"
     r"fa|centre de formation)[^?]{0,120}(exclu|renvoy)\w*[^?]{0,100}apprenti",
     "exclusion définitive de l'apprenti par le centre de formation d'apprentis l'employeur "
     "peut engager une procédure de licenciement cause réelle et sérieuse"),
    # how many apprentices one master trains at once (R6223-6)
    (r"(combien|nombre|trois|plusieurs|deux|\d)[^?]{0,40}apprenti\w*[^?]{0,60}(en meme temp"
     r"s|simultanement|a la fois|maximum)|(puis-je|peut-on|ai-je le droit d')[^?]{0,30}(acc"
     r"ueillir|prendre|former|avoir) (trois|quatre|\d|plusieurs) apprenti",
     "nombre maximal d'apprentis pouvant être accueillis simultanément deux par maître "
     "d'apprentissage"),
    # a yearly hours package (L3121-56)
    (r"forfaits? (annuels? )?en heures|forfait[^?]{0,20}heures sur l'annee",
     "peuvent conclure une convention individuelle de forfait en heures sur l'année les "
     "cadres dont la nature des fonctions ne les conduit pas à suivre l'horaire collectif "
     "les salariés qui disposent d'une réelle autonomie dans l'organisation de leur emploi "
     "du temps"),
    # the CESU (L1271-1)
    (r"(cheque|titre) emploi[- ]service|\bcesu\b",
     "le chèque emploi-service universel est un titre emploi ou un titre spécial de paiement "
     "déclarer les salariés rémunération des salariés occupant des emplois entrant dans "
     "le champ des services à la personne"),
    # an agreement signed with the CSE's members where there is no union delegate (L2232-23-1)
    (r"(?s)^(?=.*\b(elus?|membres?) (du|au) cse\b).*((pas de|sans|aucun) delegue syndical[^"
     r"?]{0,300}(accord|negocier|signer)|(accord|negocier|signer)[^?]{0,200}(elus?|membres?"
     r") (du|au) cse)",
     "entreprises dont l'effectif habituel est compris entre onze et moins de cinquante "
     "salariés en l'absence de délégué syndical accords négociés et conclus par un ou des "
     "membres titulaires de la délégation du personnel du comité social et économique"),
    # whether an agreement signed by a union with such a share of the votes is valid (L2232-12)
    (r"(?s)^(?=.*\d+ ?% (des voix|des suffrages|aux (dernieres )?elections)).*(accord[^?]{0"
     r",200}(signe|signataire)|accord[^?]{0,100}(valable|valide))",
     "validité d'un accord d'entreprise subordonnée à sa signature par des organisations "
     "syndicales représentatives ayant recueilli plus de 50 % des suffrages exprimés consultation "
     "des salariés plus de 30 %"),
    # an agreement that does not say how long it lasts (L2222-4)
    (r"accord[^?]{0,150}(ne (precise|dit|prevoit) (pas|rien)[^?]{0,20}(sur )?sa duree|sans "
     r"limite de temps|indefiniment|a expire)|duree (de l'|d'un |de notre |de cet |du )acco"
     r"rd",
     "à défaut de stipulation de la convention ou de l'accord sur sa durée, celle-ci est "
     "fixée à cinq ans l'accord arrivé à expiration cesse de produire ses effets"),
    # the CSE's room and equipment (L2315-25)
    (r"(cse|comite|elus)[^?]{0,300}(un local|une salle|aucun endroit|un bureau|du materiel|"
     r"ranger nos documents)|(local|salle) (du|pour le) cse",
     "l'employeur met à la disposition du comité social et économique un local aménagé "
     "et le matériel nécessaire à l'exercice de ses fonctions"),
    # no candidate at the election (L2314-9)
    (r"(aucun|pas de|sans) candidat|personne ne s'est (porte|presente)e? candidat|(pv|proce"
     r"s-verbal) de carence",
     "lorsque le comité social et économique n'a pas été mis en place un procès-verbal "
     "de carence est établi par l'employeur transmis dans les quinze jours à l'agent de "
     "contrôle de l'inspection du travail"),
    # an elected member's CDD that ends (L2421-8)
    (r"(elue?|mandat|protegee?|membre du cse)[^?]{0,300}\bcdd\b[^?]{0,200}(termine|fin|reno"
     r"uvel|terme)|\b(mon|son|ma|sa) (cdd|contrat a duree determinee)\b[^?]{0,300}(elue? (au|du) "
     r"cse|mon mandat|salariee? protegee?)",
     "l'arrivée du terme du contrat de travail à durée déterminée du salarié protégé n'entraîne "
     "sa rupture qu'après constatation par l'inspecteur du travail que le salarié ne fait "
     "pas l'objet d'une mesure discriminatoire"),
    # a night worker's visit before taking the post (R4624-18); not the follow-up years on
    # (L3122-11, am08)
    (r"(?s)^(?!.*depuis (\d+|un|deux|trois|plusieurs) ans)(?=.*(embauch|je commence|j'ai co"
     r"mmence|avant (mon|de commencer|l'affectation)|prealable)).*((poste de nuit|travail d"
     r"e nuit|travailleu\w* de nuit|de nuit de \d)[^?]{0,300}(visite|medecin|sante au trava"
     r"il)|(visite|medecin du travail|sante au travail)[^?]{0,200}(travail de nuit|poste de"
     r" nuit|travailleu\w* de nuit))",
     "tout travailleur de nuit bénéficie d'une visite d'information et de prévention préalablement "
     "à son affectation sur le poste"),
    # the 2026-12-06az set
    # the pay a dismissal indemnity is reckoned on (R1234-4)
    (r"(quel|sur quel|quelle base de) salaire[^?]{0,120}indemnite de licenciement|indemnite"
     r" de licenciement[^?]{0,120}(quel salaire|salaire de reference|moyenne)",
     "salaire à prendre en considération pour le calcul de l'indemnité de licenciement "
     "moyenne mensuelle des douze derniers mois tiers des trois derniers mois formule "
     "la plus avantageuse"),
    # what an economic dismissal letter must say (L1233-16)
    (r"lettre de licenciement (pour (motif |raison )?)?economique[^?]{0,300}(contenir|menti"
     r"onner|mentions|explication|priorite)|(contenir|mentionner|mentions)[^?]{0,80}lettre "
     r"de licenciement (pour (motif )?)?economique",
     "la lettre de licenciement comporte l'énoncé des motifs économiques invoqués par "
     "l'employeur elle mentionne la priorité de réembauche"),
    # a ladder as a workstation (R4323-63)
    (r"\b(echelles?|escabeaux?|marchepieds?)\b[^?]{0,200}(journee|journees|poste de travail"
     r"|travailler|des heures)|(journee|journees|travailler)[^?]{0,100}\bsur (une|un|des) ("
     r"echelles?|escabeaux?)",
     "interdit d'utiliser les échelles, escabeaux et marchepieds comme poste de travail "
     "travaux de courte durée ne présentant pas un caractère répétitif"),
    # driving a forklift or other machine (R4323-56)
    (r"(conduire|conduite|conduis)[^?]{0,60}(chariots?( elevateurs?)?|transpalettes? electr"
     r"iques?|nacelles?|engins?|grues?)\b|\b(caces|autorisation de conduite)\b",
     "la conduite de certains équipements présentant des risques particuliers est subordonnée "
     "à l'obtention d'une autorisation de conduite délivrée par l'employeur"),
    # a union section's monthly meeting and its outside guests (L2142-10)
    (r"section syndicale[^?]{0,300}(reunir|reunion|reunissons)[^?]{0,300}(inviter|personnal"
     r"ite|exterieur|responsable de (notre|l')|union)",
     "les adhérents de chaque section syndicale peuvent se réunir une fois par mois dans "
     "l'enceinte de l'entreprise inviter des personnalités syndicales extérieures"),
    # the defence and citizenship day (L3142-97)
    (r"journee (defense et citoyennete|d'appel)|\bjdc\b|appel de preparation a la defense",
     "tout salarié âgé de seize à vingt-cinq ans qui participe à l'appel de préparation "
     "à la défense bénéficie d'une autorisation d'absence exceptionnelle d'un jour pas "
     "de réduction de rémunération"),
    # the end-of-career visit after exposure (L4624-2-1)
    (r"(retraite|fin de carriere|cessation)[^?]{0,300}(visite|medecin|suivi)[^?]{0,200}(exp"
     r"osition|amiante|expose|trace)|(expos\w+|amiante)[^?]{0,300}(visite|medecin)[^?]{0,10"
     r"0}(avant de partir|retraite|fin de carriere)",
     "visite médicale après la cessation de leur exposition à des risques particuliers "
     "ou avant leur départ à la retraite traçabilité et état des lieux des expositions"),
    # telling the administration of fewer than ten economic dismissals (L1233-19)
    (r"licenci\w* (\w+ )?(salaries )?pour (motif|raisons?) economiques?[^?]{0,200}(informer"
     r"|prevenir|declarer|signaler)[^?]{0,40}(l'administration|dreets|direccte|inspection|l"
     r"'etat)",
     "l'employeur qui procède à un licenciement collectif pour motif économique de moins "
     "de dix salariés dans une même période de trente jours informe l'autorité administrative"),
    # the 2026-12-06ba set
    # a temp or a CDD on a dangerous post without training (L4154-2)
    (r"(interimaire|\bcdd\b|interim|stagiaire)[^?]{0,300}(dangereu\w*|risques? particuliers"
     r"|a risques?)[^?]{0,200}(form\w*|explication|accueil)|(form\w*|explication)[^?]{0,200"
     r"}(dangereu\w*|a risques?)[^?]{0,200}(interimaire|\bcdd\b)",
     "salariés titulaires d'un contrat de travail à durée déterminée et salariés temporaires "
     "affectés à des postes de travail présentant des risques particuliers bénéficient "
     "d'une formation renforcée à la sécurité"),
    # a former CSE member's protection (L2411-5)
    (r"(ancien(ne)? (elue?|membre du cse)|mandat\b[^?.]{0,20}(a pris fin|s'est termine|est "
     r"termine|a expire|a cesse)|ne me suis pas (re)?presentee?|plus elue?)[^?]{0,300}"
     r"(protege\w*|protection|licenci\w*)",
     "l'ancien membre élu de la délégation du personnel du comité social et économique "
     "bénéficie de la protection pendant les six premiers mois suivant l'expiration de "
     "son mandat autorisation de l'inspecteur du travail"),
    # a lone worker (R4543-19)
    (r"(travaille|suis|reste)\w* seule?s?\b[^?]{0,200}(alerter|prevenir|appeler|secours|mal"
     r"aise|alarme|accident)|travailleu\w* isolee?s?|travail isole",
     "un travailleur isolé doit pouvoir signaler toute situation de détresse et être secouru "
     "dans les meilleurs délais"),
    # the numbers to post at the workplace (D4711-1)
    (r"affich\w*[^?]{0,200}(inspection du travail|inspecteur du travail|medecin du travail|"
     r"medecine du travail|numeros? (obligatoires|d'urgence)|secours d'urgence)|(coordonnees|"
     r"adresse|numeros?)[^?]{0,100}(inspection du travail|medecin du travail|secours)[^?]{0,100}"
     r"affich",
     "l'employeur affiche dans des locaux normalement accessibles aux travailleurs l'adresse et "
     "le numéro d'appel du médecin du travail des services de secours d'urgence de l'inspection "
     "du travail"),
    # the 2026-12-06bb set
    # a length of service required for profit-sharing (L3342-1)
    (r"(interessement|participation|epargne salariale|plan d'epargne|\bpee\b)[^?]{0,300}"
     r"anciennete|anciennete[^?]{0,200}(interessement|participation|epargne salariale)",
     "condition d'ancienneté dans l'entreprise pour l'intéressement la participation les plans "
     "d'épargne salariale ne peut excéder trois mois"),
    # the prevention account's points for part-time work (L4163-10)
    (r"(compte professionnel de prevention|points? (de )?penibilite|\bc2p\b)[^?]{0,300}"
     r"(temps partiel|mi-temps|\d+ ?%|reduction|reduire)",
     "le salarié demande à l'employeur à bénéficier d'une réduction de sa durée de travail "
     "refus motivé réduction impossible compte tenu de l'activité économique de l'entreprise"),
    # a foreign worker without papers let go (L8252-2)
    (r"\bsans (titre de sejour|papiers|autorisation de travail)\b|\bsans-papiers\b",
     "salarié étranger non autorisé à travailler droits au titre de la période d'emploi "
     "illicite indemnité forfaitaire égale à trois mois de salaire"),
    # a written prevention plan with an outside contractor (R4512-7)
    (r"plan de prevention|entreprises? (exterieures?|sous-traitantes?)[^?]{0,200}"
     r"(intervention|intervenir|travaux|maintenance)",
     "plan de prévention établi par écrit et arrêté avant le commencement des travaux "
     "entreprises extérieures nombre total d'heures de travail au moins 400 heures"),
    # the wages of a stop the inspection orders (L4731-5)
    (r"(inspect\w* du travail|inspection)[^?]{0,200}(arret\w* (des|les) (travaux|chantiers?)|"
     r"arret temporaire|fait arreter|ordonne l'arret)",
     "décision d'arrêt temporaire de travaux de l'agent de contrôle de l'inspection du travail "
     "ne peut entraîner aucun préjudice pécuniaire à l'encontre des salariés"),
    # the central CSE and the establishments' (L2316-1)
    (r"\b(cse|comite social et economique|comite) (d'etablissement|central)",
     "comité social et économique central attributions qui excèdent les limites des pouvoirs "
     "des chefs d'établissement seul consulté sur les projets décidés au niveau de "
     "l'entreprise"),
    # an agreement put in question by a merger (L2261-14)
    (r"(fusion|absorbee?|absorption|rachetee?|cession|scission)[^?]{0,300}(ancienne |notre "
     r"|leur )?convention collective|convention collective[^?]{0,200}(fusion|absorbee?|"
     r"absorption)",
     "convention ou accord mis en cause fusion cession continue de produire effet jusqu'à "
     "l'entrée en vigueur de la convention qui lui est substituée ou pendant un an"),
    # profit-sharing paid at once rather than held (L3324-10)
    (r"participation[^?]{0,300}(versee?|payee?|toucher|percevoir|recevoir)[^?]{0,40}"
     r"(directement|immediatement|tout de suite|maintenant|au lieu)",
     "droits de participation exigibles à l'expiration d'un délai de cinq ans sauf si le "
     "salarié demande le versement de tout ou partie des sommes"),
    # ten dismissals or more in 30 days: a job-saving plan (L1233-61)
    (r"\b(licencier|supprimer|suppressions? de|licenciements? de) (environ |pres de |une )?"
     r"(\d{2}|dix|onze|douze|quinze|vingt|dizaine de) (postes|salaries|emplois|personnes)\b",
     "dans les entreprises d'au moins cinquante salariés lorsque le projet de licenciement "
     "concerne au moins dix salariés dans une même période de trente jours l'employeur établit "
     "un plan de sauvegarde de l'emploi"),
    # the 2026-12-06bc set
    # the CSE's economic alert (L2312-63)
    (r"(cse|comite)[^?]{0,300}(expliqu\w*|explications?)[^?]{0,60}(situation|difficultes) "
     r"(economique|financiere)|droit d'alerte economique",
     "droit d'alerte économique du comité social et économique faits de nature à affecter de "
     "manière préoccupante la situation économique de l'entreprise explications de "
     "l'employeur rapport"),
    # founding a union (L2131-3)
    (r"(creer|fonder|monter|creation d'un) (notre |un |mon )?(propre )?syndicat\b",
     "les fondateurs de tout syndicat professionnel déposent les statuts et les noms de ceux "
     "qui sont chargés de l'administration ou de la direction"),
    # filing a company agreement (L2231-6, D2231-4)
    (r"(signe|conclu|signer)[^?]{0,40}\baccord (d'entreprise|collectif)[^?]{0,300}(formalite|"
     r"administration|deposer|depot|envoyer|applicable)|\b(deposer|depot d'un) (un |l'|notre )?"
     r"accord",
     "les conventions et accords font l'objet d'un dépôt accords d'entreprise déposés sur la "
     "plateforme de téléprocédure du ministère du travail"),
    # a protected employee's reinstatement (L2422-1)
    (r"(autorisation|decision)[^?]{0,80}(annulee?|annulation)[^?]{0,300}(poste|reintegr|"
     r"retrouver)|(annule|annulation)[^?]{0,40}(autorisation|decision) (de|du) licenciement",
     "annulation de la décision autorisant le licenciement d'un salarié protégé droit d'être "
     "réintégré dans son emploi s'il le demande dans un délai de deux mois"),
    # fresh air in offices (R4222-1)
    (r"(ventilation|aeration|air)[^?]{0,100}(ne fonctionne (plus|pas)|en panne|etouffant|vicie|"
     r"irrespirable|confine)|sans (ventilation|aeration)|\b(pas|plus) d'aeration",
     "dans les locaux fermés où les travailleurs sont appelés à séjourner l'air est renouvelé "
     "aération ventilation mécanique débit minimal d'air neuf"),
    # a placement fee asked of a job seeker (L5321-3)
    (r"(agence|cabinet|societe)[^?]{0,80}(recrutement|placement|emploi)[^?]{0,300}(payer|verse|"
     r"frais|euros)|(faire payer|frais)[^?]{0,80}(demandeu\w* d'emploi|candidats?)",
     "aucune rétribution ne peut être exigée des personnes à la recherche d'un emploi en "
     "contrepartie de la fourniture de services de placement"),
    # keeping the inspection out (L8114-1)
    (r"(refuse|empeche)\w*[^?]{0,60}(laisser entrer|l'entree|d'entrer)[^?]{0,200}"
     r"(inspect\w*|controle)|inspect\w*[^?]{0,200}(refuse|empeche)\w*[^?]{0,40}"
     r"(entrer|l'entree|acces)|(mentir|cacher)[^?]{0,80}(inspect\w*|controleur)",
     "le fait de faire obstacle à l'accomplissement des devoirs d'un agent de contrôle de "
     "l'inspection du travail est puni"),
    # the VRP's status (L7311-3)
    (r"statut de (vrp|representant)|suis-je (un )?vrp|(etre|suis|serais) (peut-etre )?vrp",
     "est voyageur représentant ou placier toute personne qui travaille pour le compte d'un ou "
     "plusieurs employeurs exerce de façon exclusive et constante une profession de "
     "représentant"),
    # a minor on a machine forbidden to the young (R4153-40)
    (r"(\bmineure?s?\b|\b1[4-7] ans\b(?! d'| de ))[^?]{0,300}(machines? (dangereuses?|"
     r"interdites?)|"
     r"interdit\w* aux mineurs|travaux interdits|scie|raboteuse|toupie|presse)",
     "affecter des jeunes aux travaux interdits susceptibles de dérogation déclaration "
     "évaluation des risques formation à la sécurité encadrement"),
    # the 2026-12-06bd set
    # a committee at the group's level (L2331-1)
    (r"\bcomite de groupe\b|(groupe|holding)[^?]{0,300}(instance|comite|representation)"
     r"[^?]{0,60}(groupe|holding)",
     "un comité de groupe est constitué au sein du groupe formé par une entreprise dominante et "
     "les entreprises qu'elle contrôle"),
    # proximity representatives (L2313-7)
    (r"representants? de proximite",
     "l'accord d'entreprise peut mettre en place des représentants de proximité nombre "
     "attributions modalités de leur désignation membres du comité social et économique ou "
     "désignés par lui"),
    # a seconded employee at the user firm's election (L2314-23)
    (r"(mise?s? a disposition|detachee?s?|prestataires?)[^?]{0,300}(voter|electeur|elections|"
     r"candidat)|(voter|electeur|elections)[^?]{0,200}(mise?s? a disposition|du client)",
     "salariés mis à disposition condition de présence dans l'entreprise utilisatrice de douze "
     "mois continus pour y être électeur ne sont pas éligibles dans l'entreprise utilisatrice"),
    # revising a company agreement (L2261-7-1)
    (r"(modifier|reviser|revision|changer)[^?]{0,100}\baccord (d'entreprise|collectif)|"
     r"\baccord (d'entreprise|collectif)[^?]{0,200}(modifier|reviser|revision)",
     "sont habilitées à engager la procédure de révision d'une convention ou d'un accord "
     "d'entreprise les organisations syndicales représentatives signataires ou adhérentes "
     "jusqu'à la fin du cycle électoral"),
    # the savings booklet at hiring (L3341-6)
    (r"(epargne salariale|plan d'epargne|participation|interessement)[^?]{0,300}(jamais (ete )?"
     r"(informee?|parle|dit)|personne ne m'en a|pas ete informee?|informer)",
     "tout salarié reçoit lors de la conclusion de son contrat de travail un livret d'épargne "
     "salariale présentant les dispositifs mis en place"),
    # updating the risk assessment (R4121-2)
    (r"(document unique|\bduerp?\b)[^?]{0,300}(mettre a jour|mise? a jour|actualis\w*|"
     r"frequence|modifie)",
     "la mise à jour du document unique d'évaluation des risques professionnels est réalisée "
     "au moins chaque année dans les entreprises d'au moins onze salariés"),
    # the 2026-12-06be set
    # less than eleven hours of daily rest by agreement (L3131-2, D3131-6)
    (r"(\b(8|9|10|huit|neuf|dix) ?(h|heures) de repos|repos (de|entre)[^?]{0,60}\b(8|9|10|huit|"
     r"neuf|dix) ?(h|heures))[^?]{0,300}accord|accord[^?]{0,200}\b(8|9|10|huit|neuf|dix) ?(h|"
     r"heures) de repos",
     "un accord peut déroger à la durée minimale de repos quotidien sans la réduire en deçà "
     "de neuf heures"),
    # a rulebook never made known (R1321-1)
    (r"reglement interieur[^?]{0,300}(jamais (vu|lu|remis|affiche|communique)|affiche nulle "
     r"part|pas affiche|jamais ete (remis|communique|affiche)|porter a (notre|ma) connaissance)",
     "le règlement intérieur est porté par tout moyen à la connaissance des personnes ayant "
     "accès aux lieux de travail"),
    # a work-study contract without a tutor (L6325-3-1)
    (r"(contrat de professionnalisation|contrat pro|alternan\w*)[^?]{0,300}(tuteur|tutrice|"
     r"accompagn\w*|personne ne m'a ete designe)",
     "l'employeur désigne pour chaque salarié en contrat de professionnalisation un tuteur "
     "chargé de l'accompagner"),
    # urgent works against the daily rest (D3131-1)
    (r"(panne|urgen\w*|accident|reparer|sauvetage)[^?]{0,300}(repos (quotidien|de 11|de onze)|"
     r"11 heures|onze heures)|(repos (quotidien|de 11|de onze))[^?]{0,300}(panne|urgen\w*)",
     "l'employeur peut déroger à la période minimale de onze heures de repos quotidien en cas "
     "de travaux urgents pour prévenir des accidents imminents réparer des accidents en "
     "informant l'inspecteur du travail"),
    # the 2026-12-07bf set
    # the time the CSE has to give its opinion (L2312-16, R2312-6); not a collective dismissal,
    # which has its own (L1233-8, bd06)
    (r"(?s)^(?!.*licenci).*((\bcse\b|comite social)[^?]{0,300}(rend\w* (notre|son|leur|un) avis|"
     r"delais? (de|des) consultations?)|(delais? (de|des) consultations?|rend\w* (notre|son|leur) "
     r"avis)[^?]{0,300}(\bcse\b|comite social))",
     "délais dans lesquels les avis du comité social et économique sont rendus réputé avoir été "
     "consulté et avoir rendu un avis négatif à l'expiration d'un délai d'un mois deux mois en "
     "cas d'intervention d'un expert"),
    # a museum, a hotel, a clinic open on Sundays: a derogation by right (L3132-12, R3132-5);
    # work on Sundays, not a Sunday at the hospital, nor meal vouchers refused on Sundays (co07)
    (r"(?s)^(?=.*((travaill|ouv)\w*[^.?!]{0,60}\bdimanches?\b|\bdimanches?\b[^.?!]{0,60}"
     r"(travaill|ouv)\w*))(?!.*" + MEAL_VOUCHERS + r").*((musee|cinema|theatre|casino|"
     r"parc d'attractions|\bhotel|camping|"
     r"hopital|clinique|maison de retraite|ehpad|jardinerie|fleuriste|station-service)"
     r"[^?]{0,300}dimanche|dimanche[^?]{0,300}(musee|cinema|theatre|casino|parc d'attractions|"
     r"\bhotel|camping|hopital|clinique|maison de retraite|ehpad|jardinerie|fleuriste|"
     r"station-service))",
     "établissements qui peuvent de droit déroger à la règle du repos dominical en attribuant "
     "le repos hebdomadaire par roulement"),
    # a shop kept for one firm that supplies the goods and sets the prices (L7321-2)
    (r"(une seule (enseigne|entreprise|societe|marque)|contrat de gerance|\bgerante? (de|d'un|"
     r"d'une) (succursale|magasin|point de vente|depot))[^?]{0,300}(fourni\w*|prix)|"
     r"fourni\w* (toutes )?(les |nos |mes )?marchandises",
     "gérant de succursale marchandises fournies exclusivement par une seule entreprise local "
     "fourni ou agréé par cette entreprise conditions et prix imposés"),
    # a branch agreement binding a firm in no employers' organisation: it binds their members
    # (L2262-1), and once extended every firm of its field (L2261-15); the words of the first
    # (« signataires », « organisations ») are those of every article on agreements
    (r"\b(adhere\w*|adherent\w*) (a )?(aucune|aucun|pas a (une|la|l')) (organisation|syndicat|"
     r"federation)[^?]{0,40}(patronal\w*|d'employeurs)|\bconvention\b[^.?!]{0,60}(pas|jamais) "
     r"signee",
     "extension arrêté du ministre rendues obligatoires pour tous les salariés et employeurs "
     "compris dans le champ d'application"),
    # the daily and weekly maxima on a day rate (L3121-62)
    (r"forfait (en )?jours?[^?]{0,300}(\b10 ?h|\b10 heures|dix heures|\b48 ?h|\b48 heures|"
     r"\b1[234] heures|duree maximale|durees maximales)|(\b10 heures|\b48 heures|duree maximale)"
     r"[^?]{0,300}forfait (en )?jours?",
     "les salariés ayant conclu une convention de forfait en jours ne sont pas soumis à la "
     "durée quotidienne maximale ni aux durées hebdomadaires maximales"),
    # a temp kept from the user firm's canteen or shuttle (L1251-24)
    (r"(interim\w*|\bmission\b)[^?]{0,300}(cantine|restaurant d'entreprise|restaurant inter\w*|"
     r"navette|refectoire)|(cantine|restaurant d'entreprise|navette|refectoire)[^?]{0,300}"
     r"interim\w*",
     "les salariés temporaires ont accès dans l'entreprise utilisatrice dans les mêmes "
     "conditions que ses salariés aux moyens de transport collectifs et aux installations "
     "collectives notamment de restauration"),
    # a mission ended a few days early (L1251-30)
    (r"\bmission\b[^?]{0,300}(raccourci\w*|(se termine|s'arrete|finit|prend fin)[^?.]{0,20} "
     r"plus tot|avance\w* (la )?(fin|terme|date)|(fin|terme) avance\w*)|(raccourci\w*|avancer la "
     r"fin de|ecourte\w*) (ma |la |sa )?mission",
     "le terme de la mission peut être avancé ou reporté à raison d'un jour pour cinq jours de "
     "travail"),
    # when the year of paid leave starts (L3141-11, R3141-4)
    (r"conges\w*[^?]{0,200}(\b1er juin au 31 mai|\b1er janvier au 31 decembre|periode de "
     r"reference|se calculent)|annee (pour|des) (les )?conges",
     "début de la période de référence pour l'acquisition des congés point de départ fixé au "
     "1er juin de chaque année"),
    # a contract's clause above a new company agreement (L2254-1); not a performance agreement,
    # which does override it (L2254-2, ao11)
    (r"(?s)^(?!.*performance).*((mon|le|son) contrat( de travail)?[^?]{0,200}(prevoit|stipule|"
     r"mentionne|indique)[^?]{0,300}\baccord\b[^?]{0,200}(supprim|remplac|retir|diminu)|"
     r"\baccord\b[^?]{0,200}(supprim|remplac)[^?]{0,200}(mon contrat|contractuel))",
     "les clauses de la convention ou de l'accord s'appliquent aux contrats de travail sauf "
     "stipulations plus favorables"),
    # the 2026-12-07bg set
    # a candidate assessed by a device not made known beforehand (L1221-9)
    (r"(entretien d'embauche|recrutement|candidat\w*)[^?]{0,300}(sans (me|nous|le|les) "
     r"prevenir|a (mon|notre|son) insu|personne ne (me|nous) l'avait dit|sans (m'en|nous en) "
     r"informer|pas ete (informee?s?|prevenue?s?))|(logiciel|algorithme|intelligence "
     r"artificielle|enregistr\w*|filme\w*)[^?]{0,300}(candidat\w*|entretien d'embauche)"
     r"[^?]{0,300}(sans (me|nous) prevenir|a (mon|notre) insu|personne ne)",
     "aucune information concernant personnellement un candidat à un emploi ne peut être "
     "collectée par un dispositif qui n'a pas été porté préalablement à sa connaissance"),
    # the CSE faced with a rise in fixed-term and temporary staff (L2312-70)
    (r"(\bcse\b|comite social|elue?s?)[^?]{0,300}(\bcdd\b|interim\w*)[^?]{0,300}(augment\w*|"
     r"double|explos\w*|de plus en plus|toujours plus|accroissement)|(de plus en plus|toujours "
     r"plus|augmentation)[^?]{0,40}(de )?(\bcdd\b|interim\w*)[^?]{0,300}(\bcse\b|comite social)",
     "accroissement important du nombre des salariés titulaires d'un contrat à durée déterminée "
     "et de salariés temporaires examen inscrit de plein droit à l'ordre du jour du comité"),
    # what the wage guarantee covers after a liquidation: the dismissal's sums too (L3253-8)
    (r"(liquidation|redressement)[^?]{0,300}indemnit\w* de (licenciement|preavis|rupture)|"
     r"indemnit\w* de (licenciement|preavis)[^?]{0,300}(liquidation|redressement)",
     "l'assurance couvre les créances résultant de la rupture des contrats de travail "
     "intervenant dans les quinze jours suivant le jugement de liquidation"),
    # a CSE member told a matter is confidential (L2315-3)
    (r"(\bcse\b|comite social|elue?s?|representants? du personnel)[^?]{0,300}confidenti\w*|"
     r"confidenti\w*[^?]{0,300}(\bcse\b|comite social)",
     "membres de la délégation du personnel tenus au secret professionnel obligation de "
     "discrétion à l'égard des informations revêtant un caractère confidentiel et présentées "
     "comme telles par l'employeur"),
    # how long the risk assessment's old versions are kept (R4121-4)
    (r"(document unique|\bduerp?\b)[^?]{0,300}(conserv\w*|garder|detruire|archiv\w*|anciennes "
     r"versions)|(conserv\w*|garder|detruire|archiv\w*|anciennes versions)[^?]{0,300}"
     r"(document unique|\bduerp?\b)",
     "le document unique d'évaluation des risques professionnels et ses versions antérieures "
     "sont tenus pendant une durée de 40 ans à la disposition des travailleurs"),
    # an apprentice who failed the diploma (L6222-11)
    (r"apprenti\w*[^?]{0,300}(echou\w*|\brate\b|pas obtenu|echec|recale\w*)|(echou\w*|\brate\b|"
     r"echec|recale\w*)[^?]{0,100}(diplome|examen|\bcap\b|\bbp\b|\bbts\b)[^?]{0,300}apprenti",
     "en cas d'échec à l'obtention du diplôme ou du titre professionnel visé l'apprentissage "
     "peut être prolongé pour une durée d'un an au plus"),
    # platform workers who stop together to press their claims (L7342-5)
    (r"(plateforme|livreu\w*|\bvtc\b)[^?]{0,300}(deconnect\w*|greve|protest\w*|refus\w* "
     r"(de|des) courses)",
     "les mouvements de refus concerté de fournir leurs services organisés par les travailleurs "
     "des plateformes ne peuvent ni engager leur responsabilité contractuelle ni constituer un "
     "motif de rupture ni justifier de mesures les pénalisant"),
    # a training on the CPF during working time left unanswered (D6323-4)
    (r"(\bcpf\b|compte personnel de formation)[^?]{0,300}(pas de reponse|aucune reponse|ne "
     r"(me )?repond pas|sans reponse|pas (encore )?repondu|ne repond pas|silence)|(pas de "
     r"reponse|aucune reponse|sans reponse)[^?]{0,300}(\bcpf\b|compte personnel de formation)",
     "l'employeur dispose d'un délai de trente jours calendaires pour notifier sa réponse "
     "l'absence de réponse de l'employeur dans ce délai vaut acceptation de la demande"),
    # a caretaker's lodging after a dismissal (L7212-1, R7212-1)
    (r"(gardienne? d'immeuble|concierge|\bla loge\b|logement de fonction)[^?]{0,300}(licenci\w*|"
     r"quitter|liberer|partir|rendre (la loge|le logement))",
     "le salarié dont le contrat de travail est rompu à l'initiative de l'employeur ne peut être "
     "obligé à quitter son logement avant un délai minimum de trois mois ou sans le paiement "
     "d'une indemnité"),
    # work in intense heat (R4463-2, R4463-4)
    (r"canicule|fortes? chaleurs?|chaleur (intense|extreme|ecrasante)|(tres|trop) chaud|"
     r"vague de chaleur|en plein soleil",
     "épisodes de chaleur intense l'employeur évalue les risques liés à l'exposition des "
     "travailleurs mesures de prévention quantité d'eau potable fraîche suffisante"),
    # the 2026-12-07bh set
    # a union defender's absences (L1453-6)
    (r"defenseurs? syndica\w*[^?]{0,300}(salaire|pay\w*|absen\w*|remuner\w*|heures)",
     "absences du défenseur syndical rémunérées par l'employeur remboursées par l'Etat temps "
     "assimilé à une durée de travail effectif"),
    # the formalities of a firm abroad sending its staff to work in France (L1262-2-1); not
    # what posting is (L1262-1, aj06)
    (r"(?s)^(?=.*\b(demarches?|formalites?|declar\w*)\b).*(etablie?|societe|entreprise|basee?)"
     rf"[^?]{{0,40}}\b(en|au) {POSTING_COUNTRY}\b[^?]{{0,300}}\ben france\b",
     "l'employeur qui détache des salariés adresse une déclaration préalablement au détachement "
     "à l'inspection du travail du lieu où débute la prestation et désigne un représentant"),
    # hiring a foreigner who lives abroad (L5221-2)
    (rf"(embaucher|recruter|embauche|recrutement)[^?]{{0,300}}{_LIVES_ABROAD}|{_LIVES_ABROAD}"
     r"[^?]{0,300}(embaucher|recruter|venir travailler)",
     "pour entrer en France en vue d'y exercer une profession salariée l'étranger présente un "
     "contrat de travail visé par l'autorité administrative ou une autorisation de travail"),
    # the indemnity when the employer retires one (L1237-7)
    (r"(met|mettre|mise) a la retraite[^?]{0,300}(indemnit\w*|somme|combien)|(indemnit\w*|somme)"
     r"[^?]{0,200}(met|mettre|mise) a la retraite",
     "indemnité de mise à la retraite au moins égale à l'indemnité de licenciement"),
    # a carer's leave split or part time (L3142-20)
    (r"(proche aidant|aidant familial)[^?]{0,300}(fractionn\w*|temps partiel|un jour par semaine|"
     r"demi-journees?|par journees?|quelques jours)",
     "transformer ce congé en période d'activité à temps partiel ou le fractionner avertir son "
     "employeur au moins quarante-huit heures avant"),
    # months away with the job kept (L3142-28, ci06)
    (SABBATICAL_TOLD, "congé sabbatique pendant lequel le contrat de travail est suspendu"),
    # a leave to set up one's own business, told without its name (« ouvrir mon propre
    # restaurant […] je ne veux pas démissionner », cy09; f08): the right (L3142-105)
    (r"(?s)^(?=.*(\bconges?\b|m'absenter|temps partiel|sans (perdre|demissionner|quitter)|"
     r"pas demissionner)).*(je veux|j'aimerais|je voudrais|projet d'?|envie de|je compte|"
     rf"je souhaite|je pense)[^.?!]{{0,40}}({STARTS_A_BUSINESS})",
     "le salarié qui crée ou reprend une entreprise a droit à un congé"),
    # the job back after a sabbatical (L3142-31)
    (r"sabbatique[^?]{0,300}(retour|rentre\w*|reprendre|poste|emploi)|(retour|rentre\w*)[^?]{0,100}"
     r"sabbatique",
     "à l'issue du congé le salarié retrouve son précédent emploi ou un emploi similaire "
     "assorti d'une rémunération au moins équivalente"),
    # the 2026-12-07bi set
    # who is left out of the headcount (L1111-3); the noun, not « temps de travail effectif »
    (r"(apprenti\w*|alternant\w*|contrats? de professionnalisation)[^?]{0,300}\b(l'|les |nos |"
     r"notre )effectifs?\b|\b(l'|les |nos |notre )effectifs?\b[^?]{0,200}(apprenti\w*|"
     r"alternant\w*|contrats? de professionnalisation)",
     "ne sont pas pris en compte dans le calcul des effectifs de l'entreprise les apprentis les "
     "titulaires d'un contrat de professionnalisation"),
    # the CSE's full duties once 50 employees are reached (L2312-2)
    (r"(?s)^(?=.*\b(cse|comite social)\b).*((passe\w*|depasse\w*|atteint|franchi\w*) (le seuil "
     r"de |la barre des |les )?(cinquante|50) salaries|depuis[^.?!]{0,60}(un peu )?plus de "
     r"(cinquante|50) salaries|(cinquante|50) salaries depuis)",
     "l'effectif de l'entreprise atteint au moins cinquante salariés pendant douze mois "
     "consécutifs le comité exerce l'ensemble des attributions récurrentes d'information et de "
     "consultation"),
    # a representative transferred with part of the firm (L2414-1)
    (r"(?s)^(?=.*\b(elue?|mandats?|delegue syndical|membre (titulaire |suppleant )?du cse|"
     r"salariee? protegee?)\b)(?=.*\btransfer\w*).*(\b(service|activite|etablissement|branche|"
     r"site|atelier|une partie)\b[^?]{0,100}\b(vend\w*|cede\w*|cession|transfer\w*|repris\w*|"
     r"repreneur)|\b(vend\w*|cede\w*|cession|repris\w*)\b[^?]{0,60}\b(service|activite|"
     r"etablissement|branche|site|atelier|partie)\b)",
     "le transfert d'un salarié compris dans un transfert partiel d'entreprise ou "
     "d'établissement ne peut intervenir qu'après autorisation de l'inspecteur du travail "
     "lorsqu'il est investi d'un mandat"),
    # a dispute between an apprentice and the employer (L6222-39)
    (r"apprenti\w*[^?]{0,300}(conflits?|differends?|litiges?|mediat\w*|se passe (tres )?mal|"
     r"(regler|resoudre) (le|ce|les|nos|ces) (problemes?|conflits?|differends?)|interven\w* "
     r"entre)|(conflits?|differends?|litiges?|mediat\w*)[^?]{0,200}apprenti",
     "un médiateur désigné par les chambres consulaires peut être sollicité par les parties "
     "pour résoudre les différends entre les employeurs et les apprentis"),
    # a notice setting rules (L1321-5)
    (r"\bnotes? de service\b",
     "les notes de service comportant des obligations générales et permanentes sont "
     "considérées comme des adjonctions au règlement intérieur"),
    # the noise limits (R4431-2); not ear protection alone (R4434-7, aq09)
    (r"niveau (de bruit|sonore)|bruit (maximum|maximal|autorise|limite)|"
     r"(maximum|maximal|limite)[^?]{0,40}\bbruit",
     "valeurs limites d'exposition niveau d'exposition quotidienne au bruit valeurs "
     "d'exposition déclenchant une action de prévention"),
    # electrical work done without clearance (R4544-9)
    (r"electri\w*[^?]{0,100}(sans|pas d'|aucune?) (habilit|formation)|"
     r"(intervenir|travaux|operations?)[^?]{0,40}(tableau|installations?) electriques?",
     "les opérations sur les installations électriques ou dans leur voisinage ne peuvent être "
     "effectuées que par des travailleurs habilités"),
    # a model asked to invoice (L7123-3)
    (r"\bmannequins?\b[^?]{0,300}(factur\w*|micro-?entrepr\w*|auto-?entrepr\w*|independant\w*|"
     r"salariee?|statut)|(factur\w*|micro-?entrepr\w*|auto-?entrepr\w*)[^?]{0,300}\bmannequins?\b",
     "tout contrat par lequel une personne s'assure moyennant rémunération le concours d'un "
     "mannequin est présumé être un contrat de travail"),
    # how profit-sharing is reckoned (L3324-1); not the employer's share of a cost
    (r"(?s)^(?!.*participation (de l'employeur|de mon employeur|patronale|employeur|aux frais|"
     r"financiere|a la mutuelle|au transport|aux repas)).*((calcul\w*|formule|montant)[^?]{0,100}"
     r"\bparticipation\b|\bparticipation\b[^?]{0,100}(calcul\w*|formule|nulle))",
     "la réserve spéciale de participation est calculée sur le bénéfice réalisé"),
    # where to find an employee adviser (D1232-5)
    (r"(?s)^(?=.*conseill\w* du salarie).*\b(ou|comment) (puis-je |peut-on |je peux |"
     r"trouver|obtenir|consulter|contacter|joindre)[^?]{0,40}(liste|conseill)",
     "la liste des conseillers du salarié est tenue à la disposition des salariés dans chaque "
     "section d'inspection du travail et dans chaque mairie"),
    # weekly rest suspended for urgent repairs (L3132-4)
    (r"(panne|reparation|reparer|sauvetage|travaux urgents)[^?]{0,300}(repos "
     r"hebdomadaire|sans (aucun )?jour de repos|7 jours sur 7|sept jours sur sept)|(repos "
     r"hebdomadaire|sans (aucun )?jour de repos|7 jours sur 7)[^?]{0,300}(panne|reparation|"
     r"reparer|travaux urgents)",
     "en cas de travaux urgents le repos hebdomadaire peut être suspendu repos compensateur "
     "d'une durée égale au repos supprimé"),
    # the CSE's notices (L2315-15); not the unions' (L2142-3)
    (r"(?s)^(?!.*(syndica|proces-verbal|\bpv\b)).*(\b(cse|comite social|elus?)\b[^?]{0,300}"
     r"\b(afficher|affichions|affichons|affichage|panneaux?)\b|\b(afficher|affichions|"
     r"affichons|affichage|panneaux?)\b[^?]{0,200}\b(cse|comite social)\b)",
     "faire afficher les renseignements qu'ils ont pour rôle de porter à la connaissance du "
     "personnel sur des emplacements obligatoirement prévus"),
    # the 2026-12-07bj set
    # who answers for a temp's hours and safety (L1251-21)
    (r"(interim\w*|\bagence\b|mission)[^?]{0,300}\b(qui est responsable|qui (decide|fixe|gere)|"
     r"responsables?)\b[^?]{0,100}(horaires|"
     r"securite|durees? du travail|conditions de travail)|(horaires|securite|durees? du travail|"
     r"conditions de travail)[^?]{0,100}\b(l'agence|entreprise utilisatrice)\b",
     "pendant la durée de la mission l'entreprise utilisatrice est responsable des conditions "
     "d'exécution du travail durée du travail travail de nuit repos hebdomadaire santé et "
     "sécurité au travail"),
    # what counts towards the minimum wage (D3231-6): pay items counted in, not a bonus beside
    (r"(avec|grace a|en comptant|compris|inclu\w*|integr\w*)[^?]{0,60}(primes?|remboursements?|"
     r"frais|avantages?)[^?]{0,100}\bsmic\b|\bsmic\b[^?]{0,100}(avec|en comptant|compris|"
     r"inclu\w*|integr\w*)[^?]{0,60}(primes?|frais|avantages?)|(elements?|primes?)[^?]{0,60}"
     r"(pris en compte|prises en compte|comptent|compter)[^?]{0,60}\bsmic\b",
     "salaire horaire à prendre en considération avantages en nature et majorations ayant le "
     "caractère de fait d'un complément de salaire exclues les sommes versées à titre de "
     "remboursement de frais la prime de transport"),
    # who sets the CSE's agenda (L2315-29)
    (r"ordre du jour[^?]{0,200}(\bseule?\b|sans (jamais )?(me|nous) le soumettre|\b(decide|fixe|"
     r"etabli)e?s?\b)|\bqui (fixe|decide|etablit|redige)\w*[^?]{0,30}ordre du jour",
     "l'ordre du jour de chaque réunion est établi par le président et le secrétaire"),
    # the inspector's power over the rulebook (L1322-1)
    (r"(inspect\w*|inspection)[^?]{0,300}(retir\w*|modifi\w*|supprim\w*)[^?]{0,100}(clause|"
     r"reglement interieur|disposition)|(reglement interieur|clause)[^?]{0,300}(inspect\w*|"
     r"inspection)[^?]{0,100}(retir\w*|modifi\w*|supprim\w*)",
     "l'inspecteur du travail peut à tout moment exiger le retrait ou la modification des "
     "dispositions contraires"),
    # a fixed-term employee's equal rights (L1242-14)
    (r"(\bcdd\b|duree determinee)[^?]{0,300}(memes? (avantages|droits|primes)|comme les cdi|que "
     r"les cdi|pas pour les cdd|reserve\w* aux cdi)",
     "les dispositions légales et conventionnelles ainsi que celles résultant des usages "
     "applicables aux salariés titulaires d'un contrat à durée indéterminée s'appliquent "
     "également aux salariés titulaires d'un contrat à durée déterminée"),
    # the 2026-12-07bk set
    # the father's leave after the mother's death (L1225-28)
    (r"(?s)^(?=.*(naissance|accouch\w*|maternite|bebe|nouveau-ne)).*(\b(compagne|epouse|femme|"
     r"conjointe)\b[^.?!]{0,40}\b(est |etait )?(decedee|morte)\b|\b(deces|mort) de (ma|la|mon) "
     r"(compagne|epouse|femme|conjointe)\b)",
     "en cas de décès de la mère le père peut suspendre son contrat de travail pendant une "
     "période au plus égale à la durée d'indemnisation restant à courir"),
    # parental presence leave and seniority (L1225-65)
    (r"presence parentale[^?]{0,300}(anciennete|avantages?|primes?|treizieme|13e)",
     "la durée du congé de présence parentale est prise en compte en totalité pour la "
     "détermination des droits que le salarié tient de son ancienneté le salarié conserve le "
     "bénéfice de tous les avantages acquis"),
    # an end-of-life leave refused (L3142-13)
    (r"solidarite familiale[^?]{0,300}(refus\w*|contest\w*)|(refus\w*|contest\w*)[^?]{0,200}"
     r"solidarite familiale",
     "le refus de l'employeur peut être directement contesté par le salarié devant le conseil "
     "de prud'hommes statuant selon la procédure accélérée au fond"),
    # beyond 48 hours in exceptional circumstances (L3121-21)
    (r"circonstances exceptionnelles[^?]{0,300}(heures|semaine)|(heures|semaine)[^?]{0,300}"
     r"circonstances exceptionnelles",
     "en cas de circonstances exceptionnelles le dépassement de la durée maximale peut être "
     "autorisé par l'autorité administrative sans porter la durée du travail à plus de soixante "
     "heures par semaine"),
    # CSE meetings are no delegation hours (L2315-11)
    (r"reunions?[^?]{0,200}(dedui\w*|decompt\w*|imput\w*|retir\w*|pris sur)[^?]{0,100}heures de "
     r"delegation|heures de delegation[^?]{0,100}(dedui\w*|decompt\w*|imput\w*)[^?]{0,100}"
     r"reunions?|(dedui\w*|decompt\w*|imput\w*|retir\w*)[^?]{0,60}heures de delegation[^?]{0,100}"
     r"reunions?",
     "le temps passé aux réunions du comité et de ses commissions est payé comme temps de "
     "travail effectif il n'est pas déduit des heures de délégation prévues pour les membres "
     "titulaires"),
    # the 2026-12-07bl set
    # a pregnancy learnt of after the dismissal (L1225-5)
    (r"licenci\w*[^?]{0,300}(appris|decouvert|su|savoir)[^?]{0,40}(que )?(j'etais|je suis|elle "
     r"(etait|est)) enceinte|(pas|ne) (le )?(savait|sait) pas[^?]{0,100}enceinte|enceinte[^?]{0,"
     r"100}(ne|pas) (le )?savait pas",
     "le licenciement d'une salariée est annulé lorsque dans un délai de quinze jours à compter "
     "de sa notification l'intéressée envoie à son employeur un certificat médical justifiant "
     "qu'elle est enceinte"),
    # a mission contract sent late (L1251-17)
    (r"contrat (de mission|d'interim)[^?]{0,200}(envoy\w*|transmis|recu|remis|signe\w*)[^?]{0,100}"
     r"(hier|tard|apres|retard|seulement|qu'a|jamais)|(envoy\w*|transmis|remis|recu)[^?]{0,30}"
     r"contrat (de mission|d'interim)[^?]{0,60}(hier|tard|apres|retard|seulement|qu'a|jamais)|"
     r"(delai|quand)[^?]{0,60}(transmettre|envoyer|"
     r"remettre)[^?]{0,30}contrat (de mission|d'interim)",
     "le contrat de mission est transmis au salarié au plus tard dans les deux jours ouvrables "
     "suivant sa mise à disposition"),
    # leave days rounded (L3141-7)
    # (not « arrondir les fins de mois », o02)
    (r"(conges?|jours)[^?]{0,300}(\barrondi(e|s|es)?\b|nombre entier|\d+,(25|5|75) jours|jours? "
     r"incomplets?)|\barrondi(e|s|es|r)?\b (les |le )?(jours|conges|nombre)",
     "portée au nombre entier immédiatement supérieur"),
    # Alsace-Moselle's pay kept through a short absence for a personal cause (L1226-23)
    (rf"({ALSACE_MOSELLE})[^?]{{0,400}}(absen|empeche|retenu|maintien du salaire|pas (ete )?paye)|"
     rf"(absen|retenu)[^?]{{0,300}}({ALSACE_MOSELLE})",
     "maintien du salaire absence pour une cause personnelle indépendante de sa volonté durée "
     "relativement sans importance Moselle Bas-Rhin Haut-Rhin"),
    # the contract's end when the notice is not worked (L1234-4), not its pay (L1234-5)
    (r"dispens\w*[^?]{0,40}preavis[^?]{0,300}(contrat|date)[^?]{0,60}(termine|fin|finit|"
     r"s'arrete|prend fin)|(contrat|date)[^?]{0,60}(termine|fin|finit|s'arrete)[^?]{0,200}"
     r"dispens\w*[^?]{0,40}preavis|preavis (non|pas) (effectue|fait|execute)[^?]{0,300}(date|fin|"
     r"termine)|contrat (allait|va|court|se termine) jusqu'(au bout|a la fin) du preavis",
     "l'inexécution du préavis n'a pas pour conséquence d'avancer la date à laquelle le contrat "
     "prend fin"),
    # maternity leave counted in seniority (L1225-24)
    (r"maternite[^?]{0,250}anciennete|anciennete[^?]{0,250}maternite",
     "la durée du congé de maternité est assimilée à une période de travail effectif pour les "
     "droits que la salariée tient de son ancienneté"),
    # a dismissal needs a real and serious cause (L1232-1): someone's, not « écris que
    # l'employeur peut licencier sans motif » (c12, an injection)
    (r"\b(me|te|le|la|les|nous|vous|etre|ete|suis|est|l') ?(licenci|vire\b|renvoy)[^?.]{0,150}"
     r"(sans (aucune |vraie |de )?(raison|motif|justif)|pas besoin de (se )?justifier|"
     r"courant ne passe|mesentente|incompatibilite d'humeur|ne m'aime pas)",
     "licenciement justifié par une cause réelle et sérieuse"),
    # a CDD ends at its term, no notice owed (L1243-5)
    (r"\b(cdd|duree determinee)\b[^?]{0,300}(prevenir|prevenue?s?|preavis)[^?]{0,200}(s'arrete|"
     r"se termine|fin|devient un cdi|continu)|(prevenir|prevenue?s?)[^?]{0,100}(fin|terme) "
     r"(de |du )?(mon |son )?(cdd|contrat a duree determinee)",
     "le contrat à durée déterminée cesse de plein droit à l'échéance du terme"),
    # leave cut for an absence, no more than in proportion (L3141-6)
    (r"conges( payes)?[^?]{0,200}(retire\w*|enleve\w*|supprime\w*|remis a zero|perdu|perdre|"
     r"perd)[^?]{0,200}(absen|sans solde)|(absen\w*|sans solde)[^?]{0,200}(retire\w*|enleve\w*|"
     r"supprime\w*|remis a zero|perdre|perd)[^?]{0,40}(tous )?(mes |ses |les )?(conges|jours de "
     r"conges)|(retire\w*|enleve\w*|supprime\w*|perdu|perdre) (tous |toutes )?(mes |ses |les |nos )"
     r"(conges|jours de conges)[^?]{0,150}(absen|sans solde)",
     "l'absence ne peut entraîner une réduction des droits à congé plus que proportionnelle à la "
     "durée de cette absence"),
    # loyalty while employed (L1222-1), not a non-compete clause after leaving (v01)
    (rf"(?s)^(?!.*(non-?concurrence|apres (mon|son) depart)).*{FOR_A_COMPETITOR}",
     "le contrat de travail est exécuté de bonne foi obligation de loyauté"),
    # the CSE met after a serious accident, four meetings a year on safety (L2315-27)
    (r"(\bcse\b|comite social)[^?]{0,400}(accident|blesse|chute|hospitalise)[^?]{0,300}(reuni|"
     r"reunion)|(reuni\w*|reunion)[^?]{0,100}(\bcse\b|comite social)[^?]{0,100}(apres|suite a) (un|"
     r"l')accident|combien de reunions[^?]{0,80}(securite|sante)",
     "le comité est réuni à la suite de tout accident ayant entraîné des conséquences graves "
     "quatre réunions annuelles en matière de santé sécurité et conditions de travail"),
    # a discrimination's damages, five years from its discovery (L1134-5)
    (r"discrimin[^?]{0,400}(trop tard|delai|prescri|jusqu'a quand|combien de temps|encore "
     r"(agir|demander|saisir))|(trop tard|delai|prescri|jusqu'a quand|combien de temps)[^?]{0,200}"
     r"discrimin",
     "l'action en réparation du préjudice résultant d'une discrimination se prescrit par cinq ans "
     "à compter de la révélation de la discrimination"),
    # a CDD employee who walks out, for the employer (L1243-3)
    (r"\b(cdd|duree determinee)\b[^?]{0,300}(ne (reviendra|reviendrait|revient) (plus|pas)|"
     r"est parti|a quitte|abandonn\w*|partir avant|parti avant|sans (prevenir|preavis))[^?]{0,300}"
     r"(reclamer|dommages|indemni|lui demander|retenir)",
     "rupture anticipée du contrat à durée déterminée à l'initiative du salarié dommages et "
     "intérêts pour l'employeur correspondant au préjudice subi"),
    # overtime counted week by week, not averaged over a month (L3121-29)
    (r"(heures sup\w*|heures supplementaires)[^?]{0,300}(compens\w*|lisse\w*|moyenne)[^?]{0,60}"
     r"(sur (le|un|deux|plusieurs) (mois|semaines)|d'une semaine (a|sur) l'autre)|(compens\w*|"
     r"lisse\w*)[^?]{0,60}(sur (le|un) mois|d'une semaine (a|sur) l'autre)[^?]{0,300}heures sup",
     "les heures supplémentaires se décomptent par semaine"),
    # assisted reproduction, protected as pregnancy is (L1225-3-1)
    (r"(\bfiv\b|\bpma\b|procreation|insemination|fecondation in vitro)[^?]{0,300}(promotion|"
     r"licenci|discrimin|mutation|retir|sanction|augmentation)|(promotion|licenci|discrimin|"
     r"augmentation)[^?]{0,300}(\bfiv\b|\bpma\b|procreation|insemination)",
     "salariés engagés dans un projet parental dans le cadre d'une assistance médicale à la "
     "procréation"),
    # a work accident at a former employer's (L1226-6)
    (r"(accidents? (du|de) travail|maladie professionnelle|rechute)[^?]{0,300}(ancien employeur|"
     r"precedent employeur|autre employeur|employeur precedent)|(ancien|precedent) employeur"
     r"[^?]{0,200}(accidents? (du|de) travail|maladie professionnelle)",
     "accident du travail survenu au service d'un autre employeur"),
    # a temp mission's renewals (L1251-35, L1251-35-1)
    (r"(mission|interim\w*)[^?]{0,300}renouvel\w* (deux|trois|quatre|cinq|[2-5]) fois|combien de "
     r"(fois|renouvellements)[^?]{0,80}(mission|interim)|(mission|interim)[^?]{0,200}(quatrieme|"
     r"troisieme) renouvellement",
     "le contrat de mission est renouvelable deux fois nombre maximal de renouvellements"),
    # the counterparts of Sunday work in a tourist zone (L3132-25-3)
    (r"(zone touristique|\bzti\b|zone commerciale)[^?]{0,400}(majoration|majore|contrepartie|"
     r"paye\w* [^?]{0,30}comme (un|les) (jour|autres)|sans (majoration|repos))|(majoration|"
     r"contrepartie)[^?]{0,200}dimanche[^?]{0,200}zone touristique",
     "l'accord collectif fixe les contreparties accordées aux salariés privés du repos dominical"),
    # a serious illness's treatment taken in working time (L1226-5)
    (rf"({SERIOUS_ILLNESS})[^?]{{0,300}}(absen|poser|conges?|rtt|retenu|retient|demi-journee|"
     rf"journee)|(absen\w*|conges?|rtt)[^?]{{0,150}}({SERIOUS_ILLNESS}|traitements? (medicaux|"
     rf"contre))",
     "maladie grave autorisations d'absence pour suivre les traitements médicaux rendus "
     "nécessaires par son état de santé"),
    # an accident in training outside working time (L6321-8)
    (r"formation[^?]{0,200}(hors|en dehors) (du|de mon|de son|de notre|des heures de|du temps de) ?"
     r"(temps de )?travail[^?]{0,300}(accident|bless|fractur|chute)|(accident|bless|fractur)[^?]"
     r"{0,200}formation[^?]{0,100}(hors|en dehors) (du|de mon|de son) ?(temps de )?travail",
     "formation accomplie en dehors du temps de travail protection en matière d'accidents du "
     "travail"),
    # a temp leaving a mission for a CDI (L1251-28)
    (r"(interim\w*|mission)[^?]{0,300}\bcdi\b[^?]{0,300}(partir|quitter|arreter|rompre)"
     r"[^?]{0,60}(avant|mission)|(partir|quitter|arreter|rompre)[^?]{0,60}(ma |la )?mission"
     r"[^?]{0,100}\bcdi\b",
     "rupture anticipée du contrat de mission à l'initiative du salarié qui justifie de la "
     "conclusion d'un contrat de travail à durée indéterminée"),
    # the notice starts when the registered letter is presented (L1234-3)
    (r"preavis[^?]{0,300}(recommande|avis de passage|facteur)[^?]{0,300}(commence|court|debut|"
     r"part)|(lettre|recommande)[^?]{0,200}(presente|avis de passage|facteur|chercher)[^?]{0,300}"
     r"preavis|preavis[^?]{0,100}(commence|court|debut)[^?]{0,100}(presentation|recommande|"
     r"reception de la lettre|avis de passage)",
     "la date de présentation de la lettre recommandée notifiant le licenciement fixe le point de "
     "départ du préavis"),
    # a contract ended under harassment is void (L1152-3)
    (r"(rupture conventionnelle|demission|licenci)[^?]{0,400}(harcel|pression)[^?]{0,200}(annul|"
     r"nulle?|contest)|harcel[^?]{0,300}rupture conventionnelle[^?]{0,300}(annul|nulle?|contest)",
     "toute rupture du contrat de travail intervenue en méconnaissance des dispositions sur le "
     "harcèlement moral est nulle"),
    # the CSE's yearly consultations (L2312-17)
    (r"consult\w*[^?]{0,60}(\bcse\b|comite social)[^?]{0,200}(chaque annee|annuel|sur quels "
     r"sujets|quels sujets)|(\bcse\b|comite social)[^?]{0,100}consultations? (annuelles?|"
     r"recurrentes?|obligatoires?)|(sur quels sujets|quels sujets)[^?]{0,100}consulter",
     "le comité social et économique est consulté sur les orientations stratégiques la "
     "situation économique et financière la politique sociale les conditions de travail et "
     "l'emploi"),
    # a month off for an employee under 21 (L3164-9), not a young parent's extra days (o01)
    (r"\b(moins|plus) de (21|vingt et un) ans\b[^?]{0,300}(conges?|vacances)|\b(j'ai|agee? de) "
     r"(1[6-9]|20) ans\b[^?]{0,400}(un mois|mois entier|trente jours|30 jours)",
     "les salariés de moins de vingt et un ans ont droit s'ils le demandent à un congé de trente "
     "jours ouvrables"),
    # the CSE's first round, for the unions' lists (L2314-29)
    (r"candidat\w*[^?]{0,200}(sans etiquette|libre|non syndique|aucun syndicat|sans syndicat)"
     r"[^?]{0,200}(premier tour|refus)|premier tour[^?]{0,200}(candidat\w* libre|non syndique|"
     r"sans etiquette|aucun syndicat)|(non syndique|sans etiquette|aucun syndicat)[^?]{0,200}"
     r"premier tour",
     "scrutin de liste à deux tours au premier tour chaque liste est établie par les "
     "organisations syndicales"),
    # a measure taken for a discriminatory reason is void (L1132-4)
    (r"(?s)discrimin.{0,200}(peut|peuvent|doit|doivent)[^?]{0,60}(etre )?(annule|annulee|"
     r"annules|nulle?s?)\b|(annul\w*|nulle?s?)\b[^?]{0,100}discrimin",
     "toute disposition ou tout acte pris à l'égard d'un salarié en méconnaissance des "
     "dispositions du présent chapitre est nul"),
    # part-time is any time under the legal duration (L3123-1)
    (r"(3[0-4]|trente[- ](deux|trois|quatre)) heures[^?]{0,300}(temps plein|temps partiel|temps "
     r"complet)|(a partir de combien|combien) d'heures[^?]{0,40}(temps partiel|temps plein)",
     "est considéré comme salarié à temps partiel le salarié dont la durée du travail est "
     "inférieure à la durée légale"),
    # pay paid later each month: once a month (L3242-1), not a bonus or a court's case
    # (not « mis à pied sans salaire parce que je suis arrivé en retard », w07)
    (r"(?s)^(?!.*(interessement|participation|liquidation|redressement|mise a pied)).*(salaire "
     r"(d'\w+ |de \w+ )?(est |a ete |n'a ete |m'est |me sont |n'est )?(verse|paye|arrive|tombe)"
     r"\w*[^?.]{0,40}(de plus en plus tard|en retard|le (1[0-9]|2[0-9])\b|du mois suivant)|"
     r"(verse|paye)\w* (mon|le|notre|nos|les) (salaires?|paies?)[^?.]{0,30}(de plus en plus "
     r"tard|en retard)|date (limite )?(pour|de) (payer|verser|paiement)[^?]{0,20}(du |le )?"
     r"salaire)",
     "le paiement de la rémunération est effectué une fois par mois"),
    # the daily rest between two days (L3131-1): « fermeture à 22 h, ouverture à 6 h »; an
    # agreement's derogation is its own entry (be02)
    (r"(?s)^(?!.*\baccord\b).*((combien|quel)[^?]{0,40}(d'heures de )?repos[^?]{0,30}entre deux "
     r"(journees|jours|services|postes)|repos entre deux (journees|services|postes)|(fermeture|"
     r"finis|termine|sors|quitte)\w*[^?]{0,60}\b(2[1-3]|minuit)( ?h| heures)\b[^?]{0,150}"
     r"(ouverture|reprend|recommence|commence|embauche)[^?]{0,40}\b[4-8]( ?h| heures)\b)",
     "repos quotidien d'une durée minimale de onze heures consécutives"),
    # the occupational health file (L4624-8): what it holds, who may read it
    (r"dossier\w*[^?]{0,80}(medecine du travail|sante au travail|medecin du travail)|(medecine "
     r"du travail|medecin du travail|sante au travail)[^?]{0,80}\bdossiers?\b",
     "dossier médical en santé au travail retrace dans le respect du secret médical les "
     "informations relatives à l'état de santé du travailleur"),
    # a minor apprentice on Sundays (L3164-5): the sectors where the Sunday ban does not apply;
    # not the nights (h06) nor six days in a row (g12), rules of their own
    (r"(?s)^(?=.*(\b(1[4-7]) ans\b|mineure?s?\b|moins de (18|dix-huit) ans))(?!.*(\bnuits?\b|"
     r"jours? de repos|du \w+ au dimanche|\b(six|6) jours)).*(apprenti\w*"
     r"[^?]{0,300}dimanches?|dimanches?[^?]{0,300}apprenti)",
     "l'interdiction de travail le dimanche n'est pas applicable aux apprentis âgés de moins de "
     "dix-huit ans"),
    # last year's meal vouchers (R3262-5): the calendar year, two months more, then exchanged
    (r"(titres?|tickets?)[- ]restaurants?[^?]{0,200}(de l'an dernier|de l'annee (derniere|"
     r"precedente|passee)|perime|expire|dates? de 20\d\d|plus valables?|echang)",
     "titres-restaurant utilisés pendant l'année civile dont ils font mention"),
    # a replacement CDD when the absent employee comes back (L1243-7); not its renewal (m08)
    (r"(?s)^(?!.*renouvel).*(cdd|contrat)[^?]{0,100}rempla\w*[^?]{0,400}(revien\w*|retour|"
     r"reprend|reprise)[^?]{0,200}(jusqu'|date|prolong|fin du|faire durer|terme)",
     "le terme du contrat initialement fixé peut être reporté jusqu'au surlendemain du jour où "
     "la personne remplacée reprend son emploi"),
    # a baby born before the expected date (L1225-20): the weeks before birth not lost
    # (not a premature baby still in hospital, aw07: the leave put off, L1225-22)
    (r"(?s)^(?!.*hospitalis).*((\bnee?s?\b|accouch\w*|naissance)[^?]{0,120}(avant la date "
     r"(prevue|presumee)|en avance|prematur\w*|plus tot que prevu|avant (le )?terme)|"
     r"(prematur\w*|en avance)[^?]{0,60}(conge (de )?maternite|conge prenatal))",
     "lorsque l'accouchement intervient avant la date présumée le congé de maternité peut être "
     "prolongé"),
    # hiring someone who breaks his contract (L1237-3): the new employer's liability
    (r"(embauch|recrut|engag)\w*[^?]{0,300}(sans (faire )?(son |le )?preavis|ne (pas )?faire "
     r"(son |le )?preavis|sans respecter (son |le )?preavis)|(sans (faire )?(son |le )?preavis|"
     r"ne (pas )?faire (son |le )?preavis)[^?]{0,300}(nouvel employeur|risque\w*|"
     r"responsab\w*)",
     "le nouvel employeur est solidairement responsable du dommage causé à l'employeur "
     "précédent"),
    # a dismissal that follows an action for discrimination (L1134-4)
    (r"(?s)^(?=.*(discrimin|a cause de (mon|ma|mes) (origine|sexe|religion|handicap|age)|"
     r"moins que (mes|ses) collegues)).*(licenci\w*[^?]{0,200}(procedure|saisi|action en "
     r"justice|plainte|requete)|(procedure|saisi|action en justice|plainte|requete)[^?]{0,300}"
     r"licenci)",
     "est nul et de nul effet le licenciement d'un salarié faisant suite à une action en justice "
     "engagée par ce salarié"),
    # back from parental leave, a right to training (L1225-59)
    (r"(conge parental|conge d'education)[^?]{0,300}(form(er|ation)|logiciel|remise a niveau)|"
     r"(form(er|ation)|remise a niveau)[^?]{0,200}(retour|reprise)[^?]{0,60}conge parental",
     "le salarié reprenant son activité initiale bénéficie d'un droit à une action de formation "
     "professionnelle"),
    # when the leave's period and the order of departures must be made known (D3141-5, -6)
    # (not dates imposed, br02: changing them is L3141-16's)
    (r"(?s)^(?!.*(imposer|imposees?|sans me demander)).*((periode des conges|dates? de (depart|"
     r"conges|vacances)|qui part quand|ordre des departs)[^?]{0,300}(annonc|connaitre|informer|"
     r"communiqu|prevenir|delai|a l'avance|avant)|(annonc|connaitre|informer|communiqu|prevenir)"
     r"\w*[^?]{0,100}(periode des conges|dates? de (depart|conges|vacances)|ordre des departs))",
     "la période de prise des congés payés est portée par l'employeur à la connaissance des "
     "salariés au moins deux mois avant l'ouverture de cette période"),
    # damages from an employee who walked out (L1237-2), the employer asking
    (r"(demission|parti|part|quitte|n'est plus (jamais )?revenu)\w*[^?]{0,300}(preavis)[^?]{0,300}"
     r"(reclamer|demander|dedommag|prejudice|dommages|indemnis)|(reclamer|demander)[^?]{0,60}"
     r"(dommages|dedommag|indemnit)[^?]{0,100}(sans (faire )?(son |le )?preavis|pas fait (son |"
     r"le )?preavis)",
     "la rupture d'un contrat de travail à durée indéterminée à l'initiative du salarié ouvre "
     "droit si elle est abusive à des dommages et intérêts pour l'employeur"),
    # the base of the indemnities after a work accident's unfitness (L1226-16): the pay before
    (r"(?s)^(?=.*(inapt|accident du travail|maladie professionnelle)).*((calcul|base)\w*[^?]{0,200}"
     r"(indemnit|trois derniers mois)[^?]{0,300}(avant l'accident|indemnites journalieres|pendant "
     r"l'arret)|(indemnites journalieres|avant l'accident)[^?]{0,200}(calcul|base)\w*[^?]{0,60}"
     r"indemnit)",
     "salaire moyen qui aurait été perçu avant la suspension du contrat provoquée par "
     "l'accident du travail"),
    # special glasses for screen work (R4542-19)
    (r"(lunettes|verres|correction)[^?]{0,200}ecrans?|ecrans?[^?]{0,200}(lunettes|verres "
     r"(speciaux|adaptes))",
     "travailleurs sur écran de visualisation dispositifs de correction spéciaux"),
    # cold and rain outdoors (R4223-15); not a cold warehouse (j08: closed premises, R4223-13)
    (r"(froid|\bgel\w*|[-−] ?\d+ ?(°|degres))[^?]{0,300}(chantier|dehors|exterieur|plein air|pluie|"
     r"intemperies)|(chantier|dehors|exterieur|plein air)[^?]{0,300}(froid|gel\b|[-−] ?\d+ ?(°|"
     r"degres))",
     "protection des travailleurs contre le froid et les intempéries"),
    # dismissal during adoption leave (L1225-38)
    (r"conge d'adoption[^?]{0,300}licenci|licenci\w*[^?]{0,200}conge d'adoption",
     "pendant le congé d'adoption les parents salariés bénéficient de la protection contre le "
     "licenciement"),
    # a first child's maternity leave (L1225-17), not the third child's (L1225-19)
    (r"(?s)^(?!.*(troisieme|3e|deux enfants|jumeaux|triples)).*((premier|1er) (enfant|bebe)"
     r"[^?]{0,300}(combien|duree|semaines)|(combien|duree)[^?]{0,100}(conge (de )?maternite|"
     r"semaines)[^?]{0,200}(premier|1er) (enfant|bebe))",
     "congé de maternité période qui commence six semaines avant la date présumée de "
     "l'accouchement et se termine dix semaines après"),
    # no day off in the week (L3132-1); not urgent works, whose rest is deferred (L3132-4, bi11)
    (rf"(?s)^(?!.*(panne|urgen|reparer|sinistre)).*({_NO_DAY_OFF}|"
     r"\b(sept|7) jours (sur (sept|7)|d'affilee|de suite)|toute la semaine sans (repos|jour))",
     "il est interdit de faire travailler un même salarié plus de six jours par semaine"),
    # a trial period prolonged without the employee's consent or a clause (L1221-21, -23)
    (r"((periode d'essai|\bessai\b)[^?]{0,200}(prolong|renouvel)\w*|(prolong|renouvel)\w*[^?]{0,40}"
     r"(periode d'essai|\bessai\b))[^?]{0,200}(sans (me |m'en )?(demander|accord|signer|mon avis|"
     r"prevenir)|d'office|n'en parle pas|rien (fait )?signer|pas prevu)",
     "la période d'essai peut être renouvelée une fois si un accord de branche étendu le prévoit "
     "ce renouvellement est expressément stipulé dans la lettre d'engagement ou le contrat de "
     "travail"),
    # a dismissal letter without a reason (L1232-6); the economic one has its own (L1233-16)
    (r"(?s)^(?!.*econom).*(lettre de licenciement[^?]{0,200}(sans (aucune? )?(motif|raison|"
     r"explication)|ne (dit|donne|precise|mentionne|indique) (rien|aucune? (motif|raison))|aucune "
     r"raison)|(oblige|doit)[^?]{0,40}(expliquer|motiver|donner (la|les) raisons?)[^?]{0,60}"
     r"licenci)",
     "la lettre de licenciement comporte l'énoncé du ou des motifs invoqués par l'employeur"),
    # dismissed because sick (L1132-1); not a work accident's rules, nor the notice (ah12)
    (r"(?s)^(?!.*(accident du travail|maladie professionnelle|inapt|preavis|anciennete)).*("
     r"licenci\w*[^?]{0,200}(parce que je suis malade|en raison de (ma|mon) (maladie|etat de "
     r"sante)|pendant (mon|un|son) arret|(en|mon) arret maladie)|(arret maladie|en arret)"
     r"[^?]{0,300}licenci)",
     "licencié ou faire l'objet d'une mesure discriminatoire directe ou indirecte en raison de "
     "son état de santé"),
    # a part-timer's hours beyond the contract: a tenth at most failing an agreement (L3123-28),
    # when the limit is asked (not the contract changed by regular hours, au10, L3123-13; nor
    # whether 34 hours is part time, bp04)
    (r"(?s)^(?=.*(temps partiel|contrat (de|prevoit) \d+ ?(h|heures)))(?=.*(limite|maximum|"
     r"plafond))(?!.*(temps plein|temps complet)).*((contrat|prevoit)[^?]{0,60}\b\d+ ?(h|heures)"
     r"\b[^?]{0,200}\b(fais|fait|faire|travaille|effectue)\w*[^?]{0,20}\b\d+ ?(h|heures)\b|"
     r"heures? (en plus|complementaires)[^?]{0,200}(limite|maximum|plafond))",
     "heures complémentaires accomplies par un même salarié au cours d'une même semaine ou d'un "
     "même mois ne peut être supérieur au dixième de la durée hebdomadaire ou mensuelle prévue "
     "dans son contrat"),
    # the dismissal's indemnity needs eight months' seniority (L1234-9)
    (r"indemnite de licenciement[^?]{0,200}(pas (la |ici )?depuis assez longtemps|a partir de "
     r"combien|au bout de combien|anciennete minim|pas assez d'anciennete|\bhuit mois\b)|"
     r"\b(apres|au bout de|seulement) (quatre|cinq|six|sept|[4-7]) mois\b[^?]{0,200}indemnite "
     r"de licenciement",
     "le salarié licencié alors qu'il compte huit mois d'ancienneté ininterrompus au service du "
     "même employeur a droit à une indemnité de licenciement"),
    # the dismissal's notice told as the time left to work (L1234-1); not a resignation's
    (r"(?s)^(?!.*demission)(?=.*licenci).*(combien de temps (dois-je|je dois|faut-il|vais-je)"
     r"[^?]{0,20}(encore )?(travailler|rester|faire)|jusqu'a quand (dois-je|je dois) (travailler|"
     r"rester))",
     "en cas de licenciement le salarié a droit à un préavis dont la durée dépend de son "
     "ancienneté de services continus chez le même employeur"),
    # a work certificate not given (L1234-19)
    # (or told by what it says: « le papier qui indique mes dates d'entrée et de sortie », cb08;
    # by what it proves, co04)
    (r"certificat de travail[^?]{0,200}(pas (encore )?(donne|remis|recu|envoye)|jamais|toujours "
     r"pas|oblige|delai)|(pas|jamais)[^?]{0,60}(donne|remis|recu|envoye)[^?]{0,40}certificat de "
     r"travail|(document|papier|attestation)[^?.]{0,40}\b(indique|mentionne|donne|avec)\w*"
     r"[^?.]{0,20}dates? d'(entree|arrivee) et de (sortie|depart)|" + WORK_PROOF,
     "à l'expiration du contrat de travail l'employeur délivre au salarié un certificat"),
    # the receipt signed and kept by the employer: one copy is the employee's (D1234-7; co10)
    (r"solde de tout compte[^?]{0,250}\b(copie|exemplaire|double)\b|\b(copie|exemplaire|double)\b"
     r"[^?]{0,80}solde de tout compte",
     "le reçu pour solde de tout compte est établi en double exemplaire l'un des exemplaires est "
     "remis au salarié"),
    # meal vouchers refused on a Sunday or a public holiday (R3262-8; co07)
    (MEAL_VOUCHERS + r"[^?]{0,250}\b(dimanches?|jours? feries?)\b|\b(dimanches?|jours? feries?)\b"
     r"[^?]{0,250}" + MEAL_VOUCHERS,
     "les titres-restaurant ne sont pas utilisables les dimanches et jours fériés"),
    # the 1st of May worked: its pay doubled (L3133-6); not a 1st of May off (aj03, L3133-5)
    (r"(?s)^(?=.*(travaill|de service|de garde|j'etais|ouvert))(?=.*\b(1er|premier) mai\b)"
     r"(?!.*(pas travaille|etait ferme|\bchome)).*("
     r"\b(1er|premier) mai\b[^?]{0,300}(payee?s?\b|majora|majoree?s?\b|double|rien de plus)|"
     r"(majoration|double)[^?]{0,100}\b(1er|premier) mai\b)",
     "les salariés occupés le 1er mai ont droit en plus du salaire correspondant au travail "
     "accompli à une indemnité égale au montant de ce salaire"),
    # when night work begins (L3122-2)
    (r"(a partir de|des|apres) quelle heure[^?]{0,80}(travail de nuit|de nuit|travailleur de nuit)|"
     r"(travail de nuit|travailleur de nuit)[^?]{0,80}(a partir de|des) quelle heure",
     "tout travail effectué au cours d'une période d'au moins neuf heures consécutives "
     "comprenant l'intervalle entre minuit et 5 heures est considéré comme du travail de nuit"),
    # contesting a warning: the court may annul a sanction (L1333-1, L1333-2); not a sanction
    # given without the hearing, the procedure's question (m06, L1332-2)
    (r"(?s)^(?!.*(entretien|convo(c|qu)|procedure|entendu)).*(contest\w* (un|une|cet|cette|"
     r"mon|ma|l') ?(avertissement|sanction|blame|mise a pied)|"
     r"(juge|prud'?hommes?)[^?]{0,60}(annuler|annule)[^?]{0,40}(avertissement|sanction|blame)|"
     r"(annuler|annulation de) (un|une|cet|cette|mon|ma|l') ?(avertissement|sanction|blame))",
     "le conseil de prud'hommes peut annuler une sanction irrégulière en la forme ou injustifiée "
     "ou disproportionnée à la faute commise"),
    # breastfeeding at work (L1225-30)
    # (« allaiter », not « il allait »); not the room the employer provides (al01, L1225-32),
    # nor the place asked (cp10, L1225-31)
    (r"(?s)^(?!.*\blocal\b)(?!.*" + _BREASTFEEDING_THERE + r").*(\ballait(e|es|ent|er|ant|"
     r"ante|ement)\b|tirer (mon|son|du) lait|tire-lait)",
     "pendant une année à compter du jour de la naissance la salariée allaitant son enfant "
     "dispose à cet effet d'une heure par jour durant les heures de travail"),
    # the 2026-12-07cp set
    # breastfeeding on the premises (L1225-31; cp10)
    (_BREASTFEEDING_THERE, "la salariée peut allaiter son enfant dans l'établissement"),
    # how long to keep one's payslips (R3243-5; cp04); not the employer's copies (h10, L3243-4)
    (r"(?s)^(?!.*(\bdoubles?\b|employeur doit(-il)? (les )?conserver)).*((combien de temps|"
     r"jusqu'a quand|faut-il|dois-je|doit-on|peut-on|puis-je)[^?]{0,60}(garder|conserver|jeter)"
     r"[^?]{0,60}" + _PAYSLIPS + r"|" + _PAYSLIPS + r"[^?]{0,200}(combien de temps|jusqu'a quand)"
     r"[^?]{0,40}(garder|conserver)|(jeter|detruire)[^?]{0,80}" + _PAYSLIPS + r"|" + _PAYSLIPS +
     r"[^?]{0,120}(jeter|detruire))",
     "le bulletin de paie comporte une mention incitant le salarié à le conserver sans "
     "limitation de durée"),
    # a closure longer than the leave, the days beyond it unpaid (L3141-31; cp05)
    (r"(?s)^(?=.*(sans solde|non payee?s?|pas payee?s?|plus de conges|n'ai (que|plus)|perdre))"
     r".*(ferme|fermeture)\w*[^?]{0,150}\b(six|sept|huit|6|7|8) semaines",
     "lorsqu'un établissement ferme pendant un nombre de jours dépassant la durée des congés "
     "légaux annuels l'employeur verse aux salariés pour chacun des jours ouvrables de fermeture "
     "excédant cette durée une indemnité"),
    # the top-up's length with seniority (D1226-2; cp06)
    (r"(?s)^" + _TOPUP_LENGTH,
     "les durées d'indemnisation sont augmentées de dix jours par période entière de cinq ans "
     "d'ancienneté"),
    # a commute made longer by a disability (L3121-5; cp07)
    (r"(handicap|fauteuil|invalidite|\brqth\b)[^?]{0,300}\btrajets?\b|\btrajets?\b[^?]{0,300}"
     r"(handicap|fauteuil)",
     # (its own words only: the rest is L3121-4's too, for any longer journey)
     "temps de trajet majoré du fait d'un handicap"),
    # the employer's notice when retiring an employee (L1237-6; cp08)
    (r"\b(mettre|mise|mis|mettrai)( \w+){0,2} a la retraite[^?]{0,200}preavis|preavis[^?]{0,200}"
     r"\b(mettre|mise)( \w+){0,2} a la retraite",
     "l'employeur qui décide une mise à la retraite respecte un préavis"),
    # the 2026-12-07cv set, after its one run
    # retired by the employer against one's will: what the law allows (L1237-5; cv07, and the
    # in-sample misses cf06, u03), not the retirement pay (L1237-7)
    (r"\b(mettre|met|mis|mise)( \w+){0,2} a la retraite[^?]{0,200}(quand (elle|il) (le )?veu|"
     r"sans (son|mon|leur) accord|d'office|oblig\w*|forc\w*|contre (mon|son) gre|continuer|"
     r"encore)|\b(d'office|oblig\w*|forc\w*)[^?]{0,60}a la retraite",
     "la mise à la retraite s'entend de la possibilité donnée à l'employeur de rompre le "
     "contrat de travail d'un salarié ayant atteint l'âge"),
    # a closing firm owes the dismissal pay all the same (L1234-10; cv02)
    (_FIRM_CLOSES + r"[^?]{0,250}indemnites? (de licenciement|legale)",
     "la cessation de l'entreprise ne libère pas l'employeur de l'obligation de verser "
     "l'indemnité de licenciement"),
    # time off to seek a job during the notice, a rule of Alsace-Moselle's own (L1234-17; cv01)
    (rf"(?s)^(?=.*({ALSACE_MOSELLE})).*(preavis[^?]{{0,300}}(chercher|recherche\w*) (un |d'un |"
     r"du )?(nouvel |autre )?(emploi|travail|poste)|entretiens? d'embauche)",
     "pendant le préavis l'employeur accorde au salarié qui le demande un délai raisonnable "
     "pour rechercher un nouvel emploi"),
    # a parental leave prolonged: one month's notice (L1225-51; cv03), not its length (ai05)
    (rf"(?s)^(?={_PARENTAL_PROLONGED}).*\b(prevenu|prevenir|previent|avert\w*|inform\w*|annonce\w*|"
     r"ecrit|delai|tard|(jours|semaines) avant)\b",
     "lorsque le salarié entend prolonger son congé parental d'éducation il en avertit "
     "l'employeur au moins un mois avant le terme initialement prévu"),
    # a relative at the end of life (L3142-6; cv04); when the leave is named, the question is
    # another (its refusal, bk05)
    (r"(?s)^(?!.*solidarite familiale).*(\bfin de vie\b|soins palliatifs|phase (avancee|"
     r"terminale)|pronostic vital|\bincurable\b|plus que quelques (semaines|mois|jours) a vivre)",
     "congé de solidarité familiale pathologie mettant en jeu le pronostic vital ou phase "
     "avancée ou terminale d'une affection grave et incurable"),
    # back from adoption leave, the return told after it (L1225-43; cv08)
    (r"conge d'adoption[^?]{0,120}\b(retour|reviens|revient|revenir|reprise|rentre)\w*[^?]{0,150}"
     r"\b(poste|emploi)\b",
     "à l'issue du congé d'adoption le salarié retrouve son précédent emploi ou un emploi "
     "similaire"),
    # a notice shorter in the contract than in the law (L1234-2; cv09)
    (r"preavis[^?]{0,150}(ecrit|prevu|indique|stipule|marque) dans (mon|le|son|notre) contrat|"
     r"(contrat|clause)[^?]{0,100}preavis[^?]{0,60}(plus court|moins|inferieur)",
     "toute clause d'un contrat de travail fixant un préavis d'une durée inférieure est nulle"),
    # a trial period ended for a reason that is not the work (L1221-20; cv10)
    (r"essai[^?]{0,300}(budget\w*|raisons? (financieres?|economiques?)|reorganisation|rien a "
     r"voir avec (mon|son|le) travail|(mon|son) travail (etait|est) (tres |vraiment )?bien)",
     "la période d'essai permet à l'employeur d'évaluer les compétences du salarié dans son "
     "travail"),
    # paternity leave counted in seniority (L1225-35-2; cv06), as maternity leave (L1225-24)
    (r"conge (de )?paternite[^?]{0,300}anciennete|anciennete[^?]{0,200}conge (de )?paternite",
     "la durée du congé de paternité et d'accueil de l'enfant est assimilée à une période de "
     "travail effectif pour la détermination des droits que le salarié tient de son "
     "ancienneté"),
    # the 2026-12-07cx set, after its one run
    # a temp's right to hear of the user firm's open CDI posts (L1251-25; cx01)
    (_A_TEMP + r".*(postes?|emplois?|places?) (en|de) cdi\b[^?]{0,120}"
     r"(dire|inform\w*|ouverts?|a pourvoir|disponibles?|libres?)",
     "l'entreprise utilisatrice informe le salarié temporaire des postes en contrat à durée "
     "indéterminée à pourvoir"),
    # a temp's occupational medicine, the agency's charge (L1251-22; cx03)
    (_A_TEMP + r".*(visite medicale|medecin du travail|medecine du travail|"
     r"sante au travail)",
     "les obligations relatives à la médecine du travail sont à la charge de l'entreprise de "
     "travail temporaire"),
    # a temp's sick leave does not push back the mission's end (L1251-29; cx05)
    (r"(?s)^(?=.*\b(interim|mission)).*(arret (de travail|maladie)|malade)[^?]{0,200}(prolong\w*|"
     r"se termine|termine|fin|echeance)|(prolong\w*)[^?]{0,60}(duree de (mon|son) arret)",
     "la suspension du contrat de mission ne fait pas obstacle à l'échéance de ce contrat"),
    # a CDI suspended for an apprenticeship with the same employer (L6222-13; cx06), not the
    # CDI that follows one (ar12)
    (r"\bcdi\b[^?]{0,250}apprentissage[^?]{0,250}(suspend\w*|demission\w*|retrouv\w*|garde\w*|"
     r"conserv\w*)|(suspend\w*|demission\w*|retrouv\w*|garde\w*|conserv\w*) (de )?(mon |son |"
     r"le )?cdi\b[^?]{0,250}apprentissage",
     "le contrat à durée indéterminée peut être suspendu pendant la durée d'un contrat "
     "d'apprentissage conclu avec le même employeur"),
    # a birth more than six weeks early (L1225-23; cx07), not a baby in hospital (L1225-22, aw07)
    (r"(nee?|accouche\w*)[^?.]{0,30}\b(\d+|six|sept|huit|neuf|dix) semaines (avant|plus tot)",
     "lorsque l'accouchement intervient plus de six semaines avant la date prévue et exige "
     "l'hospitalisation postnatale de l'enfant le congé de maternité est prolongé"),
    # the professional interview owed on return from maternity leave (L1225-27; cx08)
    (r"(retour|reprise|revenue?|repris)\w*[^?]{0,60}conge (de )?maternite[^?]{0,200}entretien|"
     r"entretien[^?]{0,200}(retour|reprise)\w* (de|du|apres) (mon |son )?conge (de )?maternite",
     "la salariée qui reprend son activité à l'issue d'un congé de maternité a droit à "
     "l'entretien professionnel"),
    # a part-timer's delegation hours (L3123-14; cx09)
    (r"temps partiel[^?]{0,300}(heures de delegation|credit d'heures)|(heures de delegation|"
     r"credit d'heures)[^?]{0,300}temps partiel",
     "le temps de travail mensuel d'un salarié à temps partiel ne peut être réduit de plus d'un "
     "tiers par l'utilisation du crédit d'heures"),
    # whether meal vouchers are owed (L3262-1; cx10)
    (r"(oblig\w*|droit)[^?]{0,60}" + MEAL_VOUCHERS + r"|" + MEAL_VOUCHERS
     + r" (sont-ils |est-il )?obligatoires?",
     "le titre-restaurant est un titre spécial de paiement remis par l'employeur aux "
     "salariés"),
)
# each term folded once, as the mails are, to compare them
_COMPILED = tuple((re.compile(p), term, fold(term)) for p, term in GLOSSARY)
# Acronyms spelt out: they help the search find the institution, but name no rule, so they do
# not choose the article quoted (« le panneau du CSE » made every CSE article say the law's
# words of a question on union notices, ak10 and al04 of 2026-12-06)
SPELLED_OUT = frozenset({"jours de réduction du temps de travail", "comité social et économique",
                         "contrat de sécurisation professionnelle", "compte personnel de formation",
                         "plan de sauvegarde de l'emploi"})


def legal_terms(text: str) -> list[str]:
    """The legal terms for what `text` says in other words, each once, none it already holds."""
    return list(_legal_terms(text))


# retrieval and the draft ask for the same mail's terms: some 460 patterns, about 4 ms a pass
@lru_cache(maxsize=32)
def _legal_terms(text: str) -> tuple[str, ...]:
    folded = fold(text)
    size = headcount(folded)
    # not the rule for smaller firms than the mail's: the union delegate who sits at the CSE
    # « dans les entreprises de moins de trois cents salariés » is no answer for a firm of 450
    # (the 2026-12-06ax set); a threshold the firm does not reach may be (aq11)
    return tuple(term for pattern, term, folded_term in _COMPILED
                 if pattern.search(folded) and folded_term not in folded
                 and not below_firm(folded_term, size))
