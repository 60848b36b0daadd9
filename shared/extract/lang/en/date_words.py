"""Relative date phrases, as unit and offset from the publication date.
Source: general knowledge of the language."""

from shared.extract.lang import relative_dates

DATE_WORDS = relative_dates(
    """
    today = day 0
    yesterday = day -1
    tomorrow = day 1
    this year = year 0
    last year = year -1
    next year = year 1
    this month = month 0
    last month = month -1
    next month = month 1
    """
)
