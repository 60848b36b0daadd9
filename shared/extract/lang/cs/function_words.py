"""Czech function words and sentence adverbs that spaCy's stop list lacks; capitalised
at a sentence start they are never names. Source: general knowledge of the language."""

from shared.extract.lang import words

FUNCTION_WORDS = words(
    """
    ačkoli
    avšak
    buď
    dokud
    jakmile
    jenže
    kdežto
    mezitím
    naopak
    nicméně
    oficiálně
    podle
    pokud
    poté
    proto
    přesto
    přitom
    souběžně
    takto
    tedy
    totiž
    zároveň
    zatím
    zejména
    zřejmě
    # adverbs of time
    dnes
    dosud
    letos
    loni
    nyní
    později
    teď
    včera
    zítra
    """
)
