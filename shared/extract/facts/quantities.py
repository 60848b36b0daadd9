"""Quantity facts: a number (digits or words, with a scale word) and what it measures or
counts: "6.500 kilometara" -> 6500 km, "17 mld dol." -> 17e9 USD, "80 proc." -> 80 %,
"pet lidera" -> 5 lidera.

Find: numbers in the language's format, number words, and a scale word alone before a
currency ("миллиард долларов"). Build: the words after the number give the scale and the
unit; failing a unit, a counted noun follows ("290 posłów"), and its base form is the unit.
Numbers inside dates, ordinals ("45. eskadrila"), times, codes and bare years are left out.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from shared.extract.facts.context import FactContext, any_of
from shared.extract.facts.numerals import NUMBER, parse_number
from shared.extract.facts.units import (
    SCALE_WORD,
    scale_of,
    singular,
    squares,
    temperature_scale,
    unit_of,
)
from shared.extract.result import FactResult

_NUMBER = re.compile(rf"(?<![\w\-/:.,])(?:{NUMBER})(?![\w/:]|[.,]\d|-\w)")
_TOKEN = re.compile(r"\s*([^\W\d_]+\.?|[$€£%])")
_CURRENCY_BEFORE = re.compile(r"([$€£])\s?$")
_HALF = re.compile(r"\s+(?:i|a|и|and a)\s+(?:po|pół|půl|пол|half)\b", re.IGNORECASE)
_PER_HOUR = re.compile(r"\s+(?:pro|na|per|w|в|za)\s+(?:stunde|sat|hour|godzinę|час|hodinu)\b", re.I)
_AT = re.compile(r"(?:^|\s)(?:v|ve|o|u|um|at|в|w|od|do)\s+$", re.IGNORECASE)
# A number after these is a reference, not a quantity: "article 112", "čl. 5", "Nr. 3".
_REFERENCE = re.compile(
    r"(?:\b(?:art|article|artykuł\w*|član\w*|članak|стать\w*|пункт\w*|nr|no|br|бр|broj|"
    r"číslo|č|odst|ust|paragraf\w*)\.?|§|№)\s*$",
    re.IGNORECASE,
)
_ORDINAL = re.compile(r"\. [^\W\d_]")
_US = re.compile(r"\s+(?:США|SAD|USA|US)\b")  # "долларов США": the dollar named twice
_YEARS = range(1800, 2100)
# Lemma endings of adjectives in the Slavic languages ("największy", "glavni", "спортивный").
_ADJECTIVE_ENDINGS = ("ski", "cki", "ny", "ni", "ný", "ní", "ий", "ый", "ой", "ший")


@dataclass(frozen=True)
class _Reading:
    end: int
    value: float
    unit: str
    confidence: float


def find_quantities(ctx: FactContext, taken: list[tuple[int, int]]) -> list[FactResult]:
    """The quantity facts of the document; `taken` are spans already read as dates."""
    facts, seen = [], set()
    for start, value, end in _numbers(ctx):
        if any(s < end and start < e for s, e in taken):
            continue
        reading = _read_after(ctx, start, end, value)
        if reading is None:
            continue
        text = ctx.text[start : reading.end]
        if (text.casefold(), reading.value) in seen:
            continue
        seen.add((text.casefold(), reading.value))
        sentence = ctx.sentences[ctx.sentence_index(start)]
        number = int(reading.value) if reading.value.is_integer() else reading.value
        facts.append(
            FactResult(
                type="quantity",
                fields={"text": text, "value": number, "unit": reading.unit},
                evidence=sentence.text,
                start=start,
                end=reading.end,
                confidence=reading.confidence,
            )
        )
    return facts


def _numbers(ctx: FactContext) -> list[tuple[int, float | None, int]]:
    """(start, value, end) of every number; value None for a scale word standing alone."""
    found: list[tuple[int, float | None, int]] = []
    for m in _NUMBER.finditer(ctx.text):
        if _is_ordinal(ctx, m.end()) or _REFERENCE.search(
            ctx.text, max(0, m.start() - 12), m.start()
        ):
            continue
        start = m.start()
        if before := _CURRENCY_BEFORE.search(ctx.text, max(0, start - 2), start):
            start = before.start(1)
        found.append((start, parse_number(m.group(), ctx.data.code), m.end()))
    for m in _number_word_pattern(frozenset(ctx.data.number_words)).finditer(ctx.text):
        value, end = ctx.data.number_words[m.group().casefold()], m.end()
        if half := _HALF.match(ctx.text, end):
            value, end = value + 0.5, half.end()
        found.append((m.start(), value, end))
    for m in SCALE_WORD.finditer(ctx.text):
        if scale_of(m.group()) and not re.search(
            r"\d\s*$", ctx.text[max(0, m.start() - 3) : m.start()]
        ):
            found.append((m.start(), None, m.start()))
    return sorted(found, key=lambda item: item[0])


@lru_cache
def _number_word_pattern(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(any_of([re.escape(w) for w in words]), re.I)


def _is_ordinal(ctx: FactContext, end: int) -> bool:
    """ "45. eskadrila", "3. Mai": a stop after the number and a word, in languages that
    write ordinals so (not English)."""
    return ctx.data.code != "en" and _ORDINAL.match(ctx.text, end) is not None


def _read_after(ctx: FactContext, start: int, end: int, value: float | None) -> _Reading | None:
    """The scale and unit (or counted noun) after a number, and where the quantity ends."""
    unit = unit_of(ctx.text[start]) if ctx.text[start] in "$€£" else None
    token = _TOKEN.match(ctx.text, end)
    if token and (scale := scale_of(token.group(1))):
        value, end = (value or 1) * scale, token.end()
        token = _TOKEN.match(ctx.text, end)
    if value is None:
        return None
    if unit is not None:
        return _Reading(end, value, unit, 0.9)
    if token is None:
        return None
    if found := _unit_ahead(ctx, token):
        unit, end = found
        if unit == "hours" and _AT.search(ctx.text, max(0, start - 4), start):
            return None  # "v 16 hodin", "um 16 Uhr": a time of day
        return _Reading(end, value, singular(unit, value), 0.9)
    if value == 1 or (value.is_integer() and int(value) in _YEARS):
        return None  # "one" alone, or a year
    return _counted(ctx, token.group(1), token.end(), value)


def _unit_ahead(ctx: FactContext, token: re.Match[str]) -> tuple[str, int] | None:
    """The unit in the next word, or after up to two adjectives ("5 rumunjskih leja")."""
    squared = False
    for _ in range(3):
        word = token.group(1)
        scale = _TOKEN.match(ctx.text, token.end())
        if scale and (unit := temperature_scale(word, scale.group(1))):
            return unit, scale.end() - scale.group(1).endswith(".")
        if unit := unit_of(word):
            end = token.end() - (word.endswith(".") and unit_of(word[:-1]) is not None)
            if unit == "km" and (hour := _PER_HOUR.match(ctx.text, end)):
                unit, end = "km/h", hour.end()
            if unit == "USD" and (country := _US.match(ctx.text, end)):
                end = country.end()
            if unit in ("m", "km"):
                after = _TOKEN.match(ctx.text, end)
                if after is not None and squares(after.group(1)):
                    # "metrów kwadratowych" (a sentence's stop after it is not the unit's)
                    squared, end = True, after.end() - after.group(1).endswith(".")
                unit += "2" if squared else ""
            return unit, end
        if not word.islower() or ctx.knowledge.is_stop_word(word):
            return None
        squared = squared or squares(word)  # "četvornih metara", "square kilometres"
        token = _TOKEN.match(ctx.text, token.end())
        if token is None:
            return None
    return None


def _counted(ctx: FactContext, word: str, end: int, value: float) -> _Reading | None:
    """A count: the noun after the number, past up to two adjectives, as its base form
    ("290 posłów" -> "poseł"); a verb, adverb or preposition there means no count."""
    for _ in range(3):
        if word.endswith("."):  # the sentence's stop, or an abbreviation
            word, end = word[:-1], end - 1
        if len(word) < 3 or ctx.knowledge.is_stop_word(word):
            return None
        if not (word.islower() or (ctx.data.capitalised_nouns and word[0].isupper())):
            return None
        if ctx.data.capitalised_nouns and word.islower():
            return None  # German nouns are capitalised: "vier bestenfalls" counts nothing
        info = ctx.knowledge.info(word)
        if info.pos in ("verb", "other"):
            return None
        if info.pos != "adj" and not info.lemma.lower().endswith(_ADJECTIVE_ENDINGS):
            return _Reading(end, value, info.lemma.lower(), 0.6)
        token = _TOKEN.match(ctx.text, end)
        if token is None:
            return None
        word, end = token.group(1), token.end()
    return None
