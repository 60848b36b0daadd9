"""Numbers written as words: the value, then its forms.
Source: general knowledge of the language."""

from shared.extract.lang import number_words

NUMBER_WORDS = number_words(
    """
    1 one
    2 two
    3 three
    4 four
    5 five
    6 six
    7 seven
    8 eight
    9 nine
    10 ten
    11 eleven
    12 twelve
    15 fifteen
    20 twenty
    30 thirty
    50 fifty
    100 hundred
    1000 thousand
    """
)
