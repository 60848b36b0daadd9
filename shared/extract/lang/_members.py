"""People who work for an organisation, named before it in the plural: what follows them,
directly (a genitive: "analitycy Goldman Sachs") or after one of `MEMBER_PREPOSITIONS`
("analysts at Morgan Stanley", "Forscher der Charité"), is an organisation, however much
its name looks like a person's. Source: general knowledge of each language."""

from shared.extract.lang import words

MEMBER_WORDS = words(
    """
    # en
    analysts
    economists
    strategists
    researchers
    scientists
    engineers
    executives
    employees
    # pl
    analitycy
    ekonomiści
    naukowcy
    badacze
    pracownicy
    # bs hr sr
    analitičari
    ekonomisti
    znanstvenici
    naučnici
    istraživači
    zaposlenici
    zaposleni
    # cs
    analytici
    ekonomové
    vědci
    výzkumníci
    zaměstnanci
    # ru uk
    аналитики
    экономисты
    учёные
    ученые
    исследователи
    сотрудники
    аналітики
    науковці
    дослідники
    співробітники
    # de
    analysten
    ökonomen
    volkswirte
    forscher
    wissenschaftler
    mitarbeiter
    """
)

MEMBER_PREPOSITIONS = words(
    """
    at
    from
    of
    bei
    der
    des
    von
    """
)
