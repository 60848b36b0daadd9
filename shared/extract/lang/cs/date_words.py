"""Relative date phrases, as unit and offset from the publication date.
Source: general knowledge of the language."""

from shared.extract.lang import relative_dates

DATE_WORDS = relative_dates(
    """
    dnes = day 0
    dneska = day 0
    včera = day -1
    předevčírem = day -2
    zítra = day 1
    letos = year 0
    letošní rok = year 0
    tento rok = year 0
    loni = year -1
    vloni = year -1
    minulý rok = year -1
    minulého roku = year -1
    příští rok = year 1
    příštím roce = year 1
    příštího roku = year 1
    tento měsíc = month 0
    minulý měsíc = month -1
    příští měsíc = month 1
    """
)
