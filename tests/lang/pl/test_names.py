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


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Wniosek trafił do Urzędu Regulacji Energetyki.", "Urzędu Regulacji Energetyki"),
        (
            "Wykład odbył się na Politechnice im. Tadeusza Kościuszki.",
            "Politechnice im. Tadeusza Kościuszki",
        ),
        (
            "Prezes Fundacji na Rzecz Rozwoju Rolnictwa zabrał głos.",
            "Fundacji na Rzecz Rozwoju Rolnictwa",
        ),
    ],
)
def test_institution_names_are_not_split_at_a_genitive_or_connector(found, text, mention):
    assert found(text, "pl") == {mention: "ORG"}


def test_an_institution_goes_on_after_a_conjunction(found):
    text = "Projekt przygotowało Ministerstwo Spraw Wewnętrznych i Administracji."
    assert found(text, "pl") == {"Ministerstwo Spraw Wewnętrznych i Administracji": "ORG"}


def test_a_mixed_case_abbreviation_after_a_title_is_an_organisation(found):
    result = found("Rzecznik PiS Rafał Bochenek zapowiedział skargę.", "pl")
    assert result == {"PiS": "ORG", "Rafał Bochenek": "PER"}


def test_a_city_in_the_locative_is_the_city_not_a_surname(found):
    assert found("W Krakowie odbył się protest rolników.", "pl") == {"Krakowie": "LOC"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # foreign first names the dictionary lacks, inflected, or written from Cyrillic
        ("Rozmawiał z przewodniczącą komisji Ursulą von der Leyen.", "Ursulą von der Leyen"),
        ("Rozmawiał z Pierrickiem Duvalem o Europie.", "Pierrickiem Duvalem"),
        ("Rzecznik Kremla Dmitrij Pieskow powiedział, że rozmowy trwają.", "Dmitrij Pieskow"),
    ],
)
def test_foreign_first_names_start_a_person(found, text, person):
    assert found(text, "pl").get(person) == "PER"


def test_what_stands_between_a_title_and_a_person_is_the_organisation(found):
    text = "Prezes Orlenu Ireneusz Fąfara zapowiedział inwestycje."
    assert found(text, "pl") == {"Orlenu": "ORG", "Ireneusz Fąfara": "PER"}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Komisja Europejska ogłosiła plan.", "Komisja Europejska"),
        ("Trybunał Konstytucyjny orzekł w czwartek.", "Trybunał Konstytucyjny"),
        ("Rada Ministrów przyjęła projekt budżetu.", "Rada Ministrów"),
    ],
)
def test_an_institution_and_its_adjective_open_a_sentence(found, text, mention):
    assert found(text, "pl") == {mention: "ORG"}


def test_a_name_in_its_base_form_keeps_it(entities):
    # "Jan" and "Nowak" are also villages (Jany, Nowaki) in the dictionary.
    found = entities("Minister Jan Nowak przyjechał do Krakowa.", "pl")
    assert {e.name for e in found if e.label == "PER"} == {"Jan Nowak"}


def test_what_one_holds_shares_in_is_a_company(found):
    text = "Skarb Państwa ma udziały w Orlenie, a minister mieszka w Krakowie."
    names = found(text, "pl")
    assert (names.get("Orlenie"), names.get("Krakowie")) == ("ORG", "LOC")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Głos zabrał rzecznik Solidarności.", "Solidarności"),
        ("Wywiadu udzieliła posłanka Konfederacji.", "Konfederacji"),
    ],
)
def test_ordinary_words_after_a_title_name_an_organisation(found, text, mention):
    assert found(text, "pl").get(mention) == "ORG"


@pytest.mark.parametrize(
    ("text", "school"),
    [
        (
            "Pacjentów przyjął Szpital Kliniczny im. prof. Adama Grucy w Otwocku.",
            "Szpital Kliniczny im. prof. Adama Grucy",
        ),
        (
            "Wykład odbył się w Szkole Podstawowej im. ks. Jana Twardowskiego.",
            "Szkole Podstawowej im. ks. Jana Twardowskiego",
        ),
    ],
)
def test_an_institution_keeps_its_patron_and_the_patrons_title(found, text, school):
    names = found(text, "pl")
    assert names[school] == "ORG" and not any(label == "PER" for label in names.values())


def test_a_companys_board_is_not_part_of_its_name(found):
    text = "Wywiadu udzielił prezes Zarządu Polskiej Grupy Handlowej."
    assert found(text, "pl") == {"Polskiej Grupy Handlowej": "ORG"}


def test_an_unknown_surname_takes_the_case_of_its_first_name(entities):
    text = "Premier spotkał się z kanclerzem Friedrichem Merzem i z Emmanuelem Macronem."
    names = {e.name for e in entities(text, "pl")}
    assert names == {"Friedrich Merz", "Emmanuel Macron"}


def test_a_company_after_its_analysts_in_the_genitive_is_an_organisation(found):
    text = "Analitycy Morgan Ellis spodziewają się obniżki stóp."
    assert found(text, "pl") == {"Morgan Ellis": "ORG"}


def test_a_portal_named_by_its_domain_is_an_organisation(found):
    text = "Według portalu kupony.pl i serwisu Gazetka.pl ceny rosną. Szczegóły na www.kupony.pl."
    assert found(text, "pl") == {"kupony.pl": "ORG", "Gazetka.pl": "ORG"}


def test_a_title_after_an_institution_is_not_its_genitive(found):
    text = "W Sejmie premier Donald Tusk mówił o budżecie."
    assert found(text, "pl") == {"Sejmie": "ORG", "Donald Tusk": "PER"}


def test_a_capitalised_compass_point_is_a_part_of_the_world(found):
    text = "Kazachstan eksportuje ropę na Zachód, a polityka Wschodu się zmienia."
    names = found(text, "pl")
    assert names["Zachód"] == "LOC" and names["Wschodu"] == "LOC"


def test_a_club_named_after_its_city_is_no_person(found):
    text = "Piłkarze Legii Warszawa wygrali w niedzielę z Lechem Poznań."
    assert found(text, "pl") == {"Legii Warszawa": "ORG", "Lechem Poznań": "ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rosyjski Instytut Puszkina otworzył filię.", "Instytut Puszkina"),
        ("Polski Związek Piłki Nożnej ukarał klub.", "Polski Związek Piłki Nożnej"),
    ],
)
def test_a_nationality_word_stays_in_a_name_only_when_the_name_needs_it(found, text, name):
    assert found(text, "pl") == {name: "ORG"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Eksport do Czech rośnie od roku.", "Czech"),
        ("Turyści przyjechali z Niemiec w piątek.", "Niemiec"),
        ("Wrócił do Polski po latach.", "Polski"),
        ("Wczoraj prezydent Polski spotkał się z ministrami.", "Polski"),
    ],
)
def test_a_country_that_reads_as_a_nationality_is_found_after_a_preposition(
    entities, text, country
):
    (found,) = entities(text, "pl")
    assert found.label == "LOC" and found.key.startswith("LOC:country:")
    assert [m.text for m in found.mentions] == [country]


def test_a_nationality_word_in_another_case_is_no_country(found):
    assert found("Rozmawiał z Czechem i z Niemcem o pracy.", "pl") == {}


def test_a_surname_after_a_title_and_a_first_name_stays_a_person(found):
    assert found("Prezes Jan Polski milczy.", "pl") == {"Jan Polski": "PER"}
