"""Relative date phrases, as unit and offset from the publication date.
Source: general knowledge of the language."""

from shared.extract.lang import relative_dates

DATE_WORDS = relative_dates(
    """
    heute = day 0
    gestern = day -1
    vorgestern = day -2
    morgen = day 1
    dieses jahr = year 0
    diesen jahres = year 0
    in diesem jahr = year 0
    letztes jahr = year -1
    im vergangenen jahr = year -1
    im letzten jahr = year -1
    vergangenen jahres = year -1
    nächstes jahr = year 1
    im nächsten jahr = year 1
    im kommenden jahr = year 1
    """
)
