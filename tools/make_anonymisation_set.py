"""Write tests/fixtures/anonymisation.jsonl: snippets written like usagers' emails, each with
the personal data it contains (`pii`: kind and exact value) and the facts that must survive
(`keep`). Every person, company and number is invented; identifiers get valid check keys."""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "anonymisation.jsonl"


def nir(sex: int, yy: int, mm: int, dept: str, commune: int, order: int, spaced: bool = True) -> str:
    body = f"{sex}{yy:02d}{mm:02d}{dept}{commune:03d}{order:03d}"
    key = 97 - int(body.replace("2A", "19").replace("2B", "18")) % 97
    s = f"{sex} {yy:02d} {mm:02d} {dept} {commune:03d} {order:03d} {key:02d}"
    return s if spaced else s.replace(" ", "")


def iban_fr(bban: str, spaced: bool = True) -> str:
    num = "".join(str(int(c, 36)) for c in bban + "FR00")
    key = 98 - int(num) % 97
    raw = f"FR{key:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if spaced else raw


def luhn_complete(prefix: str) -> str:
    for d in range(10):
        cand = prefix + str(d)
        total = 0
        for i, c in enumerate(reversed(cand)):
            n = int(c) * (2 if i % 2 else 1)
            total += n - 9 if n > 9 else n
        if total % 10 == 0:
            return cand
    raise ValueError(prefix)


def siret(prefix13: str) -> str:
    s = luhn_complete(prefix13)
    return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"


def siren(prefix8: str) -> str:
    s = luhn_complete(prefix8)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


ROWS: list[dict] = []


def row(text: str, pii: list[tuple[str, str]], keep: list[str] = ()) -> None:
    for _, value in pii:
        assert value in text, value
    for value in keep:
        assert value in text, value
    ROWS.append({"text": text, "pii": [{"kind": k, "value": v} for k, v in pii],
                 "keep": list(keep)})


