"""Token shapes and positions shared by the candidate finder and its phrase rules:
which tokens can be part of a name, where sentences and title-case headlines start, and
the cues collected around a candidate."""

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.attrs import IS_ALPHA, IS_DIGIT, IS_LOWER, IS_SPACE, LOWER, ORTH, SPACY
from spacy.tokens import Doc

from shared.extract.script import is_acronym, is_capitalised


class Tok:
    """The attributes of one token the rules read, as plain values: spaCy's Token builds
    each of them from the vocabulary on every access, and a new Token on every index."""

    __slots__ = ("i", "is_alpha", "is_digit", "is_lower", "is_space", "lower_", "text")
    __slots__ += ("whitespace_",)

    def __init__(self, i: int, text: str, lower: str, row: list[int]) -> None:
        self.i = i
        self.text = text
        self.lower_ = lower
        # the flags of `row` as `tokens_of` reads them: alpha, lower, digit, space, spaced
        self.is_alpha = row[2] == 1
        self.is_lower = row[3] == 1
        self.is_digit = row[4] == 1
        self.is_space = row[5] == 1
        self.whitespace_ = " " if row[6] else ""

    def __len__(self) -> int:
        return len(self.text)


Tokens = Sequence[Tok]


def tokens_of(doc: Doc) -> list[Tok]:
    """The document's tokens as `Tok` records, read in one pass over spaCy's arrays."""
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, LOWER, IS_ALPHA, IS_LOWER, IS_DIGIT, IS_SPACE, SPACY]).tolist()
    return [Tok(i, strings[row[0]], strings[row[1]], row) for i, row in enumerate(rows)]


CONJUNCTIONS = {"i", "a", "and", "und", "и", "і", "y", "et"}
_SENTENCE_END = {".", "!", "?", "…", ":", ";"}
_OPENERS = {'"', "„", "“", "”", "«", "»", "'", "‘", "’", "‚", "(", "[", "–", "—", "-", "•", "*"}
AUXILIARIES = {
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
    owner: bool = False  # between a title and the person holding it ("prezes Orlenu | Jan X")
    member: bool = False  # people of an organisation before it ("analysts at | Morgan Stanley")
    currency: bool = False  # a currency's name before it: "долларов | США" is the currency
    loc_before: bool = False  # a place word stands before it ("řeky Moravy", "grad Split")
    preposition: bool = False  # a lowercase preposition stands just before it ("w Sejmie")
    locative: bool = False  # that preposition puts a place after it ("in", "w", "u", "в")
    dateline: bool = False  # opens a line and a dash or comma follows ("Olomouc – ...")
    product: bool = False  # a model number follows it ("iPhone 15", "Airbus A320")
    lowercased: bool = False  # the document also writes the word in lowercase ("flydubai")
    sentence_initial: bool = False
    headline: bool = False


def is_name_token(token: Tok) -> bool:
    text = token.text
    return (is_capitalised(text) or is_acronym(text)) and any(c.isalpha() for c in text)


_DASHES = frozenset({"-", "–", "—"})


def sentence_starts(doc: Tokens) -> list[bool]:
    """True for tokens that open a sentence, a line, or a quotation at a sentence start."""
    starts = [False] * len(doc)
    opening = True
    line_start = 0
    for token in doc:
        if token.is_space:
            opening = opening or "\n" in token.text
            if "\n" in token.text:
                line_start = token.i + 1
            continue
        starts[token.i] = opening
        if token.text in _OPENERS and opening:
            continue  # „Demisi...: the word after an opening quote still opens the sentence
        # "LONDON (Reuters) - Oil prices rose": the text after a dateline's dash opens a sentence.
        dateline_dash = (
            token.text in _DASHES
            and token.i < line_start + 12
            and token.whitespace_ != ""  # spaced: not the hyphen of "Kasim-Žomart"
            and token.i > 0
            and doc[token.i - 1].whitespace_ != ""
        )
        opening = token.text in _SENTENCE_END or "\n" in token.whitespace_ or dateline_dash
        if "\n" in token.whitespace_:
            line_start = token.i + 1
    return starts


def headline_lines(doc: Tokens) -> set[int]:
    """Tokens of lines written in title case (most words capitalised, no final stop)."""
    inside: set[int] = set()
    line: list[Tok] = []
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
