"""Whether the same real-world entity gets the same global id in different documents."""

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from .entities import EntityAlignment
from .metrics import ratio
from .normalise import normalise


@dataclass(frozen=True)
class LinkingScore:
    """Cross-document pairs: gold pairs sharing a canonical name, matched predictions
    sharing an id, and the pairs that do both (the agreeing ones)."""

    gold_pairs: int = 0
    predicted_pairs: int = 0
    agreeing_pairs: int = 0

    @property
    def precision(self) -> float | None:
        return ratio(self.agreeing_pairs, self.predicted_pairs)

    @property
    def recall(self) -> float | None:
        return ratio(self.agreeing_pairs, self.gold_pairs)

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold_pairs": self.gold_pairs,
            "predicted_pairs": self.predicted_pairs,
            "agreeing_pairs": self.agreeing_pairs,
            "precision": self.precision,
            "recall": self.recall,
        }


def score_linking(documents: Sequence[EntityAlignment]) -> LinkingScore:
    """Count the cross-document pairs of every document's entity alignment.

    A gold pair counts for recall when both entities are matched to predictions with one id;
    a pair of matched predictions with one id counts for precision when their gold canonical
    names agree. Both are the same set of pairs, those agreeing on name and id, so they share
    one count. An unmatched gold entity is in gold pairs but never agrees: a miss.
    """
    names: list[tuple[int, Hashable]] = []
    ids: list[tuple[int, Hashable]] = []
    names_and_ids: list[tuple[int, Hashable]] = []
    for document, alignment in enumerate(documents):
        names += [(document, normalise(gold["canonical"])) for gold in alignment.gold]
        for gold, predicted in alignment.matched():
            ids.append((document, predicted["id"]))
            names_and_ids.append((document, (normalise(gold["canonical"]), predicted["id"])))
    return LinkingScore(
        gold_pairs=_cross_document_pairs(names),
        predicted_pairs=_cross_document_pairs(ids),
        agreeing_pairs=_cross_document_pairs(names_and_ids),
    )


def _cross_document_pairs(items: Sequence[tuple[int, Hashable]]) -> int:
    """How many pairs of (document, key) items share a key but not a document."""
    return _pairs(Counter(key for _, key in items)) - _pairs(Counter(items))


def _pairs(counter: Counter[Any]) -> int:
    return sum(n * (n - 1) // 2 for n in counter.values())
