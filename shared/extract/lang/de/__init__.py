"""German word data."""

from shared.extract.lang import LangData, word_tables

DATA = LangData(
    code="de",
    spacy_lang="de",
    lemmatiser="lemmagen:de",
    lexicons=("de",),
    locales=("de", "en"),
    compound_heads=True,
    capitalised_nouns=True,
    state_prefixes=("bundes",),
    demonym_suffixes=("er", "ern", "ische", "isch", "ischen", "e", ""),
    **word_tables(__name__),
)
