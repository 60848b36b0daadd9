"""Relative dates counted in units, "n" standing for the number (digits or a number word):
unit and direction from the publication date. Source: general knowledge of the language."""

from shared.extract.lang import relative_dates

COUNTED_DATE_WORDS = relative_dates(
    """
    před n dny = day -1
    před n dnem = day -1
    před n týdny = week -1
    před n týdnem = week -1
    před n měsíci = month -1
    před n měsícem = month -1
    před n lety = year -1
    před n rokem = year -1
    za n dny = day 1
    za n dní = day 1
    za n týdny = week 1
    za n týdnů = week 1
    za n měsíce = month 1
    za n měsíců = month 1
    """
)
