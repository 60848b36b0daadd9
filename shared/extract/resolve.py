"""Group a document's mentions into entities, and give each entity its base form,
canonical name, aliases and cross-document resolution key.

Key format (`EntityResult.key`, hashed by the store into the global entity id); every key
is independent of script and language:

- ``LOC:country:<ISO 3166 alpha-2>``  a country (CLDR names in any locale, rigour aliases)
- ``LOC:region:<CLDR code or name>``  a region ("LOC:region:143" is Central Asia)
- ``LOC:geo:<geonameid>``             a city known to geonames
- ``ORG:<english name>``              a well-known organisation ("ORG:european union")
- ``PER:<surname skeleton>|<initial>`` a person named with a first name
- ``PER:<surname skeleton>``          a person named by surname only in this document; the
  store resolves it against the full names it knows
- ``ORG:<ACRONYM>`` / ``ORG:<skeleton>`` / ``LOC:<skeleton>`` anything else

A *skeleton* is the name ASCII-folded (anyascii), with spelling variants merged (w/v,
j/y/i, kh/ch/h, sh/sch/sz/š, c/k, doubled letters) and inner vowels dropped, so that
Tokajev, Tokajew, Tokayev and Токаев all give "tkv", and Putin, Putina and Путин "ptn".
Different first initials keep apart people who share a surname.
"""

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from shared.extract.gazetteer import Known
from shared.extract.result import EntityResult, MentionResult
from shared.extract.script import ascii_fold, is_acronym

_SPELLING = [
    ("sch", "s"),
    ("tsch", "c"),
    ("tch", "c"),
    ("ts", "c"),
    ("tz", "c"),
    ("cz", "c"),
    ("sz", "s"),
    ("sh", "s"),
    ("zh", "z"),
    ("kh", "h"),
    ("ch", "h"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
    ("c", "k"),
]


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """Script- and spelling-independent form of a name: first letter plus consonants."""
    text = re.sub(r"[^a-z]", "", ascii_fold(name))
    for old, new in _SPELLING:
        text = text.replace(old, new)
    text = re.sub(r"(.)\1+", r"\1", text)
    if not text:
        return ""
    return text[0] + re.sub(r"[aeiou]", "", text[1:])


def initial(name: str) -> str:
    """The first letter of a first name, with transliteration variants merged (J/Y, Ž/Z)."""
    text = skeleton(name)
    return text[:1]


def stem_matches(word: str, base: str) -> bool:
    """True when `word` is an inflected or possessive form of `base` ("Putinom"/"Putin",
    "Fialova"/"Fiala", "Tokajevim"/"Tokajev")."""
    word, base = ascii_fold(word), ascii_fold(base)
    stem = base[:-1] if base[-1:] in "aeiouy" and len(base) > 4 else base
    return len(stem) >= 3 and word.startswith(stem) and len(word) - len(stem) <= 4


# Feminine surname endings: "Jana Nováková" is not "Jan Novák", though one inflects the other.
_FEMININE = ("á", "ova", "ska", "cka", "ая")  # "-ová", "-ská", "-cká" end in "á"


@dataclass
class Mention:
    """One entity span as the classifier left it, in plain Python."""

    label: str
    text: str
    start: int
    end: int
    words: list[str]
    lemmas: list[str]
    known: Known | None = None
    weak: bool = False
    attach_only: bool = False  # dropped unless it joins an entity named elsewhere
    product: bool = False  # followed by a model number: the whole group is a product


@dataclass
class Group:
    mentions: list[Mention] = field(default_factory=list)
    # Indexes of the mentions, so that attaching a single word does not rescan them all.
    firsts: set[str] = field(default_factory=set)  # first base forms
    sounds: set[str] = field(default_factory=set)  # skeletons of last base forms
    labels: Counter[str] = field(default_factory=Counter)
    strong_labels: Counter[str] = field(default_factory=Counter)  # of mentions not weak
    known: Known | None = None  # the gazetteer's entry of the first mention it knows

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.firsts.add(mention.lemmas[0])
        self.sounds.add(skeleton(mention.lemmas[-1]))
        self.labels[mention.label] += 1
        if not mention.weak:
            self.strong_labels[mention.label] += 1
        if self.known is None:
            self.known = mention.known

    @property
    def label(self) -> str:
        """The gazetteer's label when it knows the thing (abbreviations carry no evidence
        of their own: "Republika Srpska (RS)"), else the commonest of the strongest."""
        known = self.known
        if known is not None and self.labels[known.label]:
            return known.label
        return (self.strong_labels or self.labels).most_common(1)[0][0]

    @property
    def full(self) -> Mention | None:
        """The longest mention that names a person with more than one word, one written in
        its base form if there is one ("Michal Redl", not "Michala Redla")."""
        people = [m for m in self.mentions if len(m.words) > 1]
        if not people:
            return None
        return max(people, key=lambda m: (len(m.words), m.words == m.lemmas))


def _person_key(group: Group) -> str:
    full = group.full
    if full is None:
        return "PER:" + skeleton(group.mentions[0].lemmas[-1])
    return f"PER:{skeleton(full.lemmas[-1])}|{initial(full.lemmas[0])}"


def _group_key(mention: Mention) -> str:
    if mention.known is not None:
        return mention.known.key
    if mention.label == "PER" and len(mention.words) > 1:
        return f"PER:{skeleton(mention.lemmas[-1])}|{initial(mention.lemmas[0])}"
    if len(mention.words) == 1 and is_acronym(mention.words[0]):
        return f"{mention.label}:{mention.words[0].upper()}"
    return mention.label + ":" + " ".join(skeleton(lemma) for lemma in mention.lemmas)


def group_mentions(mentions: list[Mention]) -> list[Group]:
    """One group per real-world thing: exact keys first, then single words attach to the
    person whose surname they inflect, or to the entity they abbreviate or begin."""
    groups: dict[str, Group] = {}
    singles: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-len(m.words), m.start)):
        if len(mention.words) == 1 and mention.known is None:
            singles.append(mention)
        else:
            key = _group_key(mention)
            if key not in groups:
                same = _same_person(mention, groups.items())
                key = same or key
            groups.setdefault(key, Group()).add(mention)
    for mention in sorted(singles, key=lambda m: (m.attach_only, m.start)):
        target = _attach(mention, list(groups.values()))
        if target is None and mention.attach_only:
            continue
        if target is None:
            groups.setdefault(_group_key(mention), Group()).add(mention)
        else:
            target.add(mention)
    return list(groups.values())


