"""Words that may stand before a weekday ("во вторник", "в прошлую пятницу").
Source: general knowledge of the language."""

from shared.extract.lang import words

WEEKDAY_PREPOSITIONS = words(
    """
    в
    во
    с
    со
    до
    прошлый
    прошлую
    прошлое
    минувший
    минувшую
    прошедший
    прошедшую
    следующий
    следующую
    это
    этот
    эту
    """
)
