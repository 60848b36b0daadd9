"""Relative date phrases, as unit and offset from the publication date.
Source: general knowledge of the language."""

from shared.extract.lang import relative_dates

DATE_WORDS = relative_dates(
    """
    dziś = day 0
    dzisiaj = day 0
    wczoraj = day -1
    przedwczoraj = day -2
    jutro = day 1
    w tym roku = year 0
    tego roku = year 0
    w zeszłym roku = year -1
    w ubiegłym roku = year -1
    zeszłego roku = year -1
    ubiegłego roku = year -1
    w przyszłym roku = year 1
    przyszłego roku = year 1
    w tym miesiącu = month 0
    w zeszłym miesiącu = month -1
    w ubiegłym miesiącu = month -1
    w przyszłym miesiącu = month 1
    """
)
