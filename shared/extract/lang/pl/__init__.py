"""Polish word data."""

from shared.extract.lang import LangData, word_tables

DATA = LangData(
    code="pl",
    spacy_lang="pl",
    lemmatiser="morfeusz",
    lexicons=(),
    locales=("pl", "en"),
    adjective_suffixes=("ski", "cki", "owy"),
    demonym_suffixes=("czyk", "czycy", "anin", "anie", "ka", "ki", "i", ""),
    **word_tables(__name__),
)
