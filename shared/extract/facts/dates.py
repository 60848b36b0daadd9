"""Date facts: every date expression, normalised to YYYY-MM-DD, YYYY-MM or YYYY.

Find: regular expressions propose day-month-year, month-day-year, month-year, bare months,
numeric dates, years, weekdays after a preposition and the language's relative phrases;
the calendar confirms the month and weekday words. Build: a relative or yearless
expression is resolved against the publication date and dropped when there is none (left
unresolved, never guessed); a weekday is the one in the four days before it, else the next
(news tell more of the past days than of the coming ones).
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from shared.extract.facts.calendar import Calendar, get_calendar
from shared.extract.facts.context import FactContext, any_of
from shared.extract.result import FactResult

_YEAR = r"(?:1[89]\d\d|20\d\d)"
_YEAR_WORDS = r"(?:\.?\s*(?:godine|godini|godina|roku|rok|roce|r\.|года|году|року|год\.|г\.))?"
_WORD = r"[^\W\d_]{3,}\.?"
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\.?\s*(?:of\s+)?({_WORD})(?:,?\s+({_YEAR})\b{_YEAR_WORDS})?"
)
_MONTH_DAY = re.compile(
    rf"\b({_WORD})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\.\d)(?:,?\s+({_YEAR})\b)?"
)
_MONTH_YEAR = re.compile(rf"\b({_WORD})\s+({_YEAR})\b{_YEAR_WORDS}")
_NUMERIC = re.compile(rf"\b(\d{{1,2}})\.\s?(\d{{1,2}})\.\s?({_YEAR})\b|\b({_YEAR})-(\d\d)-(\d\d)\b")
_BARE_YEAR = re.compile(rf"(?<![\d.,])\b({_YEAR})\b(?![.,]\d){_YEAR_WORDS}")
_DAY_FOLLOWS = re.compile(r"\s*,?\s*\d")  # "ve středu 12. listopadu": the date says it
_PAIR = re.compile(rf"(?<!\w)(?=([^\W\d_]+)\s+({_WORD}))")
# Bare English and German months need one of these before them ("in May", "seit März").
_MONTH_CUES = frozenset(
    {
        "in", "since", "until", "by", "early", "late", "mid", "during", "im", "seit", "bis",
        "anfang", "ende", "mitte",
    }
)  # fmt: skip


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    value: str
    confidence: float


def find_dates(ctx: FactContext) -> list[FactResult]:
    """The date facts of the document, one per distinct (text, value), in text order."""
    calendar = get_calendar(ctx.data.locales)
    found = _dedupe(_match(ctx, calendar))
    facts, seen = [], set()
    for item in found:
        text = ctx.text[item.start : item.end].strip(" ,.")
        if (text.casefold(), item.value) in seen:
            continue
        seen.add((text.casefold(), item.value))
        sentence = ctx.sentences[ctx.sentence_index(item.start)]
        facts.append(
            FactResult(
                type="date",
                fields={"text": text, "value": item.value},
                evidence=sentence.text,
                start=item.start,
                end=item.start + len(text),
                confidence=item.confidence,
            )
        )
    return facts


def _match(ctx: FactContext, calendar: Calendar) -> list[_Found]:
    text, anchor = ctx.text, ctx.published
    found: list[_Found] = []

    def add(start: int, end: int, value: str | None, confidence: float) -> None:
        if value:
            found.append(_Found(start, end, value, confidence))

    for m in _NUMERIC.finditer(text):
        day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(6, 5, 4)
        add(m.start(), m.end(), _iso(int(year), int(month), int(day)), 0.95)
    for m in _DAY_MONTH.finditer(text):
        month = calendar.month_by_number(m.group(2))
        year = int(m.group(3)) if m.group(3) else anchor.year if anchor else None
        if month and year:
            add(m.start(), m.end(), _iso(year, month, int(m.group(1))), 0.9)
    if calendar.exact:
        for m in _MONTH_DAY.finditer(text):
            month = calendar.month_by_number(m.group(1))
            year = int(m.group(3)) if m.group(3) else anchor.year if anchor else None
            if month and year:
                add(m.start(), m.end(), _iso(year, month, int(m.group(2))), 0.9)
    for m in _MONTH_YEAR.finditer(text):
        if month := calendar.month_by_number(m.group(1)):
            add(m.start(), m.end(), f"{m.group(2)}-{month:02d}", 0.9)
    for m in _BARE_YEAR.finditer(text):
        if m.group() != m.group(1) or not _names_before(ctx, m.start()):
            add(m.start(), m.end(), m.group(1), 0.8)
    if anchor:
        found += _bare_words(ctx, calendar, anchor)
        found += _counted(ctx, anchor)
        for m in _phrase_pattern(frozenset(ctx.data.date_words)).finditer(text):
            unit, offset = ctx.data.date_words[" ".join(m.group().casefold().split())]
            add(m.start(), m.end(), _shift(anchor, unit, offset), 0.8)
    return found


def _names_before(ctx: FactContext, start: int) -> bool:
    """A year in a name: "Sibiu 2007", "Expo 2020" (a capitalised word, inside a sentence,
    just before it, and no "godine", "roku" after it)."""
    before = ctx.text[max(0, start - 30) : start]
    words = [w.lstrip('"„“«»(') for w in before.split()]
    if not words or before[-1:] not in " \u00a0" or not words[-1][:1].isupper():
        return False
    sentence = ctx.sentences[ctx.sentence_index(start)]
    opens = len(ctx.text[sentence.start : start].split()) == 1
    return not opens and not ctx.knowledge.is_stop_word(words[-1])


def _bare_words(ctx: FactContext, calendar: Calendar, anchor: date) -> list[_Found]:
    """Months and weekdays standing alone: "w lipcu", "in May", "we wtorek", "am Dienstag".

    A Slavic month word is known by its lowercase form; an English or German one needs a
    cue before it; a weekday needs one of the language's weekday prepositions.
    """
    found = []
    for m in _PAIR.finditer(ctx.text):
        previous, word = m.group(1).casefold(), m.group(2)
        if ctx.knowledge.is_stop_word(word):
            continue  # "mają" (they have) is no May
        month = calendar.month(word)
        cued = previous in _MONTH_CUES and word[0].isupper()
        if month and (cued if calendar.exact else word.islower()):
            year, end = _year_after(ctx, m.end(2), anchor)
            found.append(_Found(m.start(2), end, f"{year}-{month:02d}", 0.75))
        elif previous in ctx.data.weekday_prepositions and not _DAY_FOLLOWS.match(
            ctx.text, m.end(2)
        ):
            weekday = calendar.weekday(word)
            if weekday is not None:
                value = _nearest(anchor, weekday).isoformat()
                found.append(_Found(m.start(1), m.end(2), value, 0.7))
    return found


def _counted(ctx: FactContext, anchor: date) -> list[_Found]:
    """Dates counted back or on from the publication date: "eight years ago", "vor drei
    Wochen", "prije dvije godine", "через 5 дней" (the language's phrases, "n" the number)."""
    table = ctx.data.counted_date_words
    if not table:
        return []
    phrases = tuple(table)
    found = []
    for m in _counted_pattern(phrases, frozenset(ctx.data.number_words)).finditer(ctx.text):
        index = m.lastindex or 0  # each phrase has one group, its number
        number = m.group(index).casefold()
        count = int(number) if number.isdigit() else ctx.data.number_words[number]
        unit, direction = table[phrases[index - 1]]
        if unit == "week":
            unit, count = "day", count * 7
        found.append(_Found(m.start(), m.end(), _shift(anchor, unit, int(direction * count)), 0.75))
    return found


