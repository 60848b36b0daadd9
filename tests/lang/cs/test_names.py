import pytest


@pytest.mark.parametrize(
    ("text", "mention", "label"),
    [
        ("Premiér Jan Novák odjel do Brna.", "Jan Novák", "PER"),
        ("Premiér Jan Novák odjel do Brna.", "Brna", "LOC"),
    ],
)
def test_names_are_found_with_their_label(found, text, mention, label):
    assert found(text, "cs").get(mention) == label


def test_possessive_adjective_joins_the_person(entities):
    text = "Vláda Jana Nováka skončila. Novákova vláda podala demisi a Novák odešel."
    people = [e for e in entities(text, "cs") if e.label == "PER"]
    assert len(people) == 1
    assert {"Novákova", "Novák"} <= {m.text for m in people[0].mentions}


@pytest.mark.parametrize(
    ("text", "word"), [("Podle ministra byla jednání těžká.", "Podle"), ("Zatím nic.", "Zatím")]
)
def test_sentence_initial_words_are_not_names(found, text, word):
    assert word not in found(text, "cs")
