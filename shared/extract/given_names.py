"""Given names of many nations, from the person providers that ship inside Faker (MIT).

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

GIVEN_NAMES_VERSION = 1
_FIELDS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def _names(value: object) -> Iterator[str]:
    """The strings of a provider field: a tuple or list, or a dict of names to weights."""
    if isinstance(value, dict | list | tuple | set | frozenset):
        yield from (name for name in value if isinstance(name, str))


def _faker_given_names() -> set[str]:
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
    return found


@lru_cache
def get_given_names() -> Lexicon:
    """Every given name of Faker's locales, as written (capitalised), cached on disk."""
    return cached_lexicon(f"given-names-v{GIVEN_NAMES_VERSION}", _faker_given_names)
