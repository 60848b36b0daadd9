"""A company's board, written before the company's name and no part of it ("předseda
představenstva ČEZ"). Source: general knowledge of the language."""

from shared.extract.lang import words

COMPANY_WORDS = words(
    """
    představenstvo
    vedení
    """
)
