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
    **word_tables(__name__),
)
