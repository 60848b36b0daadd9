"""A word with no evidence of its own, listed beside an organisation, is one too."""

import pytest

from shared.extract.extractor import RuleExtractor


def _names(text: str, lang: str) -> dict[str, str]:
    extraction = RuleExtractor().extract(text, lang, None)
    return {m.text: e.label for e in extraction.entities for m in e.mentions}


# "Zvijezda" (star) is an ordinary word: alone, capitalised, it says nothing.
@pytest.mark.parametrize(
    "text",
    [
        "Ugovor su potpisali PetroGaz i Zvijezda.",
        "Ugovor su potpisali Zvijezda i PetroGaz.",
        "Ugovor su potpisali Zvijezda, PetroGaz i Adriaplin.",
    ],
)
def test_an_ordinary_word_listed_with_a_company_is_a_company(text):
    names = _names(text, "hr")
    assert names["Zvijezda"] == "ORG" and names["PetroGaz"] == "ORG"


def test_an_ordinary_word_alone_is_not_an_entity():
    assert "Zvijezda" not in _names("Ugovor je potpisala tvrtka iz grada, a Zvijezda šuti.", "hr")


def test_an_abbreviation_alone_is_no_evidence_for_its_neighbour():
    assert "Zvijezda" not in _names("Pisali su o NLO i Zvijezda danima.", "hr")


def test_a_word_no_lexicon_knows_is_a_name_even_alone():
    assert _names("Ugovor je potpisala tvrtka iz grada, a Naftex šuti.", "hr") == {"Naftex": "ORG"}


def test_an_inflected_word_after_a_two_word_company_is_a_second_company():
    names = _names("Ugovor je dobila suradnja tvrtki Aero Dinamika i Zvijezde.", "hr")
    assert names.get("Zvijezde") == "ORG"


def test_a_nominative_word_after_and_may_go_on_with_the_company_name():
    names = _names("Ugovor je dobila suradnja tvrtki Aero Dinamika i Zvijezda.", "hr")
    assert "Zvijezda" not in names
