"""factdrop_classify: give each candidate a label (PER, ORG, LOC), base forms and, when the
gazetteer knows it, its resolution key and attributes; write them to doc.ents.

Evidence is weighed in a fixed order, strongest first: the gazetteer (countries, regions,
cities, well-known organisations), the context (a title before or a verb of saying next to
it means a person; an organisation word inside or before it means an organisation; a
place word inside means a place), the name dictionary (SGJP's first names, surnames,
geographic and company names), and last the shape (two or more name words look like a
person; an acronym or a brand in Latin letters inside Cyrillic text like an organisation).
A single word with no evidence gets a weak label that the resolver may still change when
the word turns out to be a surname or an abbreviation of something named in full.
When a trained pipeline ran before this component, its entities are kept (mapped to our
labels in `labels.py`) and the rules only add what does not overlap them.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from shared.extract.components.candidates import SPAN_KEY, Cues
from shared.extract.gazetteer import Known
from shared.extract.knowledge import Knowledge
from shared.extract.labels import map_label
from shared.extract.lang._clubs import CLUB_PREFIXES
from shared.extract.lang._compass import COMPASS_NOUNS, COMPASS_STEMS
from shared.extract.lang._state_bodies import STATE_BODIES
from shared.extract.script import (
    ascii_fold,
    is_acronym,
    is_cyrillic,
    is_domain,
    is_mixed_case_name,
)

_DIGITS = re.compile(r"\d+")
# Cities smaller than this are accepted only when nothing says the name is a person's.
_SMALL_CITY = 100_000
# Endings that mark a surname even after an unknown or ordinary first word.
_STRONG_SURNAME_ENDINGS = (
    "ić",
    "vić",
    "ová",
    "ов",
    "ев",
    "ова",
    "ева",
    "енко",
    "ський",
    "ук",
    "юк",
)
_SURNAME_ENDINGS = (
    "ov",
    "ev",
    "ova",
    "eva",
    "ić",
    "ski",
    "ska",
    "sky",
    "ský",
    "enko",
    "ук",
    "ов",
    "ев",
    "ин",
    "ова",
    "ева",
    "ина",
    "ский",
    "енко",
    "ич",
)


@dataclass(frozen=True)
class Verdict:
    """The label of a candidate and how sure the rules are of it."""

    label: str
    known: Known | None = None
    weak: bool = False  # no evidence at all: the shape alone decided
    attach_only: bool = False  # kept only if it joins an entity named elsewhere


class Classifier:
    def __init__(self, knowledge: Knowledge, english: Knowledge, use_trained: bool) -> None:
        self.knowledge = knowledge
        self._english = english  # foreign names in any text are often English
        self.use_trained = use_trained

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[tuple[Span, Verdict]]:
        cyrillic = _cyrillic(doc)
        results = []
        for span in doc.spans.get(SPAN_KEY, []):
            verdict = self.classify(span.text.split(), span._.factdrop_cues or Cues(), cyrillic)
            if verdict is not None:
                results.append((span, verdict))
        return results

    def classify(self, words: list[str], cues: Cues, cyrillic: bool) -> Verdict | None:
        """The verdict on one candidate, or None when it is not an entity."""
        knowledge = self.knowledge
        names = words
        lemmas = [knowledge.lemma(w) for w in names]
        # "rzecznik PiS": a mixed-case abbreviation after a title is no person
        person_cue = (
            (cues.title or cues.speech)
            and not cues.preposition
            and not (len(names) == 1 and is_mixed_case_name(names[0]))
        )
        if cues.title and not cues.preposition and all(self._dictionary_word(w) for w in names):
            # "prezes Akcji Katolickiej", "polityków Lewicy": ordinary words after a title
            # name what the person heads or belongs to, not the person
            return Verdict("ORG")
        if cues.currency and len(names) == 1:
            return None  # "долларов США", "dolara SAD": a currency, not the country
        if len(names) == 1 and is_domain(names[0]):
            return Verdict("ORG")  # "money.pl", "Index.hr": a portal, not a country
        if any(knowledge.is_event_word(w) for w in names):
            return None  # "Champions League Cup", "Nobelova nagrada": events and awards
        # "do Czech", "prezydent Polski": a nationality word that the dictionary also reads
        # as a place's form is the country after a preposition or a title (see the
        # candidate finder)
        after = len(names) == 1 and (cues.preposition or cues.title)
        country = knowledge.country_in_case(names[0]) if after else None
        if country is not None:
            return Verdict("LOC", country)
        if knowledge.is_not_entity(names) or (
            len(names) == 1
            and (
                knowledge.is_demonym(names[0])
                or knowledge.is_common_abbreviation(names[0])
                or knowledge.is_company_word(names[0])  # "die Notenbank": a kind, no name
                or _code(names[0])
            )
        ):
            return None
        if len(names) == 1 and cues.lowercased:
            if self._unknown(names[0]):
                return Verdict("ORG")  # "flydubai", "Flydubai said": a brand in lowercase
            if (cues.sentence_initial or cues.headline) and not cues.dateline:
                return None  # "Vilu nabízela …", later "vilu": a word capitalised by position
        if len(names) == 1 and is_acronym(names[0]) and len(names[0]) > 4:
            titled = names[0].title()  # "KATHMANDU" in a dateline
            known = knowledge.gazetteer.find([titled], [titled], _SMALL_CITY)
            if known is not None:
                return Verdict(known.label, known)
        if len(names) == 1 and self._adjective(names[0]):
            # "Svjetskom", "Nobelovu": only a possessive of a name ("Fialova")
            return Verdict("PER", weak=True, attach_only=True)
        # A dateline names a place, however small: "Olomouc – Silné deště ..."
        positional = (cues.sentence_initial or cues.headline) and not cues.dateline
        single = len(names) == 1
        doubtful = single and (positional or (knowledge.is_common(names[0]) and not cues.locative))
        kinds = [knowledge.info(w).name_kinds for w in names]
        brand = cyrillic and knowledge.data.latin_in_cyrillic_is_org and not is_cyrillic(names[0])
        person_word = (
            single
            and bool(kinds[0] & {"first", "surname"})
            and "geo" not in kinds[0]
            and not cues.locative  # "iz Kičeva": a town, though "Kičev" could be a surname
        )
        # Single ordinary words match no city: German nouns ("Liga"), sentence starts ("Rast").
        plain = single and (
            (knowledge.data.capitalised_nouns and knowledge.info(names[0]).common)
            or (positional and knowledge.is_common(names[0]))
        )
        mixed = single and is_mixed_case_name(names[0]) and not names[0][1:].islower()
        cities = not (all(is_acronym(w) for w in names) or brand or person_word or plain or mixed)
        floor = _SMALL_CITY if doubtful else 0
        known = knowledge.gazetteer.find(names, lemmas, floor, cities=cities)
        if known is not None and self._credible(known, names, cues, person_cue):
            return Verdict(known.label, known)
        if (
            len(names) == 2
            and names[1].islower()
            and (knowledge.is_demonym(names[0]) or knowledge.is_demonym(lemmas[0]))
            and knowledge.is_loc_word(names[1])
        ):
            return None  # "Grčko ostrvo" (a Greek island): a description, not a name
        if len(names) > 1 and names[0] in CLUB_PREFIXES:
            return Verdict("ORG")  # "FC Bayern München", "HNK Hajduk Split"
        if self._club_of_city(names):
            return Verdict("ORG")  # "Legia Warszawa", "Lecha Poznań", "Sparta Praha"
        if single and self._joined_places(names[0]):
            return Verdict("LOC")  # "Bosnia-Herzegovina", "Rheinland-Pfalz"
        if len(names) > 1 and all(w.lower().startswith(COMPASS_STEMS) for w in names[:-1]):
            place = knowledge.find_word(names[-1], _SMALL_CITY)
            if place is not None and place.label == "LOC":
                return Verdict("LOC")  # "Northern Kenya", "Zapadni Balkan"
        # "Vláda Petra Fialy": an organisation word before a person is not the person's.
        org_cue = (cues.org_before or cues.owner) and not (
            knowledge.is_first_name(names[0])
            or knowledge.is_first_name(lemmas[0])
            or (len(names) > 1 and names[-1].endswith(_STRONG_SURNAME_ENDINGS))
            # "rząd Donalda Tuska": a name whose every word is inflected is the owner's,
            # an organisation's name after its word stands in the nominative ("firma Orlen")
            or (len(names) == 2 and all(w != lemma for w, lemma in zip(names, lemmas, strict=True)))
        )
        if org_cue or cues.member or any(knowledge.is_org_word(w) for w in names):
            return Verdict("ORG")
        if cues.loc_before and not person_cue and not any(is_acronym(w) for w in names):
            return Verdict("LOC")  # "řeky Moravy", "grad Split": a place word before it
        league = single and knowledge.data.code == "en" and knowledge.is_common(names[0])
        if person_cue and not league and not any(is_acronym(w) for w in names):
            return Verdict("PER")  # but "Premier League" is no person
        if any(knowledge.is_loc_word(w) for w in names):
            return Verdict("LOC")
        if len(names) == 1 and (is_acronym(names[0]) or is_mixed_case_name(names[0])):
            return Verdict("ORG")
        if brand:
            return Verdict("ORG")
        if all(k & {"first", "surname"} for k in kinds) and len(names) > 1:
            return Verdict("PER")
        if self._person_shaped(names, lemmas):
            return Verdict("PER")
        if len(names) > 1:
            return Verdict("ORG")
        if (
            single
            and not positional
            and not knowledge.data.capitalised_nouns
            and (names[0].lower() in COMPASS_NOUNS or lemmas[0].lower() in COMPASS_NOUNS)
        ):
            return Verdict("LOC")  # "na Zachód", "the West": a part of the world
        if self._common_single(names, cues):
            return None
        if kinds[0] & {"geo"} and not kinds[0] & {"first", "surname"}:
            return Verdict("LOC")
        if kinds[0] & {"org"}:
            return Verdict("ORG")
        # A surname stands alone (except a German word: more likely a noun).
        if (
            (kinds[0] & {"surname", "first"} or knowledge.is_family_name(names[0]))
            and not knowledge.info(names[0]).common
        ) or self._surname_shaped(lemmas[0]):
            return Verdict("PER", weak=True, attach_only=knowledge.data.capitalised_nouns)
        # "in Yorkshire", "u Tuzli": an unknown name after a locative preposition is a place
        # (English capitalises only names: there its lexicon's "yorkshire" does not count;
        # German capitalises every noun: "im Weltall" is none).
        if (
            cues.locative
            and not knowledge.data.capitalised_nouns
            and (knowledge.data.code == "en" or not knowledge.is_common(names[0]))
        ):
            return Verdict("LOC", weak=True)
        # An unknown single word stands only if it joins an entity named elsewhere
        # (an abbreviation, a surname, a short form): alone it is as often a noun or a title.
        # English capitalises nothing else inside a sentence: there it is a name, most
        # often a company's ("fined Apple", "rivals such as Spotify").
        english = knowledge.data.code == "en" and not positional
        # Outside German, a word no lexicon knows, in any language or gazetteer, is a name
        # ("Agrofertu", "Eurimages"): most often a company's, when nothing says otherwise.
        unknown = not positional and self._unknown(names[0])
        return Verdict("ORG", weak=True, attach_only=not (english or unknown))

    def _unknown(self, word: str) -> bool:
        """Outside German, a word that no lexicon of the language or of English knows, and
        no gazetteer."""
        knowledge = self.knowledge
        return (
            not knowledge.data.capitalised_nouns
            and not knowledge.is_common(word, frequency=False)
            and not self._english.is_common(word, frequency=False)
            and knowledge.find_word(word) is None
        )

    def _credible(self, known: Known, names: list[str], cues: Cues, person_cue: bool) -> bool:
        """A small town's name is not trusted against signs of a person or a common word,
        nor a foreign city's before a model number ("Delta 4", "Ariane 5": rockets)."""
        if not known.key.startswith("LOC:geo:"):
            return True
        foreign = known.attributes.get("country") not in self.knowledge.home_countries
        if cues.product and foreign and known.population < 1_000_000:
            return False
        if known.population >= _SMALL_CITY:
            return True
        lemma = self.knowledge.lemma(names[0])
        if len(names) == 1 and lemma != names[0] and ascii_fold(lemma) == ascii_fold(known.name):
            return True  # "starosta Prostějova": a town's name inflected after a title
        if len(names) == 1 and foreign and not (cues.locative or cues.loc_before or cues.dateline):
            return False  # "Delta 4", "Kilo", "Air": a small foreign town is rarely news
        return not (person_cue or self._person_shaped(names) or self._common_single(names, cues))

    def _club_of_city(self, names: list[str]) -> bool:
        """A name and a big home city in the nominative, in a language that would inflect
        the city after a person's name: a club or company named after its city. (English
        and German surnames are too often cities' names: "Lloyd Austin".)"""
        knowledge = self.knowledge
        if len(names) != 2 or knowledge.data.code in ("en", "de", "xx"):
            return False
        city = knowledge.gazetteer.find([names[1]], [names[1]], _SMALL_CITY, loose=False)
        return (
            city is not None
            and city.key.startswith("LOC:geo:")
            # a city of the text's own country: "Cezary Giza" is no club of Giza
            and city.attributes.get("country") in knowledge.home_countries
            and knowledge.lemma(names[1]) == names[1]
            and not knowledge.find_word(names[0], _SMALL_CITY)
        )

    def _joined_places(self, word: str) -> bool:
        """A hyphenated name of two places, each known to the gazetteer."""
        parts = word.split("-")
        if len(parts) < 2 or any(len(part) < 4 or not part.istitle() for part in parts):
            return False
        found = [self.knowledge.find_word(part, _SMALL_CITY) for part in parts]
        return all(known is not None and known.label == "LOC" for known in found)

    def _dictionary_word(self, word: str) -> bool:
        """A noun or adjective of a dictionary that tags names (SGJP), and no name."""
        info = self.knowledge.info(word)
        return info.common and info.pos in ("noun", "adj") and not info.name_kinds

    @staticmethod
    def _surname_shaped(lemma: str) -> bool:
        """Typical surname endings of the region ("Peskov", "Horvatić", "Kowalski"), on a
        stem of two letters or more ("Nov", "Lev" are ordinary words)."""
        lowered = lemma.lower()
        return any(lowered.endswith(e) and len(lowered) - len(e) >= 2 for e in _SURNAME_ENDINGS)

    def _adjective(self, word: str) -> bool:
        """An adjective (possessive or relational) written with a capital: not a name alone."""
        knowledge = self.knowledge
        info = knowledge.info(word)
        if info.pos == "adj" and not info.name_kinds:
            return True
        lemma = info.lemma.lower()
        if word.lower().endswith(knowledge.data.possessive_endings):
            # "Nobelovu", "Tokajevim": possessive adjectives of names; "Sarajevu" is a place.
            return knowledge.find_word(word) is None
        return any(lemma.endswith(s) for s in knowledge.data.adjective_suffixes)

    def _person_shaped(self, names: list[str], lemmas: list[str] | None = None) -> bool:
        """Two or three name words, none an ordinary word, the first a first name or unknown."""
        knowledge = self.knowledge
        if not 2 <= len(names) <= 4 or any(
            is_acronym(w) or (not w.isalpha() and "-" not in w) for w in names
        ):
            return False
        if any(char.isdigit() for word in names for char in word):
            return False
        if knowledge.is_first_name(names[0].split("-")[0]):
            return True
        last = names[-1]
        if last.endswith(_STRONG_SURNAME_ENDINGS) and not knowledge.is_org_word(names[0]):
            return True  # "Marko Petrović", "Anna Nováková"
        if knowledge.is_first_name(last) or knowledge.is_first_name(lemmas[-1] if lemmas else last):
            return False  # "Lockheed Martin", "Aston Martin": a first name ends no person's name
        if knowledge.find_word(last, _SMALL_CITY) is not None:
            return False  # "Bloomberg Businessweek Polska": a place inside an organisation
        if (
            knowledge.data.code in ("en", "de")
            and knowledge.find_word(names[0], _SMALL_CITY)
            and self._english.is_common(last, frequency=False)
        ):
            return False  # "Boston Mutual", "Dallas Semiconductor": named after a place
        if knowledge.data.capitalised_nouns or knowledge.data.code in ("en", "xx"):
            # English and German names end in a surname; organisations often in a noun.
            return not knowledge.is_common(last, frequency=False)
        if is_cyrillic(names[0]):
            return True  # organisations in Cyrillic text carry quotes or organisation words
        if all(w.isascii() for w in names) and self._english.is_common(last, frequency=False):
            return False  # an English name in Slavic text: "Global South", "Space Wing"
        # Slavic surnames are often ordinary words too (Karp, Giza): only the first word,
        # where a first name would stand, decides.
        return not knowledge.is_common(names[0])

    def _common_single(self, names: list[str], cues: Cues) -> bool:
        """One word that the language knows as an ordinary word (German nouns, headlines)."""
        if len(names) != 1:
            return False
        word = names[0]
        knowledge = self.knowledge
        common = knowledge.is_common(word)
        return common and (
            cues.sentence_initial or cues.headline or knowledge.data.capitalised_nouns
        )

    def set_annotations(self, doc: Doc, matches: list[tuple[Span, Verdict]]) -> None:
        rules = [_entity(doc, *self._widened(span, verdict)) for span, verdict in matches]
        for entity, (span, _) in zip(rules, matches, strict=True):
            cues = span._.factdrop_cues
            entity._.factdrop_product = entity._.factdrop_known is None and bool(
                cues is not None and cues.product
            )
        kept = self._trained(doc) if self.use_trained else []
        # "Правительство России": an institution named after a place holds the place the
        # model found inside it.
        for rule in rules:
            inside = [s for s in kept if rule.start <= s.start and s.end <= rule.end]
            if (
                inside
                and rule.label_ == "ORG"
                and len(rule) > max(len(s) for s in inside)
                and self.knowledge.is_org_word(rule[0].text)
            ):
                kept = [s for s in kept if s not in inside] + [rule]
        taken = {i for span in kept for i in range(span.start, span.end)}
        kept += [s for s in rules if not any(i in taken for i in range(s.start, s.end))]
        doc.ents = filter_spans(kept)

    def _widened(self, span: Span, verdict: Verdict) -> tuple[int, int, Verdict]:
        """A known place with the lowercase word before it that makes another thing of it:
        a compass adjective, a region of its own ("jugoistočne Europe", "zapadnog
        Balkana"); a body of the state, its institution ("vlada Srbije", "predsjedništvo
        BiH", "правительство России")."""
        known = verdict.known
        if known is None or span.start == 0:
            return span.start, span.end, verdict
        before = span.doc[span.start - 1]
        if not (before.is_lower and before.is_alpha):
            return span.start, span.end, verdict
        if known.key.startswith("LOC:region:") and before.lower_.startswith(COMPASS_STEMS):
            return span.start - 1, span.end, Verdict("LOC")
        country = known.key.startswith("LOC:country:")
        if country and self.knowledge.lemma(before.text).lower() in STATE_BODIES:
            return span.start - 1, span.end, Verdict("ORG")
        return span.start, span.end, verdict

    def _trained(self, doc: Doc) -> list[Span]:
        """A trained model's entities, checked against the word knowledge (see `_check`)."""
        cyrillic = _cyrillic(doc)
        cues = {(s.start, s.end): s._.factdrop_cues for s in doc.spans.get(SPAN_KEY, [])}
        kept = []
        for span in doc.ents:
            label = map_label(span.label_)
            if label is not None:
                span = _trim(span)
                found = cues.get((span.start, span.end)) or Cues()
                kept += self._check(span, label, found, cyrillic)
        return kept

    def _check(self, span: Span, label: str, cues: Cues, cyrillic: bool) -> list[Span]:
        """What stands of one trained entity: the gazetteer's label and key win ("Madrid"
        is a city, whatever the model says); a nationality word goes; a "person" with a
        digit, or a single word the rules firmly call something else, is left to the rules;
        ordinary words before a known place are no person's name ("Northern Chile")."""
        words = span.text.split()
        if not words or (len(words) == 1 and (self._never_entity(words[0]) or cues.currency)):
            return []
        if self._names_an_event(span):
            return []
        verdict = self.classify(words, cues, cyrillic)
        if verdict is not None and verdict.known is not None:
            return [_entity(span.doc, span.start, span.end, verdict)]
        if label != "PER":
            start = self._descriptor_end(span)
            return [_entity(span.doc, start, span.end, Verdict(label))]
        if any(char.isdigit() for char in span.text):
            return []
        if len(words) == 1 and (verdict is None or (verdict.label != "PER" and not verdict.weak)):
            return []  # a lone word that the rules, on evidence, call no person: "Формулы"
        for k in range(span.start + 1, span.end):
            if not all(self._ordinary_word(t.text) for t in span.doc[span.start : k]):
                break
            tail = span.doc[k : span.end]
            place = self.classify(tail.text.split(), Cues(), cyrillic)
            if place is not None and place.known is not None:
                return [_entity(span.doc, tail.start, tail.end, place)]
        return [_entity(span.doc, span.start, span.end, Verdict(label))]

    def _names_an_event(self, span: Span) -> bool:
        """The span is part of an event's name, capitalised beside it ("Гран-при Монако",
        "Monaco Grand Prix"): events are no entities, nor the places in their names."""
        doc = span.doc
        start = span.start  # the word before: its tokens glued without a space ("Гран-при")
        while start > 0 and (start == span.start or not doc[start - 1].whitespace_):
            start -= 1
        end = span.end  # the word after
        while end < len(doc) and (end == span.end or not doc[end - 1].whitespace_):
            end += 1
        words = (doc[start : span.start].text, doc[span.end : end].text)
        return any(
            word[:1].isupper() and self.knowledge.is_event_word(word.strip()) for word in words
        )

    def _descriptor_end(self, span: Span) -> int:
        """Where a trained organisation or place starts after a plural noun that describes
        its people ("Исследователи | Брукхейвенской лаборатории", "Эксперты | МВФ")."""
        doc, knowledge = span.doc, self.knowledge
        first = doc[span.start].text
        if span.end - span.start < 2 or not doc[span.start + 1].text[:1].isupper():
            return span.start
        lemma = knowledge.lemma(first).lower()
        plural = lemma != first.lower() and not lemma.endswith(knowledge.data.adjective_suffixes)
        if (
            plural
            and self._ordinary_word(first)
            and not knowledge.is_org_word(first)
            and not knowledge.is_loc_word(first)
            and not knowledge.is_demonym(first)
        ):
            return span.start + 1
        return span.start

    def _ordinary_word(self, word: str) -> bool:
        """An ordinary word, and no first name ("Марко" is both: "Марко Рубио" is a man)."""
        return self.knowledge.is_common(word) and not self.knowledge.is_first_name(word)

    def _never_entity(self, word: str) -> bool:
        """A nationality word, a common abbreviation or a currency: never an entity."""
        knowledge = self.knowledge
        return (
            knowledge.is_demonym(word)
            or knowledge.is_common_abbreviation(word)
            or knowledge.is_not_entity([word])
        )


