"""A noun of nationality before a name is no part of it, in every language."""

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "person", "word"),
    [
        ("hr", "Utrku je dobio Francuz Pierre Laval iz Lyona.", "Pierre Laval", "Francuz"),
        ("sr", "Trener je Nemac Karl Brenner.", "Karl Brenner", "Nemac"),
        ("pl", "Wyścig wygrał Francuz Pierre Laval.", "Pierre Laval", "Francuz"),
        ("pl", "Trenerem został Brytyjczyk John Doyle.", "John Doyle", "Brytyjczyk"),
        ("cs", "Závod vyhrál Francouz Pierre Laval.", "Pierre Laval", "Francouz"),
        ("ru", "Гонку выиграл француз Пьер Лаваль.", "Пьер Лаваль", "француз"),
        ("uk", "Перегони виграв француз Олег Лаваль.", "Олег Лаваль", "француз"),
        ("de", "Das Rennen gewann der Franzose Pierre Laval.", "Pierre Laval", "Franzose"),
        ("en", "The race was won by Frenchman Pierre Laval.", "Pierre Laval", "Frenchman"),
    ],
)
def test_a_nationality_noun_is_cut_from_the_name(found, lang, text, person, word):
    names = found(text, lang)
    assert names.get(person) == "PER"
    assert not any(word in mention for mention in names)


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("hr", "Rus je rekao da se ne slaže.", "Rus"),
        ("pl", "Grek odpowiedział krótko.", "Grek"),
        ("cs", "Řek odpověděl stručně.", "Řek"),
    ],
)
def test_a_nationality_noun_alone_is_no_entity(found, lang, text, word):
    assert word not in found(text, lang)


def test_an_abbreviation_that_the_dictionary_capitalises_stays_in_a_name(found):
    # SGJP writes "TV" as a capitalised common noun: it is not a nationality.
    text = "Wywiad wyemitowała stacja TV Polonia w środę."
    assert found(text, "pl").get("TV Polonia") == "ORG"
