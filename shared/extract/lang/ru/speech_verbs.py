"""Verbs of saying, as base forms and frequent inflected forms.
Source: general knowledge of the language."""

from shared.extract.lang import words

SPEECH_VERBS = words(
    """
    говорить
    добавить
    заметить
    заявить
    написать
    объявить
    объяснить
    ответить
    отметить
    подтвердить
    подчеркнуть
    пояснить
    предупредить
    признать
    рассказать
    сказать
    сообщить
    считать
    указать
    уточнить
    """
)
