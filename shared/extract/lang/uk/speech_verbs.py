"""Verbs of saying, as base forms and frequent inflected forms.
Source: general knowledge of the language."""

from shared.extract.lang import words

SPEECH_VERBS = words(
    """
    вважати
    визнати
    відповісти
    говорити
    додати
    зазначити
    заявити
    наголосити
    написати
    повідомити
    попередити
    пояснити
    підтвердити
    розповісти
    сказати
    """
)
