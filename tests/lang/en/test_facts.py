"""English facts, on sentences written for these tests."""

import pytest

from tests.fact_text import entity, facts_of, fields

SMITH = entity("PER", "John Smith", "Smith")
JONES = entity("PER", "Mary Jones", "Jones")
LONDON = entity("LOC", "London")
AGENCY = entity("ORG", "Civil Aviation Authority")


@pytest.mark.parametrize(
    "text",
    [
        '"We will rebuild the bridge this summer," John Smith said.',
        'John Smith said: "We will rebuild the bridge this summer."',
        '"We will rebuild the bridge this summer," said John Smith, the mayor.',
    ],
)
def test_quote_is_attributed_to_the_speaker(text: str) -> None:
    quotes = facts_of(text, "en", (SMITH,), kind="quote")
    assert fields(quotes, "speaker") == [(SMITH[0],)]


def test_quote_with_a_pronoun_goes_to_the_previous_speaker() -> None:
    text = (
        '"We will rebuild the bridge this summer," John Smith said. '
        '"The money is already there," he added.'
    )
    quotes = facts_of(text, "en", (SMITH, JONES), kind="quote")
    assert fields(quotes, "speaker") == [(SMITH[0],), (SMITH[0],)]


def test_meeting_with_place_and_weekday() -> None:
    text = "John Smith met Mary Jones in London on Tuesday."
    meetings = facts_of(text, "en", (SMITH, JONES, LONDON), "2023-04-27", "meeting")
    assert fields(meetings, "participants", "place", "date") == [
        ([SMITH[0], JONES[0]], LONDON[0], "2023-04-25")
    ]


def test_visit_to_a_place_is_a_meeting_with_its_leader() -> None:
    text = "Mayor of London Mary Jones opened the fair. John Smith visited London on Monday."
    meetings = facts_of(text, "en", (SMITH, JONES, LONDON), "2023-04-27", "meeting")
    assert fields(meetings, "participants") == [([SMITH[0], JONES[0]],)]


def test_role_before_the_name() -> None:
    text = "Civil Aviation Authority spokesperson John Smith declined to comment."
    roles = facts_of(text, "en", (SMITH, AGENCY), kind="role")
    assert fields(roles, "person", "org") == [(SMITH[0], AGENCY[0])]
    assert "spokesperson" in roles[0].fields["role"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The plane carried 72 people.", 72, "people"),
        ("The deal is worth $1.5 billion.", 1_500_000_000, "USD"),
        ("Prices rose by 4.5%.", 4.5, "%"),
        ("The road is 1,200 kilometres long.", 1200, "km"),
        ("Two buildings burned.", 2, "buildings"),
        ("It was 95 degrees Fahrenheit in the shade.", 95, "°F"),
    ],
)
def test_quantity_is_normalised(text: str, value: float, unit: str) -> None:
    assert fields(facts_of(text, "en", kind="quantity"), "value", "unit") == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("The crash happened on January 15, 2023.", None, "2023-01-15"),
        ("The crash happened on April 25.", "2023-04-27", "2023-04-25"),
        ("The crash happened on Monday.", "2023-04-25", "2023-04-24"),
        ("The airline was founded in January this year.", "2023-04-25", "2023-01"),
        ("The airline was founded last year.", "2023-04-25", "2022"),
        ("The airline was founded in 2008.", None, "2008"),
    ],
)
def test_date_is_normalised(text: str, published: str | None, value: str) -> None:
    assert fields(facts_of(text, "en", published=published, kind="date"), "value") == [(value,)]


def test_people_named_in_a_visit_sentence_without_a_link_did_not_meet() -> None:
    text = "John Smith visited the town where Mary Jones was born."
    assert facts_of(text, "en", (SMITH, JONES), kind="meeting") == []


def test_a_person_who_reports_the_talks_is_not_a_participant() -> None:
    text = "John Smith said Mary Jones held talks with Anna Bell on Friday."
    bell = entity("PER", "Anna Bell")
    meetings = facts_of(text, "en", (SMITH, JONES, bell), kind="meeting")
    assert fields(meetings, "participants") == [([JONES[0], bell[0]],)]


def test_role_before_a_comma_and_the_name() -> None:
    text = "The city's mayor, Mary Jones, opened the bridge."
    roles = facts_of(text, "en", (JONES,), kind="role")
    assert fields(roles, "person", "role") == [(JONES[0], "mayor")]


def test_quote_running_over_paragraphs_goes_to_the_speaker_named_at_its_end() -> None:
    text = (
        "John Smith spoke at length.\n\n"
        "“We will rebuild the bridge. It will take two years.\n\n"
        "“The money is already there,” Smith said."
    )
    quotes = facts_of(text, "en", (SMITH,), kind="quote")
    assert fields(quotes, "speaker") == [(SMITH[0],), (SMITH[0],)]
    assert quotes[0].fields["text"].startswith("We will rebuild")


def test_after_a_pronoun_the_organisation_told_is_not_the_speaker() -> None:
    bbc = entity("ORG", "BBC")
    text = 'John Smith disagreed. "This plan is a fantasy," he told the BBC.'
    quotes = facts_of(text, "en", (SMITH, bbc), kind="quote")
    assert fields(quotes, "speaker") == [(SMITH[0],)]


def test_a_pronoun_speaker_is_the_one_person_named_before() -> None:
    text = 'Mary Jones spoke on Monday. "We will rebuild the bridge this summer," she said.'
    quotes = facts_of(text, "en", (JONES,), kind="quote")
    assert fields(quotes, "speaker") == [(JONES[0],)]


def test_a_title_before_another_person_in_an_apposition_is_that_persons() -> None:
    text = "The mayor of London, John Smith, met spokesperson Mary Jones."
    roles = facts_of(text, "en", (SMITH, JONES, LONDON), kind="role")
    smith = [r.fields["role"] for r in roles if r.fields["person"] == SMITH[0]]
    assert not any("spokesperson" in role for role in smith)
    assert JONES[0] in [r.fields["person"] for r in roles]


def test_talks_of_ministers_of_listed_countries_are_a_meeting_of_the_countries(extractor):
    text = "The talks of the foreign ministers of France, Germany and Poland ended in Paris."
    facts = extractor.extract(text, "en", "2024-03-01").facts
    (meeting,) = [f for f in facts if f.type == "meeting"]
    assert meeting.fields["participants"] == ["LOC:country:FR", "LOC:country:DE", "LOC:country:PL"]


def test_companies_in_talks_meet_but_a_deal_mentioned_beside_talks_is_no_meeting() -> None:
    firms = (entity("ORG", "Northgas"), entity("ORG", "Baltic Power"))
    talks = "The talks of Northgas with Baltic Power resumed on Monday."
    assert fields(facts_of(talks, "en", firms, kind="meeting"), "participants") == [
        ([firms[0][0], firms[1][0]],)
    ]
    far = "After the talks, analysts said Northgas, unlike its rival, had a deal with Baltic Power."
    assert facts_of(far, "en", firms, kind="meeting") == []
