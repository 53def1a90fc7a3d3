"""Write the intake test emails (tests/fixtures/emails/intake-*.eml). Names, addresses and
numbers are invented; NIR, IBAN and SIRET carry valid check keys so the anonymiser's
validation is exercised."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "emails"
DATE = format_datetime(datetime(2026, 11, 20, 9, 30, tzinfo=UTC))


def simple(name: str, subject: str, body: str, sender: str = "Claire Moreau <claire.moreau@example.fr>",
           charset: str = "utf-8") -> None:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "srdt-69@dreets.gouv.fr"
    msg["Subject"] = subject
    msg["Date"] = DATE
    msg.set_content(body, charset=charset)
    (OUT / name).write_bytes(bytes(msg))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    simple("intake-plain.eml", "Préavis de démission",
           "Bonjour,\n\nJe suis en CDI depuis 3 ans comme vendeuse dans une boulangerie. Je "
           "souhaite démissionner : quelle est la durée de mon préavis ?\n\nCordialement,\n"
           "Claire Moreau\n06 12 34 56 78\n")

    html = MIMEMultipart("alternative")
    html["From"] = "=?utf-8?q?J=C3=A9r=C3=B4me_Lef=C3=A8vre?= <jerome.lefevre@example.com>"
    html["To"] = "srdt-69@dreets.gouv.fr"
    html["Subject"] = "=?utf-8?b?SGV1cmVzIHN1cHBsw6ltZW50YWlyZXMgbm9uIHBhecOpZXM=?="
    html["Date"] = DATE
    soup = (
        "<html><head><style>p{margin:0}</style><!--[if mso]><xml>junk</xml><![endif]--></head>"
        "<body><div class=WordSection1><div><div><p class=MsoNormal>Bonjour Madame, Monsieur,"
        "<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Mon employeur "
        "ne me paie pas mes <b>heures supplémentaires</b> depuis janvier.<br>Voici le détail :</p>"
        "<table><tr><td>Semaine</td><td>Heures</td></tr><tr><td>S1</td><td>42</td></tr>"
        "<tr><td>S2</td><td>45</td></tr></table><ul><li>Est-ce légal ?<li>Que puis-je faire ?</ul>"
        "<p>Cordialement,</p><p>Jérôme Lefèvre</p><script>alert('x')</script>"
        "</div></div></div></body></html>")
    html.attach(MIMEText("", "plain", "utf-8"))  # an empty text part: the HTML must win
    html.attach(MIMEText(soup, "html", "utf-8"))
    (OUT / "intake-html-soup.eml").write_bytes(html.as_bytes())

    # Declared utf-8, written in Windows-1252 by an old mail client.
    raw = (f"From: Martine Petit <m.petit@example.org>\r\nTo: srdt@dreets.gouv.fr\r\n"
           f"Subject: conges payes\r\nDate: {DATE}\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           "Bonjour,\r\nPuis-je reporter mes congés payés non pris à l'année prochaine ? "
           "Mon employeur a refusé mes dates en été.\r\nMerci d'avance,\r\nMartine Petit\r\n"
           ).encode("cp1252")
    (OUT / "intake-wrong-charset.eml").write_bytes(raw)

    simple("intake-reply-history.eml", "RE: Votre demande",
           "Merci pour votre réponse. Une précision : ma période d'essai a été renouvelée sans "
           "mon accord écrit, est-ce valable ?\n\nBien à vous,\nKarim Benali\n\n"
           "Le 18 nov. 2026 à 10:02, SRDT Rhône <srdt-69@dreets.gouv.fr> a écrit :\n"
           "> Bonjour,\n> La durée de la période d'essai dépend de votre catégorie.\n> Cordialement",
           sender="Karim Benali <karim.benali@example.net>")

    simple("intake-outlook-reply.eml", "RE: licenciement",
           "Bonjour,\n\nJ'ai reçu ma lettre de licenciement hier. Combien de temps ai-je pour "
           "contester ?\n\nCordialement\nSophie Garnier\n\n"
           "De : SRDT Rhône <srdt-69@dreets.gouv.fr>\nEnvoyé : lundi 16 novembre 2026 14:12\n"
           "À : Sophie Garnier\nObjet : licenciement\n\nBonjour, pouvez-vous préciser ?",
           sender="Sophie Garnier <sophie.garnier@example.fr>")

    simple("intake-forwarded.eml", "TR: question rupture conventionnelle",
           "Bonjour, je vous transfère la question d'une salariée reçue à l'accueil.\n\n"
           "---------- Forwarded message ---------\nDe : Nadia Haddad <nadia.h@example.com>\n"
           "Date: mar. 17 nov. 2026 à 18:40\nSubject: rupture conventionnelle\n"
           "To: <accueil@mairie.example.fr>\n\n"
           "Bonjour, mon employeur me propose une rupture conventionnelle. Quel est le montant "
           "minimum de l'indemnité après 6 ans d'ancienneté ?\nMerci, Nadia Haddad",
           sender="Accueil Mairie <accueil@mairie.example.fr>")

    simple("intake-signature-disclaimer.eml", "Arrêt maladie et congés",
           "Bonjour,\n\nJ'ai été en arrêt maladie deux mois. Est-ce que j'acquiers des congés "
           "payés pendant cette période ?\n\nCordialement,\nLaurent Girard\nResponsable "
           "logistique\nTransports Girard et Fils SAS\nTél : 04 72 00 00 00\n\n"
           "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention "
           "exclusive de ses destinataires.\n\nEnvoyé de mon iPhone",
           sender="Laurent Girard <l.girard@transports-girard.example>")

    mixed = MIMEMultipart("mixed")
    mixed["From"] = "Paul Roux <paul.roux@example.fr>"
    mixed["To"] = "srdt@dreets.gouv.fr"
    mixed["Subject"] = "Contrat CDD à vérifier"
    mixed["Date"] = DATE
    mixed.attach(MIMEText("Bonjour,\nVous trouverez mon contrat en pièce jointe. Mon CDD peut-il "
                          "être renouvelé une troisième fois ?\nCordialement,\nPaul Roux",
                          "plain", "utf-8"))
    pdf = MIMEApplication(b"%PDF-1.4\n" + b"0" * 2048, _subtype="pdf")
    pdf.add_header("Content-Disposition", "attachment", filename="contrat-cdd.pdf")
    mixed.attach(pdf)
    (OUT / "intake-attachment.eml").write_bytes(mixed.as_bytes())

    simple("intake-subject-only.eml", "Combien de jours de congé pour un mariage ?", "\n\n")

    broken = (f"From: x@example.fr\r\nSubject: test\r\nDate: {DATE}\r\nMIME-Version: 1.0\r\n"
              "Content-Type: multipart/mixed; boundary=\"AAA\"\r\n\r\n"
              "--AAA\r\nContent-Type: text/plain; charset=utf-8\r\n"
              "Content-Transfer-Encoding: base64\r\n\r\n"
              + base64.b64encode("Bonjour, mon salaire est payé en retard chaque mois.".encode()
                                 ).decode()[:-3]
              + "\r\n--AAA")  # truncated base64 and no closing boundary
    (OUT / "intake-broken-mime.eml").write_bytes(broken.encode())


if __name__ == "__main__":
    main()
