"""Serbian is written in both scripts; the BCS tables are Latin, so for Serbian the fact
layer also looks for their Cyrillic spelling ("rekao" and "рекао")."""

import re
from dataclasses import replace
from functools import lru_cache

from shared.extract.lang import LangData
from shared.extract.script import serbian_to_latin

_CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџш"
# Gaj's Latin letters (three of them digraphs) and their Cyrillic letter.
_TO_CYRILLIC = {serbian_to_latin(letter): letter for letter in _CYRILLIC}
_LETTER = re.compile("|".join(sorted(map(re.escape, _TO_CYRILLIC), key=len, reverse=True)))


def serbian_to_cyrillic(text: str) -> str:
    """Lowercase Serbian Latin text in Cyrillic ("rekao je" -> "рекао је")."""
    return _LETTER.sub(lambda m: _TO_CYRILLIC[m.group()], text.lower())


@lru_cache
def with_cyrillic(data: LangData) -> LangData:
    """`data` whose fact tables also hold the Cyrillic spelling of every entry."""
    both = {serbian_to_cyrillic(word): value for word, value in data.date_words.items()}
    numbers = {serbian_to_cyrillic(word): value for word, value in data.number_words.items()}
    return replace(
        data,
        meeting_words=data.meeting_words | {serbian_to_cyrillic(w) for w in data.meeting_words},
        copulas=data.copulas | {serbian_to_cyrillic(w) for w in data.copulas},
        attribution_words=data.attribution_words
        | {serbian_to_cyrillic(w) for w in data.attribution_words},
        weekday_prepositions=data.weekday_prepositions
        | {serbian_to_cyrillic(w) for w in data.weekday_prepositions},
        date_words={**data.date_words, **both},
        number_words={**data.number_words, **numbers},
    )
