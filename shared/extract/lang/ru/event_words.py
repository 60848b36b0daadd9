"""Head words of competitions, events and awards, which are not entities (gold convention).
Source: general knowledge of the language."""

from shared.extract.lang import words

EVENT_WORDS = words(
    """
    гонка
    гран-при
    конференция
    кубок
    олимпиада
    премия
    ралли
    саммит
    турнир
    фестиваль
    чемпионат
    форум
    """
)
