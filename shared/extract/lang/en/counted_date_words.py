"""Relative dates counted in units, "n" standing for the number (digits or a number word):
unit and direction from the publication date. Source: general knowledge of the language."""

from shared.extract.lang import relative_dates

COUNTED_DATE_WORDS = relative_dates(
    """
    n day ago = day -1
    n days ago = day -1
    n week ago = week -1
    n weeks ago = week -1
    n month ago = month -1
    n months ago = month -1
    n year ago = year -1
    n years ago = year -1
    in n days = day 1
    in n weeks = week 1
    in n months = month 1
    """
)
