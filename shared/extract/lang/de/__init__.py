"""German word data."""

from shared.extract.lang import LangData
from shared.extract.lang.de.connectors import CONNECTORS
from shared.extract.lang.de.event_words import EVENT_WORDS
from shared.extract.lang.de.loc_words import LOC_WORDS
from shared.extract.lang.de.org_words import ORG_WORDS
from shared.extract.lang.de.speech_verbs import SPEECH_VERBS
from shared.extract.lang.de.titles import TITLES

DATA = LangData(
    code="de",
    spacy_lang="de",
    lemmatiser="lemmagen:de",
    lexicons=("de",),
    locales=("de", "en"),
    compound_heads=True,
    capitalised_nouns=True,
    titles=TITLES,
    org_words=ORG_WORDS,
    loc_words=LOC_WORDS,
    speech_verbs=SPEECH_VERBS,
    connectors=CONNECTORS,
    event_words=EVENT_WORDS,
    demonym_suffixes=("er", "ern", "ische", "isch", "ischen", "e", ""),
)
