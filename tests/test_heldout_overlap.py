"""The held-out overlap check: a set's mails whose governing article an earlier label has."""

from tools.heldout_overlap import repeats


def test_a_mail_that_shares_an_article_with_an_earlier_label_is_listed() -> None:
    dev = {"d1.json": {"governing_articles": ["L1221-26"]}}
    heldout = {
        "a1.json": {"held_out": "a", "governing_articles": ["L3141-12"]},
        "b1.json": {"held_out": "b", "governing_articles": ["L1221-26", "L1221-25"]},
        "b2.json": {"held_out": "b", "governing_articles": ["L3141-12"]},
        "b3.json": {"held_out": "b", "governing_articles": ["L8113-1"]},
        "b4.json": {"held_out": "b", "governing_articles": None},  # out of scope
    }
    assert repeats(dev, heldout, {"b"}) == [
        ("b1.json", ["L1221-26", "L1221-25"], ["d1.json"]),
        ("b2.json", ["L3141-12"], ["a1.json"]),
    ]


def test_only_earlier_labels_count() -> None:
    heldout = {"a1.json": {"held_out": "a", "governing_articles": ["L2314-19"]},
               "b1.json": {"held_out": "b", "governing_articles": ["L2314-19"]}}
    assert repeats({}, heldout, {"a"}) == []
    assert repeats({}, heldout, {"b"}) == [("b1.json", ["L2314-19"], ["a1.json"])]
