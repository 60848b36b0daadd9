"""Guess which legacy 8-bit code page a non-UTF-8 text was written in.

cp1250, ISO-8859-2, cp1251 and KOI8-R decode almost any byte string without error, and
generic detectors confuse them on texts of a paragraph or two (charset-normalizer skips
ISO-8859-2 once it has rejected the "similar" cp1250, for example). So every candidate
that decodes strictly is scored by how implausible its text looks, and the least
implausible wins.
"""

import re
import unicodedata
from collections import Counter
from itertools import pairwise
from string import ascii_lowercase
from typing import NamedTuple

# Order breaks the remaining ties: the code pages our sources use most come first. cp1252
# is last: it only wins for Western European text (French è, à) the others cannot spell.
CANDIDATES = ("cp1250", "cp1251", "iso8859-2", "koi8-r", "cp1252")
# cp1250 keeps š, ž, ś, ź and typographic quotes at 0x80-0x9F, where ISO-8859-2 has only
# control codes: a text without any of those bytes is more likely ISO-8859-2.
_WITHOUT_CP1250_RANGE = ("iso8859-2", "cp1250", "cp1251", "koi8-r", "cp1252")
_CP1250_RANGE = re.compile(rb"[\x80-\x9f]")

# Plausibility needs only a sample; scoring all of a large file would be slow.
_SAMPLE_BYTES = 8192


class _Alphabet(NamedTuple):
    letters: frozenset[str]  # its lowercase non-ASCII letters
    unused: frozenset[str]  # the ASCII letters it does not use for its own words


def _alphabet(letters: str, unused: str) -> _Alphabet:
    return _Alphabet(frozenset(letters), frozenset(unused))


# The alphabets of the languages these code pages are used for. A real text's letters fit
# one alphabet; a wrong code page mixes letters of several (Croatian ISO-8859-2 read as
# cp1250 spells "š" as the Polish "ą" next to the Croatian "č"). When a text has too few
# accented letters to tell, its ASCII letters do: Croatian has many "v" and no "w", Polish
# the reverse.
_ALPHABETS = (
    _alphabet("ąćęłńóśźż", "qvx"),  # Polish
    _alphabet("áčďéěíňóřšťúůýž", "qw"),  # Czech
    _alphabet("áäčďéíĺľňóôŕšťúýž", "qw"),  # Slovak
    _alphabet("čćđšž", "qwxy"),  # Bosnian, Croatian, Serbian Latin, Slovene
    _alphabet("áéíóöőúüű", "qwx"),  # Hungarian
    _alphabet("ăâîșțşţ", "kqwy"),  # Romanian
    _alphabet("äöüß", ""),  # German
    _alphabet("àâçéèêëîïôœùûüÿ", ""),  # French (æ only in Latin loans)
    _alphabet("áéíñóúü", "kw"),  # Spanish
    _alphabet("àèéìíòóù", "jkwxy"),  # Italian
    _alphabet("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", ascii_lowercase),  # Russian, Bulgarian
    _alphabet("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя", ascii_lowercase),  # Ukrainian
    _alphabet("абвгдђежзијклљмнњопрстћуфхцчџш", ascii_lowercase),  # Serbian Cyrillic
    _alphabet("абвгдѓежзѕијклљмнњопрстќуфхцчџш", ascii_lowercase),  # Macedonian
)

# Typographic punctuation that legitimately touches letters.
_TEXT_PUNCTUATION = frozenset("„“”‚‘’«»‹›–—…")


def _symbols(codepages: tuple[str, ...]) -> str:
    """Every non-letter the code pages can produce above ASCII, other than spaces, controls
    and typographic punctuation: "±" or "¹" touching a letter is a letter decoded wrongly."""
    chars = {
        bytes([byte]).decode(cp, errors="ignore") for cp in codepages for byte in range(0x80, 0x100)
    }
    return "".join(
        sorted(
            ch
            for ch in chars - _TEXT_PUNCTUATION - {""}
            if unicodedata.category(ch)[0] in "NPS" or unicodedata.category(ch) == "Lm"
        )
    )


_SYMBOL = f"[{re.escape(_symbols(CANDIDATES))}]"
_SYMBOL_BY_LETTER = re.compile(rf"[^\W\d_]{_SYMBOL}|{_SYMBOL}[^\W\d_]")
_MIXED_SCRIPT = re.compile(
    r"[A-Za-z\u00c0-\u024f][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z\u00c0-\u024f]"
)

# A control character is far stronger evidence of a wrong code page than an odd letter.
_CONTROL_WEIGHT = 5
# Above this share of implausible characters per non-ASCII byte a text is decoded wrongly.
_MAX_ODDNESS = 0.1


def guess(raw: bytes) -> str | None:
    """Return the candidate code page that reads `raw` most plausibly, or None if no
    candidate decodes it at all."""
    sample = raw[:_SAMPLE_BYTES]
    order = CANDIDATES if _CP1250_RANGE.search(sample) else _WITHOUT_CP1250_RANGE
    best: tuple[tuple[int, int], int, str] | None = None
    for rank, codepage in enumerate(order):
        try:
            raw.decode(codepage)
        except UnicodeDecodeError:
            continue
        score = _implausibility(sample.decode(codepage))
        if best is None or (score, rank) < best[:2]:
            best = (score, rank, codepage)
    return best[2] if best else None


def plausible(raw: bytes, codepage: str) -> bool:
    """True if `raw` read as `codepage` (one of the CANDIDATES) looks like real text."""
    sample = raw[:_SAMPLE_BYTES]
    penalty, _ = _implausibility(sample.decode(codepage, errors="replace"))
    non_ascii = len(sample) - len(sample.translate(None, bytes(range(0x80))))
    return penalty <= _MAX_ODDNESS * non_ascii


def _implausibility(text: str) -> tuple[int, int]:
    """Count what a correctly decoded text would not have: first the implausible characters
    and words, then, to break ties, ASCII letters foreign to its best-fitting alphabet."""
    counts = Counter(text)
    lowered: Counter[str] = Counter()
    for ch, n in counts.items():
        lowered[ch.lower()] += n
    accented = {ch: n for ch, n in lowered.items() if ord(ch) > 0x7F and ch.isalpha()}
    foreign, foreign_ascii = min(
        (
            sum(n for ch, n in accented.items() if ch not in alphabet.letters),
            sum(lowered[ch] for ch in alphabet.unused),
        )
        for alphabet in _ALPHABETS
    )
    controls = sum(n for ch, n in counts.items() if unicodedata.category(ch) == "Cc")
    controls -= counts["\n"] + counts["\r"] + counts["\t"]
    penalty = (
        foreign
        + _CONTROL_WEIGHT * controls
        + len(_SYMBOL_BY_LETTER.findall(text))
        + len(_MIXED_SCRIPT.findall(text))
        + _case_breaks(text)
        + _shouting(counts)
    )
    return penalty, foreign_ascii


def _case_breaks(text: str) -> int:
    """Count capitals inside words ("пРАВИТЕЛЬСТВО"): KOI8-R read as cp1251 swaps case."""
    return sum(1 for a, b in pairwise(text) if a.islower() and b.isupper())


def _shouting(counts: Counter[str]) -> int:
    """Count Cyrillic capitals beyond the small letters: a code page swapping case turns
    the lowercase words of a text into capitals."""
    upper = sum(n for ch, n in counts.items() if "\u0400" <= ch <= "\u042f")
    lower = sum(n for ch, n in counts.items() if "\u0430" <= ch <= "\u045f")
    return max(upper - lower, 0)
