"""factdrop_natasha: Russian people, organisations and places from natasha's news NER
model (slovnet, MIT), written to doc.ents like a trained spaCy pipeline's entities.

natasha is optional: `available()` says whether it is installed, and the pipeline adds
this component only then. The classifier keeps its entities and adds the rule entities
that do not overlap them; our lemmatiser and resolver still build the keys.
"""

from importlib.util import find_spec
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

LANGS = ("ru",)  # the languages natasha's model reads


def available() -> bool:
    """True when natasha (with its slovnet and navec) is installed."""
    return all(find_spec(name) is not None for name in ("natasha", "slovnet", "navec"))


class NatashaEntities:
    def __init__(self, tagger: Any) -> None:
        self.tagger = tagger

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[tuple[int, int, str]]:
        """(start_char, end_char, label) of every entity natasha finds."""
        text = doc.text  # built from the tokens on each access
        if not text.strip():
            return []
        return [(s.start, s.stop, s.type) for s in self.tagger(text).spans]

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, str]]) -> None:
        spans = [
            doc.char_span(s, e, label=label, alignment_mode="expand") for s, e, label in matches
        ]
        doc.ents = filter_spans([*doc.ents, *(s for s in spans if s is not None)])


@Language.factory("factdrop_natasha")
def make_natasha(nlp: Language, name: str) -> NatashaEntities:
    """natasha's Russian NER (PER, ORG, LOC) into doc.ents; its model loads here, once.

    The model files are read from natasha's package data with slovnet and navec directly:
    importing natasha itself would also import its morphology and grammar tools."""
    from navec import Navec
    from slovnet import NER

    spec = find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise LookupError("natasha is not installed")
    data = Path(spec.submodule_search_locations[0]) / "data"
    tagger = NER.load(str(data / "model" / "slovnet_ner_news_v1.tar"))
    tagger.navec(Navec.load(str(data / "emb" / "navec_news_v1_1B_250K_300d_100q.tar")))
    return NatashaEntities(tagger)
