"""Stems of words for talks, meetings, visits and summits, nouns and verbs.
Source: general knowledge of the language."""

from shared.extract.lang import words

MEETING_WORDS = words(
    """
    setkán
    setkal
    sejde
    sešel
    sešl
    schůz
    jednán
    jednal
    vyjedn
    rozhovor
    návštěv
    navštív
    summit
    vrchol
    přijal
    přijme
    rozmluv
    """
)
