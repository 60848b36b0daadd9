"""factdrop_candidates: find proper-noun sequences and the cues around them.

A candidate is a run of capitalised tokens (with hyphens, initials and name-internal
connectors such as "of", "für", "im."), cut where a title, a nationality word, a month or
an ordinary word stands, so that "predsjednik Vladimir Putin" yields "Vladimir Putin" with
the cue "title before". Sentence-initial words and title-case headline words are kept only
when the lexicon does not know their lowercase form as an ordinary word; in German every
noun is capitalised, so known nouns end a run wherever they stand.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from shared.extract.knowledge import Knowledge
from shared.extract.script import is_acronym, is_capitalised

SPAN_KEY = "factdrop_candidates"
_PRODUCT_CODE = re.compile(r"\w+-\d+\w*")
_POSSESSIVE = (
    "ova",
    "ovo",
    "ův",
    "ovu",
    "ovy",
    "ově",
    "ovi",
    "ina",
    "ino",
    "evo",
    "eva",
    "ov",
    "ev",
)
_CONJUNCTIONS = {"i", "a", "and", "und", "и", "і", "y", "et"}
_SENTENCE_END = {".", "!", "?", "…", ":", ";"}
_OPENERS = {'"', "„", "“", "”", "«", "»", "'", "‘", "’", "‚", "(", "[", "–", "—", "-", "•", "*"}
_AUXILIARIES = {
    "je",
    "su",
    "jest",
    "był",
    "była",
    "było",
    "byli",
    "has",
    "had",
    "have",
    "is",
    "was",
    "hat",
    "ist",
    "hatte",
    "se",
    "to",
    "jsem",
    "byl",
    "bila",
    "bio",
    "bi",
    "će",
    "sie",
    "er",
    "also",
    "dann",
    "noch",
    "jeszcze",
    "już",
    "też",
    "također",
    "takođe",
    "tako",
    "i",
    "a",
}


@dataclass
class Cues:
    """What the context says about one candidate."""

    title: bool = False  # a title or role stands before it
    speech: bool = False  # a verb of saying stands next to it
    org_before: bool = False  # an organisation word stands before it ("firma X")
    preposition: bool = False  # a lowercase preposition stands just before it ("w Sejmie")
    product: bool = False  # a model number follows it ("Windows 10", "Delta 4")
    sentence_initial: bool = False
    headline: bool = False
    trimmed: list[str] = field(default_factory=list)


def _is_name_token(token: Token) -> bool:
    text = token.text
    return (is_capitalised(text) or is_acronym(text)) and any(c.isalpha() for c in text)


def _sentence_starts(doc: Doc) -> list[bool]:
    """True for tokens that open a sentence, a line, or a quotation at a sentence start."""
    starts = [False] * len(doc)
    opening = True
    for token in doc:
        if token.is_space:
            opening = opening or "\n" in token.text
            continue
        starts[token.i] = opening
        if token.text in _OPENERS and opening:
            continue  # „Demisi...: the word after an opening quote still opens the sentence
        opening = token.text in _SENTENCE_END or "\n" in token.whitespace_
    return starts


def _headline_lines(doc: Doc) -> set[int]:
    """Tokens of lines written in title case (most words capitalised, no final stop)."""
    inside: set[int] = set()
    line: list[Token] = []
    for token in [*doc, None]:
        if token is None or (token.is_space and "\n" in token.text):
            words = [t for t in line if t.is_alpha and len(t.text) > 3]
            capitals = sum(1 for t in words if is_capitalised(t.text))
            stop = bool(line) and line[-1].text in (".", "!")
            if len(words) >= 4 and not stop and capitals / len(words) >= 0.75:
                inside.update(t.i for t in line)
            line = []
        else:
            line.append(token)
    return inside


class CandidateFinder:
    """The stateful component: language knowledge is loaded once, in the factory."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self._named: set[str] = set()

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[tuple[int, int, Cues]]:
        """(start, end, cues) of every candidate, in token offsets."""
        starts = _sentence_starts(doc)
        headline = _headline_lines(doc)
        # Words the document also capitalises inside a sentence are names at its start too.
        self._named = {
            text
            for i, text in enumerate(t.text for t in doc)
            if text[:1].isupper() and not starts[i] and i not in headline
        }
        found: list[tuple[int, int, Cues]] = []
        i = 0
        while i < len(doc):
            if not _is_name_token(doc[i]):
                i += 1
                continue
            end = self._run_end(doc, i)
            found.extend(self._split(doc, i, end, starts, headline))
            i = end
        return found

    def _run_end(self, doc: Doc, start: int) -> int:
        """End of the run of name tokens from `start`, across hyphens and connectors."""
        connectors = self.knowledge.data.connectors
        end = start + 1
        while end < len(doc):
            token, prev = doc[end], doc[end - 1]
            if prev.whitespace_ == "" and token.text == "-" and end + 1 < len(doc):
                after = doc[end + 1]
                if _is_name_token(after) and token.whitespace_ == "":
                    end += 2  # Kasim-Žomart, Kosiniak-Kamysz
                    continue
                if is_acronym(prev.text) and after.is_lower and len(after) <= 3:
                    end += 2  # a case ending on an abbreviation: SAD-u, NRO-a
                break
            if _is_name_token(token) and "\n" not in prev.whitespace_ and not prev.is_space:
                end += 1
                continue
            if (
                token.text == "."
                and len(prev.text) <= 2
                and is_capitalised(prev.text)
                and end + 1 < len(doc)
                and _is_name_token(doc[end + 1])
            ):
                end += 1  # an initial or abbreviation: "J. Smith", "St. Petersburg"
                continue
            if token.lower_ in connectors and end + 1 < len(doc) and _is_name_token(doc[end + 1]):
                end += 2
                continue
            if (
                token.lower_ in _CONJUNCTIONS
                and end + 1 < len(doc)
                and _is_name_token(doc[end + 1])
                and self._known_pair(doc, start, end + 2)
            ):
                end += 2  # "Bosna i Hercegovina", "Trinidad and Tobago"
                continue
            break
        return end + self._lowercase_head(doc, start, end)

    def _lowercase_head(self, doc: Doc, start: int, end: int) -> int:
        """How many lowercase words the name goes on with: "Evropske unije", "Брукхейвенской
        национальной лаборатории" (up to two adjectives, then a head noun, after a
        capitalised adjective), "Ministarstvo kulture" (a genitive after a capitalised
        organisation word)."""
        knowledge = self.knowledge
        if (
            end >= len(doc)
            or not knowledge.data.adjective_suffixes
            or doc[end - 1].whitespace_ == ""
        ):
            return 0
        last = doc[end - 1].lower_
        for k in range(3):
            if end + k >= len(doc):
                return 0
            word = doc[end + k]
            if not word.is_lower or not word.is_alpha or knowledge.is_stop_word(word.text):
                return 0
            if knowledge.is_org_word(word.text) or knowledge.is_loc_word(word.text):
                # Not after a possessive: "Fialova vláda" is Fiala's government.
                return 0 if knowledge.is_org_word(last) or last.endswith(_POSSESSIVE) else k + 1
        word = doc[end]
        if (
            end - start == 1
            and knowledge.is_org_word(doc[start].text)
            and self._genitive(word.text)
        ):
            return 1
        return 0

    def _genitive(self, word: str) -> bool:
        """A noun or adjective in the genitive (Polish: by morfeusz; else by its ending)."""
        if self.knowledge.data.lemmatiser == "morfeusz":
            info = self.knowledge.info(word)
            return info.pos == "noun" and "gen" in info.case
        # Elsewhere by its ending: a noun's genitive, not an adjective's ("romske").
        return (
            len(word) > 3
            and word.endswith(("e", "a", "i", "y", "u", "ů", "ы", "и", "а"))
            and not word.endswith(("ske", "ske", "ne", "ih", "og", "ého", "ní", "ой", "ого"))
        )

    def _known_pair(self, doc: Doc, start: int, end: int) -> bool:
        words = [t.text for t in doc[start:end]]
        lemmas = [self.knowledge.lemma(w) for w in words]
        return self.knowledge.find(words, lemmas, cities=False) is not None

    def _split(
        self, doc: Doc, start: int, end: int, starts: list[bool], headline: set[int]
    ) -> list[tuple[int, int, Cues]]:
        """Cut a run where titles, nationality words, months or ordinary words stand."""
        knowledge = self.knowledge
        pieces: list[tuple[int, int, Cues]] = []
        cues = Cues()
        piece_start = start
        for i in range(start, end):
            text = doc[i].text
            if not _is_name_token(doc[i]):
                continue  # hyphens, initials' dots and connectors stay inside
            drop = ""
            if knowledge.is_calendar(text):
                drop = "calendar"
            elif (
                knowledge.is_title(text)
                and not is_acronym(text)
                and not (knowledge.data.code == "en" and self._names_an_org(doc, i, end))
            ):
                drop = "title"  # but "General Civil Aviation Authority" keeps its first word
            elif (
                i == piece_start
                and knowledge.is_demonym(text)
                and not self._names_an_org(doc, i, end)
            ):
                drop = "demonym"  # leading only: "Republike Srpske" keeps its adjective
            elif _PRODUCT_CODE.fullmatch(text):
                drop = "product"  # "NROL-32", "F-35B": products and models are not entities
            elif starts[i] and knowledge.is_org_word(text) and i + 1 < end:
                drop = "org_word"  # "Компания Google": a descriptor capitalised by position
            elif self._ordinary(doc, i, starts, headline):
                drop = "common"
            elif i > piece_start and (
                self._first_name_starts(doc, i, end)
                or self._place_ends(doc, piece_start, i, end)
                or self._org_ends(doc, piece_start, i, end)
            ):
                # "PSL | Władysław Kosiniak-Kamysz": a title before the run is the person's.
                pieces.append((piece_start, i, Cues(trimmed=cues.trimmed)))
                cues = Cues(title=cues.title)
                piece_start = i
                continue
            if drop:
                if piece_start < i:
                    pieces.append((piece_start, i, cues))
                cues = Cues(title=drop == "title", org_before=drop == "org_word")
                cues.trimmed.append(drop)
                piece_start = i + 1
        if piece_start < end:
            pieces.append((piece_start, end, cues))
        result = []
        for s, e, piece_cues in pieces:
            s, e = self._strip_connectors(doc, s, e)
            if e - s == 1 and len(doc[s].text) == 1:
                continue  # a lone letter: an initial or a list mark, not a name
            if s < e:
                self._context(doc, s, e, piece_cues, starts, headline)
                result.append((s, e, piece_cues))
        return result

    def _first_name_starts(self, doc: Doc, i: int, end: int) -> bool:
        """A known first name followed by another name word, not right after a connector."""
        knowledge = self.knowledge
        return (
            i + 1 < end
            and _is_name_token(doc[i - 1])
            and knowledge.is_first_name(doc[i].text)
            and not knowledge.is_first_name(doc[i - 1].text)
            and not is_acronym(doc[i].text)
        )

    def _place_ends(self, doc: Doc, start: int, i: int, end: int) -> bool:
        """A known place or organisation ends before a person's name: "Moskwy Tokajew",
        "SAD Džo Bajden"."""
        if i - start != 1 or not _is_name_token(doc[i]):
            return False
        words = [t.text for t in doc[start:end] if _is_name_token(t)]
        knowledge = self.knowledge
        if knowledge.find(words, [knowledge.lemma(w) for w in words]) is not None:
            return False
        first = doc[start].text
        if knowledge.is_first_name(first) or knowledge.is_first_name(knowledge.lemma(first)):
            return False
        # Only big cities: smaller ones share their names with first names (Jan, Vladimir).
        known = knowledge.find([first], [knowledge.lemma(first)], 1_000_000, loose=False)
        return known is not None and not knowledge.is_org_word(doc[i].text)

    def _org_ends(self, doc: Doc, start: int, i: int, end: int) -> bool:
        """An organisation word and its name, then a person: "Grupy Eurocash | Luis Amaral"."""
        knowledge = self.knowledge
        return (
            i - start == 2
            and end - i >= 2
            and knowledge.is_org_word(doc[start].text)
            and all(_is_name_token(t) for t in doc[start:end])
            and not knowledge.is_org_word(doc[i].text)
        )

    def _strip_connectors(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        while start < end and not _is_name_token(doc[start]):
            start += 1
        while end > start and not _is_name_token(doc[end - 1]) and not self._head(doc, end - 1):
            end -= 1
        return start, end

    def _head(self, doc: Doc, i: int) -> bool:
        """A lowercase word that `_lowercase_head` let into the name."""
        return (
            doc[i].is_lower
            and doc[i].is_alpha
            and doc[i].lower_ not in self.knowledge.data.connectors
        )

    def _names_an_org(self, doc: Doc, i: int, end: int) -> bool:
        """A nationality word that begins an organisation's name ("Deutsche Bank")."""
        return any(self.knowledge.is_org_word(doc[j].text) for j in range(i + 1, end))

    def _known_place(self, text: str, floor: int = 100_000) -> bool:
        """A known place (a city of `floor` people or more): an ordinary word may be one."""
        known = self.knowledge.find([text], [self.knowledge.lemma(text)], floor)
        return known is not None and known.label == "LOC"

    def _ordinary(self, doc: Doc, i: int, starts: list[bool], headline: set[int]) -> bool:
        """An ordinary word that is capitalised for its position or (German) as a noun."""
        knowledge = self.knowledge
        text = doc[i].text
        if is_acronym(text):
            return False
        if knowledge.is_stop_word(text):
            return True
        positional = starts[i] or i in headline
        if not positional and not knowledge.data.capitalised_nouns:
            return False
        if positional and text in self._named and not knowledge.data.capitalised_nouns:
            return False
        if not knowledge.is_common(text):
            return False
        if knowledge.is_first_name(text) and i + 1 < len(doc) and _is_name_token(doc[i + 1]):
            return False  # "Jens Hofmann", "Rose Ayling-Ellis"
        if not positional and not knowledge.info(text).common and self._known_place(text, 0):
            return False  # "Ingolstadt", "Pinneberg": not "Stadt" or "Berg"
        if (
            knowledge.data.compound_heads
            and knowledge.is_org_word(text)
            and "-" not in text
            and not knowledge.is_frequent(text)
            and text.lower() not in knowledge.data.org_words
        ):
            return False  # "Commerzbank": a name built on an organisation word
        if knowledge.is_org_word(text) or knowledge.is_loc_word(text):
            # "Kreis Pinneberg", "Northwind Airlines": a head word belongs to a name only
            # next to another name word.
            return not any(
                0 <= j < len(doc)
                and _is_name_token(doc[j])
                and (
                    not knowledge.is_common(doc[j].text)
                    or knowledge.is_demonym(doc[j].text)
                    or self._known_place(doc[j].text, 0)
                )
                for j in (i - 1, i + 1)
            )
        if knowledge.is_demonym(text) and self._names_an_org(doc, i, min(i + 2, len(doc))):
            return False  # "Deutsche Bank"
        info = knowledge.info(text)
        if info.name_kinds & {"first", "surname", "geo", "org"} and not positional:
            return False
        # A sentence-initial word that is also a known place stays ("Moskva i dalje...").
        return not (positional and self._known_place(text) and not knowledge.is_demonym(text))

    def _context(
        self, doc: Doc, start: int, end: int, cues: Cues, starts: list[bool], headline: set[int]
    ) -> None:
        """Titles, organisation words and verbs of saying around the candidate."""
        knowledge = self.knowledge
        cues.sentence_initial = starts[start]
        cues.headline = start in headline
        before = [t for t in doc[max(0, start - 3) : start] if not t.is_space]
        if before and before[-1].is_alpha:
            last = before[-1].text
            cues.title = cues.title or knowledge.is_title(last)
            cues.org_before = cues.org_before or (
                knowledge.is_org_word(last) and not is_capitalised(last)
            )
            cues.preposition = last.islower() and len(last) <= 3 and not knowledge.is_title(last)
        # "rekao je Sharifli", "said Smith": the verb just before, an auxiliary between.
        window = (
            before[-2:] if len(before) > 1 and before[-1].lower_ in _AUXILIARIES else before[-1:]
        )
        after = [t for t in doc[end : end + 4] if not t.is_space]
        cues.product = self._model_number(doc, end)
        cues.speech = any(knowledge.is_speech_verb(t.text) for t in window if t.is_alpha) or any(
            knowledge.is_speech_verb(t.text) for t in self._verbs_after(after)
        )

    def _model_number(self, doc: Doc, end: int) -> bool:
        """A version or model number right after the name, not a date ("Moskva 12. maja")."""
        if end >= len(doc) or doc[end - 1].whitespace_ != " ":
            return False
        number = doc[end]
        if not number.text.isdigit() or len(number.text) > 3:
            return False
        follower = doc[end + 1] if end + 1 < len(doc) else None
        return follower is None or not (
            follower.text == "." or self.knowledge.is_calendar(follower.text)
        )

    @staticmethod
    def _verbs_after(after: list[Token]) -> list[Token]:
        """The first word after the candidate, skipping auxiliaries ("je rekao", "hat gesagt")."""
        words = []
        for token in after:
            if not token.is_alpha:
                break
            words.append(token)
            if token.lower_ not in _AUXILIARIES:
                break
        return words

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, Cues]]) -> None:
        spans = []
        for start, end, cues in matches:
            span = Span(doc, start, end)
            span._.factdrop_cues = cues
            spans.append(span)
        doc.spans[SPAN_KEY] = spans


@Language.factory(
    "factdrop_candidates",
    default_config={"lang": "xx", "knowledge": {"@misc": "factdrop.knowledge.v1"}},
)
def make_candidates(
    nlp: Language, name: str, lang: str, knowledge: Callable[[str], Knowledge]
) -> CandidateFinder:
    """Proper-noun sequences of language `lang` into doc.spans["factdrop_candidates"]."""
    return CandidateFinder(knowledge(lang))
