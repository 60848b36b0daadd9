"""Serbian facts in Cyrillic: the shared Latin tables are also read in Cyrillic."""

import pytest

from tests.fact_text import entity, facts_of, fields

VUCIC = entity("PER", "Александар Вучић", "Вучић")
MARKOVIC = entity("PER", "Марком Марковићем")
TEXT = (
    "Председник Александар Вучић састао се јуче у Београду са Марком Марковићем. "
    '"Србија води независну политику", рекао је Вучић. '
    "Кредит износи 12 милиона евра, а инфлација је 5,3 одсто."
)


@pytest.fixture(scope="module")
def found() -> list:
    return facts_of(TEXT, "sr", (VUCIC, MARKOVIC), "2025-03-04")


def test_cyrillic_quote_is_attributed(found: list) -> None:
    quotes = [f for f in found if f.type == "quote"]
    assert fields(quotes, "speaker", "text") == [(VUCIC[0], "Србија води независну политику")]


def test_cyrillic_meeting_word_and_relative_date(found: list) -> None:
    meetings = [f for f in found if f.type == "meeting"]
    assert fields(meetings, "participants", "date") == [([VUCIC[0], MARKOVIC[0]], "2025-03-03")]


def test_cyrillic_quantities(found: list) -> None:
    quantities = [f for f in found if f.type == "quantity"]
    assert fields(quantities, "value", "unit") == [(12_000_000, "EUR"), (5.3, "%")]
