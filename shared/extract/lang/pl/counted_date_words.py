"""Relative dates counted in units, "n" standing for the number (digits or a number word):
unit and direction from the publication date. Source: general knowledge of the language."""

from shared.extract.lang import relative_dates

COUNTED_DATE_WORDS = relative_dates(
    """
    n dni temu = day -1
    n dzień temu = day -1
    n tydzień temu = week -1
    n tygodnie temu = week -1
    n tygodni temu = week -1
    n miesiąc temu = month -1
    n miesiące temu = month -1
    n miesięcy temu = month -1
    n rok temu = year -1
    n lata temu = year -1
    n lat temu = year -1
    przed n laty = year -1
    za n dni = day 1
    za n tygodnie = week 1
    za n tygodni = week 1
    za n miesiące = month 1
    za n miesięcy = month 1
    """
)
