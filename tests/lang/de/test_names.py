import pytest


@pytest.mark.parametrize(
    ("text", "mention", "label"),
    [
        ("Am Montag sagte Trainer Jens Hofmann, die Mannschaft sei bereit.", "Jens Hofmann", "PER"),
        ("Die Polizei in Hamburg ermittelt.", "Hamburg", "LOC"),
        ("Die Deutsche Bank meldete einen Gewinn.", "Deutsche Bank", "ORG"),
    ],
)
def test_names_are_found_with_their_label(found, text, mention, label):
    assert found(text, "de").get(mention) == label


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Saison war lang, und der Trainer blieb ruhig.", "Saison"),
        ("Nach dem Spiel gab es Applaus.", "Nach"),
        ("Am Ende entschied ein Elfmeter.", "Elfmeter"),
    ],
)
def test_capitalised_nouns_are_not_names(found, text, word):
    assert word not in found(text, "de")


@pytest.mark.parametrize(
    ("text", "mention", "label"),
    [
        ("Papiere der Commerzbank legten zu.", "Commerzbank", "ORG"),
        ("Der Einschlag in Ingolstadt war laut.", "Ingolstadt", "LOC"),
    ],
)
def test_compound_names_are_not_taken_for_nouns(found, text, mention, label):
    assert found(text, "de").get(mention) == label


@pytest.mark.parametrize("word", ["Dax", "Euro"])
def test_indices_and_currencies_are_not_entities(found, word):
    assert word not in found(f"Der {word} fiel am Mittwoch deutlich, sagte ein Händler.", "de")
