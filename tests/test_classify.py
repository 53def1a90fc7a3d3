"""Classification on labelled emails (tests/fixtures/emails/expected.json), through intake and
anonymisation as in production."""

import json
import re
from pathlib import Path

import pytest

from assistant.anonymise import Anonymiser, signature_names
from assistant.classify import (
    THEMES,
    WORK_ACCIDENT,
    below_firm,
    classify,
    classify_requester,
    classify_themes,
    code_theme,
    detect_convention,
    headcount,
    llm_messages,
    merge_llm,
    question_theme,
    redirected,
    size_ranges,
    theme_scores,
    weigh_by_code,
)
from assistant.intake import parse_any
from corpus.kb import KnowledgeBase
from corpus.text import fold

EMAILS = Path(__file__).parent / "fixtures" / "emails"
EXPECTED = json.loads((EMAILS / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


@pytest.fixture(scope="module")
def edge_kb(tmp_path_factory, embedder, embedding_cache) -> KnowledgeBase:
    from corpus.build import build

    from .conftest import SAMPLE_LOCK, make_store, sample_options

    d = tmp_path_factory.mktemp("classify-kb")
    store = make_store("edge", d)
    opts = sample_options()
    opts.sources = []
    build(store, d, embedder, opts, SAMPLE_LOCK, cache_path=embedding_cache)
    return KnowledgeBase(store, d, embedder)


def test_taxonomy_has_twenty_documented_themes() -> None:
    assert len(THEMES) == 20 and len({t.id for t in THEMES}) == 20
    assert all(t.label and t.cues for t in THEMES)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_labelled_email(name: str, anonymiser: Anonymiser, edge_kb: KnowledgeBase) -> None:
    exp = EXPECTED[name]
    mail = parse_any((EMAILS / name).read_bytes())
    known = [mail.sender_name, *signature_names(mail.signature)]
    subject = anonymiser.anonymise(mail.subject, known).text
    text = anonymiser.anonymise(f"{mail.subject}\n{mail.body}", known).text
    c = classify(text, edge_kb.convention, subject=subject)
    themes = [t["id"] for t in c.themes]
    assert themes[: len(exp["themes"])] == exp["themes"] or set(exp["themes"]) <= set(themes), (
        themes, c.themes)
    assert themes[0] == exp["themes"][0]
    assert c.requester.value == exp["requester"], c.requester
    assert c.idcc == exp["idcc"], c.convention
    assert (c.out_of_scope or {}).get("id") == exp["out_of_scope"]
    assert sorted(s["id"] for s in c.sensitive) == sorted(exp["sensitive"])
    if exp["missing"] is not None:
        assert [m["fact"] for m in c.missing_facts] == exp["missing"]
    for t in c.themes:  # every decision carries its evidence
        assert t["evidence"]
    if c.convention:
        assert c.convention["evidence"]


def test_agent_override_of_the_agreement(edge_kb: KnowledgeBase) -> None:
    c = classify("Combien de jours de congés payés ?", edge_kb.convention, idcc_override=1979)
    assert c.idcc == 1979 and c.convention and c.convention["how"] == "agent"
    assert c.convention["title"] == "Hôtels, cafés, restaurants"


def test_ambiguous_agreement_lists_candidates() -> None:
    conv = detect_convention("Je travaille dans le bâtiment comme maçon.", None)
    assert conv and conv["idcc"] is None and {1596, 1597} <= set(conv["candidates"])


def test_explicit_idcc_wins() -> None:
    conv = detect_convention("Ma convention (IDCC 1486) et la métallurgie", None)
    assert conv and conv["idcc"] == 1486 and conv["how"] == "explicite"


def test_requester_third_party() -> None:
    third = classify_requester("Ma fille est apprentie et son patron ne la paie pas")
    assert third.value == "autre"
    assert classify_requester("J'emploie une assistante maternelle").value == "employeur"


def test_corpus_trained_model_backs_the_rules_up() -> None:
    from assistant.classify import classify_themes

    # no rule cue here; the model trained on service-public fiches recognises the topic
    themes = classify_themes("Quelles sont les obligations de l'employeur concernant le "
                             "document unique d'évaluation des risques et les consignes "
                             "d'évacuation ?")
    assert [t["id"] for t in themes] == ["sante_securite"]
    assert themes[0]["evidence"][0].startswith("modèle statistique")
    assert classify_themes("Bonjour, merci.") == []  # nothing to recognise, nothing claimed


def test_theme_model_training_is_consistent() -> None:
    from assistant.theme_model import ThemeModel, train

    docs = [("conges_payes", "congés payés vacances jours de congés acquis"),
            ("conges_payes", "report des congés payés non pris"),
            ("formation", "apprenti contrat d'apprentissage centre de formation"),
            ("formation", "stage gratification stagiaire école")]
    raw = train(docs)
    model = ThemeModel(raw["log_prior"], raw["log_likelihood"], raw["log_unseen"])  # type: ignore[arg-type]
    assert model.predict("mes congés payés")[0] == "conges_payes"
    theme, proba = model.predict("un stagiaire en apprentissage")
    assert theme == "formation" and 0.5 < proba <= 1.0
    assert raw["docs"] == {"conges_payes": 2, "formation": 2}


@pytest.mark.parametrize(("text", "who"), [
    ("Ma nouvelle responsable m'humilie en réunion depuis six mois.", "salarie"),
    ("Mon ancien patron ne m'a pas remis mon attestation.", "salarie"),
    ("Je gère un restaurant. Un de mes cuisiniers finit à 1 h du matin.", "employeur"),
    ("Ma fille de 17 ans est apprentie coiffeuse depuis deux mois.", "autre"),
    ("Un de mes collègues a été licencié hier.", "salarie"),
    # a job named, a pregnancy, a bereavement: the usager's own situation
    ("Je suis magasinier dans une entreprise de logistique.", "salarie"),
    ("Je suis enceinte de mon deuxième enfant : combien de semaines de congé ?", "salarie"),
    ("Mon père est décédé samedi. Combien de jours puis-je prendre ?", "salarie"),
    ("Mon fils est hospitalisé : ai-je droit à un congé ?", "salarie"),
    ("Mon fils est serveur et son patron ne le paie pas.", "autre"),
    ("Je suis agentive dans mes démarches.", "inconnu"),
    # an employer who recruits, speaks of « nos » employees or signs with an HR title
    ("J'ai embauché une vendeuse en CDD de 6 mois.", "employeur"),
    ("Nous recrutons un cadre en CDI.", "employeur"),
    ("Un de nos chauffeurs a été déclaré inapte.", "employeur"),
    ("Quel délai ?\nClaire Renaud, responsable RH", "employeur"),
    ("Notre direction nous annonce que le lundi de Pentecôte sera travaillé.", "salarie"),
    # a job written out in full; a candidate
    ("Je suis serveur dans un restaurant : combien de jours pour mon mariage ?", "salarie"),
    ("J'ai passé un entretien d'embauche et reçu un refus le lendemain.", "salarie"),
    ("Après la fin de mon CDD, je n'ai rien reçu.", "salarie"),
    # a trade by its ending; a colleague who targets the usager; « un de mes mécaniciens »
    ("Je suis électricien et je mets une heure pour aller sur les chantiers.", "salarie"),
    ("Un collègue m'envoie des messages déplacés.", "salarie"),
    ("Un de mes mécaniciens me demande une avance.", "employeur"),
    ("Je suis employeur et je cherche un électricien.", "employeur"),
    # staff named by their trade after « notre », « nos »; the boss spoken of by others
    ("Notre assistante est enceinte : devons-nous la payer ?", "employeur"),
    ("Une de nos vendeuses souhaite partir plus tôt.", "employeur"),
    ("Notre enfant est malade : puis-je rester chez moi ?", "inconnu"),
    ("Notre formateur nous a dit que le stage serait payé.", "inconnu"),
    ("Le patron dit que c'est normal en saison. Il a le droit ?", "salarie"),
    ("Mon directeur m'a dit qu'il préférait un homme pour ce poste.", "salarie"),
    ("La gérante nous demande de rester après la fermeture.", "salarie"),
    # a relative's job told in the third person
    ("Ma fille a 16 ans et elle va travailler cet été dans un camping.", "autre"),
    ("Mon mari a 50 ans, il commence un CDD lundi.", "autre"),
    ("Mon fils a 17 ans et il est apprenti plombier.", "autre"),
    # the usager's own job told by what happens to them, or by a trade in « -on »
    ("Je viens d'être licencié pour faute grave.", "salarie"),
    ("On me propose un CDD de 6 mois.", "salarie"),
    ("Je suis maçon sur un chantier.", "salarie"),
    # an employer by the firm they run, a couple of employees speaking as « nous »
    ("Je suis à la tête d'un salon de coiffure ; une apprentie arrive en retard.", "employeur"),
    ("Pouvons-nous envoyer les plannings par courriel à nos 14 salariés ?", "employeur"),
    ("Nous sommes une petite société de nettoyage et voulons passer aux titres-restaurant.",
     "employeur"),
    ("Mon mari et moi sommes parents ; nous sommes tous les deux salariés du privé.", "salarie"),
    ("Nous sommes plusieurs chauffeurs à vouloir faire grève jeudi.", "salarie"),
    # the 2026-12-06al set: one's workplace after « au », a mission just ended; the staff
    # counted after « mes », not one's employers or children
    ("Je travaille au siège d'une compagnie d'assurances.", "salarie"),
    ("Je viens de finir une mission d'intérim de trois semaines.", "salarie"),
    ("Je voudrais que mes 6 mécaniciens récupèrent cette journée.", "employeur"),
    ("Mes deux employeurs ne s'entendent pas sur mes horaires.", "inconnu"),
    ("Mes trois enfants sont malades cette semaine.", "inconnu"),
    # the 2026-12-06an set: one's own hours arranged for a disabled child, one's own birth
    ("Aménager mes horaires pour mon fils. Mon fils de 12 ans est handicapé. Je travaille "
     "dans une mutuelle.", "salarie"),
    ("Je vous écris pour mon fils, qui travaille dans un garage.", "autre"),
    ("Je suis cheffe de projet et j'accouche début mars.", "salarie"),
    # the 2026-12-06ap set: someone who pays the writer; the employer's own internal rules
    ("Je fais le ménage chez une dame âgée, qui me paie en CESU.", "salarie"),
    ("Nous souhaitons modifier notre règlement intérieur.", "employeur"),
    ("Nous avons proposé un CDI à notre vendeuse, qui hésite.", "employeur"),
    # the 2026-12-06ar set: a temp's own mission, hours one worked, the CSE told of an offer,
    # a union writing as such
    ("Je suis en mission d'intérim comme cariste.", "salarie"),
    ("J'ai fait beaucoup d'heures supplémentaires cette année.", "salarie"),
    ("Nous avons un CSE. L'employeur nous propose un budget de 500 euros.", "salarie"),
    ("Notre syndicat a obtenu 8 % des voix aux élections.", "autre"),
    # the 2026-12-06as set: the firm one works in, one's leave days, staff « we » dismissed
    ("La petite entreprise où je travaille a été vendue.", "salarie"),
    ("J'ai pris les jours de naissance.", "salarie"),
    ("Nous avons licencié deux opérateurs en juillet.", "employeur"),
    # the boss's decision told by an employee; one's own hours
    ("Dans ma société, le patron a annoncé que les heures seraient récupérées.", "salarie"),
    ("Je travaille à temps plein en CDI dans une menuiserie.", "salarie"),
    ("Je travaille de nuit dans un entrepôt.", "salarie"),
    ("Je travaille 8 heures par jour dans un centre d'appels.", "salarie"),
    # an elected representative is an employee, unless writing for someone else
    ("Je suis élue au CSE et mon employeur veut me licencier.", "salarie"),
    ("Je suis membre du CSE. Puis-je être licencié pendant mon mandat ?", "salarie"),
    ("Je suis délégué syndical, un salarié me demande si son employeur peut le muter.", "autre"),
    ("J'ai reçu une lettre me convoquant à un entretien préalable.", "salarie"),
    ("J'attends mon troisième enfant pour juin.", "salarie"),
    ("Ma salariée attend son troisième enfant.", "employeur"),
    # a sanction received
    ("J'ai reçu hier un avertissement pour un oubli.", "salarie"),
    ("L'entreprise n'aurait-elle pas dû m'entendre avant de me sanctionner ?", "salarie"),
    ("Puis-je sanctionner un salarié qui arrive en retard ?", "inconnu"),
    # a temp's own mission
    ("J'ai fait une mission d'intérim de quatre mois dans un entrepôt.", "salarie"),
    ("Ma mission s'est terminée vendredi.", "salarie"),
    # an employer named by its structure (h10 of 2026-12-05)
    ("Notre association emploie 4 salariés : combien de temps garder les bulletins ?",
     "employeur"),
    ("Notre cabinet compte 12 collaborateurs.", "employeur"),
    ("Nous sommes un petit restaurant : un serveur démissionne.", "employeur"),
    # the 2026-12-05e set: a temp's past mission, an artisan who dismisses, a spouse's move
    ("J'étais en mission d'intérim jusqu'au 20 décembre.", "salarie"),
    ("L'agence a arrêté la mission. Est-ce que je dois être payé jusqu'au terme ?", "salarie"),
    ("Je suis artisan boulanger et je dois licencier pour motif personnel un vendeur.",
     "employeur"),
    ("Je suis artisan et mon patron ne me paie plus.", "salarie"),
    ("Mon mari est muté à Toulouse et je vais devoir quitter mon poste. Si je démissionne, "
     "combien de préavis ?", "salarie"),
    # a parent for a child who wants a summer job (o06 of 2026-12-05o, after its one run)
    ("Mon fils a 14 ans et demi et voudrait travailler cet été.", "autre"),
    # the two descriptions of an employer's structure share one list of workplaces
    ("Notre boulangerie emploie 3 vendeuses.", "employeur"),
    ("Nous sommes une petite SARL de 5 salariés.", "employeur"),
    # the 2026-12-05p set: past work, one's own leave
    ("J'ai travaillé 2 mois en intérim comme soudeur ; l'entreprise vient de m'embaucher.",
     "salarie"),
    ("J'ai pris deux ans de congé parental entre 2019 et 2021.", "salarie"),
    # and the 2026-12-05aa set: one's own hours, a child's summer job, a sales adviser
    ("Depuis septembre je fais environ 46 heures par semaine.", "salarie"),
    ("Mon fils a 17 ans et travaille cet été dans un fast-food.", "autre"),
    ("Je suis conseillère de vente ; mon nouveau manager m'a dit de retirer mon foulard.",
     "salarie"),
    ("Je suis conseillère prud'homale et une salariée me demande si son CDD est valable.",
     "autre"),
    # the 2026-12-06ab set: a new business and its first staff
    ("J'ai ouvert un petit restaurant il y a trois mois et j'ai deux serveurs.", "employeur"),
    ("Je suis paysagiste et je viens d'embaucher mon premier salarié.", "employeur"),
    ("Je suis paysagiste depuis dix ans dans une entreprise de 20 personnes.", "salarie"),
    # and the 2026-12-06ac set: a winegrower hiring with neighbours, a garage owner
    ("Je suis viticulteur. Avec deux voisins, nous voudrions embaucher un ouvrier.",
     "employeur"),
    ("Je tiens un garage. Le fils d'un client voudrait que je l'embauche.", "employeur"),
    ("Je suis viticulteur et mon patron ne me paie pas les heures.", "salarie"),
    # and the 2026-12-06ae set: a job about to start, an apprenticeship asked for
    ("Je commence lundi une mission d'intérim de 4 mois.", "salarie"),
    ("J'ai 31 ans. Un artisan serait d'accord pour me prendre en apprentissage.", "salarie"),
    # and the 2026-12-06af set: strikers writing together
    ("Nous sommes en grève depuis lundi : la direction fait venir des intérimaires.", "salarie"),
    # and the 2026-12-06ag set: a first hire about to start; « j'embauche à 6 h » is one's shift
    ("J'ouvre un atelier de menuiserie et j'embauche mes trois premiers salariés le mois "
     "prochain.", "employeur"),
    ("Mes futurs salariés commenceront en mars : quel contrat ?", "employeur"),
    ("J'embauche à 6 h et je finis à 14 h, la pause n'est pas payée.", "salarie"),
    # and the 2026-12-06ai set: a business taken over, an apprentice or temps taken on; one's
    # own return to work, one's own parental leave « pour mon fils »
    ("Je viens de reprendre une menuiserie avec quatre salariés.", "employeur"),
    ("J'ai repris le travail après mon arrêt.", "salarie"),
    ("Je souhaite prendre un apprenti qui prépare un BTS.", "employeur"),
    ("Nous pensions faire appel à une agence d'intérim pour renforcer l'équipe.", "employeur"),
    ("Mon employeur veut faire appel à une agence d'intérim pour me remplacer.", "salarie"),
    ("Je suis en congé parental depuis un an pour mon fils né en janvier.", "salarie"),
    ("Je vous écris pour ma fille de 19 ans qui est apprentie.", "autre"),
    # and the 2026-12-06aj set: colleagues writing together
    ("Nous sommes trois collègues adhérents du même syndicat.", "salarie"),
    # and the 2026-12-06at set: the CSE's secretary writes of their own firm
    ("Je suis secrétaire du CSE de notre société (120 salariés). La direction ne nous "
     "convoque plus.", "salarie"),
    # and the 2026-12-06au set: a representative just elected; hours « que nous faisons »
    ("Je viens d'être élu au CSE d'une entreprise de 60 salariés.", "salarie"),
    ("L'employeur ne note nulle part les heures que nous faisons.", "salarie"),
    # and the 2026-12-06aw set: the employer runs the CSE's elections; a couple at the same
    # firm; one's own maternity leave
    ("Nous préparons les premières élections du CSE dans notre entreprise.", "employeur"),
    ("Mon mari et moi travaillons dans la même entreprise.", "salarie"),
    ("Mon congé de maternité se termine dans trois semaines.", "salarie"),
    # and the 2026-12-06ax set: a candidate at the election, employees who set up a union
    # section (not the union writing as such), elected members writing together
    ("J'étais candidate aux élections du CSE du mois dernier.", "salarie"),
    ("Avec quelques collègues nous venons de créer une section syndicale. Notre syndicat n'a "
     "pas obtenu 10 % aux élections.", "salarie"),
    ("Notre syndicat n'a pas obtenu 10 % aux élections dans cette entreprise.", "autre"),
    ("Nous sommes élus au CSE d'une entreprise de 60 salariés.", "salarie"),
    # and the 2026-12-06ay set: a household employer
    ("Je voudrais faire venir une dame deux heures par semaine pour le ménage chez moi.",
     "employeur"),
    # and the 2026-12-06az set: a member of the union section, who names « notre union
    # départementale »
    ("Je suis adhérent d'une section syndicale ; nous voulons inviter un responsable de notre "
     "union départementale.", "salarie"),
    # and the 2026-12-06ba set: the employer spoken of as someone else
    ("Nous venons d'élire un CSE. L'employeur veut désigner lui-même le secrétaire.",
     "salarie"),
    # and the 2026-12-06bb set: the site one works on, the staff as the firm sees them, an
    # outside contractor brought in
    ("L'inspectrice a ordonné l'arrêt des travaux sur le toit où nous travaillons.", "salarie"),
    ("Nous voudrions encourager les salariés à verser sur le plan d'épargne.", "employeur"),
    ("Nous allons faire intervenir une entreprise extérieure dans notre usine.", "employeur"),
    ("Le toit où nous travaillons est-il assez sûr ? Notre entreprise devrait-elle "
     "nous encourager à le dire ?", "salarie"),
    # and the 2026-12-06bc set: a shared office, a job sought, a sales representative (not
    # the employer who speaks of « plusieurs collègues » of its staff, ad10)
    ("Nous sommes six dans un bureau en sous-sol, sans fenêtre.", "salarie"),
    ("Je cherche un emploi de chauffeur : une agence me demande des frais.", "salarie"),
    ("Je suis commercial itinérant sur trois départements.", "salarie"),
    ("Nous sommes une agence de 25 salariés. Plusieurs collègues viennent à vélo.", "employeur"),
    # the 2026-12-07bf set: a shop kept for one brand, by someone unsure of being employed
    ("Je tiens un point de vente pour une seule enseigne et je n'ai pas de contrat de "
     "travail. Suis-je salariée ?", "salarie"),
    ("Je tiens un restaurant de 8 salariés.", "employeur"),
    # and the 2026-12-07bg set: the firm's apprentice
    ("Notre apprenti a échoué à son CAP : pouvons-nous prolonger son contrat ?", "employeur"),
    ("Notre employeur nous impose des heures : notre salaire ne suit pas.", "salarie"),
    # and the 2026-12-07bh set: one's mother ill is no relative writing for her
    ("Ma mère est atteinte d'une maladie grave : comment prévenir mon employeur de mon congé "
     "de proche aidant ?", "salarie"),
    ("Ma mère est vendeuse : son employeur peut-il lui refuser ses congés ?", "autre"),
    # and the 2026-12-07bi set: a summons received; « ma société » is where one works
    ("Je suis convoquée à un entretien préalable. Il n'y a pas de représentant du personnel "
     "dans ma société.", "salarie"),
    ("Dans ma société, les heures supplémentaires sont payées en repos.", "inconnu"),
    # and the 2026-12-07bk set: one's mission told with its place
    ("Ma mission d'intérim dans une usine s'est terminée vendredi, on m'a demandé de revenir.",
     "salarie"),
    # and the 2026-12-07bl set: a mission begun
    ("J'ai commencé une mission dans un entrepôt il y a deux semaines.", "salarie"),
    # and the 2026-12-07bz set: one's own pay asked, a rule the staff must keep
    ("Puis-je rester à la maison pour m'occuper de lui ? Serai-je payée ?", "salarie"),
    ("Pendant la pause, nous devons rester dans l'atelier.", "salarie"),
    # a direction that calls technicians back says so (be06)
    ("Nous devons faire revenir cette nuit deux techniciens.", "inconnu"),
    # and the 2026-12-07cb set: a hire told as « nous », one's own pay transfer
    ("Nous avons embauché il y a cinq semaines une secrétaire.", "employeur"),
    ("Mon virement de salaire arrive un mois le 8, un mois le 19.", "salarie"),
    # and the 2026-12-07cc set: one's own return to work
    ("Je reprends le travail la semaine prochaine comme chauffeur-livreur.", "salarie"),
    ("Une chaîne de boulangeries me propose un contrat de dix heures.", "salarie"),
    # and the 2026-12-07cf set: one's staff by their trade, a firm grown to twelve
    ("Mon vendeur nous quitte vendredi : quels documents lui remettre ?", "employeur"),
    ("Puis-je faire travailler mes préparateurs 50 heures ?", "employeur"),
    ("Notre société est passée à douze salariés il y a un an.", "employeur"),
    # and the 2026-12-07cg set: a replacement, one's own hours unpaid
    ("Depuis deux mois je remplace une secrétaire absente.", "salarie"),
    ("Des heures faites en 2022 ne m'ont jamais été payées.", "salarie"),
    ("Mon vendeur de voitures m'a menti sur le kilométrage.", "inconnu"),
])
def test_requester_cues(text: str, who: str) -> None:
    assert classify_requester(text).value == who


def test_a_signature_left_in_the_body_names_the_employer_too() -> None:
    """No closing formula: intake keeps « La direction » in the body (p04 of 2026-12-05p)."""
    body = "Nos ouvriers prennent une douche : ce temps doit-il être payé ?\n\nLa direction"
    assert classify_requester(body).value == "employeur"
    assert classify_requester("La direction de l'entreprise refuse mes congés.").value != \
        "employeur"


@pytest.mark.parametrize(("signature", "who"), [
    ("La direction", "employeur"), ("Service RH\nHôtel des Pins", "employeur"),
    ("Le responsable administratif", "employeur"), ("La gérance", "employeur"),
    ("Claire Direction", "inconnu"), ("Julie\nRH", "employeur"), ("", "inconnu"),
    ("La DRH", "employeur"),  # ap09 of 2026-12-06
    ("Marc Lenoir, gérant", "employeur"), ("Sophie Martin\nDirigeante", "employeur"),
    ("Paul Durand, comptable", "inconnu"), ("Sylvie Lambert\nResponsable RH", "employeur"),
    # the 2026-12-06bb set
    ("Le responsable QSE", "employeur"), ("Le service comptabilité", "employeur"),
    ("Marc, responsable d'équipe", "inconnu"),
    # the 2026-12-06be set
    ("La direction technique", "employeur"),
])
def test_a_signature_naming_an_employer_s_function(signature: str, who: str) -> None:
    decision = classify_requester("Combien de jours de congé pour un mariage ?", signature)
    assert decision.value == who
    assert any(e.startswith("signé « ") for e in decision.evidence) is (who == "employeur")


@pytest.mark.parametrize(("text", "theme"), [
    ("Le lundi de Pentecôte sera travaillé et ne sera pas payé en plus.", "temps_travail"),
    ("Je n'ai jamais eu d'entretien professionnel en 5 ans.", "formation"),
    ("Mon chef de service refuse toutes mes demandes de congés cet été.", "conges_payes"),
    ("Mon patron veut garder mon téléphone allumé le week-end.", "temps_travail"),
    ("Il n'y a aucun représentant du personnel dans ma PME.", "representation"),
    ("Je vais être licencié pour raison économique.", "licenciement_eco"),
    ("Je suis à temps partiel ; mes heures complémentaires sont-elles majorées ?",
     "temps_travail"),
    # the usager's own words
    ("Mon patron m'a viré hier soir sans courrier.", "licenciement"),
    ("Un de nos salariés ne vient plus travailler et ne donne aucune nouvelle.", "demission"),
    ("Mon chef me crie dessus et me rabaisse devant les clients.", "harcelement_discrimination"),
    ("Un collègue fait des remarques sur mon physique.", "harcelement_discrimination"),
    ("Le 14 juillet tombe un mardi : ce jour sera-t-il payé ?", "temps_travail"),
    ("Je n'ai toujours pas de contrat signé.", "contrat"),
    ("Ai-je droit à la prime de fin de contrat ?", "cdd_interim"),
    ("Ma mission est finie : n'ai-je pas droit à une prime de fin de mission ?", "cdd_interim"),
    ("Un collègue me fait des allusions sexuelles depuis des semaines.",
     "harcelement_discrimination"),
    # L1153-1 told without « sexuel »: remarks on the body, a promotion against a dinner
    ("Mon responsable fait des remarques sur mes tenues et mon corps devant les collègues.",
     "harcelement_discrimination"),
    ("Il m'a dit que j'aurais une promotion plus vite si j'acceptais de dîner avec lui.",
     "harcelement_discrimination"),
    ("Je voudrais m'arrêter quelques mois pour m'occuper de mon père.", "conges_familiaux"),
    # family events told as verbs
    ("Je me marie le 12 juin : combien de jours puis-je prendre ?", "conges_familiaux"),
    # retiring told as a verb: the notice it asks of is the retirement's, not a dismissal's
    ("Je compte partir à la retraite l'été prochain : quel préavis dois-je donner ?",
     "retraite"),
    ("Je voudrais prendre ma retraite en juin ; quel préavis ?", "retraite"),
    # a resignation told without its name
    ("Combien de temps je dois rester après avoir donné ma lettre ? Quel préavis ?",
     "demission"),
    ("Mon père est décédé hier soir, ai-je droit à des jours ?", "conges_familiaux"),
    # hours of the day, days in a row; rest days given to a colleague's family
    ("Mon fils est apprenti : son patron veut qu'il commence à 5 heures du matin.",
     "temps_travail"),
    ("Je bosse 7 jours d'affilée dans une pizzeria.", "temps_travail"),
    ("Des salariés veulent donner une partie de leurs jours de RTT à un collègue dont le fils "
     "est hospitalisé.", "conges_familiaux"),
    # words the law's chapters do not use: a post cut, the changing room, drink, a takeover
    ("L'activité baisse : mon patron parle de supprimer mon poste.", "licenciement_eco"),
    # economic grounds told, « licencier » is the economic dismissal's word
    ("Les commandes ont chuté : je dois supprimer un poste. Qui licencier ?", "licenciement_eco"),
    ("Je dois licencier un vendeur pour faute grave.", "licenciement"),
    ("Le temps passé au vestiaire pour enfiler la tenue obligatoire compte-t-il ?",
     "temps_travail"),
    ("Un ouvrier est arrivé ivre ce matin sur le chantier.", "sante_securite"),
    ("Notre société a été rachetée : mon ancienneté est-elle conservée ?", "contrat"),
    ("Je voudrais prendre un congé sabbatique de neuf mois.", "conges_familiaux"),
    ("Ai-je droit à un congé pour création d'entreprise ?", "conges_familiaux"),
    ("Faute de local, les salariés prennent leur repas à côté des machines.", "sante_securite"),
    ("Le chauffage est en panne, il fait 5 degrés le matin dans l'entrepôt.", "sante_securite"),
    ("Mon employeur doit-il rembourser une partie de mon abonnement de transport ?",
     "remuneration"),
    # what the 2026-12-05h set showed: an apprentice harassed, a part-timer's paid leave
    ("Ma fille est apprentie ; le chef d'atelier fait des remarques sur son corps et des "
     "blagues à caractère sexuel.", "harcelement_discrimination"),
    ("Je suis à mi-temps : mon employeur dit que j'ai droit à la moitié des congés des autres, "
     "pas les 5 semaines.", "conges_payes"),
    # and of the 2026-12-05i set: a night worker's shifts
    ("Je fais des vacations de 12 heures de nuit : est-ce légal pour un travailleur de nuit ?",
     "temps_travail"),
    # and of the 2026-12-05e set: a candidate's interview, safety shoes
    ("Pouvons-nous demander un extrait de casier judiciaire aux candidats ?", "contrat"),
    ("Il a retenu sur ma paie le prix de mes chaussures de sécurité et du casque.",
     "sante_securite"),
    ("Nous sommes en parcours de PMA et j'ai de nombreux rendez-vous le matin.",
     "conges_familiaux"),
    # and of the 2026-12-06ab set: civic leave, voluntary departures, profit-sharing, the index
    ("Je viens de signer un contrat de réserviste avec l'armée de terre.", "conges_familiaux"),
    ("Je suis sur une liste pour les élections municipales.", "conges_familiaux"),
    ("Nous voudrions passer uniquement par des départs volontaires.", "rupture_conventionnelle"),
    ("Devons-nous verser une participation aux bénéfices ?", "remuneration"),
    ("Un index égalité à publier à 55 salariés ?", "harcelement_discrimination"),
    # and of the 2026-12-06ac set: a caterer's weddings are its trade, not a family event
    ("Extra pour un traiteur qui organise des mariages, un CDD par jour depuis trois ans.",
     "cdd_interim"),
    # the 2026-12-06ad set: a site contract, school terms, humanitarian and disaster leave
    ("Peut-on embaucher un maçon pour la durée d'un chantier, sans CDD ?", "contrat"),
    ("Une aide de cuisine en CDI qui ne travaille que pendant les périodes scolaires.",
     "temps_travail"),
    ("Puis-je partir trois semaines en mission humanitaire ?", "conges_familiaux"),
    ("Ma commune est en état de catastrophe naturelle : des jours d'absence ?",
     "conges_familiaux"),
    # the 2026-12-06ae set
    ("Sommes-nous soumis à l'obligation d'emploi ?", "harcelement_discrimination"),
    ("La gérante nous refuse une chaise, nous restons debout toute la journée.",
     "sante_securite"),
    ("Je porte des charges trop lourdes.", "sante_securite"),
    ("Je suis trésorière bénévole d'une association : ai-je droit à des jours ?",
     "conges_familiaux"),
    # the 2026-12-06ag set: leave asked for a reason of one's own, an association's delegate
    ("La préfecture me convoque un jeudi. Ai-je droit à un congé pour cela ?",
     "conges_familiaux"),
    ("Je suis bénévole dans une association qui m'a désignée pour la représenter.",
     "conges_familiaux"),
    # the occupational doctor's visits, after sick leave too, are health at work (README)
    ("Je reprends lundi après trois mois d'arrêt : dois-je passer une visite de reprise ?",
     "sante_securite"),
    ("Arrêt de trois mois : une visite de pré-reprise est-elle possible ?", "sante_securite"),
    ("Mon arrêt maladie se termine lundi : serai-je payé du délai de carence ?",
     "maladie_accident"),
    # the 2026-12-06ai set: fire extinguishers, an age limit in a job ad
    ("Combien d'extincteurs dois-je prévoir dans l'atelier ?", "sante_securite"),
    ("Que deviennent mes titres-restaurant non utilisés ?", "remuneration"),
    ("Pouvons-nous écrire « moins de 45 ans » dans l'annonce de recrutement ?",
     "harcelement_discrimination"),
    # the 2026-12-06ak set: employee savings, union notices, the right of expression, jury
    # service, safety training, drinking water, the time-savings account
    ("Puis-je débloquer mon plan d'épargne pour acheter un appartement ?", "remuneration"),
    ("La section syndicale affiche ses tracts près de l'entrée.", "representation"),
    ("J'ai parlé franchement lors d'une réunion d'expression des salariés.", "representation"),
    ("Je suis convoqué comme juré d'assises en février.", "harcelement_discrimination"),
    ("Dois-je organiser une formation à la sécurité pour les nouveaux ?", "sante_securite"),
    ("Il n'y a pas d'eau potable sur le chantier.", "sante_securite"),
    ("Que deviennent les jours de mon compte épargne-temps ?", "conges_payes"),
    # the 2026-12-06ap set: leave taken, not named paid
    ("Puis-je poser des congés en décembre ?", "conges_payes"),
    # the 2026-12-06aq and ar sets: a labour-court judge, the yearly pay negotiation,
    # daylight, noise, washing work clothes
    ("Je viens d'être nommé conseiller prud'homme : puis-je y aller sur mon temps ?",
     "representation"),
    ("La direction refuse la NAO cette année.", "representation"),
    ("Notre bureau est sans aucune fenêtre.", "sante_securite"),
    ("Les machines font plus de 90 décibels.", "sante_securite"),
    ("C'est à nous de laver nos blouses à la maison.", "sante_securite"),
    ("Un seul WC pour tout le monde, pas séparé hommes et femmes.", "sante_securite"),
    ("Il n'y a pas de douche au garage.", "sante_securite"),
    # the 2026-12-06ax set: wage portage, a « prise d'acte », night hours counted by
    # equivalence, the training account beside part-time, the CSE's harassment referent
    ("Une société de portage me propose de devenir salariée portée.", "contrat"),
    ("Je voudrais prendre acte de la rupture de mon contrat.", "demission"),
    ("Mon chef dit que c'est un régime d'équivalence, on me paie 6 heures sur 10.",
     "temps_travail"),
    ("Mon CPF : combien est versé sur mon compte formation chaque année ?", "formation"),
    ("Le CSE doit-il choisir un référent harcèlement parmi ses membres ?", "representation"),
    # the 2026-12-06ay set: a company agreement's term, an elected member's mandate, the
    # occupational health service
    ("Notre accord d'entreprise sur les primes ne dit rien sur sa durée.", "representation"),
    ("Je suis en CDD et élue au CSE : mon mandat me protège-t-il à la fin du CDD ?",
     "representation"),
    ("Je n'ai vu personne du service de santé au travail depuis trois semaines.",
     "sante_securite"),
    ("Je suis convoqué à la journée défense et citoyenneté.", "conges_familiaux"),
    # the 2026-12-06bb set: the prevention account beside part-time, a stop ordered for want
    # of guard rails beside pay, a training before a hire beside the contract
    ("J'ai accumulé des points sur mon compte professionnel de prévention : puis-je les "
     "utiliser pour passer à 80 % ?", "sante_securite"),
    ("L'inspectrice du travail a ordonné l'arrêt des travaux parce qu'il n'y avait pas de "
     "garde-corps. A-t-il le droit de ne pas nous payer ?", "sante_securite"),
    ("Une préparation opérationnelle à l'emploi avant de l'embaucher : quel contrat lui "
     "proposer à l'issue ?", "formation"),
    # the 2026-12-06bc set: chemicals poured out and an alert beside a sanction feared; a
    # representative's status beside his commission (not a CSE's economic alert)
    ("Des produits chimiques sont rejetés dans la rivière. Comment le signaler sans être "
     "sanctionné ? Existe-t-il une procédure d'alerte ?", "sante_securite"),
    ("Payé à la commission, ai-je le statut de VRP ?", "contrat"),
    ("Le CSE peut-il déclencher un droit d'alerte économique ?", "representation"),
    # the 2026-12-07bf set: one's status beside leave and pay; an agreement never signed
    # beside its minimum wages
    ("Suis-je salarié ? Je n'ai pas de contrat de travail et je voudrais mes congés payés.",
     "contrat"),
    ("Nous n'avons adhéré à aucune organisation patronale : devons-nous appliquer la "
     "convention collective et ses salaires minimaux ?", "contrat"),
    # the 2026-12-07bh set: a union defender's absences beside his pay; a firm established
    # abroad sending staff
    ("Un salarié défenseur syndical s'absente : devons-nous maintenir son salaire ?",
     "representation"),
    ("Notre société est établie en Belgique : nous envoyons deux techniciens en France.",
     "contrat"),
    # the 2026-12-07bi set: who counts in the headcount beside apprentices; a notice beside
    # the CSE; electrical work beside a training; profit-sharing; paid on invoices; a
    # cold chain is no cold at work
    ("Nous avons 3 apprentis. Les apprentis comptent-ils dans l'effectif pour les élections "
     "du personnel ?", "representation"),
    ("Une note de service peut-elle imposer des sanctions sans passer par le règlement "
     "intérieur ? Le CSE n'a pas été consulté.", "contrat"),
    ("On me demande d'intervenir dans le tableau électrique sans formation.", "sante_securite"),
    ("On nous annonce une participation nulle. Comment est calculée la réserve de "
     "participation ?", "remuneration"),
    ("On me paie sur facture. Je croyais qu'un mannequin devait être salarié.", "contrat"),
    ("Après une panne de la chaîne de froid, nous avons travaillé sans repos hebdomadaire.",
     "temps_travail"),
    # the 2026-12-07bk set: parental presence leave beside a bonus and a 13th month
    ("Je suis en congé de présence parentale. Mon employeur dit que je perdrai ma prime "
     "d'ancienneté et mon treizième mois. Est-ce vrai ?", "conges_familiaux"),
    # the 2026-12-07bm set: working for a competitor on Sundays is loyalty, not working time
    ("Salarié qui travaille pour un concurrent le week-end. Un de mes cuisiniers travaille le "
     "dimanche midi dans le restaurant concurrent.", "contrat"),
    # the 2026-12-07bo set: a chemotherapy beside paid leave and RTT; an injury in training
    # outside working time
    ("J'ai un cancer et une séance de chimiothérapie toutes les trois semaines. Mon employeur "
     "me demande de poser un congé payé ou un RTT à chaque séance. Suis-je obligée d'utiliser "
     "mes congés pour mes traitements ?", "maladie_accident"),
    ("Accident en formation hors temps de travail. Je me suis fracturé le poignet : ce n'est pas "
     "un accident du travail puisque ce n'était pas du temps de travail ?", "maladie_accident"),
    # the 2026-12-07bp set: a warning given for braided hair is a discrimination's question
    ("Avertissement à cause de ma coiffure. J'ai reçu un avertissement écrit parce que je porte "
     "des tresses. Est-ce une discrimination ? Cet avertissement peut-il être annulé ?",
     "harcelement_discrimination"),
    # the 2026-12-07bq set: hours beyond 35 paid at the usual rate are overtime
    ("Les heures au-delà de 35 heures me sont payées au taux normal : est-ce normal ?",
     "heures_sup"),
    # a sick child told by its illness (the 2026-12-07bz set)
    ("Mon fils de 4 ans a 39 de fièvre et la crèche refuse de le garder.", "conges_familiaux"),
    # the 2026-12-07cb set: frequent questions without their names
    ("Je voudrais quitter ma boîte au plus vite. Combien de semaines dois-je rester ?",
     "demission"),
    ("Embauchée en septembre : combien de jours est-ce qu'on gagne chaque mois travaillé pour "
     "partir cet été ?", "conges_payes"),
    ("Mon ouvrier a fait 39 heures la semaine dernière. Comment payer ces heures en plus ?",
     "heures_sup"),
    ("J'ai signé le formulaire pour partir d'un commun accord. Puis-je faire marche arrière ?",
     "rupture_conventionnelle"),
    # the 2026-12-07cc set
    ("J'ai annoncé à mon patron que j'attends un bébé. Peut-il me mettre dehors pour ça ?",
     "licenciement"),
    ("Je voudrais arrêter de travailler un an pour m'occuper de ma fille.", "conges_familiaux"),
    ("Un de mes mécaniciens ne donne plus signe de vie : pas d'arrêt de travail, rien.",
     "demission"),
    ("Je reprends après deux mois : dois-je voir le médecin de l'entreprise ?",
     "sante_securite"),
    ("On me propose un CDI avec six mois de test : est-ce autorisé ?", "periode_essai"),
    ("Mon patron me verse 1 500 € brut par mois pour un plein temps.", "remuneration"),
    # the 2026-12-07ce set
    ("Mon poste de comptable allait être supprimé pour des raisons financières.",
     "licenciement_eco"),
    ("Deux collègues se moquent de moi et cachent mes affaires.", "harcelement_discrimination"),
    ("Je voudrais prendre une fleuriste en contrat court de trois mois.", "cdd_interim"),
    # the 2026-12-07ci set: a parental leave, a sabbatical, unequal pay, days given, all told
    ("J'ai arrêté de travailler pendant deux ans pour élever ma fille.", "conges_familiaux"),
    ("Je rêve de partir huit mois faire le tour du monde en gardant mon emploi.",
     "conges_familiaux"),
    ("Mon collègue, au même poste avec les mêmes tâches, gagne 350 euros de plus : on m'a dit "
     "qu'un homme négocie mieux.", "harcelement_discrimination"),
    ("Plusieurs collègues veulent lui offrir une partie de leurs jours de repos.",
     "conges_familiaux"),
    # the 2026-12-07cj set: a dismissal, a birth, a day with no break, a work outfit, told
    ("Mon patron m'a dit que ce n'était plus la peine de revenir lundi.", "licenciement"),
    ("Ma femme a accouché hier : combien de jours à la maison pour moi ?", "conges_familiaux"),
    ("Serveuse, je travaille de 11 h à 19 h sans m'arrêter.", "temps_travail"),
    ("On doit enfiler la blouse et les chaussures de sécurité avant de pointer.",
     "temps_travail"),
    # the 2026-12-07cl set: a resignation told by the job found and the departure announced
    ("J'ai décroché une place dans une autre enseigne. Dois-je rester encore un certain temps "
     "après avoir annoncé mon départ à mon responsable ?", "demission"),
    ("J'aimerais quitter le magasin où je suis vendeur depuis deux ans.", "demission"),
    # the 2026-12-07cm set: night work told, short-time work named
    ("Je travaille de nuit depuis cinq ans dans une usine de papeterie.", "temps_travail"),
    ("Les équipes travailleront de 21 h à 5 h à partir de janvier.", "temps_travail"),
    ("Comment mettre nos salariés en activité partielle ?", "remuneration"),
    # the 2026-12-07cn set
    ("Mes amis disent qu'on gagne des jours de repos payés chaque mois travaillé.",
     "conges_payes"),
    ("J'ai demandé un congé afin de lancer ma propre société de paysagisme.",
     "conges_familiaux"),
    # the 2026-12-07co set: a sick leave told, the certificate told by what it proves, meal
    # vouchers refused on a Sunday worked
    ("J'ai été arrêtée 12 jours en octobre pour une bronchite, il me manque des euros sur ma "
     "fiche de paie.", "maladie_accident"),
    ("J'ai fini mon contrat. Mon nouvel employeur réclame un document prouvant que j'ai bien "
     "travaillé là-bas, l'ancien ne m'a rien remis à part ma dernière paie.", "fin_contrat"),
    ("Je travaille le dimanche et ma carte de titres-restaurant est refusée le dimanche.",
     "remuneration"),
    # the 2026-12-07cp set: a fall unguarded against, work at height, a commute's length
    ("L'échafaudage n'a pas de garde-corps, à 9 mètres de haut ; on me menace d'une sanction.",
     "sante_securite"),
    ("J'ai 1 h 15 de trajet au lieu de 25 minutes pour mes collègues.", "temps_travail"),
    # the daily allowance missing from the payslip is the sick leave's question (co01)
    ("Sur ma fiche de paie de novembre il manque 900 euros de salaire. Le gérant dit qu'il n'a "
     "pas à compléter les indemnités journalières.", "maladie_accident"),
    # the employer who retires and closes the shop ends the employees' contracts; the writer
    # does not retire (cq07 of the 2026-12-07cq set)
    ("Le patron de la boulangerie part à la retraite et ferme définitivement le magasin "
     "samedi : il dit qu'il n'y aura pas de préavis.", "licenciement_eco"),
    ("Je pars à la retraite en juin : quel préavis dois-je respecter ?", "retraite"),
    # taken to task before the team, the work mocked (cr05 of the 2026-12-07cr set)
    ("Ma cheffe me reprend devant toute l'équipe et se moque de mon travail en réunion.",
     "harcelement_discrimination"),
    # a refusal to go in until the fault is mended, a cold room; the paper for France Travail
    # (cs10, cs05 of the 2026-12-07cs set)
    ("La porte de la chambre froide ne s'ouvre plus de l'intérieur. J'ai refusé d'y aller tant "
     "que ce n'est pas réparé : peut-on me sanctionner ?", "sante_securite"),
    ("Mon ancien employeur ne m'a pas remis le document à donner à France Travail.",
     "fin_contrat"),
    # a camera where the employees eat; leave earned told as « jours de vacances gagnés »
    # during a sick leave (cu06, cu03 of the 2026-12-07cu set)
    ("Le gérant a installé une caméra dans la salle de pause sans prévenir. Est-ce autorisé ?",
     "contrat"),
    ("J'ai été en arrêt maladie 4 mois. Ma RH dit que je n'ai pas gagné de jours de vacances.",
     "conges_payes"),
    # retired by the employer told « il me met à la retraite »; a firm that stops its activity
    # (cv07, cv02 of the 2026-12-07cv set)
    ("Mon employeur me met à la retraite à la fin du trimestre : peut-il m'obliger ?",
     "retraite"),
    ("Fermeture de la société : mon patron arrête son activité à la fin du mois.",
     "licenciement_eco"),
    # the 2026-12-08cy set: an accident at work the usager says was none (cy03); a commute
    # told as « de route », « trajets chez les clients » (cy12)
    ("Congés et arrêt : je suis en arrêt maladie (maladie ordinaire, pas un accident du "
     "travail). Mon employeur dit que je n'ai rien cumulé en congés payés.", "conges_payes"),
    ("Trajets chez les clients : certains jours je fais 1h30 de route et mon employeur ne "
     "paie pas ce temps.", "temps_travail"),
    # a pregnant usager leaving: the departure is the question, and its notice the
    # resignation's (cz05, cf07)
    ("Enceinte, je veux partir. Je voudrais quitter mon emploi, mais ma convention prévoit un "
     "mois de préavis.", "demission"),
    ("Enceinte, partir sans préavis ? Je voudrais quitter mon emploi de caissière. Suis-je "
     "obligée de faire mon préavis ?", "demission"),
    # a leave named keeps the family theme
    ("Je suis enceinte et je voudrais quitter mon emploi à la fin de mon congé maternité : "
     "quel congé maternité ?", "conges_familiaux"),
    # leave told by its month (da01 of 2026-12-08)
    ("J'avais posé trois semaines de congés en août, validées en janvier ; ma responsable "
     "veut les décaler en septembre.", "conges_payes"),
    # back after a mayor's term; pay compared across different jobs (dc03, dc05)
    ("Reprise après un mandat de maire : j'ai été élu maire et mon mandat se termine.",
     "conges_familiaux"),
    ("Je suis assistante et mon collègue magasinier gagne 300 euros de plus ; la direction dit "
     "que ce ne sont pas les mêmes métiers.", "harcelement_discrimination"),
    # the sick child's illnesses are the glossary's too (`CHILD_ILLNESSES`)
    ("Ma fille a une otite : puis-je rester à la maison demain ?", "conges_familiaux"),
    # a contract of 39 hours is working time's question (as09)
    ("Mon contrat dit 39 heures par semaine ; la durée du travail n'est-elle pas de 35 heures ?",
     "temps_travail"),
])
def test_theme_cues(text: str, theme: str) -> None:
    assert classify_themes(text)[0]["id"] == theme


@pytest.mark.parametrize(("text", "told"), [
    ("Je suis en arrêt (maladie ordinaire, pas un accident du travail).", False),
    ("J'ai été arrêtée quatre mois (ce n'était pas un accident du travail).", False),
    ("Longue maladie, pas un accident du travail : mes congés ?", False),
    # the employer's word against the usager's is a work accident's question (x12, q04)
    ("Mon employeur dit que ce n'est pas un accident du travail. Qui a raison ?", True),
    ("J'ai eu un accident du travail mardi.", True),
])
def test_an_accident_at_work_the_usager_says_was_none_is_no_cue(text: str, told: bool) -> None:
    """cy03 of 2026-12-08: the sick leave's paid leave went to the sickness theme on « pas un
    accident du travail »."""
    assert bool(re.search(WORK_ACCIDENT, fold(text))) is told


@pytest.mark.parametrize(("text", "theme"), [
    ("Je vais quitter la boutique en mars. Quitter mon emploi me fait peur.", "demission"),
    ("Je travaille la nuit depuis trois ans. Je suis travailleuse de nuit.", "temps_travail"),
])
def test_one_fact_told_twice_counts_once(text: str, theme: str) -> None:
    """A resignation or night work, in two places and two wordings, is one cue."""
    scores = {t["id"]: t["score"] for t in theme_scores(fold(text))}
    assert scores[theme] == 1


@pytest.mark.parametrize(("text", "theme"), [
    # a departure to retirement, leaving the office early and a CDD ended for another job are
    # not resignations (the cue of the 2026-12-07cl set)
    ("J'ai annoncé mon départ à la retraite à mon employeur, quel préavis ?", "retraite"),
    ("Je voudrais quitter le bureau à 16 h le vendredi, est-ce possible ?", "temps_travail"),
    ("J'ai trouvé un autre CDI, puis-je arrêter mon CDD avant la fin ?", "cdd_interim"),
])
def test_leaving_without_resigning(text: str, theme: str) -> None:
    assert classify_themes(text)[0]["id"] == theme


@pytest.mark.parametrize("text", [
    # cues are words, not the middle of longer ones (« information », « reconnaissance »,
    # « suppression », « vivre », « entrepreneur » found training, a birth, pressure, drink
    # and a takeover in mails that told none of them)
    "Pouvons-nous demander ces informations aux candidats ?",
    "J'attends la reconnaissance de mon accident par la caisse.",
    "Il ne peut plus vivre seul.",
    "Suite à la suppression de mon badge, je ne peux plus entrer.",
    "Je suis entrepreneur du bâtiment et j'emploie trois maçons.",
])
def test_cues_do_not_fire_inside_longer_words(text: str) -> None:
    found = {t["id"] for t in classify_themes(text)}
    assert not found & {"formation", "conges_familiaux", "sante_securite",
                        "harcelement_discrimination"}, found
    if "entrepreneur" in text:
        assert "contrat" not in found


def test_a_late_evening_is_a_working_time_cue() -> None:
    """An apprentice kept till 23 h (cf04 of 2026-12-07): working time beside training."""
    found = {t["id"] for t in classify_themes("Mon apprenti peut-il rester jusqu'à 23 heures ?")}
    assert {"temps_travail", "formation"} <= found
    assert "temps_travail" not in {t["id"] for t in classify_themes("Mon apprenti a 23 ans.")}


def test_a_diploma_jury_is_no_jury_service() -> None:
    found = {t["id"] for t in classify_themes("Je dois passer devant un jury pour ma VAE.")}
    assert "harcelement_discrimination" not in found and "formation" in found


def test_common_phrases_are_no_savings_nor_water() -> None:
    """« débloquer » and « boissons » alone were cues for a moment (the 2026-12-06ak set)."""
    found = {t["id"] for t in classify_themes(
        "Je suis serveur : je sers les boissons. Comment débloquer la situation avec mon chef ?")}
    assert not found & {"remuneration", "sante_securite"}, found


def test_a_demonstrative_is_no_time_savings_account() -> None:
    assert "conges_payes" not in {t["id"] for t in classify_themes(
        "Je commence un CDD cet automne dans un entrepôt.")}
    assert classify_themes("Mon employeur refuse de payer mon CET.")[0]["id"] == "conges_payes"


def test_a_workplace_s_milieu_is_no_change_of_workplace() -> None:
    """« milieu de travail » held the contract theme's « lieu de travail » (the fiches)."""
    assert "contrat" not in {t["id"] for t in classify_themes(
        "Dans mon milieu de travail, on ne respecte pas les pauses.")}


def test_a_weakness_is_no_injury() -> None:
    """« faiblesse » held « blessé »: a danger flagged for the agent with none told."""
    assert classify("J'ai une faiblesse en orthographe, mon chef me le reproche.").sensitive == []
    assert [s["id"] for s in classify("Un collègue s'est blessé hier sur la machine.")
            .sensitive] == ["danger"]


def test_a_tie_goes_to_the_theme_the_subject_shows() -> None:
    body = "J'ai signé mon solde de tout compte, mais mes heures supplémentaires manquent."
    assert classify_themes(body, "Solde de tout compte")[0]["id"] == "fin_contrat"
    assert classify_themes(body, "Heures supplémentaires")[0]["id"] == "heures_sup"


def test_school_holidays_are_no_paid_leave() -> None:
    """A young worker's summer job told by the school holidays (cv12 of the 2026-12-07cv
    set); the writer's own holidays are paid leave."""
    ids = [t["id"] for t in classify_themes("Mon fils de 15 ans voudrait travailler pendant "
                                            "les vacances scolaires.")]
    assert "conges_payes" not in ids
    assert classify_themes("Mon chef refuse mes vacances en août.")[0]["id"] == "conges_payes"


def test_a_conservatory_lay_off_is_the_dismissal_s_though_its_pay_is_asked() -> None:
    """« Mis à pied » in the subject, a conservatory lay-off, three weeks unpaid (cu04 of the
    2026-12-07cu set)."""
    body = ("On m'a remis une lettre de mise à pied conservatoire. Depuis, plus rien.\n"
            "Je ne suis pas payé pendant ce temps ?")
    assert classify_themes(body, "Mis à pied et plus de nouvelles")[0]["id"] == "licenciement"
    assert classify_themes("Je ne suis pas payé depuis trois semaines ?", "Pas de nouvelles"
                           )[0]["id"] == "remuneration"


def test_advances_refused_are_harassment_an_advance_on_pay_is_not() -> None:
    """« Il m'a fait des avances insistantes […] je les ai repoussées » (ah04 of 2026-12-06)."""
    c = classify("Mon responsable m'a fait des avances insistantes et je les ai repoussées.")
    assert [f["id"] for f in c.sensitive] == ["harcelement"]
    assert c.themes[0]["id"] == "harcelement_discrimination"
    for text in ("Mon employeur m'a fait des avances sur salaire.",
                 "Il m'a fait des avances de 500 € en espèces."):
        assert classify(text).sensitive == [], text


def test_sensitive_cues_are_words_not_parts_of_words() -> None:
    assert classify("Mon patron veut retenir la tablette cassée dans la boutique.").sensitive == []
    assert [f["id"] for f in classify("Deux collègues ont fait des malaises à cause de la "
                                      "chaleur.").sensitive] == ["danger"]
    assert [f["id"] for f in classify("L'échafaudage est dangereux, il manque des "
                                      "garde-corps.").sensitive] == ["danger"]
    # shut in a cold room whose door no longer opens from inside (cs10 of 2026-12-07cs)
    assert [f["id"] for f in classify("La porte de la chambre froide ne s'ouvre plus de "
                                      "l'intérieur.").sensitive] == ["danger"]
    assert sorted(f["id"] for f in classify("Mon chef me crie dessus tous les jours. Je n'en "
                                            "dors plus.").sensitive) == ["harcelement",
                                                                         "souffrance"]
    assert [f["id"] for f in classify("Il fait des commentaires sur mon physique.")
            .sensitive] == ["harcelement"]
    # a dress code is no remark on one's outfit, a dinner with a client no pressure
    assert classify("Ma tenue de travail est-elle fournie par l'employeur ?").sensitive == []
    assert classify("Si j'accepte le dîner avec le client, les heures sont-elles payées ?"
                    ).sensitive == []


@pytest.mark.parametrize(("text", "distress"), [
    ("Je n'en peux plus, j'ai envie d'en finir.", True),
    ("Parfois je pense à en finir avec tout ça.", True),
    ("Je veux en finir.", True),
    # a settlement is not a distress (cm01 of 2026-12-07)
    ("Il compte me proposer 4 000 euros pour en finir avec le litige.", False),
    ("On voudrait en finir avec ces plannings changés chaque semaine.", False),
])
def test_the_writer_s_own_wish_to_end_it_is_a_distress(text: str, distress: bool) -> None:
    assert ("detresse_urgente" in {f["id"] for f in classify(text).sensitive}) is distress


def test_a_public_hospital_s_contract_agent_is_out_of_scope() -> None:
    c = classify("Je suis agent contractuel dans un hôpital public : ai-je droit à une prime ?")
    assert c.out_of_scope and c.out_of_scope["id"] == "fonction_publique"


def test_a_public_law_contract_is_out_of_scope_whatever_its_wording() -> None:
    """« agente contractuelle » and « de droit public » (at13 of 2026-12-06)."""
    for text in ("Je suis agente contractuelle au CCAS : ai-je droit à la prime de précarité ?",
                 "Mon CDD de droit public se termine : ai-je droit à une indemnité ?"):
        c = classify(text)
        assert c.out_of_scope and c.out_of_scope["id"] == "fonction_publique", text
    assert classify("Mon CDD dans une entreprise privée se termine : ai-je droit à une "
                    "indemnité ?").out_of_scope is None


def test_a_tax_question_in_the_subject_is_sent_to_the_tax_office() -> None:
    """« est-elle imposable ? » (au13 of 2026-12-06): the subject's question was answered."""
    c = classify("La prime de partage de la valeur est-elle imposable ?\nMon employeur m'a "
                 "versé une prime de 800 euros en novembre.")
    assert c.out_of_scope and c.out_of_scope["id"] == "impots"
    assert classify("Les horaires imposés par mon employeur ?").out_of_scope is None


def test_a_full_pension_is_the_pension_fund_s_question() -> None:
    """« une retraite complète, sans décote » (aw10 of 2026-12-06); the employer's retirement
    of an employee stays labour law."""
    c = classify("À quel âge pourrai-je partir avec une retraite complète, sans décote ?")
    assert c.out_of_scope and c.out_of_scope["id"] == "retraite_pension"
    assert classify("Mon employeur peut-il me mettre à la retraite à 67 ans ?"
                    ).out_of_scope is None


def test_an_agreement_s_validity_is_not_one_s_consent() -> None:
    """« accord » as consent (« sans mon accord écrit, est-ce valable ? ») is no company
    agreement; a new agreement's content (aw05's bonus) keeps its own theme."""
    text = "Ma période d'essai a été renouvelée sans mon accord écrit, est-ce valable ?"
    assert "representation" not in [t["id"] for t in classify(text).themes]
    text = ("Un nouvel accord d'entreprise vient d'être signé : il remplace la prime "
            "d'ancienneté de 3 % par une prime de 1 %.")
    assert [t["id"] for t in classify(text).themes][:1] == ["remuneration"]


def test_the_break_room_is_no_break() -> None:
    """A camera in « la salle de pause » is the CSE member's question (ax08 of 2026-12-06),
    not working time; the break itself still is."""
    text = "Je suis élue au CSE. La direction a installé une caméra dans la salle de pause."
    assert [t["id"] for t in classify(text).themes][:1] == ["representation"]
    assert [t["id"] for t in classify("La pause de midi est-elle payée ?").themes][:1] == [
        "temps_travail"]


def test_the_leave_planning_is_paid_leave() -> None:
    assert [t["id"] for t in classify("Le planning des congés nous sépare cet été.").themes
            ][:1] == ["conges_payes"]


def test_the_rulebook_and_the_agreement_that_applies_are_the_contract_s_theme() -> None:
    for text in ("Que peut-on mettre dans notre règlement intérieur ? Les horaires, les primes ?",
                 "Nous avons deux activités : quelle convention collective appliquer ?"):
        assert [t["id"] for t in classify(text).themes][:1] == ["contrat"], text


def test_a_duration_of_five_weeks_is_no_paid_leave() -> None:
    """« il y a cinq semaines » dates a start (at12 of 2026-12-06); « mes 5 semaines » are
    the leave."""
    text = ("J'ai commencé il y a cinq semaines un CDI. Je n'ai signé aucun contrat : un CDI "
            "n'a pas besoin d'être écrit ?")
    assert [t["id"] for t in classify(text).themes][:1] == ["contrat"]
    assert [t["id"] for t in classify("Ai-je droit à mes 5 semaines cette année ?").themes
            ][:1] == ["conges_payes"]


def test_a_date_as_a_deadline_is_no_public_holiday() -> None:
    assert "temps_travail" not in [t["id"] for t in classify(
        "La direction a dénoncé l'accord : tout s'arrête au 1er janvier pour le 13e mois.").themes]
    assert [t["id"] for t in classify("Dois-je travailler le 1er janvier ?").themes][:1] == [
        "temps_travail"]
    # nor the start of a period (bf11 of the 2026-12-07bf set)
    assert [t["id"] for t in classify(
        "Mon employeur dit que mes jours de congés se calculent du 1er janvier au 31 décembre. "
        "Quand commence l'année pour les congés ?").themes][:1] == ["conges_payes"]


def test_a_self_employed_person_is_neither_employee_nor_employer() -> None:
    c = classify("Je suis auto-entrepreneur et je travaille pour le même client depuis deux "
                 "ans. Il a mis fin à notre collaboration : ai-je droit à un préavis ?")
    assert c.out_of_scope and c.out_of_scope["id"] == "independant"
    assert c.requester.value == "autre" and c.requester.evidence
    # a platform's rider has rights of the Code's seventh part: within the service's field,
    # still neither side of a contract (bg09 of the 2026-12-07bg set)
    rider = classify("Je suis livreur auto-entrepreneur pour une plateforme de repas. Nous "
                     "voulons tous nous déconnecter le même soir pour protester : peut-elle "
                     "désactiver nos comptes ?")
    assert rider.out_of_scope is None
    assert rider.requester.value == "autre" and rider.requester.evidence
    assert "representation" in [t["id"] for t in rider.themes]
    # a model is presumed an employee whatever the invoices say (L7123-3; bi08 of the
    # 2026-12-07bi set): in the field, and an employee unless the mail says otherwise
    model = classify("Je fais des séances photo comme mannequin. Ils me demandent de me "
                     "déclarer en micro-entreprise et de leur envoyer une facture. Est-ce "
                     "normal ?")
    assert model.out_of_scope is None
    assert model.requester.value == "salarie" and model.requester.evidence == ["mannequin"]
    agency = classify("Nous employons 12 salariés et faisons poser un mannequin "
                      "auto-entrepreneur : est-ce possible ?")
    assert agency.out_of_scope is None and agency.requester.value == "employeur"


def test_a_question_takes_the_theme_it_shows() -> None:
    c = classify("Mon employeur peut-il m'imposer mes dates de congés payés ? Et il veut "
                 "supprimer mon télétravail, en a-t-il le droit ?")
    main = c.themes[0]["label"]
    assert question_theme("Il veut supprimer mon télétravail ?", c) == "Télétravail" != main
    assert question_theme("En a-t-il le droit ?", c) == main


def test_a_word_two_cues_match_counts_once() -> None:
    # « démissionner » matches « demission » and « demissionner »: one word, one cue
    body = ("J'ai demandé une rupture conventionnelle, il refuse et me dit de démissionner. "
            "A-t-il le droit de refuser ?")
    assert classify_themes(body, "Rupture conventionnelle")[0]["id"] == "rupture_conventionnelle"


def test_the_more_specific_theme_takes_the_words_it_shares() -> None:
    themes = classify_themes("J'ai été licencié pour motif économique en mars. Mon ancien "
                             "poste est de nouveau ouvert : aurait-on dû me le proposer ?")
    assert [t["id"] for t in themes] == ["licenciement_eco"], themes


def test_what_the_question_asks_outweighs_the_context() -> None:
    body = ("Je fais 42 heures par semaine et mon bulletin de paie ne mentionne que 35 heures. "
            "De combien les heures supplémentaires doivent-elles être majorées ?")
    assert classify_themes(body)[0]["id"] == "heures_sup"


def test_a_side_question_outside_the_field_is_redirected_and_the_rest_answered() -> None:
    subject = "Refus de rupture conventionnelle"
    c = classify(f"{subject}\nJ'ai demandé une rupture conventionnelle. Il refuse et me dit de "
                 "démissionner. A-t-il le droit de refuser ? Je perds mes droits au chômage si je "
                 "démissionne ?", subject=subject)
    assert c.out_of_scope is None
    assert [r["id"] for r in c.redirects] == ["chomage"] and "France Travail" in \
        c.redirects[0]["redirect"]
    assert c.themes[0]["id"] == "rupture_conventionnelle"
    assert redirected("Je perds mes droits au chômage si je démissionne ?", c)
    assert not redirected("A-t-il le droit de refuser ?", c)
    # the right asked in the singular, beside the notice (e12 of 2026-12-05e)
    c = classify("Si je démissionne, est-ce que j'aurai droit au chômage ? Et combien de "
                 "préavis je dois faire ?")
    assert c.out_of_scope is None and [r["id"] for r in c.redirects] == ["chomage"]


@pytest.mark.parametrize("text", [
    "Quel sera le montant de mon allocation chômage après ma fin de CDD ?",
    # nothing else asked: the CDD is only the context
    "Je suis inscrit à France Travail après mon CDD et je n'ai pas reçu mes allocations "
    "chômage. Que faire ?",
])
def test_a_mail_that_asks_only_what_is_outside_the_field_is_out_of_scope(text: str) -> None:
    c = classify(text)
    assert c.out_of_scope and c.out_of_scope["id"] == "chomage" and c.redirects == []


@pytest.mark.parametrize("text", [
    "J'ai saisi le conseil de prud'hommes contre mon ancien employeur.",
    # the case told by its stage (an12 of 2026-12-06)
    "Mon dossier est aux prud'hommes depuis huit mois, l'audience de jugement est en mars.",
    "L'avocat de mon ancien employeur me propose 6 000 euros pour retirer ma demande.",
])
def test_a_case_before_the_labour_court_is_out_of_scope(text: str) -> None:
    c = classify(text)
    assert c.out_of_scope and c.out_of_scope["id"] == "contentieux_en_cours"


@pytest.mark.parametrize("text", [
    # the 2026-12-07bu set: a measure taken against a party to a case is the Code's
    "J'ai saisi le conseil de prud'hommes en septembre. Mon employeur m'a licencié la semaine "
    "dernière : a-t-il le droit de me licencier pendant la procédure ?",
    "Depuis ma saisine des prud'hommes, j'ai reçu un avertissement : sont-ce des représailles ?",
])
def test_a_measure_taken_against_a_party_to_a_case_is_within_the_field(text: str) -> None:
    assert classify(text).out_of_scope is None


def test_one_s_pension_is_out_of_scope_but_a_retirement_indemnity_is_not() -> None:
    """« combien je toucherai de pension par mois » (ap12 of 2026-12-06)."""
    c = classify("Quand pourrai-je partir, et combien je toucherai de pension par mois ?")
    assert c.out_of_scope and c.out_of_scope["id"] == "retraite_pension"
    c = classify("Quelle indemnité de départ à la retraite vais-je toucher ?")
    assert c.out_of_scope is None
    # an employer who retires the employee is labour law (L1237-5; cf06 of 2026-12-07)
    c = classify("J'ai toutes mes années pour une retraite complète. Ma direction dit qu'elle "
                 "peut me mettre à la retraite quand elle veut.")
    assert c.out_of_scope is None
    c = classify("J'ai toutes mes années pour une retraite complète : quand partir ?")
    assert c.out_of_scope and c.out_of_scope["id"] == "retraite_pension"


def test_a_civil_servant_is_out_of_scope_whole_even_beside_other_questions() -> None:
    c = classify("Je suis fonctionnaire territorial. Ai-je droit à des congés payés en plus ? "
                 "Et quel sera le montant de mon allocation chômage si je démissionne ?")
    assert c.out_of_scope and c.out_of_scope["id"] == "fonction_publique" and c.redirects == []


def test_the_model_s_whole_scope_wins_and_its_null_keeps_the_rules_side_points() -> None:
    rules = classify("Il refuse la rupture conventionnelle : en a-t-il le droit ? Je perds mes "
                     "droits au chômage si je démissionne ?")
    answer = {"themes": ["rupture_conventionnelle"], "requester": "salarie", "idcc": None,
              "missing_facts": [], "out_of_scope": None, "sensitive": []}
    assert [r["id"] for r in merge_llm(rules, answer, None).redirects] == ["chomage"]
    merged = merge_llm(rules, {**answer, "out_of_scope": "chomage"}, None)
    assert merged.out_of_scope and merged.out_of_scope["id"] == "chomage"
    assert merged.redirects == []


def test_the_rules_exceptions_to_self_employment_outweigh_the_model() -> None:
    """A platform's rider or a model asked to invoice stays in the field even when the model
    calls them self-employed; another self-employed worker is sent away as it says."""
    answer = {"themes": ["contrat"], "requester": "autre", "idcc": None, "missing_facts": [],
              "out_of_scope": "independant", "sensitive": []}
    model = ("Je suis mannequin et on me demande de facturer en micro-entreprise. Est-ce "
             "normal ?")
    assert merge_llm(classify(model), answer, None, model).out_of_scope is None
    coder = "Je suis développeur en micro-entreprise. Puis-je facturer plus cher ?"
    merged = merge_llm(classify(coder), answer, None, coder)
    assert merged.out_of_scope and merged.out_of_scope["id"] == "independant"


def test_the_model_restates_the_questions_as_clean_search_queries() -> None:
    rules = classify("Combien de temps je dois rester après avoir donné ma lettre ?")
    answer = {"themes": ["demission"], "requester": "salarie", "idcc": None,
              "missing_facts": [], "out_of_scope": None, "sensitive": [],
              "questions": ["Quelle est la durée du préavis de démission de [PERSONNE_1] ?",
                            "Quelle est la durée du préavis de démission de [PERSONNE_1] ?",
                            "Le préavis\npeut-il être réduit ?", "ok", "Q3 " + "x" * 400,
                            "Question quatre ?", "Question cinq ?"]}
    merged = merge_llm(rules, answer, None)
    assert merged.questions[:2] == ["Quelle est la durée du préavis de démission de ?",
                                    "Le préavis peut-il être réduit ?"]
    assert len(merged.questions) == 4 and len(merged.questions[2]) == 300
    assert merge_llm(rules, {**answer, "questions": None}, None).questions == []
    assert rules.questions == []  # the rules restate nothing
    with pytest.raises(ValueError, match="questions"):
        merge_llm(rules, {**answer, "questions": "Quelle est la durée du préavis ?"}, None)
    with pytest.raises(ValueError, match="questions"):
        merge_llm(rules, {**answer, "questions": [{"q": "préavis"}]}, None)
    assert '"questions"' in llm_messages("x")[0]["content"]


@pytest.mark.parametrize(("num", "theme"), [
    ("L1233-8", "licenciement_eco"), ("L1221-20", "periode_essai"), ("L1221-1", "contrat"),
    ("L1222-9", "teletravail"), ("L1222-4", "contrat"), ("L3121-28", "heures_sup"),
    ("L3121-27", "temps_travail"), ("R4624-31", "sante_securite"), ("D6222-26", "formation"),
    ("L2145-5", "representation"), ("L1237-12", "rupture_conventionnelle"),
    ("L1237-1", "demission"), ("L1234-19", "fin_contrat"), ("L1234-9", "licenciement"),
    ("L3221-2", "harcelement_discrimination"), ("L3243-2", "remuneration"),
    # a pregnant employee's protection from dismissal; the rest of maternity is family leave
    ("L1225-4", "licenciement"), ("L1225-4-1", "licenciement"), ("L1225-17", "conges_familiaux"),
    ("L8221-5", None), ("L1237-19", None), ("", None), (None, None), ("article 5", None),
])
def test_each_part_of_the_code_maps_to_the_theme_whose_law_it_holds(num, theme) -> None:
    assert code_theme(num) == theme


def test_code_themes_name_only_themes_of_the_taxonomy() -> None:
    from assistant.classify import CODE_THEMES, THEME_BY_ID

    assert {t for _, _, t in CODE_THEMES} <= set(THEME_BY_ID)


UNION_TRAINING = ("Je suis délégué syndical et mon syndicat organise un stage de formation de "
                  "cinq jours en avril. Mon employeur doit-il me laisser y aller ? Combien de "
                  "jours par an ai-je droit et suis-je payé ?")


def test_the_law_retrieval_found_says_which_of_the_cues_themes_answers() -> None:
    c = classify(UNION_TRAINING, subject="Stage de formation syndicale")
    assert c.themes[0]["id"] == "formation"  # the situation's words, counted
    weighed = weigh_by_code(c, ["L2145-5", "L2145-9", "L2145-1", "L2145-6"], UNION_TRAINING)
    assert [t["id"] for t in weighed.themes][:2] == ["representation", "formation"]
    assert "L2145-9 (article retrouvé)" in weighed.themes[0]["evidence"]
    # the facts asked are those of the new first theme (staff representation: company size)
    assert [m["fact"] for m in weighed.missing_facts] == ["taille_entreprise"]
    assert c.themes[0]["id"] == "formation"  # the rules' classification is left as it was
    # articles of the first theme's own part change nothing
    assert weigh_by_code(c, ["L6313-1"], UNION_TRAINING).themes[0]["id"] == "formation"
    # one article is not enough against a cue more, nor three against three and a cue
    assert weigh_by_code(c, ["L2145-5"], UNION_TRAINING).themes[0]["id"] == "formation"
    assert weigh_by_code(c, ["L2145-5", "L6313-1", "L2145-9", "L2145-1", "L6313-2"],
                         UNION_TRAINING).themes[0]["id"] == "formation"


def test_retrieval_never_adds_a_theme_the_cues_did_not_find() -> None:
    text = "Mon employeur veut me licencier. Que dois-je faire ?"
    c = classify(text)
    weighed = weigh_by_code(c, ["L3141-3"] * 5, text)
    assert [t["id"] for t in weighed.themes] == [t["id"] for t in c.themes] == ["licenciement"]
    assert weighed.themes[0]["evidence"] == c.themes[0]["evidence"]


def test_a_classification_without_candidates_the_model_s_is_kept_as_it_is() -> None:
    rules = classify(UNION_TRAINING)
    merged = merge_llm(rules, {"themes": ["formation"], "requester": "salarie", "idcc": None,
                               "missing_facts": [], "out_of_scope": None, "sensitive": []}, None)
    assert merged.candidates == []
    assert weigh_by_code(merged, ["L2145-5"] * 5, UNION_TRAINING) is merged
    assert "candidates" not in rules.to_dict()


@pytest.mark.parametrize(("text", "signature", "who"), [
    ("Je préside une association qui emploie 15 salariés. À quelle fréquence faire les "
     "entretiens ?", "", "employeur"),
    ("Faut-il faire un entretien professionnel tous les deux ans ?",
     "Marie-Hélène Petit, présidente", "employeur"),
    ("Mon mari était chauffeur et a quitté l'entreprise. Que peut-il faire ?", "", "autre"),
    ("Mon mari était malade l'an dernier. Mon employeur refuse mes congés.", "", "salarie"),
])
def test_a_president_employs_and_a_spouse_s_past_job_is_someone_else_s(text, signature,
                                                                        who) -> None:
    assert classify_requester(text, signature).value == who


@pytest.mark.parametrize(("text", "size"), [
    ("Notre entreprise compte 450 salariés.", 450),
    ("Je suis élue au CSE d'une entreprise de 90 salariés.", 90),
    ("Nous employons 1 200 salariés sur trois sites.", 1200),
    ("Une PME d'environ 35 personnes.", 35),
    # a number of employees that is no headcount
    ("Deux salariés ont été licenciés.", None),
    ("Un de mes 25 salariés est absent.", None),
    ("Depuis 12 ans dans l'entreprise.", None),
])
def test_the_firm_s_headcount_is_read_where_the_mail_tells_it(text: str, size: int | None
                                                               ) -> None:
    assert headcount(fold(text)) == size


def test_the_sizes_an_article_is_for() -> None:
    assert size_ranges(fold("Dans les entreprises d'au moins cinquante salariés, le comité"
                            )) == [(50, 10**9)]
    assert size_ranges(fold("Section 4 : Attributions complémentaires dans les entreprises "
                            "de moins de trois cents salariés.")) == [(0, 300)]
    assert size_ranges(fold("Dans toute entreprise employant au moins deux cent cinquante "
                            "salariés est désigné un référent")) == [(250, 10**9)]
    # an exception set aside is not the firms the rule is for (L2314-2)
    assert size_ranges(fold("Sous réserve des dispositions applicables dans les entreprises "
                            "de moins de trois cents salariés, chaque organisation")) == []
    assert below_firm(fold("dans les entreprises de moins de trois cents salariés"), 450)
    assert not below_firm(fold("dans les entreprises de moins de trois cents salariés"), 120)
    # a threshold not reached is not « for smaller firms »
    assert not below_firm(fold("dans les entreprises d'au moins trois cents salariés"), 120)
    assert not below_firm(fold("dans les entreprises de moins de trois cents salariés"), None)
    # a headcount told as « l'effectif habituel » (L2232-21 to L2232-24)
    assert size_ranges(fold("Dans les entreprises dont l'effectif habituel est compris entre "
                            "onze et moins de cinquante salariés")) == [(11, 50)]
    assert size_ranges(fold("dont l'effectif habituel est au moins égal à cinquante salariés"
                            )) == [(50, 10**9)]
    assert size_ranges(fold("dont l'effectif habituel est inférieur à onze salariés")) == [
        (0, 11)]