def main() -> None:
    n1, n2, n3 = nir(1, 85, 3, "69", 123, 456), nir(2, 92, 11, "2A", 4, 17), nir(2, 78, 6, "75", 112, 80, False)
    n4, n5 = nir(1, 64, 12, "59", 350, 201), nir(2, 2, 1, "13", 55, 9)
    i1, i2, i3, i4 = (iban_fr("30006000011234567890189"), iban_fr("20041010050500013M02606"),
                      iban_fr("10278060410002045670142", False), iban_fr("30004008200000123456789"))
    s1, s2, s3, s4 = siret("7328293200007"), siret("4410354950001"), siret("8123456780001"), siret("5524401860012")
    r1, r2 = siren("40483304"), siren("38012986")

    # --- persons, with and without titles, in signatures, compound and foreign names --------
    row("Bonjour, je m'appelle Jean-Pierre Dupont et je suis en CDI depuis 6 ans.",
        [("PERSONNE", "Jean-Pierre Dupont")], ["CDI", "6 ans"])
    row("Mon manager, M. Karim Benali, refuse de signer ma demande de congés.",
        [("PERSONNE", "Karim Benali")], ["congés"])
    row("Je suis employée par Mme Fatoumata Diallo comme aide à domicile, 20 heures par semaine.",
        [("PERSONNE", "Fatoumata Diallo")], ["20 heures par semaine"])
    row("Madame Sophie Lefèvre, DRH, m'a convoqué à un entretien préalable le 12 décembre 2025.",
        [("PERSONNE", "Sophie Lefèvre")], ["12 décembre 2025"])
    row("Mon collègue Wojciech Kowalski a été licencié pour faute grave après 3 ans.",
        [("PERSONNE", "Wojciech Kowalski")], ["faute grave", "3 ans"])
    row("Cordialement,\nNguyen Van Minh", [("PERSONNE", "Nguyen Van Minh")])
    row("Mon employeur, Monsieur Mohamed El Amrani, ne m'a pas remis mon solde de tout compte.",
        [("PERSONNE", "Mohamed El Amrani")], ["solde de tout compte"])
    row("Maître Hélène Rousseau, mon avocate, m'a conseillé de vous écrire.",
        [("PERSONNE", "Hélène Rousseau")])
    row("J'ai vu le Dr Antoine Mercier, médecin du travail, qui m'a déclaré inapte le 4 mars.",
        [("PERSONNE", "Antoine Mercier")], ["médecin du travail", "4 mars"])
    row("Ma fille Léa Martin, 17 ans, peut-elle travailler dans un restaurant cet été ?",
        [("PERSONNE", "Léa Martin")], ["17 ans"])
    row("Bien à vous,\nCatherine BERTRAND\nAssistante comptable",
        [("PERSONNE", "Catherine BERTRAND")])
    row("Je m'appelle Isabelle Fontaine. Mon employeur me doit 2 mois de salaire.",
        [("PERSONNE", "Isabelle Fontaine")], ["2 mois de salaire"])
    row("Le gérant, M. DUBOIS, m'a demandé de démissionner plutôt que d'être licencié.",
        [("PERSONNE", "DUBOIS")])
    row("Mon chef d'équipe Thomas Garcia m'insulte devant les clients depuis septembre.",
        [("PERSONNE", "Thomas Garcia")], ["septembre"])
    row("Bonjour Monsieur, je suis Amina Haddad, salariée à temps partiel (24 h par semaine).",
        [("PERSONNE", "Amina Haddad")], ["24 h par semaine"])
    row("Mme Chantal Moreau-Lambert, ma responsable, refuse ma demande de rupture conventionnelle.",
        [("PERSONNE", "Chantal Moreau-Lambert")], ["rupture conventionnelle"])
    row("J'ai signé ma rupture conventionnelle avec Pierre-Yves Le Gall le 2 juin 2025.",
        [("PERSONNE", "Pierre-Yves Le Gall")], ["2 juin 2025"])
    row("Merci d'avance,\nGiovanni Rossi", [("PERSONNE", "Giovanni Rossi")])
    row("Mon mari, Ahmed Benyoucef, travaille dans la même entreprise que moi.",
        [("PERSONNE", "Ahmed Benyoucef")])
    row("Le directeur, M. François Lemaire, a refusé ma période d'essai de 4 mois.",
        [("PERSONNE", "François Lemaire")], ["4 mois"])

    # --- organisations --------------------------------------------------------------------
    row("Je travaille chez Boulangerie Martin SARL depuis 2019 pour 1 850 € brut.",
        [("ORGANISATION", "Boulangerie Martin SARL")], ["2019", "1 850 € brut"])
    row("La société Transports Girard a 45 salariés et applique la convention des transports routiers.",
        [("ORGANISATION", "Transports Girard")], ["45 salariés", "transports routiers"])
    row("J'ai été embauché par l'entreprise Nettoyage Plus en CDD de 6 mois.",
        [("ORGANISATION", "Nettoyage Plus")], ["CDD de 6 mois"])
    row("Mon contrat avec Dupuis Informatique SAS prévoit une clause de non-concurrence.",
        [("ORGANISATION", "Dupuis Informatique SAS")], ["clause de non-concurrence"])
    row("Le cabinet Lefort Associés m'a proposé un forfait jours (218 jours).",
        [("ORGANISATION", "Lefort Associés")], ["218 jours"])
    row("Je suis serveur au restaurant Le Petit Zinc, convention HCR, 39 heures par semaine.",
        [("ORGANISATION", "Le Petit Zinc")], ["HCR", "39 heures"])

    # --- e-mail addresses ------------------------------------------------------------------
    row("Vous pouvez me répondre à claire.moreau@example.fr, merci.",
        [("EMAIL", "claire.moreau@example.fr")])
    row("Mon adresse : jp_dupont85@laposte.net (je consulte tous les jours).",
        [("EMAIL", "jp_dupont85@laposte.net")])
    row("Écrivez plutôt à l'adresse perso nadia.h+srdt@gmail.com.",
        [("EMAIL", "nadia.h+srdt@gmail.com")])
    row("Le mail de mon employeur est rh@transports-girard.fr.",
        [("EMAIL", "rh@transports-girard.fr")])

    # --- phone numbers ---------------------------------------------------------------------
    row("Vous pouvez m'appeler au 06 12 34 56 78 après 18 h.",
        [("TELEPHONE", "06 12 34 56 78")], ["18 h"])
    row("Mon portable : 07.81.22.33.44", [("TELEPHONE", "07.81.22.33.44")])
    row("Tél. 04-72-10-20-30 (bureau)", [("TELEPHONE", "04-72-10-20-30")])
    row("Joignable au +33 6 98 76 54 32 en semaine.", [("TELEPHONE", "+33 6 98 76 54 32")])
    row("Mon numéro : 0612345678.", [("TELEPHONE", "0612345678")])
    row("Appelez-moi au 0033 1 45 67 89 10 ou par mail.", [("TELEPHONE", "0033 1 45 67 89 10")])
    row("Je vis en Belgique : +32 478 12 34 56.", [("TELEPHONE", "+32 478 12 34 56")])
    row("Ma collègue (06 98 12 34 56) peut témoigner du harcèlement.",
        [("TELEPHONE", "06 98 12 34 56")], ["harcèlement"])

    # --- postal addresses ------------------------------------------------------------------
    row("J'habite au 12 rue des Lilas, 69003 Lyon, à 40 km du nouveau site.",
        [("ADRESSE", "12 rue des Lilas, 69003 Lyon")], ["40 km"])
    row("Mon employeur est situé 3 bis avenue Jean Jaurès, 13001 Marseille.",
        [("ADRESSE", "3 bis avenue Jean Jaurès, 13001 Marseille")])
    row("Adresse : 45 boulevard Haussmann 75009 Paris", [("ADRESSE", "45 boulevard Haussmann 75009 Paris")])
    row("La lettre a été envoyée au 7 impasse du Moulin, 35000 Rennes le 5 mai.",
        [("ADRESSE", "7 impasse du Moulin, 35000 Rennes")], ["5 mai"])
    row("Je déménage au 18 chemin des Vignes, 33000 Bordeaux en janvier.",
        [("ADRESSE", "18 chemin des Vignes, 33000 Bordeaux")], ["janvier"])
    row("Siège : BP 4521, 59000 Lille.", [("ADRESSE", "BP 4521"), ("ADRESSE", "59000 Lille")])

    # --- social security numbers -----------------------------------------------------------
    row(f"Mon numéro de sécurité sociale est le {n1}.", [("NIR", n1)])
    row(f"NIR : {n2} (née en Corse).", [("NIR", n2)])
    row(f"Ma carte vitale porte le numéro {n3}, l'attestation de salaire n'a pas été envoyée.",
        [("NIR", n3)], ["attestation de salaire"])
    row(f"Numéro de sécu {n4} ; arrêt maladie du 3 au 17 octobre.",
        [("NIR", n4)], ["3 au 17 octobre"])
    row(f"Pour ma fille apprentie : {n5}.", [("NIR", n5)])

    # --- IBAN --------------------------------------------------------------------------------
    row(f"Mon salaire doit être versé sur {i1}.", [("IBAN", i1)])
    row(f"RIB : IBAN {i2} BIC CCPFRPPXXX", [("IBAN", i2)])
    row(f"Voici mon IBAN {i3} pour le remboursement des frais.", [("IBAN", i3)])
    row(f"Virement reçu sur le compte {i4} avec 15 jours de retard.", [("IBAN", i4)], ["15 jours"])

    # --- SIRET / SIREN -----------------------------------------------------------------------
    row(f"Mon employeur (SIRET {s1}) ne répond plus.", [("SIRET", s1)])
    row(f"L'entreprise, numéro SIRET : {s2}, compte 8 salariés.", [("SIRET", s2)], ["8 salariés"])
    row(f"Sur ma fiche de paie figure le SIRET {s3} et le code NAF 5610A.", [("SIRET", s3)],
        ["5610A"])
    row(f"Établissement {s4}, convention collective Syntec.", [("SIRET", s4)], ["Syntec"])
    row(f"La société est immatriculée sous le SIREN {r1} au RCS de Lyon.", [("SIREN", r1)])
    row(f"SIREN : {r2}", [("SIREN", r2)])

    # --- dates of birth (and event dates that must stay) ----------------------------------
    row("Je suis née le 14/07/1990 et je travaille depuis le 1er septembre 2020.",
        [("DATE_NAISSANCE", "14/07/1990")], ["1er septembre 2020"])
    row("Date de naissance : 03/02/1975. Embauché le 15 janvier 2001.",
        [("DATE_NAISSANCE", "03/02/1975")], ["15 janvier 2001"])
    row("Mon fils, né le 2 avril 2008, fait un stage d'observation le 10 février.",
        [("DATE_NAISSANCE", "2 avril 2008")], ["10 février"])
    row("né en 1962, je voudrais partir à la retraite après 42 ans de carrière.",
        [("DATE_NAISSANCE", "1962")], ["42 ans"])

    # --- several kinds at once -------------------------------------------------------------
    row("Bonjour,\nJe suis Marc Lambert (marc.lambert@free.fr, 06 11 22 33 44), salarié de "
        "Garage Lambert SARL depuis 2015. Mon salaire de 2 100 euros n'a pas été payé en octobre.",
        [("PERSONNE", "Marc Lambert"), ("EMAIL", "marc.lambert@free.fr"),
         ("TELEPHONE", "06 11 22 33 44"), ("ORGANISATION", "Garage Lambert SARL")],
        ["2015", "2 100 euros", "octobre"])
    row("Mme Nathalie Perrin, 8 place Bellecour, 69002 Lyon, tél 04 78 00 11 22, licenciée "
        "pour motif économique avec 11 ans d'ancienneté.",
        [("PERSONNE", "Nathalie Perrin"), ("ADRESSE", "8 place Bellecour, 69002 Lyon"),
         ("TELEPHONE", "04 78 00 11 22")], ["11 ans d'ancienneté", "motif économique"])

    # --- nothing to mask: the facts must all survive ---------------------------------------
    row("Je suis en CDD de 6 mois, payé 1 766,92 € brut, dans une entreprise de 250 salariés "
        "qui applique la convention collective de la métallurgie (IDCC 3248). L'article L1243-11 "
        "s'applique-t-il ?", [],
        ["CDD de 6 mois", "1 766,92 € brut", "250 salariés", "IDCC 3248", "L1243-11",
         "métallurgie"])
    row("Mon préavis est de 2 mois selon le Code du travail ; j'ai saisi le conseil de "
        "prud'hommes le 3 novembre 2025 et France Travail me demande une attestation.", [],
        ["2 mois", "Code du travail", "3 novembre 2025", "France Travail"])

    OUT.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS) + "\n",
                   encoding="utf-8")
    print(f"{len(ROWS)} snippets, {sum(len(r['pii']) for r in ROWS)} personal data values")


if __name__ == "__main__":
    main()
