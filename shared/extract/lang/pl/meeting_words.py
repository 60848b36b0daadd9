"""Stems of words for talks, meetings, visits and summits, nouns and verbs.
Source: general knowledge of the language."""

from shared.extract.lang import words

MEETING_WORDS = words(
    """
    spotka
    spotkan
    rozmow
    rozmawia
    negocjac
    wizyt
    odwiedz
    szczyt
    obrad
    konsultac
    gości
    przyjął
    """
)
