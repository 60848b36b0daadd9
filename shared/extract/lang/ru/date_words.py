"""Relative date phrases, as unit and offset from the publication date.
Source: general knowledge of the language."""

from shared.extract.lang import relative_dates

DATE_WORDS = relative_dates(
    """
    сегодня = day 0
    вчера = day -1
    позавчера = day -2
    завтра = day 1
    в этом году = year 0
    этого года = year 0
    текущего года = year 0
    в прошлом году = year -1
    прошлого года = year -1
    в следующем году = year 1
    следующего года = year 1
    в этом месяце = month 0
    в прошлом месяце = month -1
    в следующем месяце = month 1
    """
)
