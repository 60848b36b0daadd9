"""Head nouns of places. Source: general knowledge of the language."""

from shared.extract.lang import words

LOC_WORDS = words(
    """
    dolina
    gmina
    góry
    jezioro
    kanał
    korytarz
    lotnisko
    morze
    most
    obwód
    plac
    pole
    powiat
    prowincja
    półwysep
    region
    rzeka
    stadion
    ulica
    województwo
    wyspa
    zatoka
    zamek
    """
)
