"""The one text normalisation every string comparison of the scorer goes through."""

import unicodedata


def normalise(text: str) -> str:
    """NFKC, case-fold, turn punctuation (hyphens and dashes included) into spaces and
    collapse whitespace, so that "Kasim-Žomart" and "kasim žomart" compare equal."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    spaced = "".join(" " if unicodedata.category(char).startswith("P") else char for char in folded)
    return " ".join(spaced.split())


def words(text: str) -> list[str]:
    """The normalised words of `text`."""
    return normalise(text).split()
