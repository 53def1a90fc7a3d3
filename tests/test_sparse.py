from corpus.sparse import SparseEncoder, term_index, tokenize


def test_elision_accents_and_plurals_meet() -> None:
    assert tokenize("l'employeur") == tokenize("employeurs")
    assert tokenize("Congés payés") == tokenize("conges paye")


def test_the_verb_meets_the_noun_of_the_law() -> None:
    assert tokenize("rompre") == tokenize("rompu") == tokenize("rupture")
    assert tokenize("démissionner") == tokenize("démission")
    assert tokenize("payé") == tokenize("payer") == tokenize("paiement")
    assert tokenize("licencié") == tokenize("licenciement")
    # words of other meanings stay apart
    assert tokenize("travail") != tokenize("travaillé")
    assert tokenize("formation") != tokenize("forme")


def test_stop_words_dropped_but_legal_words_kept() -> None:
    tokens = tokenize("Bonjour, je suis en arrêt sans préavis avant la fin")
    assert "bonjour" not in tokens and "je" not in tokens
    assert {"san", "avant"} & set(tokens) or "sans" in tokens  # stemmed form of "sans" kept


def test_article_numbers_are_single_terms() -> None:
    assert "l1237-19" in tokenize("selon l'article L. 1237-19 du code")
    assert "l1237-19" in tokenize("L1237-19")


def test_document_weights_saturate_and_query_is_presence() -> None:
    enc = SparseEncoder(avg_len=10)
    once = enc.document("préavis")
    twice = enc.document("préavis préavis")
    idx = term_index(tokenize("préavis")[0])
    w1 = once.values[once.indices.index(idx)]
    w2 = twice.values[twice.indices.index(idx)]
    assert w1 < w2 < 2 * w1
    q = enc.query("préavis de démission")
    assert q.values == [1.0] * len(q.indices) and len(q.indices) == 2
    assert q.indices == sorted(q.indices)


def test_empty_text_gives_empty_vector() -> None:
    assert not SparseEncoder().query("  le la les ")
