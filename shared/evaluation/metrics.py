"""True/false positive counts and the precision, recall and F1 derived from them."""

from dataclasses import dataclass
from typing import Any


def ratio(numerator: int, denominator: int) -> float | None:
    """`numerator / denominator`, or None when there is nothing to measure (0/0 is not 0)."""
    return numerator / denominator if denominator else None


@dataclass(frozen=True)
class Counts:
    """Matched (tp), spurious (fp) and missed (fn) items of one measure."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        # The count form stays defined (as 0) when one of precision or recall is 0/0.
        return ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }
