"""What every fact finder reads: the text, its sentences, the entity mentions by offset,
the language's tables and the publication date."""

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from shared.extract.facts.cyrillic import with_cyrillic
from shared.extract.facts.sentences import Sentence, split_sentences
from shared.extract.knowledge import Knowledge, get_knowledge
from shared.extract.lang import LangData, get_lang_data
from shared.extract.result import EntityResult

# Prepositions meaning "with" in our languages: "razgovarao s", "rozmawiał z", "met with".
COMITATIVE = frozenset({"s", "sa", "z", "ze", "with", "mit", "с", "со"})


@dataclass(frozen=True)
class Mention:
    """One entity mention in the text, with the entity's key and label."""

    start: int
    end: int
    text: str
    key: str
    label: str


@dataclass
class FactContext:
    """One document as the fact finders see it; derived views are built on first use."""

    text: str
    lang: str
    entities: Sequence[EntityResult]
    published: date | None
    data: LangData = field(init=False)

    def __post_init__(self) -> None:
        data = get_lang_data(self.lang)
        self.data = with_cyrillic(data) if data.code == "sr" else data

    @cached_property
    def knowledge(self) -> Knowledge:
        return get_knowledge(self.data.code)

    @cached_property
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.text)

    @cached_property
    def mentions(self) -> list[Mention]:
        found = [
            Mention(m.start, m.end, m.text, e.key, e.label)
            for e in self.entities
            for m in e.mentions
        ]
        return sorted(found, key=lambda m: m.start)

    @cached_property
    def names(self) -> dict[str, str]:
        """Each entity's base-form name by its key."""
        return {e.key: e.name for e in self.entities}

    @cached_property
    def _starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    def mentions_in(self, start: int, end: int, labels: str = "PER ORG LOC") -> list[Mention]:
        """The mentions wholly inside [start, end) whose label is one of `labels`."""
        first = bisect.bisect_left(self._starts, start)
        return [
            m
            for m in self.mentions[first : bisect.bisect_left(self._starts, end)]
            if m.end <= end and m.label in labels.split()
        ]

    def mention_at(self, offset: int, labels: str = "PER ORG LOC") -> Mention | None:
        """The mention covering character `offset`, if one does."""
        index = bisect.bisect_right(self._starts, offset) - 1
        for mention in reversed(self.mentions[max(0, index - 3) : index + 1]):
            if mention.start <= offset < mention.end and mention.label in labels.split():
                return mention
        return None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_index(self, offset: int) -> int:
        """The index of the sentence holding (or, after a sentence, preceding) `offset`."""
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)


def any_of(alternatives: list[str]) -> str:
    """A regular expression matching any of `alternatives` as whole words (longest
    first), or nothing at all when there are none."""
    if not alternatives:
        return r"(?!)"
    ordered = sorted(alternatives, key=len, reverse=True)
    return r"(?<!\w)(?:" + "|".join(ordered) + r")(?!\w)"


def parse_published(published: str | None) -> date | None:
    """The publication date as a date, or None when missing or malformed."""
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None
