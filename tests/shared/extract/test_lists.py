"""A word with no evidence of its own, listed beside an organisation, is one too."""

import pytest

from shared.extract.extractor import RuleExtractor


def _names(text: str, lang: str) -> dict[str, str]:
    extraction = RuleExtractor().extract(text, lang, None)
    return {m.text: e.label for e in extraction.entities for m in e.mentions}


@pytest.mark.parametrize(
    "text",
    [
        "Ugovor su potpisali PetroGaz i Naftex.",
        "Ugovor su potpisali Naftex i PetroGaz.",
        "Ugovor su potpisali Naftex, PetroGaz i Adriaplin.",
    ],
)
def test_an_unknown_word_listed_with_a_company_is_a_company(text):
    names = _names(text, "hr")
    assert names["Naftex"] == "ORG" and names["PetroGaz"] == "ORG"


def test_an_unknown_word_alone_is_not_an_entity():
    assert "Naftex" not in _names("Suradnju je najavila tvrtka iz grada, a Naftex šuti.", "hr")


def test_an_abbreviation_alone_is_no_evidence_for_its_neighbour():
    assert "Naftex" not in _names("Pisali su o NLO i Naftex danima.", "hr")
