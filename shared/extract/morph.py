"""Word analysis per language: base form, whether the word is an ordinary word, and what a
name dictionary says of it.

Polish uses morfeusz2 (the SGJP dictionary, with proper-name tags: first name, surname,
geographic name, organisation); the other languages use lemmagen3 (its Polish model is
licensed for non-commercial use only and is never loaded) plus a common-word lexicon.
Each analyser is built once per process, on first use.
"""

from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from shared.extract.lang import LangData
from shared.extract.lexicon import Lexicon, get_lexicon
from shared.extract.script import ascii_fold, is_acronym, is_capitalised, serbian_to_latin

_GEO = "nazwa_geograficzna"
# SGJP qualifiers -> the kinds of name we use.
_MORFEUSZ_KINDS = {
    "imię": "first",
    "nazwisko": "surname",
    _GEO: "geo",
    "nazwa_firmy": "org",
    "nazwa_organizacji": "org",
    "tytuł": "org",
}
_MORFEUSZ_POS = {
    "subst": "noun",
    "depr": "noun",
    "adj": "adj",
    "adja": "adj",
    "ppas": "adj",
    "pact": "adj",
    "fin": "verb",
    "praet": "verb",
    "inf": "verb",
    "impt": "verb",
    "bedzie": "verb",
    "ger": "noun",
}


@dataclass(frozen=True)
class WordInfo:
    """What the morphology knows of one written word."""

    lemma: str
    common: bool  # its lowercase form is an ordinary word of the language
    name_kinds: frozenset[str] = frozenset()  # "first", "surname", "geo", "org", "demonym"
    pos: str = "unknown"  # "noun", "adj", "verb", "other" or "unknown"
    case: str = ""  # grammatical cases, as "gen.acc" (Polish only)
    # Base forms of its readings as a place's name ("Niemiec": Niemcy, Niemce; Polish only)
    places: tuple[str, ...] = ()


class Morphology(Protocol):
    def info(self, word: str) -> WordInfo: ...


def _with_case_of(word: str, lemma: str) -> str:
    """The lemma capitalised like the word ("Moskvi" -> "moskva" -> "Moskva")."""
    if is_capitalised(word) and not is_capitalised(lemma):
        return lemma[:1].upper() + lemma[1:]
    return lemma


def _plausible(word: str, lemma: str) -> bool:
    """Guessed lemmas of unseen names must stay close to the word (no invented verbs); a
    short name keeps its consonants, its vowels may alternate ("Brna" -> "Brno", "Києва" ->
    "Київ", not "Zedl" -> "Zést" or "Peći" -> "Piti")."""
    stem = len(word) - 3
    if not lemma or len(lemma) > len(word) + 2 or lemma[:stem].lower() != word[:stem].lower():
        return False
    if is_capitalised(word) and len(word) <= 5:
        ours, theirs = _consonants(word), _consonants(lemma)
        return ours.startswith(theirs) or theirs.startswith(ours)
    return True


def _consonants(word: str) -> str:
    return "".join(c for c in ascii_fold(word) if c.isalpha() and c not in "aeiouy")


