"""Clubs named after their town: in "Chelsea beat Tottenham", two clubs, not two places.

In a sports report (one that uses the language's sports words often), a town the
gazetteer knows, written right next to a word of play ("beat", "against", "facing",
"team", "debut"), is the club; then every mention of that name in the report is.
Countries are left alone: "against France" is as often the state as its team.
"""

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from shared.extract.lang import LangData
from shared.extract.lists import LIST_SEPARATOR
from shared.extract.resolve import Mention

_WORD = re.compile(r"[^\W\d_]+")
# Sports words per report before its towns may be clubs: a report, not a passing mention.
_SPORTS_WORDS_NEEDED = 4


def as_teams(text: str, mentions: Sequence[Mention], data: LangData) -> list[Mention]:
    """The mentions, with the towns a sports report uses as clubs relabelled ORG."""
    if not data.sports_words or not _is_sports_report(text, data):
        return list(mentions)
    clubs = {m.text for m in mentions if _town(m) and _beside_play(text, m, data)}
    # A list goes on from a club or another organisation: "facing Leeds, Hull and Derby".
    for previous, mention in itertools.pairwise(sorted(mentions, key=lambda m: m.start)):
        listed = LIST_SEPARATOR.fullmatch(text[previous.end : mention.start])
        club = previous.text in clubs or previous.label == "ORG"
        if listed and club and _town(mention):
            clubs.add(mention.text)
    return [
        replace(m, label="ORG", known=None) if _town(m) and m.text in clubs else m for m in mentions
    ]


def _is_sports_report(text: str, data: LangData) -> bool:
    found = sum(1 for w in _WORD.finditer(text) if w.group().lower() in data.sports_words)
    return found >= _SPORTS_WORDS_NEEDED


def _town(mention: Mention) -> bool:
    known = mention.known
    return mention.label == "LOC" and known is not None and known.key.startswith("LOC:geo:")


def _beside_play(text: str, mention: Mention, data: LangData) -> bool:
    """A word of play just before the name, or just after it (past "'s")."""
    before = _WORD.findall(text, max(0, mention.start - 20), mention.start)[-1:]
    after = [w for w in _WORD.findall(text, mention.end, mention.end + 20) if w != "s"][:1]
    return any(w.lower() in data.play_words for w in (*before, *after))
