"""Stems of words for talks, meetings, visits and summits, nouns and verbs.
Source: general knowledge of the language."""

from shared.extract.lang import words

MEETING_WORDS = words(
    """
    встреч
    встрет
    переговор
    беседова
    бесед
    визит
    посети
    посещ
    саммит
    разговор
    консультац
    принял
    """
)
