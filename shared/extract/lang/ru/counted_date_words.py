"""Relative dates counted in units, "n" standing for the number (digits or a number word):
unit and direction from the publication date. Source: general knowledge of the language."""

from shared.extract.lang import relative_dates

COUNTED_DATE_WORDS = relative_dates(
    """
    n день назад = day -1
    n дня назад = day -1
    n дней назад = day -1
    n неделю назад = week -1
    n недели назад = week -1
    n недель назад = week -1
    n месяц назад = month -1
    n месяца назад = month -1
    n месяцев назад = month -1
    n год назад = year -1
    n года назад = year -1
    n лет назад = year -1
    через n дня = day 1
    через n дней = day 1
    через n недели = week 1
    через n недель = week 1
    через n месяца = month 1
    через n месяцев = month 1
    """
)
