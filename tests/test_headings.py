"""The Code's section headings as names a mail may use (`corpus.headings`)."""

import pytest

from corpus import headings
from corpus.kb import KnowledgeBase

PATHS = {
    "L5135-1": ["Partie législative", "Cinquième partie : L'emploi",
                "Livre Ier : Les dispositifs en faveur de l'emploi",
                "Titre III : Aides à l'insertion",
                "Chapitre V : Périodes de mise en situation en milieu professionnel."],
    "L5135-7": ["Partie législative", "Cinquième partie : L'emploi", "Livre Ier : Les dispositifs",
                "Titre III : Aides à l'insertion",
                "Chapitre V : Périodes de mise en situation en milieu professionnel."],
    "L2316-1": ["Partie législative", "Deuxième partie", "Livre III",
                "Titre Ier : Comité social et économique",
                "Chapitre VI : Comité social et économique central et comité social et "
                "économique d'établissement",
                "Section 1 : Comité social et économique central"],
    "L2312-8": ["Partie législative", "Deuxième partie", "Livre III",
                "Titre Ier : Comité social et économique", "Chapitre II : Attributions"],
    "L3141-3": ["Partie législative", "Troisième partie", "Livre Ier", "Titre IV : Congés payés",
                "Chapitre Ier : Congés payés"],
}


@pytest.mark.parametrize("heading, name", [
    ("Chapitre V : Périodes de mise en situation en milieu professionnel.",
     "periode de mise en situation en milieu professionnel"),
    ("Chapitre VI : Préparation opérationnelle à l'emploi",
     "preparation operationnelle a l emploi"),
    ("Sous-section 2 : Utilisation du compte pour le passage à temps partiel",
     "utilisation du compte pour le passage a temp partiel"),
    # two content words name a whole theme, not a device
    ("Chapitre Ier : Congés payés", ""),
    ("Section 2 : Période d'essai", ""),
    ("Section 3 : Plan de prévention.", ""),
])
def test_a_heading_s_name_is_its_words_without_tier_or_number(heading, name) -> None:
    assert headings.phrase(heading) == name


def test_each_name_holds_the_articles_under_it_from_the_title_down() -> None:
    index = headings.index(PATHS)
    assert index["periode de mise en situation en milieu professionnel"] == {"L5135-1", "L5135-7"}
    assert index["comite social et economique"] == {"L2316-1", "L2312-8"}
    assert index["comite social et economique central"] == {"L2316-1"}
    # the tiers above the title (« Livre Ier : Les dispositifs en faveur de l'emploi ») are
    # too wide to name
    assert headings.phrase("Livre Ier : Les dispositifs en faveur de l'emploi")
    assert not any("dispositif" in n for n in index)


@pytest.mark.parametrize("mail, found", [
    ("France Travail nous propose une période de mise en situation en milieu professionnel.",
     ["periode de mise en situation en milieu professionnel"]),
    # the longest name hides the names inside it
    ("La direction n'a consulté que le comité social et économique central.",
     ["comite social et economique central"]),
    ("Notre Comité Social et Économique doit-il être consulté ?",
     ["comite social et economique"]),
    # whole words only (« centralisé » is not « central »), and not a theme's two words
    ("Les comités sociaux et économiques centralisés", []),
    ("Le comité social et économique centralisé", ["comite social et economique"]),
    ("Combien de congés payés ?", []),
])
def test_a_mail_names_the_headings_whose_words_it_holds_in_a_row(mail, found) -> None:
    assert headings.named(mail, headings.index(PATHS)) == found


def test_the_index_names_the_sections_of_the_code_in_force(edge_kb: KnowledgeBase) -> None:
    mail = "Mon employeur a oublié de m'inscrire sur le Registre unique du personnel !"
    (name, nums), = edge_kb.named_headings(mail)
    assert name == "registre unique du personnel"
    assert "L1221-13" in nums and all(n.startswith(("L1221-", "R1221-", "D1221-")) for n in nums)
    assert all(edge_kb.article(n) is not None and edge_kb.article(n).in_force for n in nums)
    assert edge_kb.named_headings("Combien de jours de congés payés ?") == []


def test_a_search_among_given_articles_finds_only_them(kb: KnowledgeBase) -> None:
    nums = ["L1221-13", "L1221-14", "L1221-15", "L1234-1"]
    found = kb.among("registre du personnel", nums, k=3)
    assert found and set(found) <= set(nums) and len(found) == len(set(found)) <= 3
    assert kb.among("registre du personnel", ["L9999-1"]) == []
