"""Numbers written as words: the value, then its forms.
Source: general knowledge of the language."""

from shared.extract.lang import number_words

NUMBER_WORDS = number_words(
    """
    1 ein eine einen einem einer
    2 zwei
    3 drei
    4 vier
    5 fünf
    6 sechs
    7 sieben
    8 acht
    9 neun
    10 zehn
    11 elf
    12 zwölf
    20 zwanzig
    100 hundert
    1000 tausend
    """
)
