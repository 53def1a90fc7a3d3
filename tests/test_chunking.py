import json

from corpus.chunking import MAX_CHARS, OVERLAP_CHARS, split_text
from corpus.sources import legi

from .conftest import BUILD_DATE, sample_reader


def _covered(text: str, pieces: list[str]) -> bool:
    joined = "\n".join(pieces)
    return all(p.strip() in joined for p in text.split("\n") if p.strip() and len(p) <= MAX_CHARS)


def test_short_text_is_one_piece() -> None:
    assert split_text("Un alinéa.") == ["Un alinéa."]
    assert split_text("   ") == []


def test_long_text_is_split_on_paragraphs_with_overlap() -> None:
    paras = [f"Alinéa {i} " + "mot " * 60 for i in range(20)]
    text = "\n".join(paras)
    pieces = split_text(text)
    assert len(pieces) > 1
    assert all(len(p) <= MAX_CHARS + OVERLAP_CHARS for p in pieces)
    assert _covered(text, pieces)
    # consecutive pieces share their boundary paragraph
    assert pieces[0].split("\n")[-1] == pieces[1].split("\n")[0]


def test_one_huge_paragraph_is_cut_at_sentences() -> None:
    text = " ".join(f"Phrase numéro {i} assez longue pour compter." for i in range(200))
    pieces = split_text(text)
    assert all(len(p) <= MAX_CHARS + OVERLAP_CHARS for p in pieces)
    assert pieces[0].startswith("Phrase numéro 0") and "Phrase numéro 199" in pieces[-1]


def test_real_code_chunks_keep_their_article_number() -> None:
    chunks, _ = legi.parse(sample_reader("@socialgouv/legi-data"), BUILD_DATE)
    by_article: dict[str, list[int]] = {}
    for c in chunks:
        assert c.article_num and c.article_nums[0] == c.article_num
        assert len(c.text) <= MAX_CHARS + OVERLAP_CHARS
        by_article.setdefault(c.doc_id, []).append(c.position)
    assert all(sorted(p) == list(range(len(p))) for p in by_article.values())
    assert any(len(p) > 1 for p in by_article.values()), "the sample has long articles"
    assert len({c.id for c in chunks}) == len(chunks)
    json.dumps([c.payload() for c in chunks])  # payloads are plain JSON
