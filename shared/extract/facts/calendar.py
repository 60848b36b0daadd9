"""Month and weekday names from CLDR (babel), recognised in every case form.

CLDR gives the nominative and the genitive of month names; Slavic texts also write the
locative ("w lipcu", "u oktobru"). A word names a month when it starts with the stem of a
CLDR form (the form less its last letter, and less a fleeting vowel: "oktobar" ->
"oktobr") and adds at most three letters. Languages that capitalise month names (English,
German) take only the CLDR forms as written, since their stems are ordinary words ("may").
"""

from dataclasses import dataclass
from functools import lru_cache

_MAX_ENDING = 3
_DAY_PARTS = ("abend", "nachmittag", "vormittag", "morgen", "mittag", "nacht")


@dataclass(frozen=True)
class Calendar:
    months: dict[str, int]  # stem (or exact form) -> 1..12
    weekdays: dict[str, int]  # stem (or exact form) -> 0 (Monday) .. 6
    exact: bool  # month names are capitalised: match whole forms only
    abbreviations: dict[str, int]  # "nov", "dec": months only where a number stands by

    def month_by_number(self, word: str) -> int | None:
        """The month `word` names, abbreviations too (next to a day or year number)."""
        return self.month(word) or self.abbreviations.get(word.casefold().rstrip("."))

    def month(self, word: str) -> int | None:
        """The month `word` names (any case form), or None."""
        return self._lookup(self.months, word)

    def weekday(self, word: str) -> int | None:
        """The weekday `word` names (any case form, "Dienstagabend" too), or None."""
        folded = word.casefold()
        for part in _DAY_PARTS:
            if folded.endswith(part) and len(folded) > len(part) + 3:
                folded = folded[: -len(part)]
                break
        return self._lookup(self.weekdays, folded)

    def _lookup(self, table: dict[str, int], word: str) -> int | None:
        folded = word.casefold().rstrip(".")
        if self.exact:
            return table.get(folded)
        for size in range(len(folded), max(2, len(folded) - _MAX_ENDING - 1), -1):
            found = table.get(folded[:size])
            if found is not None:
                return found
        return None


def _stems(form: str, exact: bool) -> set[str]:
    form = form.casefold().rstrip(".")
    if exact or len(form) < 4:
        return {form}
    stems = {form, form[:-1]}
    if len(form) >= 5 and form[-2] in "aeo" and form[-1] not in "aeiouy":
        stems.add(form[:-2] + form[-1])  # fleeting vowel: oktobar -> oktobr(a)
    return {s for s in stems if len(s) >= 3}


@lru_cache
def get_calendar(locales: tuple[str, ...]) -> Calendar:
    """Month and weekday stems of the locales (the first one decides `exact`)."""
    from babel import Locale

    first = Locale.parse(locales[0])
    exact = str(first.months["format"]["wide"][1])[0].isupper()
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    abbreviations: dict[str, int] = {}
    for code in locales:
        locale = Locale.parse(code)
        for table, target in ((locale.months, months), (locale.days, weekdays)):
            for context in table.values():
                for number, name in context.get("wide", {}).items():
                    for stem in _stems(str(name), exact):
                        target.setdefault(stem, number)
            for context in locale.months.values():
                for number, name in context.get("abbreviated", {}).items():
                    abbreviations.setdefault(str(name).casefold().rstrip("."), number)
    return Calendar(months, weekdays, exact, abbreviations)
