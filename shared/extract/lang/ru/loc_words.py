"""Head nouns of places. Source: general knowledge of the language."""

from shared.extract.lang import words

LOC_WORDS = words(
    """
    аэропорт
    горы
    долина
    залив
    канал
    коридор
    край
    месторождение
    море
    мост
    область
    озеро
    округ
    остров
    площадь
    полуостров
    провинция
    район
    река
    стадион
    трасса
    улица
    замок
    кремль
    """
)
