"""Names listed together are of one kind: in "LUKoil i Rosneft" or "Siemens, Bosch und
Infineon", a word with no evidence of its own is a company like its neighbours.

A single unknown word is otherwise kept only if it joins an entity named elsewhere (see
`Verdict.attach_only`): a list beside an organisation is the evidence it lacked.
"""

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from shared.extract.resolve import Mention
from shared.extract.script import is_acronym

# What stands between two items of a list, in the languages of the mission.
LIST_SEPARATOR = re.compile(r",\s*|,?\s+(?:and|or|und|oder|i|a|oraz|lub|ili|nebo|и|или|та|і)\s+")


def as_listed(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, with the unsure single words listed beside an organisation made
    organisations."""
    ordered = sorted(mentions, key=lambda m: m.start)
    firm = set()
    for first, second in itertools.pairwise(ordered):
        separator = text[first.end : second.start]
        if not LIST_SEPARATOR.fullmatch(separator):
            continue
        if _unsure(first) and _firm_organisation(second):
            firm.add(first.start)
        # "Amica Handel i Marketing": after a name of several words, "i" may go on with it;
        # an inflected word does not ("Lockheed Martina i Boeinga": two companies)
        continued = (
            len(first.words) > 1 and not separator.startswith(",") and second.lemmas == second.words
        )
        if _unsure(second) and _firm_organisation(first) and not continued:
            firm.add(second.start)
    return [
        replace(m, label="ORG", weak=False, attach_only=False) if m.start in firm else m
        for m in mentions
    ]


def _firm_organisation(mention: Mention) -> bool:
    """An organisation on evidence; an abbreviation alone may stand for anything ("NLO")."""
    return (
        mention.label == "ORG"
        and not mention.weak
        and not (len(mention.words) == 1 and is_acronym(mention.words[0]))
    )


def _unsure(mention: Mention) -> bool:
    return mention.weak and mention.label == "ORG" and len(mention.words) == 1
