"""Role facts: a person, the role as written, and the organisation or country of it.

Find, for each person mention, a title word (from the language's titles):
- in the words just before the name ("Portparol Kremlja Dmitrij Peskov", "szef unijnej
  dyplomacji Josep Borrell"), or before a comma and the name ("Madrid's mayor, X");
- heading an apposition after the name ("Yunis Sharifli, nerezidentni saradnik projekta
  China Global South,"), or after a linking verb ("X został rzecznikiem prasowym Grupy").
Build: the role runs from the title (with an adjective, or an organisation or place, just
before it) to the name or to the phrase's end; its organisation is the first organisation
or place named inside it.
"""

import re

from shared.extract.facts.context import COMITATIVE, FactContext, Mention
from shared.extract.facts.sentences import Sentence
from shared.extract.result import FactResult

_WORDS_BEFORE = 7
_WORDS_AFTER = 12
_WORD = re.compile(r"[^\W\d_][\w.'’-]*|\d+\.?")
_BREAK_BEFORE = re.compile(r"[,;:!?()\[\]„“”\"«»–—]|\.\s")
_APPOSITION = re.compile(r"\s*(?:,|\(|–|—|-)\s*")
_APPOSITION_END = re.compile(r"[,;:)(„“”\"«»–—]|\.(?:\s|$)")
# Prepositions and conjunctions that may sit inside a role ("prezes Akcji w Polsce").
_LINKING = frozenset(
    {
        "w", "u", "v", "ve", "в", "za", "i", "и", "a", "of", "for", "and", "the", "der", "des",
        "für", "ds.", "do", "na", "pro", "po",
    }
)  # fmt: skip
# Auxiliaries and reflexives around a linking verb ("postao je", "se stal", "stał się").
_AUXILIARIES = frozenset({"je", "se", "się", "sa", "sú", "ist"})
# What may stand between an owner and its title: a space, or English "'s" ("Madrid's mayor");
# not a preposition ("u Zagrebu s predsjednikom").
_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?\s*")
_ADJECTIVE_ENDINGS = ("ski", "ška", "ški", "ny", "ni", "ní", "ný", "cí", "ий", "ый", "ой")


def find_roles(ctx: FactContext) -> list[FactResult]:
    """The role facts of the document, one per person and role text."""
    facts, seen = [], set()
    for mention in ctx.mentions_in(0, len(ctx.text), "PER"):
        sentence = ctx.sentences[ctx.sentence_index(mention.start)]
        found = (
            _before(ctx, sentence, mention),
            _before_comma(ctx, sentence, mention),
            _after(ctx, mention),
        )
        for start, end in filter(None, found):
            role = ctx.text[start:end].strip(" ,")
            if (mention.key, role.casefold()) in seen:
                continue
            seen.add((mention.key, role.casefold()))
            org = next(iter(ctx.mentions_in(start, end, "ORG LOC")), None)
            facts.append(
                FactResult(
                    type="role",
                    fields={"person": mention.key, "role": role, "org": org and org.key},
                    evidence=sentence.text,
                    start=min(start, mention.start),
                    end=max(end, mention.end),
                    confidence=0.7,
                )
            )
    return facts


def _before(ctx: FactContext, sentence: Sentence, mention: Mention) -> tuple[int, int] | None:
    """The role written just before the name: from its title word to the name."""
    head_start, words = _clause_before(ctx, sentence, mention.start)
    words = _without_linking_verb(ctx, words)
    if not words or ctx.knowledge.is_speech_verb(words[-1].group()):
        return None
    # The role runs from its first title to the name, over nouns, adjectives and linking
    # prepositions only: a verb of saying or a conjunction ends it ("rekao je novinarima
    # da je Putin").
    titles = [i for i, w in enumerate(words) if ctx.knowledge.is_title(w.group().rstrip("."))]
    first = next((i for i in titles if _only_role_words(ctx, words[i + 1 :])), None)
    if first is None:
        return None
    return _role_start(ctx, sentence, head_start, words, first), words[-1].end()


