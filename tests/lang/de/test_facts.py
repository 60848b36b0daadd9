"""German facts, on sentences written for these tests."""

import pytest

from tests.fact_text import entity, facts_of, fields

MEIER = entity("PER", "Anna Meier", "Meier")


@pytest.mark.parametrize(
    "text",
    [
        "„Wir werden das Stadion modernisieren“, sagte Anna Meier.",
        "Anna Meier sagte: „Wir werden das Stadion modernisieren.“",
        "„Wir werden das Stadion modernisieren“, so Anna Meier.",
    ],
)
def test_quote_is_attributed_to_the_speaker(text: str) -> None:
    assert fields(facts_of(text, "de", (MEIER,), kind="quote"), "speaker") == [(MEIER[0],)]


def test_role_as_a_compound_title() -> None:
    schulz = entity("PER", "Peter Schulz")
    roles = facts_of("Interimstrainer Peter Schulz bleibt im Amt.", "de", (schulz,), kind="role")
    assert fields(roles, "role") == [("Interimstrainer",)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Das Spiel fand am Dienstagabend statt.", "2024-04-23"),
        ("Das Spiel findet am Samstag statt.", "2024-04-27"),
        ("Das Spiel fand am 3. März 2024 statt.", "2024-03-03"),
    ],
)
def test_date_is_normalised(text: str, value: str) -> None:
    found = facts_of(text, "de", published="2024-04-26", kind="date")
    assert fields(found, "value") == [(value,)]


def test_quantity_with_a_unit_per_hour() -> None:
    found = facts_of("Der Meteorit flog mit 150 Kilometern pro Stunde.", "de", kind="quantity")
    assert fields(found, "value", "unit") == [(150, "km/h")]


def test_talks_with_a_colleague_named_after_his_title() -> None:
    kollege = entity("PER", "Jan Kowalski", "Kowalski")
    text = "Anna Meier führte Gespräche mit ihrem polnischen Amtskollegen Jan Kowalski."
    meetings = facts_of(text, "de", (MEIER, kollege), kind="meeting")
    assert fields(meetings, "participants") == [([MEIER[0], kollege[0]],)]
