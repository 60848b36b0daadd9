"""Ukrainian word data."""

from shared.extract.lang import LangData, word_tables

DATA = LangData(
    code="uk",
    spacy_lang="uk",
    lemmatiser="lemmagen:uk",
    lexicons=(),
    locales=("uk", "ru", "en"),
    latin_in_cyrillic_is_org=True,
    org_prepositions=frozenset({"з"}),
    adjective_suffixes=("ський", "цький", "ний", "ній"),
    demonym_suffixes=("ець", "ці", "анин", "ани", "ка", "ки", ""),
    **word_tables(__name__),
)
