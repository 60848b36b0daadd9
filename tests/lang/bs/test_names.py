import pytest


@pytest.mark.parametrize(
    ("text", "mention", "label"),
    [
        (
            "Kazahstanski predsjednik Kasim-Žomart Tokajev stigao je u Moskvu.",
            "Kasim-Žomart Tokajev",
            "PER",
        ),
        ("Kazahstanski predsjednik Kasim-Žomart Tokajev stigao je u Moskvu.", "Moskvu", "LOC"),
        ("Tokajev je razgovarao s Putinom o saradnji.", "Tokajev", "PER"),
        ("Sastanak je održan u Sarajevu prošle sedmice.", "Sarajevu", "LOC"),
    ],
)
def test_names_are_found_with_their_label(found, text, mention, label):
    assert found(text, "bs").get(mention) == label


def test_possessive_of_a_name_joins_the_person(entities):
    text = "Predsjednik Emir Hadžić govorio je o Hadžićevim planovima. Hadžić je zadovoljan."
    (person,) = [e for e in entities(text, "bs") if e.label == "PER"]
    assert {m.text for m in person.mentions} >= {"Emir Hadžić", "Hadžić"}


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Sastanak Evropske unije počeo je u utorak.", "Evropske unije", "European Union"),
        ("Rast u Velikoj Britaniji je usporen.", "Velikoj Britaniji", "United Kingdom"),
        ("Delegacija iz Bosne i Hercegovine stigla je jutros.", "Bosne i Hercegovine", None),
    ],
)
def test_multi_word_names_with_lowercase_or_conjunction_resolve(entities, text, mention, name):
    (entity,) = [e for e in entities(text, "bs") if any(m.text == mention for m in e.mentions)]
    assert name is None or entity.name == name


def test_a_name_after_the_word_for_a_newspaper_is_the_newspaper(found):
    assert found("Intervju je dao listu Moskovskij Vestnik.", "bs") == {"Moskovskij Vestnik": "ORG"}
