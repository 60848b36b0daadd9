"""One-to-one pairing of a document's predicted entities with its gold entities."""

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .bipartite import maximum_matching
from .metrics import Counts
from .normalise import normalise

# Exported labels (spaCy's and the gold's own) -> gold label; anything else is not scored.
_SCORED_LABELS = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "LOCATION": "LOC",
}


def scored_label(label: str) -> str | None:
    """The gold label a predicted label counts as, or None if such entities are not scored."""
    return _SCORED_LABELS.get(label.upper())


def _gold_strings(entity: Mapping[str, Any]) -> set[str]:
    return _normalised([entity["canonical"], *entity["surface"]])


def _predicted_strings(entity: Mapping[str, Any]) -> set[str]:
    mentions = [mention["text"] for mention in entity.get("mentions", [])]
    return _normalised([entity["name"], *mentions, *entity.get("aliases", [])])


def _normalised(texts: list[str]) -> set[str]:
    # A string of nothing but punctuation normalises to "" and must not match anything.
    return {key for key in map(normalise, texts) if key}


@dataclass(frozen=True)
class EntityAlignment:
    """A document's gold entities, its scored predicted entities and the pairs between them."""

    gold: Sequence[Mapping[str, Any]]
    predicted: Sequence[Mapping[str, Any]]
    pairs: Mapping[int, int]  # gold index -> predicted index

    def predicted_id(self, canonical: str | None) -> Any | None:
        """The id of the prediction paired with the gold entity named `canonical`, if any."""
        for gold_index, entity in enumerate(self.gold):
            if entity["canonical"] == canonical and gold_index in self.pairs:
                return self.predicted[self.pairs[gold_index]]["id"]
        return None

    def counts_by_label(self) -> dict[str, Counts]:
        """Matched, spurious and missed entities per gold label."""
        tp = Counter(gold["label"] for gold, _ in self.matched())
        fn = Counter(entity["label"] for entity in self.missed_gold())
        fp = Counter(scored_label(entity["label"]) for entity in self.spurious_predicted())
        labels = sorted(tp.keys() | fn.keys() | fp.keys())
        return {label: Counts(tp[label], fp[label], fn[label]) for label in labels}

    def matched(self) -> list[tuple[Mapping[str, Any], Mapping[str, Any]]]:
        """(gold entity, predicted entity) for every pair, in gold order."""
        return [(self.gold[g], self.predicted[p]) for g, p in sorted(self.pairs.items())]

    def missed_gold(self) -> list[Mapping[str, Any]]:
        return [entity for index, entity in enumerate(self.gold) if index not in self.pairs]

    def spurious_predicted(self) -> list[Mapping[str, Any]]:
        paired = set(self.pairs.values())
        return [entity for index, entity in enumerate(self.predicted) if index not in paired]


def align_entities(
    predicted: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]]
) -> EntityAlignment:
    """Pair predicted with gold entities: same label and a shared normalised string.

    Among the candidates of a gold entity, those sharing more strings with it are preferred,
    so that a maximum matching also pairs each gold entity with its likeliest prediction.
    """
    scored = [entity for entity in predicted if scored_label(entity["label"])]
    predicted_keys = [(scored_label(e["label"]), _predicted_strings(e)) for e in scored]
    options = []
    for entity in gold:
        strings = _gold_strings(entity)
        shared = {
            index: len(strings & keys)
            for index, (label, keys) in enumerate(predicted_keys)
            if label == entity["label"] and strings & keys
        }
        options.append(sorted(shared, key=lambda index: -shared[index]))
    return EntityAlignment(gold, scored, maximum_matching(options))