def _code(word: str) -> bool:
    """A code rather than a name: "H1N1", "KB4677586" (but "G20", "Link4", "B92" are names)."""
    groups = _DIGITS.findall(word)
    return len(groups) > 1 or sum(len(g) for g in groups) > 3


def _cyrillic(doc: Doc) -> bool:
    """Whether the document is mostly written in Cyrillic (judged on its first words)."""
    # Read the strings from the array: Token objects are costly to build.
    strings = doc.vocab.strings
    words = [w for w in (strings[int(o)] for o in doc.to_array(ORTH)[:300]) if w.isalpha()]
    return sum(1 for w in words if is_cyrillic(w)) > len(words) / 3


def _trim(span: Span) -> Span:
    """The span without leading punctuation or lowercase words ("the United Arab Emirates"),
    up to its next bracket, quote or comma ("Раскассэ (La Rascasse)")."""
    start = span.start
    while start < span.end and (span.doc[start].is_punct or span.doc[start].is_lower):
        start += 1
    end = next(
        (t.i for t in span.doc[start : span.end] if t.is_punct and t.text not in "-.'’&"),
        span.end,
    )
    return span.doc[start:end]


def _entity(doc: Doc, start: int, end: int, verdict: Verdict) -> Span:
    """An entity span carrying the verdict (extension values live by offsets: set all)."""
    entity = Span(doc, start, end, label=verdict.label)
    entity._.factdrop_known = verdict.known
    entity._.factdrop_weak = verdict.weak
    entity._.factdrop_attach_only = verdict.attach_only
    entity._.factdrop_product = False
    return entity


@Language.factory(
    "factdrop_classify",
    default_config={
        "lang": "xx",
        "use_trained": True,
        "knowledge": {"@misc": "factdrop.knowledge.v1"},
    },
)
def make_classify(
    nlp: Language,
    name: str,
    lang: str,
    use_trained: bool,
    knowledge: Callable[[str], Knowledge],
) -> Classifier:
    """Label the candidates of language `lang` and write doc.ents."""
    return Classifier(knowledge(lang), knowledge("en"), use_trained)
