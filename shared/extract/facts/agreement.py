"""Gender agreement between a Slavic verb in the past tense and the person it may have
as its subject: "uvedla" (she said) is not said by Michal Redl, named after it as the one
spoken about.

A person's gender comes from the shape of the name's base form, and only where it is
plain: a feminine surname ("Nováková", "Kowalska", "Петрова"), or a first name that does
not end in a vowel beside a surname without a feminine ending ("Michal Redl"). Names
such as "Luka Modrić" or "Nikola Horvat" tell nothing, and agree with either verb.
"""

from shared.extract.facts.context import FactContext

# Endings of feminine surnames in their base form: Czech and Slovak "-ová", "-ská";
# Polish "-ska", "-cka", "-dzka"; Russian and Ukrainian "-ова", "-ева", "-ина", "-ая".
_FEMININE_SURNAME = (
    *("ová", "ská", "cká", "ska", "cka", "dzka"),
    *("ова", "ева", "ёва", "ина", "ая"),
)
_VOWELS = tuple("aeiouyаеёиоуыэюяі")


def name_gender(name: str) -> str | None:
    """ "f", "m", or None when the name's shape does not say."""
    words = name.split()
    if not words:
        return None
    surname = words[-1].lower()
    if surname.endswith(_FEMININE_SURNAME):
        return "f"
    if len(words) > 1 and not words[0].lower().endswith(_VOWELS):
        return "m"
    return None


def agrees(ctx: FactContext, person: str, gender: str | None) -> bool:
    """Whether the person (an entity key) may be the subject of a verb of this gender."""
    if gender is None:
        return True
    return name_gender(ctx.names.get(person, "")) in (None, gender)
