"""Plain, frozen results of extraction: no spaCy object leaves the extractor."""

from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True)
class MentionResult:
    """One occurrence of an entity: the text as written and its character offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class EntityResult:
    """One entity of one document, with every mention of it.

    `key` identifies the real-world thing across documents and languages (the resolver
    builds it); `name` is its canonical name; `aliases` every base form seen.
    """

    key: str
    label: str
    name: str
    mentions: tuple[MentionResult, ...]
    aliases: tuple[str, ...] = ()
    attributes: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FactResult:
    """One fact. `fields` holds the type's export fields; entity references in it are
    entity keys, which the store turns into global entity ids."""

    type: str
    fields: dict[str, Any]
    evidence: str = ""
    start: int = 0
    end: int = 0
    confidence: float = 1.0


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document by one extractor version."""

    version: str
    entities: tuple[EntityResult, ...] = ()
    facts: tuple[FactResult, ...] = ()


class Extractor(Protocol):
    """What the worker needs of an extractor."""

    version: str

    def extract(self, text: str, language: str | None, published: str | None) -> Extraction:
        """Find the entities and facts of one document's text."""
        ...
