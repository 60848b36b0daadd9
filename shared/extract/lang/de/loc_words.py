"""Head nouns of places. Source: general knowledge of the language."""

from shared.extract.lang import words

LOC_WORDS = words(
    """
    bezirk
    brücke
    bucht
    flughafen
    fluss
    gebirge
    halbinsel
    insel
    kanal
    korridor
    kreis
    landkreis
    meer
    platz
    provinz
    region
    see
    stadion
    straße
    tal
    schloss
    """
)
