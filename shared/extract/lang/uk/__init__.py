"""Ukrainian word data."""

from shared.extract.lang import LangData
from shared.extract.lang.uk.connectors import CONNECTORS
from shared.extract.lang.uk.event_words import EVENT_WORDS
from shared.extract.lang.uk.loc_words import LOC_WORDS
from shared.extract.lang.uk.org_words import ORG_WORDS
from shared.extract.lang.uk.speech_verbs import SPEECH_VERBS
from shared.extract.lang.uk.titles import TITLES

DATA = LangData(
    code="uk",
    spacy_lang="uk",
    lemmatiser="lemmagen:uk",
    lexicons=(),
    locales=("uk", "ru", "en"),
    latin_in_cyrillic_is_org=True,
    titles=TITLES,
    org_words=ORG_WORDS,
    loc_words=LOC_WORDS,
    speech_verbs=SPEECH_VERBS,
    connectors=CONNECTORS,
    event_words=EVENT_WORDS,
    adjective_suffixes=("ський", "цький", "ний", "ній"),
    demonym_suffixes=("ець", "ці", "анин", "ани", "ка", "ки", ""),
)
