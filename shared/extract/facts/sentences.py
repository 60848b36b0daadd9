"""Sentences as character ranges of a document's text.

The blank pipelines have no sentence splitter, and the fact layer needs only character
offsets, so sentences are cut here: at a line break, or after `.`, `!`, `?` or `…` (and a
closing quote) followed by space and a capital, a digit or an opening quote, unless the
stop ends an initial ("J. Smith") or a short title ("dr. Kowalski", "St. Louis").
"""

import re
from dataclasses import dataclass

_BREAK = re.compile(r"\n\s*|(?<=[.!?…])[\"'”“»«]?\s+(?=[\"„“«»‚(\[]|[^\W_])")
_NOT_AN_END = re.compile(
    r"(?:^|[\s(])(?:\w|dr|mr|mrs|ms|prof|st|sv|św|ul|tzw|np|inż|ing|г|гг)\.$", re.I
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, in order, without their surrounding space."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BREAK.finditer(text):
        cut = match.start()
        if "\n" not in match.group():
            following = text[match.end()]
            if following.islower() or _NOT_AN_END.search(text[max(start, cut - 6) : cut]):
                continue
        _add(sentences, text, start, cut)
        start = match.end()
    _add(sentences, text, start, len(text))
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        offset = start + chunk.index(stripped[0])
        sentences.append(Sentence(offset, offset + len(stripped), stripped))
