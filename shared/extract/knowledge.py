"""What the components know about one language's words, in one object built per process:
the word tables of `lang/<code>/`, the morphology, the gazetteer, and CLDR's months, days
and language names (which are also the nationality adjectives: "ruski", "Russian").
"""

from functools import lru_cache

from shared.extract.gazetteer import Gazetteer, Known
from shared.extract.given_names import (
    get_family_names,
    get_given_names,
    get_transliterated_names,
)
from shared.extract.lang import LangData, get_lang_data
from shared.extract.lang._abbreviations import COMMON_ABBREVIATIONS, NOT_ENTITIES
from shared.extract.lang._compass import COMPASS_NOUNS, COMPASS_STEMS
from shared.extract.lexicon import get_frequent_words
from shared.extract.morph import Morphology, WordInfo, get_morphology
from shared.extract.script import (
    ascii_fold,
    is_acronym,
    is_capitalised,
    is_domain,
    serbian_to_latin,
)

_ENGLISH = get_lang_data("en")


def _calendar_words(locales: tuple[str, ...]) -> frozenset[str]:
    """Month and weekday names of the locales, every CLDR form, case-folded."""
    from babel import Locale

    found: set[str] = set()
    for code in locales:
        locale = Locale.parse(code)
        for table in (locale.months, locale.days):
            for context in table.values():
                for width in ("wide", "abbreviated"):
                    names = (str(name).casefold() for name in context.get(width, {}).values())
                    # Short abbreviations are also first names: "Jan", "Mar", "Mai".
                    found.update(n for n in names if width == "wide" or len(n.rstrip(".")) > 3)
    return frozenset(found)


def _stop_words(data: LangData) -> frozenset[str]:
    """spaCy's stop words of the language (function words the lemma tables lack)."""
    import importlib

    found: set[str] = set(data.function_words)
    for code in {data.spacy_lang, "sr" if data.spacy_lang == "hr" else data.spacy_lang}:
        try:
            found |= importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS
        except ModuleNotFoundError:
            continue
    return frozenset(found)


def _demonym_stems(locales: tuple[str, ...]) -> frozenset[str]:
    """Stems of language names ("rusk", "russian"), the adjectives of nationality."""
    from babel import Locale

    stems = set()
    for code in locales:
        for name in Locale.parse(code).languages.values():
            word = str(name).casefold()
            if " " not in word and len(word) >= 5:
                stems.add(ascii_fold(word)[:-2])
    return frozenset(stems)


def _home_countries(data: LangData) -> frozenset[str]:
    """Country codes where a locale's language is official for a fifth of the people or
    more (CLDR): the places a newspaper in the language reports on most."""
    from babel import Locale
    from babel.core import get_global

    codes = {Locale.parse(code).language for code in data.locales}
    if data.code != "en":
        codes.discard("en")  # English locales stand for the foreign names in any text
    return frozenset(
        territory
        for territory, languages in get_global("territory_languages").items()
        for code in codes
        if code in languages
        and languages[code].get("official_status") in ("official", "de_facto_official")
        and languages[code].get("population_percent", 0) >= 20
    )


@lru_cache
def _long_heads(table: frozenset[str]) -> tuple[str, ...]:
    """The words of a table that may end a compound (four letters or more)."""
    return tuple(head for head in table if len(head) >= 4)


# Infinitive endings (bs/hr/sr, cs, pl, ru, uk): a lemma with one is a verb's.
_INFINITIVE_ENDINGS = (
    *("ti", "ći", "it", "at", "et", "ět", "ovat", "nout", "ést", "íst", "ýt", "ct", "out"),
    *("ć", "ть", "ться", "ти"),
)
# Past tense in the Slavic languages agrees with its subject's gender: "uvedla", "rekla",
# "powiedziała", "сказала" (she); "uvedl", "rekao", "powiedział", "сказал" (he).
_PAST_FEMININE = ("la", "ła", "ла")
_PAST_MASCULINE = ("l", "ł", "л", "ao", "eo", "io")