class PolishMorphology:
    """morfeusz2 over the SGJP dictionary."""

    def __init__(self) -> None:
        import morfeusz2

        self._morfeusz = morfeusz2.Morfeusz(expand_tags=False, generate=False)
        self.info = lru_cache(maxsize=200_000)(self._info)

    def _analyses(self, word: str) -> list[tuple[str, str, frozenset[str]]]:
        return [
            (lemma.split(":")[0], tag, frozenset(quals))
            for _, _, (_, lemma, tag, quals, _) in self._morfeusz.analyse(word)
        ]

    def _info(self, word: str) -> WordInfo:
        analyses = [a for a in self._analyses(word) if a[1] != "ign"]
        lowered = word.lower()
        common_analyses = [
            a
            for a in (analyses if lowered == word else self._analyses(lowered))
            if a[1] != "ign" and not is_capitalised(a[0])
        ]
        if not analyses:
            return WordInfo(word, bool(common_analyses))
        kinds = frozenset(
            _MORFEUSZ_KINDS[q] for _, _, quals in analyses for q in quals if q in _MORFEUSZ_KINDS
        ) | {
            # A capitalised common noun is a member of a nation or people: "Francuz", "Polka"
            # (not an abbreviation: "TV").
            "demonym"
            for lemma, tag, quals in analyses
            if lemma[:1].isupper()
            and lemma[1:].islower()
            and tag.startswith("subst")
            and "nazwa_pospolita" in quals
        }
        proper = [a for a in analyses if is_capitalised(a[0])] if is_capitalised(word) else []
        # A word that is its own base form stays so ("Jan", not the village Jany); else a
        # place's base form comes first ("Krakowie" is Kraków before the surname Krak).
        proper.sort(key=lambda a: (a[0] != word, _GEO not in a[2]))
        nouns = [a for a in analyses if a[1].split(":")[0] in ("subst", "depr")]
        adjectives = [a for a in analyses if a[1].startswith("adj")]
        lemma, tag, _ = (proper or nouns or adjectives or analyses)[0]
        parts = tag.split(":")
        case = parts[2] if len(parts) > 2 and parts[0] in ("subst", "depr", "adj") else ""
        return WordInfo(
            lemma=word if is_acronym(word) else _with_case_of(word, lemma),
            common=bool(common_analyses),
            name_kinds=kinds,
            pos=_MORFEUSZ_POS.get(parts[0], "other"),
            case=case,
            places=tuple(dict.fromkeys(lemma for lemma, _, quals in analyses if _GEO in quals)),
        )


# Nominative endings of Slavic surnames: such a capitalised word is its own base form
# (lemmagen reads "Токаев" as a genitive plural and returns "Токай").
_SURNAME_ENDINGS = (
    "ов",
    "ев",
    "ёв",
    "ин",
    "ын",
    "ский",
    "цкий",
    "ov",
    "ev",
    "in",
    "ić",
    "ski",
    "ský",
)


class LemmagenMorphology:
    """lemmagen3 lemmas plus a common-word lexicon from spacy-lookups-data."""

    def __init__(self, code: str, lexicon: Lexicon, keep_case: bool) -> None:
        from lemmagen3 import Lemmatizer

        self._lemmatizer = Lemmatizer(code)
        self._lexicon = lexicon
        self._keep_case = keep_case  # German: the lexicon holds nouns capitalised
        self._latin = code == "sr"  # the Serbian model and lexicon are read in Latin
        self.info = lru_cache(maxsize=200_000)(self._info)

    def _known(self, word: str) -> bool:
        return (word if self._keep_case else word.casefold()) in self._lexicon

    def _info(self, word: str) -> WordInfo:
        written = serbian_to_latin(word) if self._latin else word
        if is_acronym(written):
            return WordInfo(written, False)
        lemma = self._lemmatizer.lemmatize(written)
        if is_capitalised(written) and written.endswith(_SURNAME_ENDINGS):
            lemma = written
        if not _plausible(written, lemma) or (
            self._keep_case  # German names only lose a genitive or plural ending
            and is_capitalised(written)
            and lemma != written
            and not any(written == lemma + end for end in ("s", "es", "n", "en"))
        ):
            lemma = written
        lemma = _with_case_of(written, lemma)
        if self._keep_case:
            common = any(self._known(w) for w in {written, written.lower(), lemma})
        else:
            lowered = written.lower()
            common = self._known(lowered) or self._known(self._lemmatizer.lemmatize(lowered))
        return WordInfo(lemma, common)


class PlainMorphology:
    """No lemmatiser: words are their own base forms (English, unknown languages)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self.info = lru_cache(maxsize=200_000)(self._info)

    def _info(self, word: str) -> WordInfo:
        return WordInfo(word, word.casefold() in self._lexicon and not is_acronym(word))


@lru_cache
def get_morphology(data: LangData) -> Morphology:
    """The analyser of a language, built once per process."""
    lexicon = get_lexicon(data.lexicons)
    if data.lemmatiser == "morfeusz":
        return PolishMorphology()
    if data.lemmatiser.startswith("lemmagen:"):
        code = data.lemmatiser.split(":", 1)[1]
        return LemmagenMorphology(code, lexicon, keep_case=data.capitalised_nouns)
    return PlainMorphology(lexicon)