@lru_cache
def _counted_pattern(phrases: tuple[str, ...], numbers: frozenset[str]) -> re.Pattern[str]:
    """The counted phrases as one expression; group k holds the number of phrase k."""
    number = "|".join([r"\d{1,3}", *map(re.escape, sorted(numbers, key=len, reverse=True))])
    alternatives = [
        r"\s+".join(f"({number})" if word == "n" else re.escape(word) for word in phrase.split())
        for phrase in phrases
    ]
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


def _year_after(ctx: FactContext, end: int, anchor: date) -> tuple[int, int]:
    """The year a month word's phrase names ("January this year", "w lipcu ubiegłego
    roku"), else the publication year; and where the expression ends."""
    phrase = _phrase_pattern(frozenset(ctx.data.date_words)).match(ctx.text, end + 1)
    if phrase and ctx.text[end : end + 1].isspace():
        unit, offset = ctx.data.date_words[" ".join(phrase.group().casefold().split())]
        if unit == "year":
            return anchor.year + offset, phrase.end()
    return anchor.year, end


def _nearest(anchor: date, weekday: int) -> date:
    back = (anchor.weekday() - weekday) % 7
    return anchor - timedelta(days=back) if back <= 4 else anchor + timedelta(days=7 - back)


def _shift(anchor: date, unit: str, offset: int) -> str:
    if unit == "day":
        return (anchor + timedelta(days=offset)).isoformat()
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + offset
        return f"{index // 12}-{index % 12 + 1:02d}"
    return str(anchor.year + offset)


@lru_cache
def _phrase_pattern(phrases: frozenset[str]) -> re.Pattern[str]:
    """Any of the language's relative date phrases, longest first."""
    return re.compile(any_of([r"\s+".join(map(re.escape, p.split())) for p in phrases]), re.I)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _dedupe(found: list[_Found]) -> list[_Found]:
    """The longest expressions, without overlaps ("11. novembra 2025" over "2025")."""
    kept: list[_Found] = []
    for item in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and item.start < kept[-1].end:
            if item.end - item.start > kept[-1].end - kept[-1].start:
                kept[-1] = item
            continue
        kept.append(item)
    return kept