class Knowledge:
    """Word knowledge of one language; every question is cached."""

    def __init__(self, data: LangData) -> None:
        self.data = data
        self.morph: Morphology = get_morphology(data)
        self.gazetteer = Gazetteer(data, self.lemma)
        self._names = get_morphology(get_lang_data("pl"))  # SGJP knows first names of many nations
        self._given_names = get_given_names()
        self._transliterated_names = get_transliterated_names()
        self._family_names = get_family_names(data.family_name_locales)
        self._calendar = _calendar_words(data.locales)
        self._stop_words = _stop_words(data)
        # German nouns missing from the lemma table are caught by their frequency.
        self._frequent = get_frequent_words("de") if data.capitalised_nouns else None
        # Language-name stems by their first four letters (one prefixes the other).
        self._demonyms: dict[str, list[str]] = {}
        for stem in _demonym_stems(data.locales):
            if len(stem) >= 4:
                self._demonyms.setdefault(stem[:4], []).append(stem)
        self._countries = frozenset(
            ascii_fold(str(name))
            for code in data.locales
            for name in __import__("babel").Locale.parse(code).territories.values()
        )
        self.home_countries = _home_countries(data)
        self._country_prefixes: dict[str, list[str]] = {}
        for country in self._countries:
            if " " not in country:
                self._country_prefixes.setdefault(country[:4], []).append(country)
        for name in (
            "is_title",
            "is_org_word",
            "is_company_word",
            "is_loc_word",
            "is_speech_verb",
            "is_event_word",
            "is_first_name",
            "is_demonym",
        ):
            setattr(self, name, lru_cache(maxsize=100_000)(getattr(self, name)))

    def info(self, word: str) -> WordInfo:
        return self.morph.info(word)

    def lemma(self, word: str) -> str:
        """Base form; a hyphenated word is lemmatised part by part ("Kosiniaka-Kamysza")."""
        if is_domain(word):
            return word  # "money.pl" has no inflection
        if "-" in word.strip("-"):
            head, _, tail = word.rpartition("-")
            if is_acronym(head) and tail.islower():
                return head  # SAD-u, NRO-a: the ending is a case ending
            return "-".join(self.morph.info(part).lemma for part in word.split("-"))
        return self.morph.info(word).lemma

    def person_lemmas(self, words: list[str]) -> list[str]:
        """Base forms of a person's name: a surname the dictionary does not know takes the
        case of the inflected first name before it ("Friedrichem Merzem" -> "Merz",
        "Дмитрия Пескова" -> "Песков")."""
        lemmas = [self.lemma(word) for word in words]
        if len(words) < 2:
            return lemmas
        if lemmas[0] == words[0]:  # a foreign first name: "Emmanuelem" -> "Emmanuel"
            lemmas[0] = next(
                (base for base in self._name_bases(words[0]) if base in self._given_names),
                words[0],
            )
        last = words[-1]
        if (
            lemmas[0] == words[0]
            or not self.is_first_name(lemmas[0])
            or self.info(last).name_kinds  # a surname the dictionary knows
        ):
            return lemmas
        for ending, base in self.data.surname_case_endings:
            if last.endswith(ending) and len(last) - len(ending) >= 3:
                return [*lemmas[:-1], last[: len(last) - len(ending)] + base]
        return lemmas

    def _base(self, word: str) -> tuple[str, str]:
        lowered = word.lower()
        if self.data.code == "sr":
            lowered = serbian_to_latin(lowered)
        return lowered, self.morph.info(lowered).lemma.lower()

    def _in(self, table: frozenset[str], word: str) -> bool:
        lowered, lemma = self._base(word.rstrip("."))
        if lowered in table or lemma in table or word.lower() in table:
            return True
        # Lowercased, a noun's form may read as a verb's ("uprave": "upraviti"); as written,
        # the lemmatiser sees the noun ("Uprave": "Uprava").
        if word[:1].isupper() and self.morph.info(word).lemma.lower() in table:
            return True
        if self.data.compound_heads:  # German compounds end in their head: "Interimstrainer"
            heads = _long_heads(table)
            # an inflected compound ends in its head and an ending: "Chipherstellers"
            return lowered.endswith(heads) or lowered[:-1].endswith(heads)
        return False

    def is_title(self, word: str) -> bool:
        return self._in(self.data.titles, word)

    def is_org_word(self, word: str) -> bool:
        """An organisation's head word, in this language or in English, the language of
        many foreign names in any text ("Business Centre Club", "Yeti Airlines")."""
        if self._in(self.data.org_words, word) or self.is_company_word(word):
            return True
        return is_capitalised(word) and word.lower() in _ENGLISH.org_words

    def is_company_word(self, word: str) -> bool:
        """A kind of company that stands before a name and is no part of it ("Autobauer")."""
        return self._in(self.data.company_words, word)

    def is_loc_word(self, word: str) -> bool:
        """A place's head word, in this language or, capitalised, in English ("Cape")."""
        if self._in(self.data.loc_words, word):
            return True
        return is_capitalised(word) and word.lower() in _ENGLISH.loc_words

    def is_event_word(self, word: str) -> bool:
        return self._in(self.data.event_words, word)

    def is_verb_form(self, word: str) -> bool:
        """A verb form, by its infinitive ("schválila" -> "schválit")."""
        return self.lemma(word).lower().endswith(_INFINITIVE_ENDINGS)

    def past_gender(self, word: str) -> str | None:
        """ "f" or "m" for a verb in the past tense of one gender, else None."""
        lowered = word.lower()
        if not lowered.endswith(_PAST_FEMININE + _PAST_MASCULINE) or not (
            self.is_speech_verb(word) or self.is_verb_form(word)
        ):
            return None
        return "f" if lowered.endswith(_PAST_FEMININE) else "m"

    def is_speech_verb(self, word: str) -> bool:
        return self._in(self.data.speech_verbs, word)

    def is_calendar(self, word: str) -> bool:
        return word.casefold().rstrip(".") in self._calendar

    def is_first_name(self, word: str) -> bool:
        if word.lower() in COMPASS_STEMS:
            return False  # Faker lists "West": "West Ham" is no person
        if "first" in self._names.info(word).name_kinds:
            return True
        # Faker's lists also hold "Paris" and "Lagos": a city of a million stays a place.
        if self._known_city(word, 1_000_000):
            return False
        if word in self._given_names:
            return True
        # Weaker signs, not for a word the language knows ("Radia", "Will"): a name in
        # Latin letters from Cyrillic, and an inflected foreign name by its base form
        # ("Pierricka" -> "Pierrick", "Ursulą" -> "Ursula").
        if self.info(word).common:
            return False
        bases = (self.lemma(word), *self._name_bases(word))
        return word in self._transliterated_names or any(
            base in self._given_names or base in self._transliterated_names for base in bases
        )

    def is_family_name(self, word: str) -> bool:
        return word in self._family_names

    def _name_bases(self, word: str) -> list[str]:
        """The base forms a first name may have under the language's case endings."""
        return [
            word[: -len(ending)] + base
            for ending, base in self.data.name_case_endings
            if word.endswith(ending) and len(word) - len(ending) >= 3
        ]

    def is_common_abbreviation(self, word: str) -> bool:
        """ "TV", "DNA", "BDP": written in capitals, yet no organisation."""
        return word.lower() in COMMON_ABBREVIATIONS

    def is_not_entity(self, words: list[str]) -> bool:
        """Stock indices and currencies: capitalised, yet never entities (gold convention)."""
        return " ".join(words).casefold() in NOT_ENTITIES

    def is_stop_word(self, word: str) -> bool:
        """A function word ("Die", "Jak", "Однако"): never a name, whatever its case."""
        return word.lower() in self._stop_words

    def is_common(self, word: str, frequency: bool = True) -> bool:
        """An ordinary word of the language (German: also the head of a compound)."""
        if "-" in word.strip("-"):
            parts = [part for part in word.split("-") if part]
            if self.data.compound_heads and len(parts) > 1:
                return self.is_common(parts[-1], frequency)  # "US-Renditen", "Spezial-Labor"
            return all(self.is_common(part, frequency) for part in parts)
        if word.lower() in self._stop_words:
            return True
        if self.morph.info(word).common:
            # Lexicons list "liverpool" and "warszawa": a big city's name is a name.
            return not (is_capitalised(word) and self._known_city(word))
        if frequency and self._frequent is not None and word in self._frequent:
            return not self._known_as_name(word)
        if self.data.capitalised_nouns and len(word) > 7:
            return any(
                self.morph.info(word[i].upper() + word[i + 1 :]).common
                for i in range(3, len(word) - 4)  # heads of five letters or more: not "Berg"
            )
        return False

    def is_frequent(self, word: str) -> bool:
        """A frequent German word as written (the frequency table; False elsewhere)."""
        return self._frequent is not None and word in self._frequent

    def _known_city(self, word: str, min_population: int = 100_000) -> bool:
        known = self.find_word(word, min_population, loose=False)
        return known is not None and known.label == "LOC"

    def _known_as_name(self, word: str) -> bool:
        """A frequent word that the gazetteer knows ("Berlin", "Frankfurt")."""
        return self.gazetteer.find([word], [word], 0, loose=False) is not None

    def country_in_case(self, word: str) -> Known | None:
        """The country a word names in one of its readings ("Niemiec": Niemcy, also a
        German; "Czech": Czechy, also a Czech), from the dictionary's place readings."""
        found = [self.gazetteer.find([word], [place]) for place in self.info(word).places]
        countries = [k for k in found if k is not None and k.key.startswith("LOC:country:")]
        return countries[0] if countries else None

    def is_demonym(self, word: str) -> bool:
        """A nationality word ("Austrijanca", "Russian", "Rosjanie"), not a country's name."""
        folded = ascii_fold(word)
        if (
            folded in self._countries
            or word.lower() in COMPASS_NOUNS
            or word.lower().startswith(COMPASS_STEMS)  # "Srednji" (middle) is no language's
        ):
            return False
        if "demonym" in self.info(word).name_kinds or self._in(self.data.nationality_words, word):
            return True
        lemma = ascii_fold(self.lemma(word))
        if lemma in self._countries or len(folded) < 4:
            return False
        if self.data.demonym_endings and folded.endswith(self.data.demonym_endings):
            return self.find_word(word, loose=False) is None
        suffixes = tuple(ascii_fold(x) for x in self.data.demonym_suffixes if x)
        for country in self._country_prefixes.get(folded[:4], ()):
            stem = country[:-1] if country[-1] in "aeiouy" else country
            if folded.startswith(stem) and folded[len(stem) :] in suffixes:
                return True  # "rosj|anie" / "rosja", "austrij|anca" / "austrija"
        for suffix in (*self.data.demonym_suffixes, ""):
            stem = folded[: len(folded) - len(suffix)] if suffix else folded
            if suffix and not folded.endswith(ascii_fold(suffix)):
                continue
            if len(stem) >= 5 and any(
                (stem.startswith(s) and len(stem) - len(s) <= 4) or s.startswith(stem)
                for s in self._demonyms.get(stem[:4], ())
                if len(s) >= 5
            ):
                return True  # "russian" / "russi(an)", not "mohamed" / "moha(wk)"
        return False

    def find_word(self, word: str, min_population: int = 0, loose: bool = True) -> Known | None:
        """The gazetteer's entry for one word, looked up as written and by its base form;
        `loose=False` leaves out rigour's fuzzy country aliases."""
        return self.gazetteer.find([word], [self.lemma(word)], min_population, loose=loose)


@lru_cache
def get_knowledge(code: str) -> Knowledge:
    """The knowledge of language `code`, built once per process on first use."""
    return Knowledge(get_lang_data(code))
