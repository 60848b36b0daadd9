"""Neutral defaults for a language without data: shape rules only, English locale names."""

from shared.extract.lang import LangData

DATA = LangData(
    code="xx",
    spacy_lang="xx",
    lemmatiser="none",
    lexicons=(),
    locales=("en",),
)
