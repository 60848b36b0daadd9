import pytest


@pytest.mark.parametrize(
    ("text", "mention", "label"),
    [
        ("Президент Володимир Коваленко прибув до Києва.", "Володимир Коваленко", "PER"),
        ("Президент Володимир Коваленко прибув до Києва.", "Києва", "LOC"),
    ],
)
def test_names_are_found_with_their_label(found, text, mention, label):
    assert found(text, "uk").get(mention) == label


def test_an_office_named_by_a_title_is_an_organisation(found):
    result = found("Про це повідомив Офіс Президента у понеділок.", "uk")
    assert result == {"Офіс Президента": "ORG"}


def test_a_military_abbreviation_is_no_organisation(found):
    assert "ППО" not in found("Україна отримає нові системи ППО від партнерів.", "uk")


def test_armed_forces_with_their_country_are_one_organisation(found):
    text = "Нараду провели з командуванням Збройних сил України у понеділок."
    assert found(text, "uk").get("Збройних сил України") == "ORG"