def _without_linking_verb(ctx: FactContext, words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The words before a linking verb that ends them: "Nowym prezesem spółki został",
    "Novi predsjednik stranke postao je" (the role comes first, then the verb, the name)."""
    tail = len(words)
    while tail and words[tail - 1].group().lower() in _AUXILIARIES:
        tail -= 1
    if tail and words[tail - 1].group().lower() in ctx.data.copulas:
        tail -= 1
        while tail and words[tail - 1].group().lower() in _AUXILIARIES:
            tail -= 1
        return words[:tail]
    return words


def _before_comma(ctx: FactContext, sentence: Sentence, mention: Mention) -> tuple[int, int] | None:
    """A role ending in a title just before a comma and the name: "the national
    government delegate in Seville, Ana López", "Madrid's mayor, Juan García"."""
    comma = ctx.text.rfind(",", max(0, mention.start - 3), mention.start)
    if comma < 0 or ctx.text[comma + 1 : mention.start].strip():
        return None
    head_start, words = _clause_before(ctx, sentence, comma)
    titles = [i for i, w in enumerate(words) if ctx.knowledge.is_title(w.group())]
    if not titles or len(words) - titles[-1] > 5:  # the title heads the phrase's end
        return None
    return _role_start(ctx, sentence, head_start, words, titles[-1]), comma


def _clause_before(
    ctx: FactContext, sentence: Sentence, end: int
) -> tuple[int, list[re.Match[str]]]:
    """Where the clause ending at `end` starts, and its last words: punctuation or another
    person's name ends it ("Prime Minister X met Chancellor Y")."""
    breaks = list(_BREAK_BEFORE.finditer(ctx.text, sentence.start, end))
    start = breaks[-1].end() if breaks else sentence.start
    if others := ctx.mentions_in(start, end, "PER"):
        start = others[-1].end
    return start, list(_WORD.finditer(ctx.text, start, end))[-_WORDS_BEFORE:]


def _role_start(
    ctx: FactContext,
    sentence: Sentence,
    head_start: int,
    words: list[re.Match[str]],
    title: int,
) -> int:
    """Where a role starts: at its title, or an adjective before it ("główny ekonomista"),
    or an organisation or place just before it ("Kremlin spokesman", "Madrid's mayor")."""
    for _ in range(2):  # "Hrvatski olimpijski skijaš", "chief financial officer"
        previous = words[title - 1] if title > 0 else None
        if previous and _is_adjective(ctx, previous.group(), previous.start() == sentence.start):
            title -= 1
    start = words[title].start()
    owner = ctx.mentions_in(max(head_start, start - 80), start, "ORG LOC")
    if owner and _POSSESSIVE_GAP.fullmatch(ctx.text[owner[-1].end : start]):
        start = owner[-1].start
    return start


def _only_role_words(ctx: FactContext, words: list[re.Match[str]]) -> bool:
    """No verb ("Soudkyně umožnila X": the judge let X), nor a function word but one
    linking a role's parts."""
    return not any(
        ctx.knowledge.is_speech_verb(w.group())
        or ctx.knowledge.past_gender(w.group()) is not None
        or (ctx.knowledge.is_stop_word(w.group()) and w.group().lower() not in _LINKING)
        for w in words
    )


def _after(ctx: FactContext, mention: Mention) -> tuple[int, int] | None:
    """The role in an apposition after the name, when a title word opens it, or after a
    linking verb ("X został rzecznikiem prasowym Grupy Orlen")."""
    opener = _APPOSITION.match(ctx.text, mention.end)
    apposition = bool(opener and opener.group().strip())
    start = opener.end() if opener and apposition else mention.end
    end_match = _APPOSITION_END.search(ctx.text, start, start + 200)
    end = end_match.start() if end_match else min(len(ctx.text), start + 200)
    others = ctx.mentions_in(start, end, "PER") if apposition else []
    if others:
        end = others[0].start  # "X, met Kremlin spokesman Y": up to the other person
    words = list(_WORD.finditer(ctx.text, start, end))[:_WORDS_AFTER]
    if apposition:
        titles = [i for i, w in enumerate(words[:3]) if ctx.knowledge.is_title(w.group())]
        # a title right before the other person is that person's
        if titles and not (others and titles[-1] == len(words) - 1):
            return start, words[-1].end()
        return None
    linked = next(
        (i for i, w in enumerate(words[:3]) if w.group().lower() in ctx.data.copulas), None
    )
    if linked is None:
        return None
    for index in range(linked + 1, min(len(words), linked + 6)):
        word = words[index].group()
        if word.lower() in COMITATIVE:  # a title after it is the companion's
            return None  # "je razgovarao s predsjednikom X": the title is someone else's
        if ctx.knowledge.is_title(word):
            previous = words[index - 1].group()
            first = index - 1 if index > linked + 1 and _is_adjective(ctx, previous) else index
            end = _role_end(ctx, words[index + 1 : index + 6], words[index].end())
            return (words[first].start(), end) if end else None
    return None


def _role_end(ctx: FactContext, words: list[re.Match[str]], end: int) -> int | None:
    """Where a role after a linking verb ends: before a verb of saying, a conjunction or
    another person; None when the title names another person ("prezident Petr Pavel")."""
    for word in words:
        if ctx.mention_at(word.start(), "PER"):
            return None if word.start() - end <= 1 else end
        text = word.group()
        if ctx.knowledge.is_speech_verb(text) or (
            ctx.knowledge.is_stop_word(text) and text.lower() not in _LINKING
        ):
            return end
        end = word.end()
    return end


def _is_adjective(ctx: FactContext, word: str, opens_sentence: bool = False) -> bool:
    """An adjective before a title: "kazahstanski predsjednik", "główny ekonomista"
    (capitalised only at a sentence's start: "Hrvatski premijer")."""
    if not (word.islower() or (opens_sentence and word[:1].isupper() and word[1:].islower())):
        return False
    if ctx.knowledge.is_stop_word(word) or ctx.knowledge.is_speech_verb(word):
        return False
    if ctx.data.code == "en":  # no morphology: any lowercase word but a verb form
        return word.islower() and not word.endswith(("ed", "ing", "s"))
    lemma = ctx.knowledge.lemma(word).lower()
    return ctx.knowledge.is_demonym(word) or lemma.endswith(
        (*ctx.data.adjective_suffixes, *_ADJECTIVE_ENDINGS, "ový", "ая", "ое")
    )
