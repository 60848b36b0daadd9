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
    # feminine -a names, then the dative and instrumental of masculine ones (the genitive
    # "-a" is left out: stripped, too many nouns look like a name somewhere: "Radia")
    name_case_endings=(
        ("ą", "a"),
        ("ę", "a"),
        ("y", "a"),
        ("i", "a"),
        ("owi", ""),
        ("iem", ""),
        ("em", ""),
    ),
    surname_case_endings=(
        ("iego", "i"),
        ("iemu", "i"),
        ("owi", ""),
        ("iem", ""),
        ("em", ""),
        ("im", "i"),
        ("ym", "y"),
        ("ie", ""),
        ("u", ""),
        ("a", ""),
    ),
    **word_tables(__name__),
)
