"""The matching rule of each fact type, and one-to-one scoring of a document's facts."""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .bipartite import maximum_matching
from .entities import EntityAlignment
from .metrics import Counts
from .normalise import normalise, words
from .values import normalise_date, quantities_agree

Fact = Mapping[str, Any]


def _quote_found(predicted: Fact, gold: Fact, entities: EntityAlignment) -> bool:
    speaker = entities.predicted_id(gold["speaker"])
    opening = " ".join(words(gold["starts_with"])[:3])
    # Padding with spaces makes the containment whole-word: "ako" is not found in "kako".
    return (
        speaker is not None
        and predicted.get("speaker") == speaker
        and f" {opening} " in f" {normalise(predicted.get('text') or '')} "
    )


def _meeting_found(predicted: Fact, gold: Fact, entities: EntityAlignment) -> bool:
    wanted = {entities.predicted_id(name) for name in gold["participants"]} - {None}
    return len(wanted & set(predicted.get("participants") or [])) >= 2


def _role_found(predicted: Fact, gold: Fact, entities: EntityAlignment) -> bool:
    person = entities.predicted_id(gold["person"])
    if person is None or predicted.get("person") != person:
        return False
    gold_words = words(gold["role"])
    predicted_words = set(words(predicted.get("role") or ""))
    return 2 * sum(word in predicted_words for word in gold_words) >= len(gold_words)


def _quantity_found(predicted: Fact, gold: Fact, entities: EntityAlignment) -> bool:
    return quantities_agree(
        predicted.get("value"), predicted.get("unit"), gold["value"], gold["unit"]
    )


def _date_found(predicted: Fact, gold: Fact, entities: EntityAlignment) -> bool:
    value = normalise_date(predicted.get("value"))
    return value is not None and value == normalise_date(gold["value"])


@dataclass(frozen=True)
class FactType:
    """How one exported fact type is scored against its list in the gold file."""

    gold_key: str
    found: Callable[[Fact, Fact, EntityAlignment], bool]  # (predicted, gold, entities)
    fields: tuple[str, ...]  # the export fields of the type, shown in misses
    entity_fields: tuple[str, ...]  # those of them holding entity ids


FACT_TYPES: dict[str, FactType] = {
    "quote": FactType("quotes", _quote_found, ("speaker", "text"), ("speaker",)),
    "meeting": FactType(
        "meetings", _meeting_found, ("participants", "place", "date"), ("participants", "place")
    ),
    "role": FactType("roles", _role_found, ("person", "role", "org"), ("person", "org")),
    "quantity": FactType("quantities", _quantity_found, ("text", "value", "unit"), ()),
    "date": FactType("dates", _date_found, ("text", "value"), ()),
}


@dataclass(frozen=True)
class FactScore:
    """One fact type in one document: the counts and the facts behind the errors."""

    counts: Counts
    missed: list[Fact]  # gold facts no prediction found
    spurious: list[Fact]  # predicted facts that found no gold fact


def score_facts(
    predicted: Sequence[Fact], gold: Mapping[str, Any], entities: EntityAlignment
) -> dict[str, FactScore]:
    """Score every fact type of one document, pairing predicted and gold facts one to one."""
    return {
        name: _score_type(name, fact_type, predicted, gold.get(fact_type.gold_key, []), entities)
        for name, fact_type in FACT_TYPES.items()
    }


def _score_type(
    name: str,
    fact_type: FactType,
    predicted: Sequence[Fact],
    gold: Sequence[Fact],
    entities: EntityAlignment,
) -> FactScore:
    candidates = [fact for fact in predicted if fact.get("type") == name]
    options = [
        [
            index
            for index, fact in enumerate(candidates)
            if fact_type.found(fact, gold_fact, entities)
        ]
        for gold_fact in gold
    ]
    pairs = maximum_matching(options)
    paired = set(pairs.values())
    return FactScore(
        counts=Counts(len(pairs), len(candidates) - len(pairs), len(gold) - len(pairs)),
        missed=[fact for index, fact in enumerate(gold) if index not in pairs],
        spurious=[fact for index, fact in enumerate(candidates) if index not in paired],
    )
