"""factdrop_numbers: DATE, MONEY, PERCENT and QUANTITY spans for the fact layer, in
doc.spans["factdrop_quantities"] (never in doc.ents: they are not entities).

Month names come from CLDR (every form babel has for the language's locales); Slavic
months also appear in cases CLDR lacks ("w maju", "v květnu"), so a month word matches by
its first four letters. Currency and unit words are a short table of stems.
"""

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from shared.extract.labels import map_quantity_label
from shared.extract.lang import get_lang_data

SPAN_KEY = "factdrop_quantities"

_NUMBER = r"\d+(?:[.,\u00a0 ]\d{3})*(?:[.,]\d+)?"
_SCALE = (
    r"(?:\s*(?:mld|mln|tys|bn|m|k|mlrd|milijard\w*|miliard\w*|milion\w*|milijun\w*|"
    r"miliardy|milliard\w*|million\w*|billion\w*|thousand|tisuć\w*|hiljad\w*|tysi\w*|"
    r"тыс\w*|млн\w*|млрд\w*|миллион\w*|миллиард\w*|тис\w*|мільйон\w*|мільярд\w*)\.?)?"
)
_CURRENCY = (
    r"(?:\$|€|£|USD|EUR|PLN|CHF|GBP|RUB|UAH|CZK|HRK|BAM|RSD|zł|Kč|dolar\w*|"
    r"dollar\w*|euro\w*|evr\w*|złot\w*|zlot\w*|korun\w*|kun\w*|dinar\w*|"
    r"rubl\w*|рубл\w*|долл\w*|доллар\w*|евро|гривн\w*|франк\w*|frank\w*|"
    r"pound\w*|funt\w*|Dollar\w*|Euro\w*)"
)
_PERCENT = r"(?:%|\s?posto|\s?procent\w*|\s?проц\w*|\s?відс\w*|\s?Prozent|\s?per ?cent)"
_UNIT = (
    r"(?:km|kilomet\w*|километр\w*|кілометр\w*|m²|km²|ha|hektar\w*|tona|tone|ton\w*|"
    r"тонн\w*|MW|GW|kWh|MWh|GWh|barrel\w*|baryłek|barel\w*|баррел\w*|metr\w*|meter\w*|"
    r"метр\w*|kg|kilogram\w*|litr\w*|liter\w*|lit\w*)\b"
)

_PATTERNS = {
    "PERCENT": re.compile(rf"{_NUMBER}{_PERCENT}", re.IGNORECASE),
    "MONEY": re.compile(
        rf"(?:{_CURRENCY}\s?{_NUMBER}{_SCALE})|(?:{_NUMBER}{_SCALE}\s?{_CURRENCY})"
    ),
    "QUANTITY": re.compile(rf"{_NUMBER}{_SCALE}\s?{_UNIT}"),
}


@lru_cache
def _date_pattern(lang: str) -> re.Pattern[str]:
    from babel import Locale

    stems: set[str] = set()
    for code in get_lang_data(lang).locales:
        locale = Locale.parse(code)
        for context in locale.months.values():
            for width in ("wide", "abbreviated"):
                stems.update(
                    str(name).casefold().rstrip(".")[:4] for name in context[width].values()
                )
    months = "|".join(sorted((re.escape(s) for s in stems if len(s) >= 3), key=len, reverse=True))
    month = rf"(?:{months})\w*\.?"
    year = r"(?:1[89]|20)\d\d(?!\d)"
    return re.compile(
        # The lookahead skips, cheaply, every position that starts no digit or word+digit.
        rf"\b(?=\d|\w+\.?\s+\d)(?:\d{{1,2}}\.?\s*{month}(?:\s*,?\s*{year})?"
        rf"|{month}\s+{year}"
        rf"|{month}\s+\d{{1,2}}(?!\d)(?:st|nd|rd|th)?(?:,?\s*{year})?"
        rf"|\d{{1,2}}\.\s?\d{{1,2}}\.\s?{year}"
        rf"|{year}-\d\d-\d\d"
        rf"|{year}\.?\s*(?:godine|godini|godina|roku|rok|года|году|року|year|Jahr\w*|r\.))",
        re.IGNORECASE,
    )


class NumberFinder:
    def __init__(self, lang: str, use_trained: bool) -> None:
        self.lang = lang
        self.use_trained = use_trained  # keep a trained model's DATE, MONEY, ... entities

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[tuple[int, int, str]]:
        """(start_char, end_char, label) of every numeric expression."""
        text = doc.text  # built from every token on each access: read it once
        found = [(m.start(), m.end(), "DATE") for m in _date_pattern(self.lang).finditer(text)]
        for label, pattern in _PATTERNS.items():
            found += [(m.start(), m.end(), label) for m in pattern.finditer(text)]
        return found

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, str]]) -> None:
        spans = [
            Span(doc, s.start, s.end, label=map_quantity_label(s.label_) or "")
            for s in (doc.ents if self.use_trained else ())
            if map_quantity_label(s.label_)
        ]
        for start, end, label in matches:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[SPAN_KEY] = spans


@Language.factory("factdrop_numbers", default_config={"lang": "xx", "use_trained": True})
def make_numbers(nlp: Language, name: str, lang: str, use_trained: bool) -> NumberFinder:
    """DATE, MONEY, PERCENT and QUANTITY spans into doc.spans["factdrop_quantities"]."""
    return NumberFinder(lang, use_trained)
