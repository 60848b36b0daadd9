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


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Der Autobauer Volkswagen meldete am Montag höhere Gewinne.", "Volkswagen"),
        ("Das Unternehmen Siemens baut Stellen ab.", "Siemens"),
        ("Die Aktien des Chipherstellers Nexperia fielen deutlich.", "Nexperia"),
        ("Beim Onlinebroker Kapitalwerk stiegen die Umsätze.", "Kapitalwerk"),
    ],
)
def test_a_kind_of_company_before_its_name_is_cut_and_makes_it_an_organisation(
    found, text, mention
):
    assert found(text, "de") == {mention: "ORG"}


def test_a_name_particle_does_not_join_a_noun_to_the_person_after_it(found):
    text = "Nach dem Wahlsieg von Angela Merkel stiegen die Kurse."
    assert found(text, "de") == {"Angela Merkel": "PER"}


def test_a_name_particle_inside_a_name_stays(found):
    text = "Die Rede hielt Ursula von der Leyen in Brüssel."
    assert found(text, "de").get("Ursula von der Leyen") == "PER"


def test_a_noun_after_a_first_name_is_a_surname(found):
    text = "Den Vorschlag kritisierte Wirtschaftsministerin Katherina Reiche am Montag."
    assert found(text, "de").get("Katherina Reiche") == "PER"


def test_an_article_that_is_also_a_town_does_not_make_a_name_of_a_noun(found):
    # "Die" is a town in France: the article before "Polizei" is no place beside it.
    assert found("Die Polizei in Hamburg nahm einen Mann fest.", "de") == {"Hamburg": "LOC"}


def test_von_after_a_full_name_says_where_from(found):
    text = "Der Stürmer Thomas Müller von Bayern München bleibt."
    assert found(text, "de").get("Thomas Müller") == "PER"


def test_von_after_two_first_names_is_a_particle(found):
    text = "Sie zitierte Johann Wolfgang von Goethe."
    assert found(text, "de").get("Johann Wolfgang von Goethe") == "PER"


@pytest.mark.parametrize("word", ["Bundestag", "Bundesregierung", "Bundesrat", "Bundeswehr"])
def test_a_federal_institution_is_an_organisation(found, word):
    assert found(
        f"Am Montag hat der Sprecher gesagt, dass {word} und Polizei zustimmen.", "de"
    ) == {word: "ORG"}


def test_a_known_name_of_ordinary_words_is_kept_whole(found):
    text = "Nach Angaben der Vereinten Nationen flohen Tausende Menschen."
    assert found(text, "de") == {"Vereinten Nationen": "ORG"}


def test_a_word_that_names_a_small_foreign_town_is_no_place_without_a_preposition(found):
    # "Kilo" is a town in Finland, "Mill" one in the Netherlands
    assert found("Der Preis für ein Kilo Kaffee stieg um zehn Prozent.", "de") == {}


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Die Aktien des Speicherherstellers Western Digital stiegen deutlich.", "Western Digital"),
        ("Die Aktien des Konzerns Dallas Semiconductor fielen.", "Dallas Semiconductor"),
    ],
)
def test_an_english_company_name_is_not_cut_at_a_word_that_is_also_german(found, text, company):
    assert found(text, "de") == {company: "ORG"}


def test_a_kind_of_bank_alone_is_no_name(found):
    assert found("Die Notenbank will die Zinsen senken.", "de") == {}


def test_a_capitalised_adjective_before_an_organisation_word_is_part_of_the_name(found):
    text = "Er sagte, dass die regierende Nationalliberale Partei die Wahl gewann."
    assert found(text, "de") == {"Nationalliberale Partei": "ORG"}


def test_a_club_abbreviation_keeps_the_club_whole(found):
    text = "Der FC Bayern München hat am Samstag gegen den SV Werder Bremen gewonnen."
    assert found(text, "de") == {"FC Bayern München": "ORG", "SV Werder Bremen": "ORG"}


def test_parties_named_by_an_adjective_are_organisations(found):
    text = "Kritik kam von den Grünen und der Linken. Er hob die linke Hand."
    assert found(text, "de") == {"Grünen": "ORG", "Linken": "ORG"}


def test_price_benchmarks_and_stock_indices_are_no_entities(found):
    text = "Der Ölpreis der Sorte Brent Crude stieg am Montag, während der DAX nachgab."
    assert found(text, "de") == {}
