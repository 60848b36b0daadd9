import pytest


@pytest.mark.parametrize(
    ("text", "mention", "label"),
    [
        ("The company said Jane Whitaker would lead the team in Chicago.", "Jane Whitaker", "PER"),
        ("The company said Jane Whitaker would lead the team in Chicago.", "Chicago", "LOC"),
        ("Shares of Northwind Airlines fell on Monday.", "Northwind Airlines", "ORG"),
        ("Talks with the UN continued in Geneva.", "UN", "ORG"),
    ],
)
def test_names_are_found_with_their_label(found, text, mention, label):
    assert found(text, "en").get(mention) == label


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Russian officials met in March.", "Russian"),
        ("Police said the fire started on Tuesday.", "Police"),
        ("Police said the fire started on Tuesday.", "Tuesday"),
    ],
)
def test_demonyms_days_and_sentence_starts_are_not_names(found, text, word):
    assert word not in found(text, "en")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Some lines in Yorkshire remained closed on Monday.", "Yorkshire"),
        ("Rescue teams reached Northern Kenya on Monday.", "Northern Kenya"),
    ],
)
def test_unknown_or_qualified_places_are_places(found, text, mention):
    assert found(text, "en").get(mention) == "LOC"


def test_name_particles_stay_inside_a_name(found):
    text = "The coach, Rafael van der Vaart, praised the team."
    assert found(text, "en").get("Rafael van der Vaart") == "PER"


def test_news_agencies_are_organisations(found):
    assert found("LONDON, March 3 (Reuters) - Oil rose.", "en").get("Reuters") == "ORG"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The regulator fined Apple on Monday.", "Apple"),
        ("Rivals such as Spotify complained.", "Spotify"),
    ],
)
def test_a_lone_capitalised_word_inside_a_sentence_is_a_name(found, text, mention):
    assert found(text, "en").get(mention) == "ORG"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("In Leeds, Transport Secretary Louise Haigh spoke.", "Transport"),
        ("LONDON, March 3 (Reuters) - Oil prices rose on Monday.", "Oil"),
    ],
)
def test_title_parts_and_dateline_sentence_starts_are_not_names(found, text, word):
    assert word not in found(text, "en")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # first names the Polish name dictionary lacks, before a surname that is also a word
        ("The striker Declan Rice scored twice.", "Declan Rice"),
        ("The report was written by Laurence Stewart last year.", "Laurence Stewart"),
        ("Mauricio Pochettino praised his players.", "Mauricio Pochettino"),
    ],
)
def test_a_given_name_from_any_nation_makes_a_person(found, text, mention):
    assert found(text, "en").get(mention) == "PER"


@pytest.mark.parametrize(
    "text",
    [
        "The talks were attended by American and British officials and Swiss bankers.",
        "The plan was backed by European leaders and Palestinian groups.",
        "A Korean striker joined a Scottish club.",
    ],
)
def test_adjectives_of_nationality_are_no_entities(found, text):
    assert found(text, "en") == {}


def test_an_adjective_of_nationality_is_cut_from_a_title_and_name(found):
    text = "On Monday, German Chancellor Olaf Scholz met French President Emmanuel Macron."
    assert found(text, "en") == {"Olaf Scholz": "PER", "Emmanuel Macron": "PER"}


SPORTS_REPORT = (
    "The season is not over. Leeds beat Bristol at home, and the team now faces Coventry, "
    "Swansea and Cardiff before the league ends. The manager praised the striker's goal. "
)


def test_towns_in_a_sports_report_are_its_clubs(found):
    names = found(SPORTS_REPORT, "en")
    assert {names.get(town) for town in ("Leeds", "Bristol", "Swansea", "Cardiff")} == {"ORG"}


def test_a_town_outside_a_sports_report_stays_a_place(found):
    names = found("The mayor of Leeds opened a museum in Bristol on Monday.", "en")
    assert names == {"Leeds": "LOC", "Bristol": "LOC"}


def test_a_town_nickname_in_geonames_does_not_take_a_company_name(found):
    # geonames lists "Google" among Topeka's names, from a one-month publicity stunt.
    assert found("Shares of Google rose after the results.", "en") == {"Google": "ORG"}


def test_what_one_holds_shares_in_is_a_company(found):
    text = "Shares in Microsoft rose, while its stake in Nvidia fell."
    assert found(text, "en") == {"Microsoft": "ORG", "Nvidia": "ORG"}


def test_a_korean_given_name_written_with_a_hyphen_stays_in_the_name(found):
    text = "Striker Lee Min-ho scored twice, and the coach praised Park Ji-sung."
    assert found(text, "en") == {"Lee Min-ho": "PER", "Park Ji-sung": "PER"}


def test_a_lowercase_word_after_an_abbreviation_is_no_case_ending(found):
    assert found("The UN-led talks in Geneva ended.", "en") == {"UN": "ORG", "Geneva": "LOC"}


def test_a_hyphenated_first_name_opening_a_sentence_is_kept_whole(found):
    # "jean" is an ordinary English word; "Jean-Luc" is not
    text = "Jean-Luc Mélenchon spoke in Lyon."
    assert found(text, "en") == {"Jean-Luc Mélenchon": "PER", "Lyon": "LOC"}


def test_two_places_joined_by_a_hyphen_are_one_place(found):
    assert found("Elections were held in Bosnia-Herzegovina.", "en") == {
        "Bosnia-Herzegovina": "LOC"
    }


def test_a_company_named_after_a_city_is_no_person(found):
    assert found("Shares of Houston Energy fell on Monday.", "en") == {"Houston Energy": "ORG"}


def test_a_capitalised_surname_particle_stays_inside_the_name(found):
    text = "The club sacked manager Frank Ten Berge, and Luc Van Damme took over."
    assert found(text, "en") == {"Frank Ten Berge": "PER", "Luc Van Damme": "PER"}


def test_a_compass_word_is_no_first_name(found):
    text = (
        "The season is not over. The team now faces West Ham before the league ends. "
        "The manager praised the striker's goal and the squad's win."
    )
    assert found(text, "en") == {"West Ham": "ORG"}


def test_what_analysts_work_at_is_an_organisation_though_it_looks_like_a_person(found):
    text = "Analysts at Hamilton Brooks and economists at Morgan Ellis expect a rate cut."
    assert found(text, "en") == {"Hamilton Brooks": "ORG", "Morgan Ellis": "ORG"}


def test_a_lone_english_surname_is_a_person(found):
    text = "On the pitch, Gallagher was exceptional in midfield."
    assert found(text, "en").get("Gallagher") == "PER"


def test_a_brand_written_in_lowercase_is_an_organisation_even_before_said(found):
    text = "A zenvolt battery failed in the heat. Zenvolt said it would replace the battery."
    assert found(text, "en").get("Zenvolt") == "ORG"
