"""Croatian: the data shared by Bosnian, Croatian and Serbian (`lang/_bcs.py`)."""

from shared.extract.lang import LangData
from shared.extract.lang._bcs import (
    BCS_EVENT_WORDS,
    BCS_LOC_WORDS,
    BCS_ORG_WORDS,
    BCS_POSSESSIVE_ENDINGS,
    BCS_SPEECH_VERBS,
    BCS_TITLES,
)

DATA = LangData(
    code="hr",
    spacy_lang="hr",
    lemmatiser="lemmagen:hr",
    lexicons=("hr",),
    locales=("hr", "bs", "sr_Latn", "en"),
    titles=BCS_TITLES,
    org_words=BCS_ORG_WORDS,
    loc_words=BCS_LOC_WORDS,
    speech_verbs=BCS_SPEECH_VERBS,
    event_words=BCS_EVENT_WORDS,
    adjective_suffixes=("ski", "ški", "čki", "ćki", "nji", "ni"),
    possessive_endings=BCS_POSSESSIVE_ENDINGS,
    demonym_endings=("ci", "ani", "jaci"),
    demonym_suffixes=("anac", "anca", "anci", "ac", "ca", "ci", "ka", "ke", "inja", "i", "a", ""),
)
