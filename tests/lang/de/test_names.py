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


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Die Großbank Barclays senkte ihre Prognose.", "Barclays"),
        ("Der Softwarehersteller SAP wächst weiter.", "SAP"),
        ("Der Chipkonzern Nvidia legte deutlich zu.", "Nvidia"),
    ],
)
def test_a_describing_compound_noun_is_cut_from_the_name(found, text, mention):
    assert found(text, "de") == {mention: "ORG"}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Das Bundesministerium für Bildung und Forschung zahlt mehr.",
            "Bundesministerium für Bildung und Forschung",
        ),
        (
            "Die Gesellschaft für Wasser- und Abfallwirtschaft baut ein Werk.",
            "Gesellschaft für Wasser- und Abfallwirtschaft",
        ),
    ],
)
def test_institution_names_keep_their_nouns_after_a_connector(found, text, mention):
    assert found(text, "de").get(mention) == "ORG"


def test_a_noun_before_a_place_stays_in_the_institution_name(found):
    assert "Sternwarte Hamburg" in found("Die Sternwarte Hamburg lädt zum Tag ein.", "de")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Nach Angaben des Statistischen Bundesamts stieg die Zahl.", "Statistischen Bundesamts"),
        (
            "Die Gewerkschaft Deutscher Lokomotivführer streikt.",
            "Gewerkschaft Deutscher Lokomotivführer",
        ),
    ],
)
def test_a_capitalised_adjective_inside_a_sentence_belongs_to_the_name(found, text, mention):
    assert found(text, "de").get(mention) == "ORG"


def test_federal_states_are_places_with_one_key(entities):
    text = "In Bayern und Nordrhein-Westfalen fielen Züge aus."
    places = {e.name: e.key for e in entities(text, "de") if e.label == "LOC"}
    assert places == {
        "Bavaria": "LOC:region:de-by",
        "North Rhine-Westphalia": "LOC:region:de-nw",
    }
