"""Head nouns of places. Source: general knowledge of the language."""

from shared.extract.lang import words

LOC_WORDS = words(
    """
    hory
    jezero
    kanál
    koridor
    kraj
    letiště
    most
    moře
    náměstí
    okres
    ostrov
    poloostrov
    provincie
    region
    stadion
    ulice
    záliv
    údolí
    řeka
    hrad
    zámek
    """
)
