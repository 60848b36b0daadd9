"""build_nlp(lang): spaCy's language class for the tokenizer plus our components, built on
first use and cached, one pipeline per language per process.

When `get_settings().spacy_models[lang]` names a trained pipeline, it is loaded instead of
the blank language and our components run after its NER: the classifier keeps the trained
entities and adds the rule entities that do not overlap them. Russian gets natasha's NER
the same way when natasha is installed and no trained pipeline is named.
"""

from functools import lru_cache

from spacy.language import Language

from shared.extract.components import natasha_ner
from shared.extract.lang import get_lang_data
from shared.extract.registrations import register


def make_nlp(lang: str | None, model: str | None = None) -> Language:
    """A new pipeline for language `lang`, on the trained pipeline `model` if given."""
    import spacy

    register()
    data = get_lang_data(lang)
    if model:
        nlp = spacy.load(model, exclude=["lemmatizer", "parser", "tagger", "attribute_ruler"])
    else:
        nlp = spacy.blank(data.spacy_lang)
        if data.code in natasha_ner.LANGS and natasha_ner.available():
            nlp.add_pipe("factdrop_natasha")
    trained = bool(model) or "factdrop_natasha" in nlp.pipe_names
    nlp.add_pipe("factdrop_candidates", config={"lang": data.code})
    nlp.add_pipe("factdrop_numbers", config={"lang": data.code, "use_trained": trained})
    nlp.add_pipe("factdrop_classify", config={"lang": data.code, "use_trained": trained})
    return nlp


@lru_cache
def build_nlp(lang: str | None) -> Language:
    """The process's pipeline for `lang`, with the trained model configured for it, if any."""
    from shared.config import get_settings

    code = get_lang_data(lang).code
    return make_nlp(code, get_settings().spacy_models.get(code))


def built_pipelines() -> int:
    """How many pipelines this process holds (built here, or inherited from its parent)."""
    return build_nlp.cache_info().currsize
