"""Words that may stand before a weekday ("am Dienstag", "seit Montag").
Source: general knowledge of the language."""

from shared.extract.lang import words

WEEKDAY_PREPOSITIONS = words(
    """
    am
    an
    seit
    bis
    vergangenen
    letzten
    kommenden
    nächsten
    diesen
    """
)
