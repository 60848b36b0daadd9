"""Numbers written as words: the value, then its forms.
Source: general knowledge of the language."""

from shared.extract.lang import number_words

NUMBER_WORDS = number_words(
    """
    1 один одна одне одного
    2 два дві двох двоє
    3 три трьох троє
    4 чотири чотирьох
    5 п'ять п'яти
    6 шість шести
    7 сім семи
    8 вісім восьми
    9 дев'ять
    10 десять
    20 двадцять
    100 сто
    1000 тисяча тисячу
    """
)
