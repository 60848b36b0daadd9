"""Czech word data."""

from shared.extract.lang import LangData
from shared.extract.lang.cs.connectors import CONNECTORS
from shared.extract.lang.cs.event_words import EVENT_WORDS
from shared.extract.lang.cs.function_words import FUNCTION_WORDS
from shared.extract.lang.cs.loc_words import LOC_WORDS
from shared.extract.lang.cs.org_words import ORG_WORDS
from shared.extract.lang.cs.speech_verbs import SPEECH_VERBS
from shared.extract.lang.cs.titles import TITLES

DATA = LangData(
    code="cs",
    spacy_lang="cs",
    lemmatiser="lemmagen:cs",
    lexicons=("cs",),
    locales=("cs", "sk", "en"),
    titles=TITLES,
    org_words=ORG_WORDS,
    loc_words=LOC_WORDS,
    speech_verbs=SPEECH_VERBS,
    connectors=CONNECTORS,
    event_words=EVENT_WORDS,
    function_words=FUNCTION_WORDS,
    adjective_suffixes=("ský", "cký", "ní"),
    possessive_endings=("ova", "ovo", "ův", "ovu", "ovy", "ově", "ovi", "ovým", "ových"),
    demonym_suffixes=("an", "ané", "ané", "ka", "ky", "ec", "ci", ""),
)
