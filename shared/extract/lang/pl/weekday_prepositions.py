"""Words that may stand before a weekday ("we wtorek", "w ubiegły piątek").
Source: general knowledge of the language."""

from shared.extract.lang import words

WEEKDAY_PREPOSITIONS = words(
    """
    w
    we
    od
    do
    ubiegły
    ubiegłą
    zeszły
    zeszłą
    przyszły
    przyszłą
    najbliższy
    najbliższą
    """
)
