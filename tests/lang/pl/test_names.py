import pytest


@pytest.mark.parametrize(
    ("text", "mention", "label"),
    [
        (
            "Wczoraj prezydent Kasym-Żomart Tokajew przyleciał do Warszawy.",
            "Kasym-Żomart Tokajew",
            "PER",
        ),
        ("Wczoraj prezydent Kasym-Żomart Tokajew przyleciał do Warszawy.", "Warszawy", "LOC"),
        (
            "Delegacja z Kazachstanu rozmawiała z ministrem Janem Kowalskim.",
            "Janem Kowalskim",
            "PER",
        ),
        ("Umowę podpisała spółka Orlen z firmą Baltikon.", "Baltikon", "ORG"),
        ("Decyzję ogłosiła Komisja Nadzoru Finansowego.", "Komisja Nadzoru Finansowego", "ORG"),
    ],
)
def test_names_are_found_with_their_label(found, text, mention, label):
    assert found(text, "pl").get(mention) == label


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rosyjscy komentatorzy nie byli zaskoczeni.", "Rosyjscy"),
        ("W maju rząd przedstawił plan.", "W"),
        ("Jak podaje agencja, rozmowy trwały długo.", "Jak"),
    ],
)
def test_ordinary_capitalised_words_are_not_names(found, text, word):
    assert word not in found(text, "pl")


def test_inflected_forms_share_one_entity_with_a_base_form(entities):
    text = "Putin spotkał się z Tokajewem w Moskwie. Tokajew chwalił Putina."
    people = {e.name: e for e in entities(text, "pl") if e.label == "PER"}
    assert "Putin" in people
    assert {m.text for m in people["Putin"].mentions} == {"Putin", "Putina"}
