"""Numbers written as words: the value, then its forms.
Source: general knowledge of the language."""

from shared.extract.lang import number_words

NUMBER_WORDS = number_words(
    """
    1 один одна одно одного одной
    2 два две двух двое
    3 три трёх трех трое
    4 четыре четырёх четырех четверо
    5 пять пяти пятеро
    6 шесть шести
    7 семь семи
    8 восемь восьми
    9 девять девяти
    10 десять десяти
    12 двенадцать
    15 пятнадцать
    20 двадцать
    30 тридцать
    50 пятьдесят
    100 сто
    1000 тысяча тысячу
    """
)
