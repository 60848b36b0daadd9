"""Word data per language, found by code: `get_lang_data("pl")`.

Each language folder exports small, reviewed tables written from general linguistic
knowledge (titles and roles, organisation words, place words, verbs of saying, words that
may sit inside a name). Large tables (lexicons, months, countries, cities) come from
packages and are loaded elsewhere, by name. Bosnian, Croatian and Serbian share
`_bcs.py`; an unknown code falls back to the neutral `xx` data.
"""

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any


@dataclass(frozen=True)
class LangData:
    """Everything the components need to know about one language.

    Word sets hold lowercase base forms (lemmas). With `compound_heads` a word also
    matches by its ending, for languages that glue words together (German `Bundesamt`).
    """

    code: str
    spacy_lang: str  # spaCy language class used for the tokenizer
    lemmatiser: str  # "morfeusz", "lemmagen:<code>" or "none"
    lexicons: tuple[str, ...]  # spacy-lookups-data lemma tables used as common-word lexicon
    locales: tuple[str, ...]  # CLDR locales whose names the gazetteer indexes
    titles: frozenset[str] = frozenset()
    org_words: frozenset[str] = frozenset()
    company_words: frozenset[str] = frozenset()  # "Autobauer": before a name, not in it
    # Prefixes that make an institution word the state's one institution ("Bundes-").
    state_prefixes: tuple[str, ...] = ()
    # Prepositions after which an institution's name goes on in lowercase ("zavod za
    # statistiku", "ministerstvo pro místní rozvoj", "служба по надзору").
    org_prepositions: frozenset[str] = frozenset()
    loc_words: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    connectors: frozenset[str] = frozenset()
    event_words: frozenset[str] = frozenset()  # competitions, events, awards: not entities
    function_words: frozenset[str] = frozenset()  # added to spaCy's stop words
    nationality_words: frozenset[str] = frozenset()  # "Francuz", "Briten": not a name's start
    # Sports reports: their words, and the words that make a town beside them its club.
    sports_words: frozenset[str] = frozenset()
    play_words: frozenset[str] = frozenset()
    demonym_suffixes: tuple[str, ...] = ()
    demonym_endings: tuple[str, ...] = ()  # plural ethnonyms: "Crnogorci", "Bošnjaci"
    adjective_suffixes: tuple[str, ...] = ()  # lemma endings of relational adjectives
    possessive_endings: tuple[str, ...] = ()  # inflected possessives of names
    # Case endings of first names and what the base form ends in instead, for foreign names
    # the lemmatiser does not know ("Ursulą" -> "Ursula", "Pierricka" -> "Pierrick").
    name_case_endings: tuple[tuple[str, str], ...] = ()
    # The same for surnames, used only after an inflected first name ("Friedrichem Merzem"
    # -> "Merz", "Wołodymyra Zełenskiego" -> "Zełenski"), longest ending first.
    surname_case_endings: tuple[tuple[str, str], ...] = ()
    # Faker locales whose family names make a lone, otherwise unknown word a surname:
    # English news names players and politicians by surname alone ("Gallagher was").
    family_name_locales: tuple[str, ...] = ()
    compound_heads: bool = False  # titles/org words may end a compound (German)
    capitalised_nouns: bool = False  # every noun is capitalised (German)
    latin_in_cyrillic_is_org: bool = False
    # The fact layer's tables: stems of meeting words, verbs linking a person to a role,
    # words other than verbs attributing speech ("according to", "laut"), prepositions
    # that may open a weekday ("we wtorek", "am Dienstag"), relative date phrases
    # (phrase -> (unit, offset)) and numbers written as words (word -> value).
    meeting_words: frozenset[str] = frozenset()
    copulas: frozenset[str] = frozenset()
    attribution_words: frozenset[str] = frozenset()
    weekday_prepositions: frozenset[str] = frozenset()
    date_words: Mapping[str, tuple[str, int]] = field(default_factory=dict, hash=False)
    # "n years ago" -> (year, -1): "n" stands for the number, the offset is its direction
    counted_date_words: Mapping[str, tuple[str, int]] = field(default_factory=dict, hash=False)
    number_words: Mapping[str, float] = field(default_factory=dict, hash=False)


def _lines(text: str) -> list[str]:
    return [
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def words(text: str) -> frozenset[str]:
    """A word list written as data: one entry per line, the source on a `#` line."""
    return frozenset(_lines(text))


def relative_dates(text: str) -> dict[str, tuple[str, int]]:
    """Relative date phrases written as data, one `phrase = unit offset` a line
    (`prošle godine = year -1`); unit is day, week, month or year."""
    table = {}
    for line in _lines(text):
        phrase, _, rule = line.partition("=")
        unit, offset = rule.split()
        table[" ".join(phrase.split())] = (unit, int(offset))
    return table


def number_words(text: str) -> dict[str, float]:
    """Numbers written as words, as data: one `value word word…` a line (`2 dva dvije`)."""
    table = {}
    for line in _lines(text):
        value, *names = line.split()
        table.update(dict.fromkeys(names, float(value)))
    return table


LANG_CODES = ("bs", "hr", "sr", "pl", "ru", "uk", "cs", "de", "en")


def language_list(setting: str) -> tuple[str, ...]:
    """The language codes a setting names: "all", "none" or a list such as "pl,hr,en"."""
    value = setting.strip().lower()
    if value == "all":
        return LANG_CODES
    codes = tuple(code.strip() for code in value.split(",") if code.strip())
    if value == "none" or not codes:
        return ()
    unknown = [code for code in codes if code not in LANG_CODES]
    if unknown:
        raise ValueError(f"unknown language {', '.join(unknown)}; known: {', '.join(LANG_CODES)}")
    return codes


# Word tables a language folder may have: module `<kind>.py` exporting `<KIND>`.
WORD_KINDS = (
    "titles",
    "org_words",
    "company_words",
    "loc_words",
    "speech_verbs",
    "connectors",
    "event_words",
    "function_words",
    "nationality_words",
    "sports_words",
    "play_words",
    "meeting_words",
    "copulas",
    "attribution_words",
    "weekday_prepositions",
    "date_words",
    "counted_date_words",
    "number_words",
)


def word_tables(package: str) -> dict[str, Any]:
    """The word tables found in a language package, as LangData keyword arguments."""
    found = {}
    for kind in WORD_KINDS:
        name = f"{package}.{kind}"
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue
        found[kind] = getattr(module, kind.upper())
    return found


@lru_cache
def get_lang_data(code: str | None) -> LangData:
    """The data of language `code`, else of its base language, else the neutral default."""
    for candidate in (code or "", (code or "").split("-")[0].split("_")[0], "xx"):
        if candidate in LANG_CODES or candidate == "xx":
            module = importlib.import_module(f"shared.extract.lang.{candidate}")
            return module.DATA
    raise LookupError(code)  # unreachable: "xx" always exists
