"""Relative date phrases, as unit and offset from the publication date.
Source: general knowledge of the language."""

from shared.extract.lang import relative_dates

DATE_WORDS = relative_dates(
    """
    сьогодні = day 0
    вчора = day -1
    учора = day -1
    завтра = day 1
    цього року = year 0
    минулого року = year -1
    торік = year -1
    наступного року = year 1
    """
)
