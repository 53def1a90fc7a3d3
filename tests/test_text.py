from corpus.text import find_article_nums, fold, html_to_text, normalize_article_num


def test_html_keeps_paragraphs_lists_and_table_rows() -> None:
    html = ("<p>Le salarié <b>démissionnaire</b></p><ul><li>un</li><li>deux</li></ul>"
            "<table><tr><th>Ancienneté</th><th>Préavis</th></tr>"
            "<tr><td>moins de 6 mois</td><td>8 jours</td></tr></table>fin<br/>ligne")
    assert html_to_text(html).split("\n") == [
        "Le salarié démissionnaire", "- un", "- deux", "Ancienneté | Préavis",
        "moins de 6 mois | 8 jours", "fin", "ligne"]


def test_html_soup_nested_thousands_deep_does_not_crash() -> None:
    assert html_to_text("<div><span>" * 4000 + "texte") == "texte"


def test_html_drops_scripts_and_styles() -> None:
    assert html_to_text("<style>p{}</style><script>alert(1)</script><p>ok</p>") == "ok"


def test_article_numbers_in_every_usual_spelling() -> None:
    for raw in ("L1237-1", "L. 1237-1", "article L 1237-1", "l.1237-1", "Article L.1237-1"):
        assert normalize_article_num(raw) == "L1237-1", raw
    assert normalize_article_num("R.1234-2") == "R1234-2"
    assert normalize_article_num("D 1237-3-1") == "D1237-3-1"
    assert normalize_article_num("L1237-19-1") == "L1237-19-1"
    for bad in ("1237-1", "L", "article", "X1237-1", "L1237-1 et L1237-2"):
        assert normalize_article_num(bad) is None, bad


def test_article_numbers_found_in_prose_without_false_positives() -> None:
    text = ("En application des articles L. 1234-1 et R.1234-2, puis de l'article L1237-19-1, "
            "un salaire de L 1234 euros n'est pas un article.")
    assert find_article_nums(text) == ["L1234-1", "R1234-2", "L1237-19-1"]


def test_fold_removes_accents_and_case() -> None:
    assert fold("Congés PAYÉS œuvre") == "conges payes oeuvre"
