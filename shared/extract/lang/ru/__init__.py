"""Russian word data."""

from shared.extract.lang import LangData, word_tables

DATA = LangData(
    code="ru",
    spacy_lang="ru",
    lemmatiser="lemmagen:ru",
    lexicons=("ru",),
    locales=("ru", "uk", "en"),
    latin_in_cyrillic_is_org=True,
    org_prepositions=frozenset({"по"}),
    adjective_suffixes=("ский", "цкий", "ный", "ний"),
    demonym_suffixes=("ец", "цы", "анин", "ане", "ка", "ки", ""),
    # the oblique cases of -ов/-ев/-ин and -ский surnames (the lemmatiser reads "Пескова"
    # as an adjective's "Песковый")
    surname_case_endings=(
        ("ского", "ский"),
        ("скому", "ский"),
        ("ским", "ский"),
        ("ской", "ская"),
        ("овой", "ова"),
        ("евой", "ева"),
        ("иной", "ина"),
        ("овым", "ов"),
        ("евым", "ев"),
        ("иным", "ин"),
        ("ова", "ов"),
        ("ева", "ев"),
        ("ина", "ин"),
        ("ову", "ов"),
        ("еву", "ев"),
        ("ину", "ин"),
        ("ове", "ов"),
        ("еве", "ев"),
        ("ине", "ин"),
    ),
    **word_tables(__name__),
)
