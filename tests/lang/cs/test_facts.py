"""Czech facts, on sentences written for these tests."""

import pytest

from tests.fact_text import entity, facts_of, fields

NOVAK = entity("PER", "Jan Novák", "Novák")
DVORAK = entity("PER", "Petrem Dvořákem", "Dvořák")


def test_quote_is_attributed_to_the_speaker() -> None:
    text = "„Rozpočet předložíme do konce roku,“ uvedl Jan Novák."
    assert fields(facts_of(text, "cs", (NOVAK,), kind="quote"), "speaker") == [(NOVAK[0],)]


def test_meeting_on_a_weekday() -> None:
    text = "Jan Novák se ve čtvrtek setkal s Petrem Dvořákem."
    meetings = facts_of(text, "cs", (NOVAK, DVORAK), "2025-11-06", "meeting")
    assert fields(meetings, "participants", "date") == [([NOVAK[0], DVORAK[0]], "2025-11-06")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Vláda skončí 17. prosince.", "2025-12-17"),
        ("Kabinet vládl od prosince 2017.", "2017-12"),
        ("Volby budou příští rok.", "2026"),
        ("Demisi podá dnes.", "2025-11-06"),
    ],
)
def test_date_is_normalised(text: str, value: str) -> None:
    found = facts_of(text, "cs", published="2025-11-06", kind="date")
    assert fields(found, "value") == [(value,)]


def test_a_feminine_verb_is_not_the_man_named_after_it() -> None:
    text = "„Dům prodá a koupí něco jiného,“ uvedla na adresu Jana Nováka jeho partnerka."
    quotes = facts_of(text, "cs", (entity("PER", "Jan Novák", "Jana Nováka"),), kind="quote")
    assert all(q.fields["speaker"] is None for q in quotes)  # the quote stays, or goes


def test_a_title_after_the_verb_points_to_the_one_person_holding_it() -> None:
    judge = entity("PER", "Eva Malá")
    text = (
        "Rozhodla soudkyně Eva Malá. Soudkyně umožnila Janu Novákovi odejít dřív. "
        "„Soud dospěl k závěru, že návrh neobstojí,“ doplnila soudkyně."
    )
    facts = facts_of(text, "cs", (judge, entity("PER", "Jan Novák", "Janu Novákovi")))
    assert fields([f for f in facts if f.type == "quote"], "speaker") == [(judge[0],)]
    assert fields([f for f in facts if f.type == "role"], "person", "role") == [
        (judge[0], "soudkyně")
    ]


def test_organisations_in_talks_with_each_other_meet() -> None:
    parties = (entity("ORG", "ODS"), entity("ORG", "STAN"), entity("ORG", "Piráty"))
    text = "O nové koalici nyní vyjednává hnutí ODS s STAN a Piráty."
    meetings = facts_of(text, "cs", parties, kind="meeting")
    assert fields(meetings, "participants") == [([p[0] for p in parties],)]
