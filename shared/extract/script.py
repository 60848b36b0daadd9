"""Writing-system helpers: Serbian Cyrillic to Latin, ASCII folding, word shapes."""

import re
from functools import lru_cache

from anyascii import anyascii

# Serbian Cyrillic has a one-to-one Latin alphabet (Gaj's), unlike Russian.
_SR_CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ"
_SR_LATIN = [
    "a",
    "b",
    "v",
    "g",
    "d",
    "đ",
    "e",
    "ž",
    "z",
    "i",
    "j",
    "k",
    "l",
    "lj",
    "m",
    "n",
    "nj",
    "o",
    "p",
    "r",
    "s",
    "t",
    "ć",
    "u",
    "f",
    "h",
    "c",
    "č",
    "dž",
    "š",
    "A",
    "B",
    "V",
    "G",
    "D",
    "Đ",
    "E",
    "Ž",
    "Z",
    "I",
    "J",
    "K",
    "L",
    "Lj",
    "M",
    "N",
    "Nj",
    "O",
    "P",
    "R",
    "S",
    "T",
    "Ć",
    "U",
    "F",
    "H",
    "C",
    "Č",
    "Dž",
    "Š",
]
_SR_TABLE = str.maketrans(dict(zip(_SR_CYRILLIC, _SR_LATIN, strict=True)))


def serbian_to_latin(text: str) -> str:
    """Serbian Cyrillic written in Latin script ("Београд" -> "Beograd")."""
    return text.translate(_SR_TABLE)


@lru_cache(maxsize=65536)
def ascii_fold(text: str) -> str:
    """Lowercase ASCII transliteration, the common ground of every script we read."""
    return anyascii(text).lower()


def is_cyrillic(text: str) -> bool:
    """True when the word's first letter is Cyrillic."""
    return any("\u0400" <= char <= "\u04ff" for char in text[:2])


def is_capitalised(text: str) -> bool:
    """Starts with an uppercase letter ("Putin", "LUKoil", "Ö")."""
    return text[:1].isupper()


def is_acronym(text: str) -> bool:
    """Two or more letters, all uppercase, digits allowed ("NATO", "TVN24", "BiH" is not)."""
    # str.isupper: every cased character is uppercase (digits are not cased); cheap first.
    return text.isupper() and text[:1].isalnum() and sum(char.isalpha() for char in text) >= 2


def is_mixed_case_name(text: str) -> bool:
    """Inner capitals or digits after a capital, typical of brands ("LUKoil", "BiH", "Link4")."""
    return is_capitalised(text) and (
        any(char.isupper() for char in text[1:]) or any(char.isdigit() for char in text)
    )


# A host name of one label and a short top-level domain, without "www." or a path.
_DOMAIN = re.compile(
    r"(?!www\.)[^\W\d_][\w-]{1,30}\.(?:pl|hr|ba|rs|me|cz|sk|ru|ua|de|at|ch|com|net|org|eu|info|tv)"
)


def is_domain(text: str) -> bool:
    """A portal or shop named by its domain: "money.pl", "Index.hr"."""
    return _DOMAIN.fullmatch(text) is not None
