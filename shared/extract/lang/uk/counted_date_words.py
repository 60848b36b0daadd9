"""Relative dates counted in units, "n" standing for the number (digits or a number word):
unit and direction from the publication date. Source: general knowledge of the language."""

from shared.extract.lang import relative_dates

COUNTED_DATE_WORDS = relative_dates(
    """
    n день тому = day -1
    n дні тому = day -1
    n днів тому = day -1
    n тиждень тому = week -1
    n тижні тому = week -1
    n тижнів тому = week -1
    n місяць тому = month -1
    n місяці тому = month -1
    n місяців тому = month -1
    n рік тому = year -1
    n роки тому = year -1
    n років тому = year -1
    через n дні = day 1
    через n днів = day 1
    через n тижні = week 1
    через n тижнів = week 1
    через n місяці = month 1
    через n місяців = month 1
    """
)
