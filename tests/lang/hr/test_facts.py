"""Bosnian, Croatian and Serbian facts, on sentences written for these tests; the three
share their tables, so each case runs in all three."""

import pytest

from tests.fact_text import entity, facts_of, fields

BCS = pytest.mark.parametrize("lang", ["bs", "hr", "sr"])
MARKO = entity("PER", "Marko Babić", "Babić")
IVAN = entity("PER", "Ivanom Perićem", "Perić")
SARAJEVO = entity("LOC", "Sarajevu")
VLADA = entity("ORG", "Vlade")


@BCS
@pytest.mark.parametrize(
    "text",
    [
        '"Reforma mora biti završena do ljeta", rekao je Marko Babić.',
        "Marko Babić je rekao: „Reforma mora biti završena do ljeta“.",
        "– Reforma mora biti završena do ljeta – kaže Marko Babić.",
        "»Reforma mora biti završena do ljeta«, izjavio je Marko Babić.",
    ],
)
def test_quote_is_attributed_to_the_speaker(lang: str, text: str) -> None:
    quotes = facts_of(text, lang, (MARKO,), kind="quote")
    assert fields(quotes, "speaker") == [(MARKO[0],)]
    assert quotes[0].fields["text"].startswith("Reforma mora")


@BCS
def test_quote_through_a_title_goes_to_the_person_with_that_role(lang: str) -> None:
    text = (
        "Portparol Vlade Marko Babić sastao se s novinarima.\n\n"
        '"Reforma mora biti završena do ljeta", rekao je portparol.'
    )
    quotes = facts_of(text, lang, (MARKO, VLADA), kind="quote")
    assert fields(quotes, "speaker") == [(MARKO[0],)]


@BCS
def test_meeting_takes_each_date_of_its_sentence(lang: str) -> None:
    text = "Marko Babić je 11. novembra u Sarajevu razgovarao s Ivanom Perićem."
    meetings = facts_of(text, lang, (MARKO, IVAN, SARAJEVO), "2025-11-12", "meeting")
    assert fields(meetings, "participants", "place", "date") == [
        ([MARKO[0], IVAN[0]], SARAJEVO[0], "2025-11-11")
    ]


@BCS
def test_role_in_apposition_after_the_name(lang: str) -> None:
    text = "Marko Babić, viši savjetnik Vlade, nije htio komentirati."
    roles = facts_of(text, lang, (MARKO, VLADA), kind="role")
    assert fields(roles, "person", "role", "org") == [(MARKO[0], "viši savjetnik Vlade", VLADA[0])]


@BCS
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Ruta je duga oko 6.500 kilometara.", 6500, "km"),
        ("Kredit iznosi 1,36 milijardi evra.", 1_360_000_000, "EUR"),
        ("Inflacija je pala na 5,3 odsto.", 5.3, "%"),
        ("Na samitu je bilo pet lidera.", 5, None),
        ("Gradnja je trajala tri i po godine.", 3.5, "years"),
        ("Temperatura će pasti na 4 stupnja Celzija.", 4, "°C"),
    ],
)
def test_quantity_is_normalised(lang: str, text: str, value: float, unit: str | None) -> None:
    found = fields(facts_of(text, lang, kind="quantity"), "value", "unit")
    assert [v for v, _ in found] == [value]
    assert unit is None or found[0][1] == unit  # a count's unit is its noun's base form


@BCS
@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Tokom posjete 11. novembra potpisan je sporazum.", "2025-11-12", "2025-11-11"),
        ("Sankcije su uvedene u oktobru.", "2025-11-12", "2025-10"),
        ("Sporazum je potpisan u srpnju 2009.", None, "2009-07"),
        ("Zakon je donesen 1995. godine.", None, "1995"),
        ("Odluka je donesena prošle godine.", "2025-11-12", "2024"),
        ("Sastanak je održan u utorak.", "2025-11-12", "2025-11-11"),
    ],
)
def test_date_is_normalised(lang: str, text: str, published: str | None, value: str) -> None:
    assert fields(facts_of(text, lang, published=published, kind="date"), "value") == [(value,)]


@BCS
def test_month_without_publication_date_is_left_out(lang: str) -> None:
    assert facts_of("Sankcije su uvedene u oktobru.", lang, kind="date") == []


@BCS
def test_year_inside_a_name_is_no_date(lang: str) -> None:
    text = 'Projekt "Rijeka 2020" otvoren je 2021. godine.'
    assert fields(facts_of(text, lang, kind="date"), "text", "value") == [("2021. godine", "2021")]


def test_meeting_with_a_person_named_after_a_title_and_its_organisation() -> None:
    text = "Marko Babić sastao se u Sarajevu s predsjednikom Vlade Ivanom Perićem."
    meetings = facts_of(text, "hr", (MARKO, IVAN, SARAJEVO, VLADA), kind="meeting")
    assert fields(meetings, "participants") == [([MARKO[0], IVAN[0]],)]


@BCS
def test_a_place_before_a_preposition_is_not_the_owner_of_the_title_after_it(lang: str) -> None:
    text = "Marko Babić sastao se u Sarajevu s ministrom Ivanom Perićem."
    roles = facts_of(text, lang, (MARKO, IVAN, SARAJEVO), kind="role")
    assert fields(roles, "person", "role", "org") == [(IVAN[0], "ministrom", None)]


def test_a_feminine_verb_is_not_the_man_named_after_it() -> None:
    text = "„Ne slažem se s time”, rekla je o Ivanu Horvatu njegova supruga."
    quotes = facts_of(text, "hr", (entity("PER", "Ivan Horvat", "Ivanu Horvatu"),), kind="quote")
    assert all(q.fields["speaker"] is None for q in quotes)  # the quote stays, or goes


def test_a_masculine_verb_keeps_a_man_whose_first_name_ends_in_a() -> None:
    luka = entity("PER", "Luka Modrić")
    text = "„Pobijedit ćemo i u finalu”, rekao je Luka Modrić."
    assert fields(facts_of(text, "hr", (luka,), kind="quote"), "speaker") == [(luka[0],)]


def test_a_commander_in_an_apposition_is_a_role() -> None:
    wilson = entity("PER", "Ed Wilson")
    text = "Lansiranje je pratio Ed Wilson, zapovjednik svemirske eskadrile, iz kontrolnog centra."
    roles = facts_of(text, "hr", (wilson,), kind="role")
    assert fields(roles, "person") == [(wilson[0],)]
    assert roles[0].fields["role"].startswith("zapovjednik")
