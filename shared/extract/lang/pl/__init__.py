"""Polish word data."""

from shared.extract.lang import LangData
from shared.extract.lang.pl.connectors import CONNECTORS
from shared.extract.lang.pl.event_words import EVENT_WORDS
from shared.extract.lang.pl.loc_words import LOC_WORDS
from shared.extract.lang.pl.org_words import ORG_WORDS
from shared.extract.lang.pl.speech_verbs import SPEECH_VERBS
from shared.extract.lang.pl.titles import TITLES

DATA = LangData(
    code="pl",
    spacy_lang="pl",
    lemmatiser="morfeusz",
    lexicons=(),
    locales=("pl", "en"),
    titles=TITLES,
    org_words=ORG_WORDS,
    loc_words=LOC_WORDS,
    speech_verbs=SPEECH_VERBS,
    connectors=CONNECTORS,
    event_words=EVENT_WORDS,
    adjective_suffixes=("ski", "cki", "owy"),
    demonym_suffixes=("czyk", "czycy", "anin", "anie", "ka", "ki", "i", ""),
)
