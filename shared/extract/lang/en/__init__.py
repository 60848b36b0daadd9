"""English word data."""

from shared.extract.lang import LangData
from shared.extract.lang.en.connectors import CONNECTORS
from shared.extract.lang.en.event_words import EVENT_WORDS
from shared.extract.lang.en.loc_words import LOC_WORDS
from shared.extract.lang.en.org_words import ORG_WORDS
from shared.extract.lang.en.speech_verbs import SPEECH_VERBS
from shared.extract.lang.en.titles import TITLES

DATA = LangData(
    code="en",
    spacy_lang="en",
    lemmatiser="none",
    lexicons=("en",),
    locales=("en",),
    titles=TITLES,
    org_words=ORG_WORDS,
    loc_words=LOC_WORDS,
    speech_verbs=SPEECH_VERBS,
    connectors=CONNECTORS,
    event_words=EVENT_WORDS,
    demonym_suffixes=("ian", "ians", "an", "ans", "ese", "ish", "i", "is", ""),
)
