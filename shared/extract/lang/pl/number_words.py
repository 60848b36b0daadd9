"""Numbers written as words: the value, then its forms.
Source: general knowledge of the language."""

from shared.extract.lang import number_words

NUMBER_WORDS = number_words(
    """
    1 jeden jedna jedno jednego
    2 dwa dwie dwóch dwaj dwoje
    3 trzy trzech trzej troje
    4 cztery czterech czterej
    5 pięć pięciu
    6 sześć sześciu
    7 siedem siedmiu
    8 osiem ośmiu
    9 dziewięć dziewięciu
    10 dziesięć dziesięciu
    12 dwanaście
    15 piętnaście
    20 dwadzieścia
    30 trzydzieści
    50 pięćdziesiąt
    100 sto stu
    1000 tysiąc
    """
)
