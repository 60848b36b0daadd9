"""The matching rule of each fact type, and one-to-one pairing of facts."""

import pytest

from shared.evaluation import score

# Gold entities of the document every test here scores, and the exported ids they match;
# "x" is an exported person matching no gold entity.
GOLD_ENTITIES = [
    ("PER", "Ana Kovač", "Ana Kovač", "Kovač"),
    ("PER", "Ivo Brant", "Ivo Brant"),
    ("PER", "Lea Dorn", "Lea Dorn"),
    ("ORG", "Sunvale", "Sunvale"),
]
EXPORTED_ENTITIES = [
    ("a", "PER", "Ana Kovač"),
    ("i", "PER", "Ivo Brant"),
    ("l", "PER", "Lea Dorn"),
    ("s", "ORG", "Sunvale"),
    ("x", "PER", "Mira Holt"),
]


def _score(build, gold_facts, predicted_facts):
    gold = build.gold(entities=[build.gold_entity(*e) for e in GOLD_ENTITIES], **gold_facts)
    exported = build.exported(
        entities=[build.entity(*e) for e in EXPORTED_ENTITIES], facts=predicted_facts
    )
    return score([exported], [gold])


def _found(build, fact_type, gold_key, gold_fact, predicted_fact):
    report = _score(build, {gold_key: [gold_fact]}, [{"type": fact_type, **predicted_fact}])
    return report.facts[fact_type].tp == 1


QUOTE = {"speaker": "Ana Kovač", "starts_with": "We will rebuild the harbour"}


@pytest.mark.parametrize(
    ("gold", "predicted", "found"),
    [
        pytest.param(QUOTE, {"speaker": "a", "text": "We will rebuild the harbour."}, True,
                     id="whole quote"),
        pytest.param(QUOTE, {"speaker": "a", "text": "So: WE—will, rebuild! she said"}, True,
                     id="case and punctuation"),
        pytest.param(QUOTE, {"speaker": "a", "text": "we will rebuild it all"}, True,
                     id="first three words suffice"),
        pytest.param(QUOTE, {"speaker": "a", "text": "we will try"}, False,
                     id="two words are not enough"),
        pytest.param(QUOTE, {"speaker": "i", "text": "We will rebuild"}, False,
                     id="another gold speaker"),
        pytest.param(QUOTE, {"speaker": "x", "text": "We will rebuild"}, False,
                     id="an unmatched speaker"),
        pytest.param(QUOTE, {"speaker": None, "text": "We will rebuild"}, False,
                     id="no speaker"),
        pytest.param({"speaker": "Ana Kovač", "starts_with": "all is well"},
                     {"speaker": "a", "text": "tall is well"}, False, id="whole words only"),
        pytest.param({"speaker": "Ana Kovač", "starts_with": "never again"},
                     {"speaker": "a", "text": "she said: never again"}, True,
                     id="a gold quote shorter than three words"),
    ],
)  # fmt: skip
def test_quote_rule(build, gold, predicted, found):
    assert _found(build, "quote", "quotes", gold, predicted) is found


MEETING = {"participants": ["Ana Kovač", "Ivo Brant", "Lea Dorn"], "place": None, "date": None}


@pytest.mark.parametrize(
    ("participants", "found"),
    [
        pytest.param(["a", "i"], True, id="two of three"),
        pytest.param(["x", "s", "a", "l"], True, id="two among others"),
        pytest.param(["a", "x"], False, id="one matched, one not"),
        pytest.param(["a"], False, id="one"),
        pytest.param([], False, id="none"),
    ],
)
def test_meeting_rule(build, participants, found):
    predicted = {"participants": participants, "place": "s", "date": "1999-01-01"}
    assert _found(build, "meeting", "meetings", MEETING, predicted) is found


@pytest.mark.parametrize(
    ("gold_role", "person", "role", "found"),
    [
        pytest.param("deputy finance minister", "a", "deputy finance minister", True, id="same"),
        pytest.param("deputy finance minister", "a", "Finance Minister", True, id="two of three"),
        pytest.param("deputy finance minister", "a", "Deputy-Minister", True, id="hyphenated"),
        pytest.param("deputy finance minister", "a", "minister", False, id="one of three"),
        pytest.param("harbour spokesperson", "a", "spokesperson", True, id="exactly half"),
        pytest.param("deputy finance minister", "i", "deputy finance minister", False,
                     id="another person"),
        pytest.param("deputy finance minister", None, "deputy finance minister", False,
                     id="no person"),
        pytest.param("deputy finance minister", "a", None, False, id="no role"),
    ],
)  # fmt: skip
def test_role_rule(build, gold_role, person, role, found):
    gold = {"person": "Ana Kovač", "role": gold_role, "org": None}
    predicted = {"person": person, "role": role, "org": "s"}
    assert _found(build, "role", "roles", gold, predicted) is found


