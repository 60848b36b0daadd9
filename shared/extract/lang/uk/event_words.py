"""Head words of competitions, events and awards, which are not entities (gold convention).
Source: general knowledge of the language."""

from shared.extract.lang import words

EVENT_WORDS = words(
    """
    гран-прі
    конференція
    кубок
    олімпіада
    перегони
    премія
    саміт
    турнір
    фестиваль
    чемпіонат
    форум
    """
)
