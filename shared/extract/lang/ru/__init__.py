"""Russian word data."""

from shared.extract.lang import LangData
from shared.extract.lang.ru.connectors import CONNECTORS
from shared.extract.lang.ru.event_words import EVENT_WORDS
from shared.extract.lang.ru.loc_words import LOC_WORDS
from shared.extract.lang.ru.org_words import ORG_WORDS
from shared.extract.lang.ru.speech_verbs import SPEECH_VERBS
from shared.extract.lang.ru.titles import TITLES

DATA = LangData(
    code="ru",
    spacy_lang="ru",
    lemmatiser="lemmagen:ru",
    lexicons=("ru",),
    locales=("ru", "uk", "en"),
    latin_in_cyrillic_is_org=True,
    titles=TITLES,
    org_words=ORG_WORDS,
    loc_words=LOC_WORDS,
    speech_verbs=SPEECH_VERBS,
    connectors=CONNECTORS,
    event_words=EVENT_WORDS,
    adjective_suffixes=("ский", "цкий", "ный", "ний"),
    demonym_suffixes=("ец", "цы", "анин", "ане", "ка", "ки", ""),
)
