"""Meeting facts: talks, visits, summits and calls between two or more parties.

Find: sentences with one of the language's meeting words (stems: "sastan", "spotka",
"встреч", "talks"). Build: the participants are the people the sentence names, joined by
"with", "and", "between" or the meeting verb, less one who only reports the meeting; a
visit of one person to a place counts as a meeting with the person the text names as its
leader (a role whose organisation is that place); a meeting of officials of listed
countries is one between the countries, and organisations in talks "with" each other
meet when no two people do. The place is the first place named after
a preposition that no participant leads; the date is the sentence's date, one meeting for
each date it gives.
"""

import itertools
import re
from functools import lru_cache

from shared.extract.facts.context import COMITATIVE, FactContext, Mention, any_of
from shared.extract.facts.sentences import Sentence
from shared.extract.lists import LIST_SEPARATOR
from shared.extract.result import FactResult

_WORDS = re.compile(r"[^\W\d_]+")
# Words that join the parties of a meeting: "with", "and", "between".
_LINKS = frozenset(
    {
        "s", "sa", "z", "ze", "with", "с", "со", "mit", "i", "a", "and", "und", "и", "та", "й",
        "between", "između", "izmedju", "између", "među", "między", "между", "між", "mezi",
        "zwischen", "са",
    }
)  # fmt: skip
_LOCATIVE = frozenset({"in", "im", "at", "w", "we", "u", "v", "ve", "в", "во", "na", "на"})


def find_meetings(
    ctx: FactContext, dates: list[FactResult], roles: list[FactResult]
) -> list[FactResult]:
    """The meeting facts of the document, without repeating a meeting already found."""
    leaders = {
        role.fields["org"]: role.fields["person"] for role in roles if role.fields.get("org")
    }
    meeting_word = _meeting_pattern(ctx.data.meeting_words)
    facts: list[FactResult] = []
    seen: dict[frozenset[str], set[str | None]] = {}
    for sentence in ctx.sentences:
        if not meeting_word.search(sentence.text):
            continue
        people = _participants(ctx, sentence, meeting_word)
        places = ctx.mentions_in(sentence.start, sentence.end, "LOC")
        if len(people) == 1:  # a visit to a place whose leader the text names
            host = next((leaders[p.key] for p in places if p.key in leaders), None)
            if host and host != people[0]:
                people.append(host)
        if len(people) < 2:
            people = _delegations(ctx, sentence, meeting_word, places) or _organisations(
                ctx, sentence, meeting_word
            )
        if len(people) < 2:
            continue
        led = {org for org, person in leaders.items() if person in people}
        place = _place(ctx, sentence, meeting_word, [p for p in places if p.key not in led])
        values = [d.fields["value"] for d in dates if sentence.start <= d.start < sentence.end]
        known = seen.setdefault(frozenset(people), set())
        for value in dict.fromkeys(values or [None]):
            if known and (value is None or value in known):
                continue
            known.add(value)
            facts.append(
                FactResult(
                    type="meeting",
                    fields={"participants": people, "place": place, "date": value},
                    evidence=sentence.text,
                    start=sentence.start,
                    end=sentence.end,
                    confidence=0.7 if len(people) == 2 else 0.6,
                )
            )
    # A meeting found undated in one sentence and dated in another is the dated one.
    dated = {frozenset(f.fields["participants"]) for f in facts if f.fields["date"]}
    return [
        f for f in facts if f.fields["date"] or frozenset(f.fields["participants"]) not in dated
    ]


def _place(
    ctx: FactContext, sentence: Sentence, meeting_word: re.Pattern[str], places: list[Mention]
) -> str | None:
    """The place the meeting is in: of those named after a preposition ("in London", "w
    kazachstańskim Aktau"), the nearest to a meeting word; else the first named at all
    ("German" is a nationality's place)."""
    located = []
    for place in places:
        before = _WORDS.findall(ctx.text, max(0, place.start - 30), place.start)[-2:]
        if before and (
            before[-1].lower() in _LOCATIVE
            or (len(before) == 2 and before[0].lower() in _LOCATIVE and before[1].islower())
        ):
            located.append(place)
    if not located:
        return places[0].key if places else None
    words = [sentence.start + m.start() for m in meeting_word.finditer(sentence.text)]
    return min(located, key=lambda p: min((abs(p.start - w) for w in words), default=0)).key


