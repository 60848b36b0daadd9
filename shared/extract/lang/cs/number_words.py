"""Numbers written as words: the value, then its forms.
Source: general knowledge of the language."""

from shared.extract.lang import number_words

NUMBER_WORDS = number_words(
    """
    1 jeden jedna jedno jednoho
    2 dva dvě dvou dvěma
    3 tři tří třech třem třemi
    4 čtyři čtyř čtyřech čtyřem čtyřmi
    5 pět pěti
    6 šest šesti
    7 sedm sedmi
    8 osm osmi
    9 devět devíti
    10 deset deseti
    20 dvacet
    30 třicet
    100 sto
    1000 tisíc
    """
)
