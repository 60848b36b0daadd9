"""Words that may stand before a weekday ("ve čtvrtek", "minulý pátek").
Source: general knowledge of the language."""

from shared.extract.lang import words

WEEKDAY_PREPOSITIONS = words(
    """
    v
    ve
    od
    do
    minulý
    minulou
    minulé
    příští
    tento
    tuto
    toto
    """
)