def _participants(ctx: FactContext, sentence: Sentence, meeting_word: re.Pattern[str]) -> list[str]:
    """The people of a sentence, less one who only reports the meeting ("Peskov said the
    two leaders would talk") when two others remain; none when no word links them ("with",
    "and", "between", the meeting verb itself): "X visited the city where Y once spoke"."""
    mentions = ctx.mentions_in(sentence.start, sentence.end, "PER")
    reporters = _reporters(ctx, sentence, mentions)
    others = [m for m in mentions if m.key not in reporters]
    if len({m.key for m in others}) >= 2:
        mentions = others
    # "with" or "and" stands between a person and the one before, past a title and its
    # organisation ("s predsjednicom Europske komisije Ursulom von der Leyen"); the meeting
    # verb right before the person ("X met Y", not "X visited the town where Y was born").
    linked = False
    for previous, m in itertools.pairwise(mentions):
        words = _WORDS.findall(ctx.text, max(previous.end, m.start - 60), m.start)
        linked = linked or any(word.lower() in _LINKS for word in words[-6:])
        linked = linked or any(meeting_word.fullmatch(word) for word in words[-3:])
    people = list(dict.fromkeys(m.key for m in mentions))
    return people if linked or len(people) < 2 else []


def _delegations(
    ctx: FactContext, sentence: Sentence, meeting_word: re.Pattern[str], places: list[Mention]
) -> list[str]:
    """The countries of a meeting between their officials: a list of two or more right
    after the meeting word and a title ("spotkanie szefów dyplomacji Kazachstanu, Turcji i
    Gruzji", "talks of the foreign ministers of France and Poland")."""
    countries = [p for p in places if p.key.startswith("LOC:country:")]
    for first, second in itertools.pairwise(countries):
        if not LIST_SEPARATOR.fullmatch(ctx.text[first.end : second.start]):
            return []
    if len({c.key for c in countries}) < 2:
        return []
    between = _after_meeting_word(ctx, sentence, meeting_word, countries[0].start) or []
    titled = any(ctx.knowledge.is_title(w) or ctx.knowledge.is_title(w[:-1]) for w in between)
    if not 0 < len(between) <= 5 or not titled:  # [:-1]: "ministers", "leaders"
        return []
    return list(dict.fromkeys(c.key for c in countries))


def _organisations(
    ctx: FactContext, sentence: Sentence, meeting_word: re.Pattern[str]
) -> list[str]:
    """Organisations in talks: one joined to the next by "with", right after the meeting
    word ("vyjednává hnutí ANO s SPD a Motoristy", "negotiates Gazprom with Naftogaz"),
    with the organisations listed beside either."""
    orgs = ctx.mentions_in(sentence.start, sentence.end, "ORG")
    for i, (first, second) in enumerate(itertools.pairwise(orgs)):
        if ctx.text[first.end : second.start].strip().lower() not in COMITATIVE:
            continue
        between = _after_meeting_word(ctx, sentence, meeting_word, first.start)
        if between is None or len(between) > 5:
            return []
        group = [second]
        for m in orgs[i + 2 :]:
            if not LIST_SEPARATOR.fullmatch(ctx.text[group[-1].end : m.start]):
                break
            group.append(m)
        keys = list(dict.fromkeys(m.key for m in (first, *group)))
        return keys if len(keys) > 1 else []
    return []


def _after_meeting_word(
    ctx: FactContext, sentence: Sentence, meeting_word: re.Pattern[str], end: int
) -> list[str] | None:
    """The words between the last meeting word of the sentence before `end` and `end`;
    None when there is no such meeting word."""
    words = _WORDS.findall(ctx.text, sentence.start, end)
    opening = [i for i, word in enumerate(words) if meeting_word.fullmatch(word)]
    return words[opening[-1] + 1 :] if opening else None


def _reporters(ctx: FactContext, sentence: Sentence, mentions: list[Mention]) -> set[str]:
    """The people who say something in the sentence: for each verb of saying, the person
    just before it ("X said"), else just after it ("said X")."""
    found = set()
    for verb in _WORDS.finditer(ctx.text, sentence.start, sentence.end):
        if not ctx.knowledge.is_speech_verb(verb.group()):
            continue
        before = [m for m in mentions if 0 <= verb.start() - m.end <= 25]
        after = [m for m in mentions if 0 <= m.start - verb.end() <= 25]
        if before or after:
            found.add((before[-1] if before else after[0]).key)
    return found


@lru_cache
def _meeting_pattern(stems: frozenset[str]) -> re.Pattern[str]:
    """Any word starting with a meeting stem; stems of three letters only as whole words."""
    return re.compile(any_of([re.escape(s) + (r"\w*" if len(s) > 3 else "") for s in stems]), re.I)
