import pytest


@pytest.mark.parametrize(
    ("text", "mention", "label"),
    [
        ("Ministar Ivan Horvat posjetio je Zagreb i Split.", "Ivan Horvat", "PER"),
        ("Ministar Ivan Horvat posjetio je Zagreb i Split.", "Zagreb", "LOC"),
        ("Sporazum je potpisan u Beču, javlja agencija.", "Beču", "LOC"),
    ],
)
def test_names_are_found_with_their_label(found, text, mention, label):
    assert found(text, "hr").get(mention) == label


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hrvat Ivan Horvat osvojio je utrku u siječnju.", "Hrvat Ivan Horvat"),
        ("U prosincu je održan sastanak.", "U"),
    ],
)
def test_nationality_words_and_months_are_not_names(found, text, word):
    assert word not in found(text, "hr")


def test_places_resolve_to_geonames(entities):
    (vienna,) = [e for e in entities("Delegacija je stigla u Beč.", "hr") if e.label == "LOC"]
    assert vienna.name == "Vienna"
    assert vienna.key.startswith("LOC:geo:")


def test_organisation_word_takes_its_genitive(found):
    assert found("Odluku je donijelo Ministarstvo kulture prošle godine.", "hr") == {
        "Ministarstvo kulture": "ORG"
    }


def test_an_english_place_word_makes_a_place(found):
    assert found("Brod je plovio oko Cape Horna prema sjeveru.", "hr").get("Cape Horna") == "LOC"


def test_a_person_after_an_organisation_word_stays_a_person(found):
    text = "Direktorica tvrtke Zorana Marković rekla je da će plaće rasti."
    assert found(text, "hr").get("Zorana Marković") == "PER"


def test_a_small_town_after_a_preposition_of_place_is_a_place(found):
    assert found("Trupa je stigla iz Kičeva u petak.", "hr").get("Kičeva") == "LOC"


def test_armed_forces_with_their_country_are_one_organisation(found):
    text = "Zapovjednik Oružanih snaga Hrvatske obišao je vojnike."
    assert found(text, "hr") == {"Oružanih snaga Hrvatske": "ORG"}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Ustavni sud odbio je žalbu.", "Ustavni sud"),
        ("Središnji državni ured objavio je podatke.", "Središnji državni ured"),
        ("Hrvatska narodna banka objavila je nove podatke.", "Hrvatska narodna banka"),
        (
            "Ustavni sud odbio je žalbu Hrvatske demokratske zajednice.",
            "Hrvatske demokratske zajednice",
        ),
    ],
)
def test_an_institution_written_in_sentence_case_is_one_organisation(found, text, mention):
    assert found(text, "hr").get(mention) == "ORG"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Prema podacima Državnog zavoda za statistiku, cijene rastu.",
            "Državnog zavoda za statistiku",
        ),
        ("Hrvatski zavod za zapošljavanje objavio je podatke.", "Hrvatski zavod za zapošljavanje"),
        # a verbal noun ends the name, though "-nje" also ends adjectives
        ("Satelit koristi Nacionalni ured za izviđanje.", "Nacionalni ured za izviđanje"),
    ],
)
def test_an_institution_goes_on_after_its_preposition(found, text, mention):
    assert found(text, "hr") == {mention: "ORG"}


def test_an_adverb_after_the_preposition_is_no_part_of_the_name(found):
    assert found("Vlada za sada nema plan.", "hr") == {}


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Ugovor je potpisala tvrtka Jadranska plovidba d.d. iz Rijeke.", "Jadranska plovidba"),
        ("Društvo Zagrebački holding d.o.o. zapošljava tisuće ljudi.", "Zagrebački holding"),
    ],
)
def test_a_company_in_sentence_case_is_found_by_its_legal_form(found, text, company):
    assert found(text, "hr").get(company) == "ORG"


def test_a_small_foreign_town_is_a_place_after_a_locative_preposition_only(found):
    assert found("Novinari lista Bah pisali su o tome.", "hr") == {}
    assert found("Konferencija je održana u Ilu prošlog tjedna.", "hr") == {"Ilu": "LOC"}


def test_a_lowercase_compass_adjective_makes_a_region_of_its_own(entities):
    text = "Ulagači iz jugoistočne Europe dolaze u Zagreb, a zemlje zapadnog Balkana čekaju."
    regions = {e.name: [m.text for m in e.mentions] for e in entities(text, "hr")}
    assert ["jugoistočne Europe"] in regions.values()
    assert ["zapadnog Balkana"] in regions.values()


def test_a_companys_board_is_not_part_of_its_name(found):
    text = "Sjednicu je vodio predsjednik Uprave Jadran osiguranja d.d. Ivan Horvat."
    names = found(text, "hr")
    assert "Jadran osiguranja" in names and names["Jadran osiguranja"] == "ORG"
    assert not any(name.startswith("Uprav") for name in names)


def test_names_listed_after_a_kind_of_company_are_companies(found):
    text = "Trgovački lanci Kaufmart i Spar podigli su cijene mlijeka."
    assert found(text, "hr") == {"Kaufmart": "ORG", "Spar": "ORG"}


def test_a_board_word_inflected_like_a_verb_is_still_the_board(found):
    text = "Sjednici je prisustvovao predsjednik Uprave Adriaplina."
    assert found(text, "hr") == {"Adriaplina": "ORG"}


def test_a_foreign_city_before_a_model_number_is_a_product(found):
    text = "Raketa Delta 4 lansirana je, a sastanak u Splitu 2 dana kasnije."
    assert found(text, "hr") == {"Splitu": "LOC"}


def test_a_name_that_ends_in_a_first_name_is_no_person(found):
    text = "Dionice Brandtner Martina pale su nakon objave gubitka."
    assert found(text, "hr") == {"Brandtner Martina": "ORG"}


def test_a_country_naming_a_currency_is_no_place(found):
    text = "Posao vrijedi milijardu dolara SAD-a, a SAD je uveo sankcije."
    assert found(text, "hr") == {"SAD": "LOC"}


def test_a_club_abbreviation_keeps_the_club_whole(found):
    text = "HNK Hajduk Split igrao je protiv NK Osijek."
    assert found(text, "hr") == {"HNK Hajduk Split": "ORG", "NK Osijek": "ORG"}
