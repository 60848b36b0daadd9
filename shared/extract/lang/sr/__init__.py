"""Serbian: the shared Bosnian/Croatian/Serbian data (`lang/_bcs.py`) with Serbian's
tokenizer, lemmatiser and lexicon (Cyrillic is transliterated before lookup)."""

from dataclasses import replace

from shared.extract.lang._bcs import BCS

DATA = replace(
    BCS,
    code="sr",
    spacy_lang="sr",
    lemmatiser="lemmagen:sr",
    lexicons=("sr", "hr"),
    locales=("sr_Latn", "sr", "bs", "hr", "en"),
)
