"""Czech word data."""

from shared.extract.lang import LangData, word_tables

DATA = LangData(
    code="cs",
    spacy_lang="cs",
    lemmatiser="lemmagen:cs",
    lexicons=("cs",),
    locales=("cs", "sk", "en"),
    org_prepositions=frozenset({"pro"}),
    adjective_suffixes=("ský", "cký", "ní"),
    possessive_endings=("ova", "ovo", "ův", "ovu", "ovy", "ově", "ovi", "ovým", "ových"),
    demonym_suffixes=("an", "ané", "ané", "ka", "ky", "ec", "ci", ""),
    **word_tables(__name__),
)
