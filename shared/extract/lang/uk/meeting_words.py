"""Stems of words for talks, meetings, visits and summits, nouns and verbs.
Source: general knowledge of the language."""

from shared.extract.lang import words

MEETING_WORDS = words(
    """
    зустріч
    зустрів
    перемовин
    переговор
    розмов
    візит
    відвіда
    саміт
    """
)
