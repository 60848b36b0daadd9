"""The result of scoring: aggregate measures and per-document misses."""

from dataclasses import asdict, dataclass
from typing import Any

from .linking import LinkingScore
from .metrics import Counts
from .misses import DocumentMisses


@dataclass(frozen=True)
class Report:
    """Scores of a set of exported documents against their gold files.

    Entity counts are keyed by gold label (PER, ORG, LOC) and by gold language; fact counts
    by export type (quote, meeting, role, quantity, date). `unscored` lists the file-name
    stems of exported documents without a gold file.
    """

    entities: Counts
    entities_by_label: dict[str, Counts]
    entities_by_language: dict[str, Counts]
    linking: LinkingScore
    facts: dict[str, Counts]
    facts_by_language: dict[str, dict[str, Counts]]
    misses: list[DocumentMisses]
    unscored: list[str]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-serialisable data (precision etc. are null where nothing was measured)."""
        return {
            "entities": self.entities.to_dict(),
            "entities_by_label": _counts(self.entities_by_label),
            "entities_by_language": _counts(self.entities_by_language),
            "linking": self.linking.to_dict(),
            "facts": _counts(self.facts),
            "facts_by_language": {
                lang: _counts(facts) for lang, facts in self.facts_by_language.items()
            },
            "misses": [asdict(document) for document in self.misses],
            "unscored": list(self.unscored),
        }


def _counts(table: dict[str, Counts]) -> dict[str, dict[str, Any]]:
    return {key: counts.to_dict() for key, counts in table.items()}
