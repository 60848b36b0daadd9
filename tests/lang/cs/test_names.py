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
    ("text", "word"),
    [
        ("Podle ministra byla jednání těžká.", "Podle"),
        ("Zatím nic.", "Zatím"),
        # an adverb the lexicon lacks, though the text also writes it in lowercase
        ("Nyní soud rozhodl. Firma nyní mlčí.", "Nyní"),
    ],
)
def test_sentence_initial_words_are_not_names(found, text, word):
    assert word not in found(text, "cs")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Česká národní banka ponechala sazby beze změny.", "Česká národní banka"),
        ("Ministerstvo zahraničních věcí to potvrdilo.", "Ministerstvo zahraničních věcí"),
    ],
)
def test_a_sentence_case_institution_at_a_sentence_start_is_found(found, text, mention):
    assert found(text, "cs") == {mention: "ORG"}


@pytest.mark.parametrize("text", ["Vláda schválila rozpočet.", "Jmenování vlády proběhne zítra."])
def test_a_sentence_start_before_a_verb_or_genitive_is_no_institution(found, text):
    assert found(text, "cs") == {}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Předseda hnutí STAN Vít Rakušan kritizoval úspory.", "Vít Rakušan"),
        ("Starosta Brna Markéta Vaňková řekla, že město opraví most.", "Markéta Vaňková"),
        ("Přijede také Ursula von der Leyenová.", "Ursula von der Leyenová"),
    ],
)
def test_a_person_is_cut_from_the_abbreviation_or_place_before_it(found, text, person):
    assert found(text, "cs").get(person) == "PER"


@pytest.mark.parametrize(
    ("text", "mention", "label"),
    [
        ("Hladina řeky Moravy stoupla o dva metry.", "Moravy", "LOC"),
        ("Starosta Prostějova uvedl, že škody jsou velké.", "Prostějova", "LOC"),
        ("Olomouc – Silné deště v neděli zaplavily kraj.", "Olomouc", "LOC"),
        ("Hasičský záchranný sbor evakuoval obyvatele.", "Hasičský záchranný sbor", "ORG"),
        ("Vláda Petra Fialy podala demisi.", "Petra Fialy", "PER"),
    ],
)
def test_context_decides_the_label(found, text, mention, label):
    assert found(text, "cs").get(mention) == label


def test_a_currency_at_a_sentence_start_is_no_place(found):
    assert found("Koruna vůči euru mírně oslabila.", "cs") == {}


def test_a_short_surname_keeps_its_letters(entities):
    # lemmagen reads the unseen "Zedl" as "Zést": a short name may lose only an ending.
    found = entities("Soud vyslechl svědka a Petr Zedl mlčel.", "cs")
    assert {e.name for e in found if e.label == "PER"} == {"Petr Zedl"}


def test_an_institution_goes_on_after_pro(found):
    text = "Ministerstvo pro místní rozvoj vydalo pokyny."
    assert found(text, "cs") == {"Ministerstvo pro místní rozvoj": "ORG"}


def test_a_company_in_sentence_case_is_found_by_its_legal_form(found):
    text = "Smlouvu podepsala společnost Moravské stavby a.s. z Brna."
    assert found(text, "cs").get("Moravské stavby") == "ORG"


def test_a_person_in_the_dative_is_the_person_named_in_the_nominative(entities):
    text = (
        "Soud se zabýval návrhem Ondřeje Horáka. Ondřeji Horákovi hrozí trest. "
        "Ondřej Horák se odvolá. Do sálu přišli i Jan Novák a Jana Nováková."
    )
    people = {e.name: {m.text for m in e.mentions} for e in entities(text, "cs")}
    assert people["Ondřej Horák"] == {"Ondřeje Horáka", "Ondřeji Horákovi", "Ondřej Horák"}
    assert len(people) == 3  # Jan Novák and Jana Nováková stay two people


def test_an_office_for_a_place_and_its_district_is_one_name(found):
    text = "Spis putuje k Obvodnímu soudu pro Prahu 4, který rozhodne."
    assert found(text, "cs") == {"Obvodnímu soudu pro Prahu 4": "ORG"}


def test_a_sentence_start_the_text_also_writes_in_lowercase_is_an_ordinary_word(found):
    text = "Vilu nabízela realitní agentura. Nakonec vilu koupil soused z Brna."
    assert "Vilu" not in found(text, "cs")
