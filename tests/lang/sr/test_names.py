import pytest


@pytest.mark.parametrize(
    ("text", "mention", "label"),
    [
        ("Predsednik Marko Petrović boravio je u Beogradu.", "Marko Petrović", "PER"),
        ("Predsednik Marko Petrović boravio je u Beogradu.", "Beogradu", "LOC"),
        ("Председник Марко Петровић боравио је у Београду.", "Марко Петровић", "PER"),
        ("Председник Марко Петровић боравио је у Београду.", "Београду", "LOC"),
    ],
)
def test_names_are_found_in_both_scripts(found, text, mention, label):
    assert found(text, "sr").get(mention) == label


def test_both_scripts_resolve_to_one_key(entities):
    latin = {e.key for e in entities("Marko Petrović je stigao u Beograd.", "sr")}
    cyrillic = {e.key for e in entities("Марко Петровић је стигао у Београд.", "sr")}
    assert latin == cyrillic


def test_codes_of_letters_and_digits_are_no_names(found):
    text = "Virus H1N1 se širi, a zakrpa KB5012170 je objavljena. Izveštava televizija B92."
    assert found(text, "sr") == {"B92": "ORG"}


def test_an_abbreviation_takes_the_label_of_the_place_it_abbreviates(entities):
    text = "Zemlja ima dva entiteta -- Republiku Srpsku (RS) i Federaciju. Vlada RS je odlučila."
    place = next(e for e in entities(text, "sr") if "RS" in {m.text for m in e.mentions})
    assert place.label == "LOC"


def test_a_short_ordinary_word_with_a_surname_ending_is_no_surname(found):
    text = "Održan je kongres o Novom dobu. Sastanku je prisustvovao Ilić."
    assert found(text, "sr") == {"Ilić": "PER"}


def test_an_institution_for_two_things_is_one_name(found):
    text = "Direktor Fonda za nauku i razvoj rekao je da novca ima."
    assert found(text, "sr") == {"Fonda za nauku i razvoj": "ORG"}


def test_a_government_named_after_its_country_opens_a_sentence(found):
    text = "Vlada Slovenije usvojila je u četvrtak predlog budžeta."
    assert found(text, "sr") == {"Vlada Slovenije": "ORG"}


def test_a_nationality_adjective_and_a_place_word_describe_a_place(found):
    text = "Grčko ostrvo Naksos posetilo je mnogo turista."
    assert found(text, "sr") == {"Naksos": "LOC"}


def test_a_body_of_the_state_before_its_country_is_the_institution(found):
    text = "Odluku je donela vlada Slovenije, a Slovenija je članica EU."
    names = found(text, "sr")
    assert names["vlada Slovenije"] == "ORG" and names["Slovenija"] == "LOC"


def test_a_station_keeps_the_kind_of_broadcaster_after_its_abbreviation(found):
    text = "Izvestio je ZTV radio, a prenela K1 televizija. EU fondovi stižu."
    assert found(text, "sr") == {"ZTV radio": "ORG", "K1 televizija": "ORG", "EU": "ORG"}
