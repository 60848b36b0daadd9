"""The Extractor: text -> Extraction, through the language's pipeline and the resolver.

Each document is processed inside `nlp.memory_zone()`, and turned into plain dataclasses
before the zone closes: no spaCy object leaves this module.
"""

from spacy.tokens import Doc

from shared.extract.facts import find_facts
from shared.extract.knowledge import get_knowledge
from shared.extract.lang import get_lang_data
from shared.extract.lists import as_listed
from shared.extract.pipeline import build_nlp
from shared.extract.registrations import EXTRACTOR_VERSION
from shared.extract.resolve import Mention, resolve
from shared.extract.result import Extraction
from shared.extract.teams import as_teams


class RuleExtractor:
    """People, organisations and places of a news article, resolved across documents."""

    version = EXTRACTOR_VERSION

    def extract(self, text: str, language: str | None, published: str | None) -> Extraction:
        """The entities and facts of one document's text; `published` (YYYY-MM-DD) anchors
        relative dates."""
        data = get_lang_data(language)
        code = data.code
        nlp = build_nlp(code)
        with nlp.memory_zone():
            doc = nlp(text)
            mentions = as_teams(text, as_listed(text, self.mentions(doc, code)), data)
            entities = tuple(resolve(mentions))
            facts = find_facts(text, entities, code, published)
        return Extraction(version=self.version, entities=entities, facts=facts)

    @staticmethod
    def mentions(doc: Doc, code: str) -> list[Mention]:
        """The document's entity spans as plain Mention records."""
        knowledge = get_knowledge(code)
        found = []
        for span in doc.ents:
            if span.label_ not in ("PER", "ORG", "LOC"):
                continue
            text = span.text
            last = text.split()[-1]
            if text.endswith(".") and (
                len(last) > 4 or sum(c.isupper() for c in last) > 1 or last[-2:-1].isdigit()
            ):
                text = text[:-1]  # "CoE.", "B92." at a sentence end: the stop is not the name's
            words = text.split()
            found.append(
                Mention(
                    label=span.label_,
                    text=text,
                    start=span.start_char,
                    end=span.start_char + len(text),
                    words=words,
                    lemmas=(
                        knowledge.person_lemmas(words)
                        if span.label_ == "PER"
                        else [knowledge.lemma(w) for w in words]
                    ),
                    known=span._.factdrop_known,
                    weak=bool(span._.factdrop_weak),
                    attach_only=bool(span._.factdrop_attach_only),
                    product=bool(span._.factdrop_product),
                )
            )
        return found