@pytest.mark.parametrize(
    ("gold_value", "gold_unit", "value", "unit", "found"),
    [
        pytest.param(6500, "km", 6500, "km", True, id="same"),
        pytest.param(6500, "km", 6560, "km", True, id="within 1 %"),
        pytest.param(6500, "km", 6570, "km", False, id="beyond 1 %"),
        pytest.param(6500, "km", 6500, "KM", True, id="unit case"),
        pytest.param(6500, "km", 6500, "m", False, id="other measurement unit"),
        pytest.param(6500, "km", 6500, None, False, id="measurement without unit"),
        pytest.param(17e9, "USD", 17_000_000_000, "EUR", False, id="other currency"),
        pytest.param(2.5, "%", 2.5, "%", True, id="percent"),
        pytest.param(2, "years", 2, "months", False, id="other time unit"),
        pytest.param(5, "leaders", 5, "people", True, id="count: other noun"),
        pytest.param(30, "border crossings", 30, None, True, id="count: no unit"),
        pytest.param(5, "leaders", 6, "leaders", False, id="count: other value"),
        pytest.param(5, "leaders", None, "leaders", False, id="no value"),
    ],
)
def test_quantity_rule(build, gold_value, gold_unit, value, unit, found):
    gold = {"text": "…", "value": gold_value, "unit": gold_unit, "about": "…"}
    predicted = {"text": "…", "value": value, "unit": unit}
    assert _found(build, "quantity", "quantities", gold, predicted) is found


@pytest.mark.parametrize(
    ("gold_value", "value", "found"),
    [
        pytest.param("2025-11-12", "2025-11-12", True, id="same"),
        pytest.param("2025-11-12", " 2025-11-12 ", True, id="spaces"),
        pytest.param("2025-03", "2025-3", True, id="unpadded month"),
        pytest.param("2025-11-12", "2025-11", False, id="less precise"),
        pytest.param("2025-11-12", "2025-11-11", False, id="other day"),
        pytest.param("2025", None, False, id="no value"),
    ],
)
def test_date_rule(build, gold_value, value, found):
    gold = {"text": "…", "value": gold_value}
    assert _found(build, "date", "dates", gold, {"text": "…", "value": value}) is found


def test_one_prediction_finds_at_most_one_gold_fact(build):
    gold_dates = [{"text": "…", "value": "2025-11-12"}] * 2
    report = _score(build, {"dates": gold_dates}, [{"type": "date", "value": "2025-11-12"}])

    counts = report.facts["date"]
    assert (counts.tp, counts.fp, counts.fn) == (1, 0, 1)
    assert (counts.precision, counts.recall) == (1.0, 0.5)


def test_one_gold_fact_is_found_at_most_once(build):
    gold_meetings = [MEETING]
    predicted = [{"type": "meeting", "participants": ["a", "i"]}] * 2
    counts = _score(build, {"meetings": gold_meetings}, predicted).facts["meeting"]

    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 0)


def test_fact_pairing_is_a_maximum_matching(build):
    # The first prediction finds both gold quotes, the second only the first one.
    gold_quotes = [
        {"speaker": "Ana Kovač", "starts_with": "we will rebuild"},
        {"speaker": "Ana Kovač", "starts_with": "we will win"},
    ]
    predicted = [
        {"type": "quote", "speaker": "a", "text": "we will rebuild and we will win"},
        {"type": "quote", "speaker": "a", "text": "we will rebuild"},
    ]
    counts = _score(build, {"quotes": gold_quotes}, predicted).facts["quote"]

    assert (counts.tp, counts.fp, counts.fn) == (2, 0, 0)


def test_facts_of_other_types_are_not_scored(build):
    report = _score(build, {}, [{"type": "event", "participants": ["a", "i"]}])

    assert all((c.tp, c.fp, c.fn) == (0, 0, 0) for c in report.facts.values())


def test_misses_show_missed_gold_facts_and_spurious_facts_with_entity_names(build):
    predicted = [{"type": "quote", "speaker": "x", "text": "We will rebuild", "start": 3}]
    misses = _score(build, {"quotes": [QUOTE]}, predicted).misses[0]

    assert misses.missed_facts["quote"] == [QUOTE]
    assert misses.spurious_facts["quote"] == [
        {"speaker": "Mira Holt [x]", "text": "We will rebuild"}
    ]
    assert misses.missed_facts["role"] == misses.spurious_facts["role"] == []