def _same_person(mention: Mention, groups: Iterable[tuple[str, Group]]) -> str | None:
    """The key of a person whose full name this one inflects word by word, where the
    lemmatiser gave the two different base forms ("Michalu Redlovi" and "Michal Redl")."""
    if mention.label != "PER" or len(mention.words) < 2:
        return None
    for key, group in groups:
        full = group.full
        if group.label != "PER" or full is None or len(full.words) != len(mention.words):
            continue
        words = zip(mention.words, full.words, strict=True)
        if all(_inflects(a, b) for a, b in words) and (
            mention.words[-1].endswith(_FEMININE) == full.words[-1].endswith(_FEMININE)
        ):
            return key
    return None


def _inflects(word: str, other: str) -> bool:
    """One word is an inflected form of the other."""
    shorter, longer = sorted((word, other), key=len)
    return stem_matches(longer, shorter)


def _attach(mention: Mention, groups: list[Group]) -> Group | None:
    word, lemma = mention.words[0], mention.lemmas[0]
    labels = [group.label for group in groups]
    for group, label in zip(groups, labels, strict=True):
        full = group.full if label == "PER" else None
        if full is not None and mention.label in ("PER",) + (
            ("ORG", "LOC") if mention.weak else ()
        ):
            surname = full.lemmas[-1]
            if stem_matches(word, surname) or stem_matches(lemma, surname):
                return group
    if is_acronym(word):
        for group, label in zip(groups, labels, strict=True):
            if label == "PER":
                continue
            # "Komisji Nadzoru Finansowego (KNF)": initials, or an abbreviation in brackets
            # right after the full name.
            if _initials(group) == word.upper() or any(
                0 < mention.start - m.end <= 2 for m in group.mentions if len(m.words) > 1
            ):
                return group
    for group, label in zip(groups, labels, strict=True):
        if (label == mention.label or mention.weak) and lemma in group.firsts:
            return group  # "Fundacji" after "Fundacji Batorego", "Tokajev" after "Tokajev"
    for group in groups:
        if any(m.lemmas == [lemma] for m in group.mentions):
            return group  # one word, labelled two ways in two places: one thing still
    sound = skeleton(lemma)
    for group in groups:
        if len(sound) > 3 and sound in group.sounds:
            return group  # the same name in another script: "Раскассэ" and "La Rascasse"
    return None


def _initials(group: Group) -> str:
    longest = max(group.mentions, key=lambda m: len(m.words))
    return "".join(w[0] for w in longest.words if w[:1].isupper()).upper()


def to_entity(group: Group) -> EntityResult:
    """The entity of a group: canonical name, aliases, key and attributes."""
    label, known = group.label, group.known
    mentions = sorted(group.mentions, key=lambda m: m.start)
    if known is not None and known.label == label:
        key, name, attributes = known.key, known.name, dict(known.attributes)
    else:
        attributes: dict[str, Any] = {}
        if label == "PER":
            key = _person_key(group)
            name = " ".join((group.full or mentions[0]).lemmas)
        else:
            first = max(mentions, key=lambda m: len(m.words))
            key = _group_key(first) if first.label == label else f"{label}:{skeleton(first.text)}"
            name = " ".join([first.lemmas[0], *first.words[1:]])
    aliases = {" ".join(m.lemmas) for m in mentions} | {name}
    aliases |= {ascii_fold(a).title() for a in aliases if not a.isascii()}
    aliases.discard(name)
    return EntityResult(
        key=key,
        label=label,
        name=name,
        mentions=tuple(MentionResult(m.text, m.start, m.end) for m in mentions),
        aliases=tuple(sorted(aliases)),
        attributes=attributes,
    )


def resolve(mentions: list[Mention]) -> list[EntityResult]:
    """The document's entities, one per real-world thing, in order of first mention."""
    groups = [g for g in group_mentions(mentions) if not any(m.product for m in g.mentions)]
    entities = [to_entity(group) for group in groups]
    merged: dict[str, EntityResult] = {}
    for entity in sorted(entities, key=lambda e: e.mentions[0].start):
        if entity.key in merged:  # two groups that resolve to one thing: one entity
            first = merged[entity.key]
            merged[entity.key] = EntityResult(
                first.key,
                first.label,
                first.name,
                tuple(sorted(first.mentions + entity.mentions, key=lambda m: m.start)),
                tuple(sorted({*first.aliases, *entity.aliases})),
                first.attributes,
            )
        else:
            merged[entity.key] = entity
    return list(merged.values())
