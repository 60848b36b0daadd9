"""Polish facts, on sentences written for these tests."""

import pytest

from tests.fact_text import entity, facts_of, fields

NOWAK = entity("PER", "Anna Nowak", "Nowak")
KOWALSKI = entity("PER", "Jan Kowalski", "Jana Kowalskiego", "Kowalski")
WARSZAWA = entity("LOC", "Warszawie", "Warszawy")
SEJM = entity("ORG", "Sejmu")


@pytest.mark.parametrize(
    "text",
    [
        "„Budżet jest gotowy na przyszły rok” – powiedziała Anna Nowak.",
        "Anna Nowak powiedziała: „Budżet jest gotowy na przyszły rok”.",
        "– Budżet jest gotowy na przyszły rok – mówi Anna Nowak.",
        "„Budżet jest gotowy na przyszły rok”. Tak powiedziała wczoraj Anna Nowak.",
    ],
)
def test_quote_is_attributed_to_the_speaker(text: str) -> None:
    quotes = facts_of(text, "pl", (NOWAK, KOWALSKI), kind="quote")
    assert fields(quotes, "speaker") == [(NOWAK[0],)]
    assert quotes[0].fields["text"].startswith("Budżet jest gotowy")


def test_quote_in_the_same_paragraph_continues_the_speaker() -> None:
    text = (
        "„Budżet jest gotowy na przyszły rok” – powiedziała Anna Nowak. "
        "„Teraz czekamy na głosowanie w parlamencie”."
    )
    quotes = facts_of(text, "pl", (NOWAK,), kind="quote")
    assert fields(quotes, "speaker") == [(NOWAK[0],), (NOWAK[0],)]


def test_quoted_name_is_not_a_quote() -> None:
    text = "Program „Czyste Powietrze” prowadzi Anna Nowak."
    assert facts_of(text, "pl", (NOWAK,), kind="quote") == []


def test_meeting_has_participants_place_and_date() -> None:
    text = "We wtorek Anna Nowak spotkała się w Warszawie z Janem Kowalskim."
    meetings = facts_of(text, "pl", (NOWAK, KOWALSKI, WARSZAWA), "2022-11-30", "meeting")
    assert fields(meetings, "participants", "place", "date") == [
        ([NOWAK[0], KOWALSKI[0]], WARSZAWA[0], "2022-11-29")
    ]


def test_role_before_the_name_runs_to_it() -> None:
    text = "Wicemarszałek Sejmu Jan Kowalski nie zabrał głosu."
    roles = facts_of(text, "pl", (KOWALSKI, SEJM), kind="role")
    assert fields(roles, "person", "role", "org") == [(KOWALSKI[0], "Wicemarszałek Sejmu", SEJM[0])]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Granica ma długość 7598 kilometrów.", 7598, "km"),
        ("Inwestycje wyniosą 17 mld dol. w ciągu dekady.", 17_000_000_000, "USD"),
        ("Program kosztuje 3,2 mld euro.", 3_200_000_000, "EUR"),
        ("Sieć liczy 1 400 sklepów.", 1400, "sklep"),
        ("Poparło to 80 proc. badanych.", 80, "%"),
        ("Negocjacje trwały dwa tygodnie.", 2, "weeks"),
        ("W nocy temperatura spadnie do 5 stopni Celsjusza.", 5, "°C"),
    ],
)
def test_quantity_is_normalised(text: str, value: float, unit: str) -> None:
    assert fields(facts_of(text, "pl", kind="quantity"), "value", "unit") == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Umowę podpisano 5 marca 2021 roku.", None, "2021-03-05"),
        ("Umowę podpisano w lipcu.", "2021-05-05", "2021-07"),
        ("Umowę podpisano we wtorek.", "2022-11-30", "2022-11-29"),
        ("Umowę podpisano wczoraj.", "2022-11-30", "2022-11-29"),
        ("Wybory odbędą się w tym roku.", "2022-11-30", "2022"),
        ("Kryzys zaczął się w 2008 roku.", None, "2008"),
    ],
)
def test_date_is_normalised(text: str, published: str | None, value: str) -> None:
    assert fields(facts_of(text, "pl", published=published, kind="date"), "value") == [(value,)]


def test_relative_date_without_publication_date_is_left_out() -> None:
    assert facts_of("Umowę podpisano wczoraj.", "pl", kind="date") == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Jan Kowalski został rzecznikiem prasowym Sejmu.", "rzecznikiem prasowym Sejmu"),
        ("Rzecznikiem prasowym Sejmu został Jan Kowalski.", "Rzecznikiem prasowym Sejmu"),
        ("Jan Kowalski, rzecznik prasowy Sejmu, odmówił komentarza.", "rzecznik prasowy Sejmu"),
    ],
)
def test_role_after_a_linking_verb_or_in_apposition(text: str, role: str) -> None:
    roles = facts_of(text, "pl", (KOWALSKI, SEJM), kind="role")
    assert fields(roles, "person", "role") == [(KOWALSKI[0], role)]


def test_a_meeting_of_officials_of_listed_countries_is_one_between_the_countries(extractor):
    text = (
        "W Aktau odbyło się w piątek spotkanie szefów dyplomacji Słowacji, Litwy i Łotwy. "
        "Rozmawiano o handlu."
    )
    facts = extractor.extract(text, "pl", "2024-03-01").facts
    (meeting,) = [f for f in facts if f.type == "meeting"]
    assert meeting.fields["participants"] == ["LOC:country:SK", "LOC:country:LT", "LOC:country:LV"]
    assert meeting.fields["place"] == "LOC:geo:610612"


def test_countries_merely_listed_near_a_meeting_word_did_not_meet(extractor):
    text = "Na spotkaniu mówiono o eksporcie do Słowacji, Litwy i Łotwy."
    facts = extractor.extract(text, "pl", "2024-03-01").facts
    assert [f for f in facts if f.type == "meeting"] == []


def test_a_feminine_verb_is_not_the_man_named_after_it() -> None:
    text = "„Nie zgadzam się z tym”, powiedziała o Janie Kowalskim jego żona."
    man = entity("PER", "Jan Kowalski", "Janie Kowalskim")
    quotes = facts_of(text, "pl", (man,), kind="quote")
    assert all(q.fields["speaker"] is None for q in quotes)  # the quote stays, or goes
