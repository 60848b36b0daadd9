"""Given names of many nations, and family names of some, from the person providers that
ship inside Faker (MIT).

SGJP, through morfeusz2, knows Polish first names and the commonest foreign ones; news
names people from everywhere ("Nicolas", "Declan", "Mauricio", "Дмитрий"). Faker's
providers carry the first-name lists of some eighty locales, in their own scripts, taken
from national name statistics: a general source, kept as a hashed lexicon like the
common-word tables.
"""

import importlib
import pkgutil
from collections.abc import Iterator
from functools import lru_cache

from shared.extract.lexicon import Lexicon, cached_lexicon

GIVEN_NAMES_VERSION = 3
_FIELDS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")

# Cyrillic names as Polish, Czech and Bosnian/Croatian/Serbian, and English news write them
# ("Дмитрий": Dmitrij, Dmitrij, Dmitry), letter by letter. Source: the usual transliteration
# rules of each language's press.
_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ"
_SCHEMES = {
    "pl": "a b w g d e jo ż z i j k ł m n o p r s t u f ch c cz sz szcz - y - e ju ja i je ji g",
    "cs": "a b v g d e jo ž z i j k l m n o p r s t u f ch c č š šč - y - e ju ja i je ji g",
    "hr": "a b v g d e jo ž z i j k l m n o p r s t u f h c č š šč - i - e ju ja i je ji g",
    "en": "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i ye yi g",
}
# Each scheme as a table letter -> Latin letters ("-": the letter is left out).
_TABLES = {
    code: dict(zip(_CYRILLIC, scheme.replace("-", "").split(" "), strict=True))
    for code, scheme in _SCHEMES.items()
}


def _latin_forms(name: str) -> set[str]:
    """A Cyrillic name in each Latin scheme ("Дмитрий" -> "Dmitrij", "Dmitriy", "Dmitry")."""
    forms = set()
    for code, table in _TABLES.items():
        if not all(char in table for char in name.lower()):
            continue
        latin = "".join(table[char] for char in name.lower())
        if code == "pl":
            latin = latin.replace("łi", "li").replace("łj", "lj")  # "Julia", not "Jułija"
        if code == "en" and latin.endswith("iy"):
            forms.add(latin[:1].upper() + latin[1:-2] + "y")  # "Dmitry" beside "Dmitriy"
        forms.add(latin[:1].upper() + latin[1:])
    return forms


def _names(value: object) -> Iterator[str]:
    """The strings of a provider field: a tuple or list, or a dict of names to weights."""
    if isinstance(value, dict | list | tuple | set | frozenset):
        yield from (name for name in value if isinstance(name, str))


@lru_cache
def _faker_given_names() -> frozenset[str]:
    import faker.providers.person as person

    found: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for field in _FIELDS:
            found.update(
                name
                for name in _names(getattr(provider, field, None))
                # one capitalised word: "Mary-Jane" yes, "de la Cruz" or initials no
                if name[:1].isupper() and name.replace("-", "").isalpha()
            )
    return frozenset(found)


@lru_cache
def get_given_names() -> Lexicon:
    """Every given name of Faker's locales, as written (capitalised), cached on disk."""
    return cached_lexicon(f"given-names-v{GIVEN_NAMES_VERSION}", _faker_given_names)


@lru_cache
def get_transliterated_names() -> Lexicon:
    """The Cyrillic given names in Latin letters ("Dmitrij", "Dmitry"), cached on disk: a
    weaker sign, since some spell a word of another language ("Радиа": "Radia")."""
    return cached_lexicon(
        f"given-names-latin-v{GIVEN_NAMES_VERSION}",
        lambda: {latin for name in _faker_given_names() for latin in _latin_forms(name)},
    )


@lru_cache
def get_family_names(locales: tuple[str, ...]) -> Lexicon:
    """The family names of the given Faker locales, as written, cached on disk."""

    def names() -> set[str]:
        found = set()
        for locale in locales:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
            found.update(
                name
                for name in _names(getattr(provider, "last_names", None))
                if name[:1].isupper() and name.replace("-", "").isalpha()
            )
        return found

    key = "-".join(locales)
    return cached_lexicon(f"family-names-{key}-v{GIVEN_NAMES_VERSION}", names)
