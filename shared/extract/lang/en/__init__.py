"""English word data."""

from shared.extract.lang import LangData, word_tables

DATA = LangData(
    code="en",
    spacy_lang="en",
    lemmatiser="none",
    lexicons=("en",),
    locales=("en",),
    family_name_locales=("en_US", "en_GB", "en_IE"),
    demonym_suffixes=("ian", "ians", "an", "ans", "ese", "ish", "i", "is", ""),
    **word_tables(__name__),
)
