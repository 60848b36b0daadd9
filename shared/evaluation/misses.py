"""What went wrong in one document, in terms a developer can read."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .entities import EntityAlignment, scored_label
from .facts import FACT_TYPES, FactScore


@dataclass(frozen=True)
class DocumentMisses:
    """The missed gold and spurious predicted entities and facts of one document.

    Facts are keyed by export type ("quote", …). Spurious facts show their export fields,
    with entity ids written as "name [id]".
    """

    id: str
    lang: str
    missed_entities: list[dict[str, Any]]
    spurious_entities: list[dict[str, Any]]
    missed_facts: dict[str, list[dict[str, Any]]]
    spurious_facts: dict[str, list[dict[str, Any]]]


def document_misses(
    gold: Mapping[str, Any],
    exported: Mapping[str, Any],
    entities: EntityAlignment,
    facts: Mapping[str, FactScore],
) -> DocumentMisses:
    """Collect the errors of one scored document."""
    names = {entity["id"]: entity["name"] for entity in exported.get("entities", [])}
    return DocumentMisses(
        id=gold["id"],
        lang=gold["lang"],
        missed_entities=[
            {"label": e["label"], "canonical": e["canonical"], "surface": list(e["surface"])}
            for e in entities.missed_gold()
        ],
        spurious_entities=[
            {
                "label": scored_label(e["label"]),
                "name": e["name"],
                # Distinct, in text order: a name mentioned ten times is listed once.
                "mentions": list(dict.fromkeys(m["text"] for m in e.get("mentions", []))),
            }
            for e in entities.spurious_predicted()
        ],
        missed_facts={name: [dict(f) for f in score.missed] for name, score in facts.items()},
        spurious_facts={
            name: [_readable(name, fact, names) for fact in score.spurious]
            for name, score in facts.items()
        },
    )


def _readable(type_name: str, fact: Mapping[str, Any], names: Mapping[Any, str]) -> dict[str, Any]:
    fact_type = FACT_TYPES[type_name]
    readable = {field: fact.get(field) for field in fact_type.fields}
    for field in fact_type.entity_fields:
        value = readable[field]
        if isinstance(value, list):
            readable[field] = [_entity(ref, names) for ref in value]
        elif value is not None:
            readable[field] = _entity(value, names)
    return readable


def _entity(ref: Any, names: Mapping[Any, str]) -> str:
    return f"{names.get(ref, '?')} [{ref}]"
