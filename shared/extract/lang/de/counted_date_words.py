"""Relative dates counted in units, "n" standing for the number (digits or a number word):
unit and direction from the publication date. Source: general knowledge of the language."""

from shared.extract.lang import relative_dates

COUNTED_DATE_WORDS = relative_dates(
    """
    vor n tag = day -1
    vor n tagen = day -1
    vor n woche = week -1
    vor n wochen = week -1
    vor n monat = month -1
    vor n monaten = month -1
    vor n jahr = year -1
    vor n jahren = year -1
    in n tagen = day 1
    in n wochen = week 1
    in n monaten = month 1
    """
)
