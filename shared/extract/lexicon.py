"""Common-word lexicons: is this word an ordinary word of the language?

Built once from spacy-lookups-data's lemma tables (every inflected form whose lemma is
written in lowercase, i.e. not a proper noun) and kept as a sorted array of 64-bit hashes,
8 bytes a word instead of a Python string, cached on disk so that later processes only
memory-map it.
"""

import gzip
import hashlib
import json
import os
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import numpy as np

from shared.config import get_settings
from shared.extract.script import serbian_to_latin

LEXICON_VERSION = 2


def cache_dir() -> Path:
    """Where built tables are kept (the `cache_dir` setting)."""
    path = get_settings().cache_dir
    path.mkdir(parents=True, exist_ok=True)
    return path


def word_hash(word: str) -> int:
    """A stable 64-bit hash of a word (Python's own hash changes between processes)."""
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


class Lexicon:
    """A set of words stored as sorted hashes; `word in lexicon` is a binary search."""

    def __init__(self, hashes: np.ndarray) -> None:
        self._hashes = hashes

    def __contains__(self, word: str) -> bool:
        if not len(self._hashes):
            return False
        value = np.uint64(word_hash(word))
        index = int(np.searchsorted(self._hashes, value))
        return index < len(self._hashes) and self._hashes[index] == value

    def __len__(self) -> int:
        return len(self._hashes)


def cached_lexicon(name: str, words: Callable[[], Iterable[str]]) -> Lexicon:
    """The lexicon cached as `name`.npy, built from `words()` when the file is missing."""
    path = cache_dir() / f"{name}.npy"
    if not path.exists():
        hashes = np.unique(np.fromiter((word_hash(w) for w in words()), dtype=np.uint64))
        partial = path.with_suffix(f".{os.getpid()}.tmp.npy")
        np.save(partial, hashes)
        partial.replace(path)  # atomic: concurrent workers never read half a file
    return Lexicon(np.load(path, mmap_mode="r"))


def _table_words(table: str) -> set[str]:
    """Ordinary words of a lemma table: forms whose lemma is not capitalised, and lemmas.

    German keeps its case (nouns are capitalised there); other tables are case-folded.
    Serbian's Cyrillic table is also added in Latin script.
    """
    folder = files("spacy_lookups_data") / "data"
    with gzip.open(str(folder / f"{table}_lemma_lookup.json.gz"), "rt", encoding="utf-8") as f:
        lookup: dict[str, str] = json.load(f)
    index = folder / f"{table}_lemma_index.json.gz"
    if index.is_file():  # English lists its base forms apart: "mountainous", "police"
        with gzip.open(str(index), "rt", encoding="utf-8") as f:
            lookup.update((word, word) for forms in json.load(f).values() for word in forms)
    keep_case = table == "de"
    found: set[str] = set()
    if keep_case:
        # German capitalises every noun, and the table also lists names whose only form is
        # the genitive ("Dresdens"): a lemma is ordinary when it has some other form.
        genitive_only = {lemma for lemma in lookup.values() if lemma[:1].isupper()}
        for form, lemma in lookup.items():
            if form not in (lemma + "s", lemma + "es", lemma + "'"):
                genitive_only.discard(lemma)
        for form, lemma in lookup.items():
            if lemma not in genitive_only:
                found.update((form, lemma))
        return found
    for form, lemma in lookup.items():
        if not lemma[:1].isupper():
            found.update((form.casefold(), lemma.casefold()))
    if table == "sr":
        found |= {serbian_to_latin(word) for word in found}
    return found


@lru_cache
def get_lexicon(tables: tuple[str, ...]) -> Lexicon:
    """The union of the named lemma tables as one lexicon, built on first use and cached."""
    if not tables:
        return Lexicon(np.zeros(0, dtype=np.uint64))
    name = f"lexicon-{'-'.join(sorted(tables))}-v{LEXICON_VERSION}"
    return cached_lexicon(name, lambda: set().union(*(_table_words(t) for t in tables)))


@lru_cache
def get_frequent_words(table: str, threshold: float = -11.5) -> Lexicon:
    """Words of spacy-lookups-data's frequency table above a log-probability, as written.

    German capitalises nouns, and its lemma table misses many ("Analysten", "Kilo"): a
    frequent capitalised word is far more often a noun than a name.
    """

    def words() -> list[str]:
        source = files("spacy_lookups_data") / "data" / f"{table}_lexeme_prob.json.gz"
        with gzip.open(str(source), "rt", encoding="utf-8") as handle:
            probs: dict[str, float] = json.load(handle)
        return [word for word, prob in probs.items() if prob > threshold]

    return cached_lexicon(f"frequent-{table}-{-threshold:g}-v{LEXICON_VERSION}", words)
