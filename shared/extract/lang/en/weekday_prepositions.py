"""Words that may stand before a weekday ("on Tuesday", "last Friday").
Source: general knowledge of the language."""

from shared.extract.lang import words

WEEKDAY_PREPOSITIONS = words(
    """
    on
    since
    until
    by
    last
    next
    this
    """
)
