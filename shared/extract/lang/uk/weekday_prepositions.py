"""Words that may stand before a weekday ("у вівторок", "минулої п'ятниці").
Source: general knowledge of the language."""

from shared.extract.lang import words

WEEKDAY_PREPOSITIONS = words(
    """
    у
    в
    минулого
    минулої
    наступного
    наступної
    """
)
