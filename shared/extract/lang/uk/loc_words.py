"""Head nouns of places. Source: general knowledge of the language."""

from shared.extract.lang import words

LOC_WORDS = words(
    """
    аеропорт
    вулиця
    гори
    долина
    затока
    канал
    коридор
    край
    море
    міст
    область
    озеро
    округ
    острів
    площа
    провінція
    півострів
    район
    родовище
    річка
    стадіон
    замок
    """
)
