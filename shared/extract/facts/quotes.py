"""Quote facts: direct speech and who said it.

Find: text between paired quotation marks of every style („…”, "…", “…”, «…», »…«, ‚…‘,
‘…’, '…') and dash-introduced speech (a line or sentence opening with "–", running to the
dash before the verb of saying; or a line's words up to "– said X"). Titles of works in
quotation marks are left out. Build: the speaker is the person named in the quote's own
sentence next to a verb of saying (before or after the quote); else the person the
neighbouring sentence names with such a verb; else, when the frame says only "he said" or
a title ("rekao je predsjednik"), the previous quote's speaker or the last person with
that title. An organisation may speak when no person does ("przypomina dziennik X").
"""

import re
from dataclasses import dataclass

from shared.extract.facts.agreement import agrees
from shared.extract.facts.context import FactContext, Mention
from shared.extract.result import FactResult

_PAIRS = re.compile(
    r"„([^„“”\"\n]{2,1500}?)[“”\"]"
    r"|“([^“”\n]{2,1500}?)”"
    r"|(?<![\w])\"([^\"\n]{2,1500}?)\"(?!\w)"
    r"|«([^«»\n]{2,1500}?)»"
    r"|»([^«»\n]{2,1500}?)«"
    r"|‚([^‚‘’\n]{2,1500}?)[‘’]"
    r"|(?<![\w])'([^'\n]{2,500}?)'(?!\w)"
    r"|(?<![\w])‘([^‘\n]{2,500}?)’(?!\w)"
)
_CLOSING = {"„": '“”"', "“": "”", "«": "»", "»": "«", '"': '"'}
_OPENING_LINE = re.compile(r"(?:^|(?<=\n))[ \t]*([„“«»\"])(?=\w)")
_DASH_OPEN = re.compile(r"(?:^|(?<=\n)|(?<=[.!?…]\s))[ \t]*[–—-]\s+(?=\S)")
_DASH_CLOSE = re.compile(r"[,.!?…]?\s+[–—]\s+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# After the closing mark, a comma or dash and a lowercase word: the attribution clause.
_CLAUSE_AFTER = re.compile(r"[“”\"»«’']?\s*[,–—-]+\s*(?=[^\W\d_])(?=[^A-ZА-ЯЁŠĐČĆŽ])")
_CONJUNCTIONS = frozenset({"kako", "da", "że", "iż", "что", "чтобы", "dass", "that", "že", "jak"})
_SHORT = 4  # words: a shorter quotation needs a speaker in its own sentence
# Third-person pronouns that may stand before a verb of saying, in our languages.
_PRONOUNS = frozenset(
    {
        "he", "she", "they", "er", "sie", "on", "ona", "oni", "one", "ono", "он", "она",
        "они", "він", "вона", "вони",
    }
)  # fmt: skip


@dataclass(frozen=True)
class _Quote:
    start: int
    end: int  # of the quoted text, without the marks
    frame_start: int
    frame_end: int  # the sentences around it


def find_quotes(ctx: FactContext, roles: list[FactResult]) -> list[FactResult]:
    """The quote facts of the document, in text order."""
    facts: list[FactResult] = []
    previous: str | None = None
    previous_end = 0
    for quote in _find(ctx):
        text = ctx.text[quote.start : quote.end].strip().rstrip(",")
        words = _WORD.findall(text)
        if len(words) < 2 or all(w[0].isupper() for w in words):
            continue  # a title or a name in quotation marks
        # Speech going on with nobody else named in between is the same speaker's.
        continuing = previous is not None and not ctx.mentions_in(previous_end, quote.start, "PER")
        speaker, confidence = _speaker(ctx, quote, roles, previous if continuing else None)
        if (speaker is None and len(words) < _SHORT * 2) or (
            confidence < 0.6 and len(words) < _SHORT
        ):
            continue
        if _is_a_name(ctx, quote, words):
            continue
        if confidence >= 0.7:
            previous, previous_end = speaker, quote.frame_end
        facts.append(
            FactResult(
                type="quote",
                fields={"speaker": speaker, "text": text},
                evidence=ctx.text[quote.frame_start : quote.frame_end],
                start=quote.start,
                end=quote.end,
                confidence=confidence,
            )
        )
    return facts


def _is_a_name(ctx: FactContext, quote: _Quote, words: list[str]) -> bool:
    """A title of a work or a programme in quotation marks: capitalised, inside a sentence,
    with no verb of saying ("film „Ljubav i drugi zločini” redatelja …")."""
    inside = ctx.text[quote.frame_start : quote.start].strip(" „“\"«»‚'") != ""
    if not inside or not words[0][0].isupper() or len(words) >= 2 * _SHORT:
        return False
    return not _frame_verbs(ctx, quote) and not _after_colon(ctx, quote)


def _find(ctx: FactContext) -> list[_Quote]:
    spans: list[tuple[int, int]] = []
    for m in _PAIRS.finditer(ctx.text):
        group = next(i for i in range(1, 9) if m.group(i) is not None)
        spans.append((m.start(group), m.end(group)))
    unclosed = _unclosed(ctx)
    for start, end in [*_dash_speech(ctx), *unclosed]:
        if not any(s < end and start < e for s, e in spans):
            spans.append((start, end))
    quotes = []
    for start, end in sorted(spans):
        first = ctx.sentences[ctx.sentence_index(start)]
        last = ctx.sentences[ctx.sentence_index(max(start, end - 1))]
        frame_end = max(last.end, _sentence_end(ctx, end))
        if (start, end) in unclosed:  # its speaker is named where the speech goes on
            following = ctx.sentence_index(end) + 1
            if following < len(ctx.sentences):
                frame_end = max(frame_end, _sentence_end(ctx, ctx.sentences[following].start))
        quotes.append(_Quote(start, end, min(first.start, start), frame_end))
    return quotes


def _dash_speech(ctx: FactContext) -> list[tuple[int, int]]:
    """Speech opened by a dash (at a line's start or after a sentence), running to the
    dash before its verb of saying or to the line's end; and a line's first words when a
    dash and a verb of saying follow them ("Sprzeciwiamy się … – podkreśliła X")."""
    spans = []
    openers = {m.end() for m in _DASH_OPEN.finditer(ctx.text)}
    line_starts = [0, *(m.end() for m in re.finditer(r"\n\s*", ctx.text))]
    for start in sorted(openers | set(line_starts)):
        line_end = ctx.text.find("\n", start)
        line_end = len(ctx.text) if line_end < 0 else line_end
        close = next(
            (c for c in _DASH_CLOSE.finditer(ctx.text, start, line_end) if _verb_follows(ctx, c)),
            None,
        )
        if start in openers:
            end = close.start() + (ctx.text[close.start()] in "!?…") if close else line_end
            spans.append((start, end))
        elif (
            close is not None
            and ctx.text[start] not in "–—-"
            and not any(start <= o < close.start() for o in openers)
        ):
            spans.append((start, close.start() + (ctx.text[close.start()] in "!?…")))
    return spans


def _unclosed(ctx: FactContext) -> list[tuple[int, int]]:
    """A quotation opened at a line's start and not closed in the line: speech going on
    into the next paragraph, which opens with the mark again (English and Polish style)."""
    spans = []
    for m in _OPENING_LINE.finditer(ctx.text):
        line_end = ctx.text.find("\n", m.end())
        line_end = len(ctx.text) if line_end < 0 else line_end
        if not any(mark in ctx.text[m.end() : line_end] for mark in _CLOSING[m.group(1)]):
            spans.append((m.end(), line_end))
    return spans


def _verb_follows(ctx: FactContext, close: re.Match[str]) -> bool:
    """A verb of saying among the two words after a closing dash ("– mówi", "– dodał X")."""
    words = _WORD.findall(ctx.text, close.end(), close.end() + 60)[:2]
    return any(ctx.knowledge.is_speech_verb(w) for w in words)


def _sentence_end(ctx: FactContext, offset: int) -> int:
    sentence = ctx.sentences[ctx.sentence_index(offset)]
    return max(sentence.end, offset)


def _has_speech_verb(ctx: FactContext, start: int, end: int) -> bool:
    return any(
        ctx.knowledge.is_speech_verb(w.group()) for w in _WORD.finditer(ctx.text, start, end)
    )


def _speaker(
    ctx: FactContext, quote: _Quote, roles: list[FactResult], previous: str | None
) -> tuple[str | None, float]:
    """The speaker's entity key and the confidence of the attribution."""
    verbs = _frame_verbs(ctx, quote)
    if not verbs and (clause := _CLAUSE_AFTER.match(ctx.text, quote.end)):
        verbs = [clause.end()]  # '"…", ustvrdio je X': a verb we do not know, after the quote
    gender = _verb_gender(ctx, verbs)
    found, confidence = _speaker_by_place(ctx, quote, roles, previous, verbs, gender)
    if found is not None and not agrees(ctx, found, gender):
        return None, 0.3
    return found, confidence


def _verb_gender(ctx: FactContext, verbs: list[int]) -> str | None:
    """The gender of the first verb of saying in the past tense ("rekla": "f")."""
    for verb in verbs:
        word = _WORD.match(ctx.text, verb)
        if word and (gender := ctx.knowledge.past_gender(word.group())):
            return gender
    return None


def _speaker_by_place(
    ctx: FactContext,
    quote: _Quote,
    roles: list[FactResult],
    previous: str | None,
    verbs: list[int],
    gender: str | None,
) -> tuple[str | None, float]:
    """The speaker found where the text names one, of the verb's gender when it has one."""
    people = [
        m
        for s, e in _outside(quote)
        for m in ctx.mentions_in(s, e, "PER")
        if agrees(ctx, m.key, gender)
    ]
    colon = _after_colon(ctx, quote)
    if people and (verbs or colon):
        return _nearest_to_verb(people, verbs, quote).key, 0.9
    if verbs or colon:
        # "he told the BBC": after a pronoun, the organisation is whom it was said to
        speaking = not _pronoun_subject(ctx, verbs)
        if speaking and (organisation := _speaking_organisation(ctx, verbs, quote.frame_end)):
            return organisation, 0.7
        if titled := _titled_person(ctx, quote, roles):
            return titled, 0.7
    if found := _neighbour(ctx, quote):
        return found, 0.75
    opens = not ctx.text[quote.frame_start : quote.start].strip(" „“\"«»‚'‘–—-")
    if previous and (verbs or colon or opens):
        return previous, 0.7  # speech going on; not a term quoted inside a sentence
    if verbs and (subject := _last_person_before(ctx, quote)):
        return subject, 0.6  # "…, pohvalio je …": the subject is the person named last
    if len({m.key for m in people}) == 1:
        return people[0].key, 0.5  # the one person its sentence names, no verb
    return None, 0.3


def _pronoun_subject(ctx: FactContext, verbs: list[int]) -> bool:
    """A personal pronoun right before a verb of saying: "she said", "er sagte"."""
    for verb in verbs:
        before = _WORD.findall(ctx.text, max(0, verb - 12), verb)
        if before and before[-1].lower() in _PRONOUNS:
            return True
    return False


def _outside(quote: _Quote) -> tuple[tuple[int, int], tuple[int, int]]:
    """The quote's frame less the quote: the words around it."""
    return (quote.frame_start, quote.start), (quote.end, quote.frame_end)


def _frame_verbs(ctx: FactContext, quote: _Quote) -> list[int]:
    """Where the verbs of saying (or words like "according to", "laut") around the quote
    start."""
    return [
        w.start()
        for s, e in _outside(quote)
        for w in _WORD.finditer(ctx.text, s, e)
        if _attributes(ctx, w.group())
    ]


def _attributes(ctx: FactContext, word: str) -> bool:
    return word.lower() in ctx.data.attribution_words or ctx.knowledge.is_speech_verb(word)


def _after_colon(ctx: FactContext, quote: _Quote) -> bool:
    return ctx.text[max(0, quote.start - 3) : quote.start].rstrip("„“\"«»‚' ").endswith(":")


def _last_person_before(ctx: FactContext, quote: _Quote) -> str | None:
    """The last person named in the two sentences before the quote's."""
    index = ctx.sentence_index(quote.frame_start)
    start = ctx.sentences[max(0, index - 2)].start
    people = ctx.mentions_in(start, quote.start, "PER")
    return people[-1].key if people else None


def _nearest_to_verb(people: list[Mention], verbs: list[int], quote: _Quote) -> Mention:
    """The subject: after a verb that follows the quote ("rekao je X"), the first person
    after the verb; before the quote, the first person of the clause ("X je rekao: …")."""
    after = [v for v in verbs if v >= quote.end]
    if after:
        following = [m for m in people if m.start > after[0]]
        # A full name before a lone word: "mówił do polityków Lewicy Borys Budka".
        if full := [m for m in following if " " in m.text]:
            return full[0]
        if following:
            return following[0]
    if verbs and (leading := [m for m in people if m.end <= quote.start]):
        return leading[0]
    anchor = verbs[0] if verbs else quote.start
    return min(people, key=lambda m: abs(m.start - anchor))


def _speaking_organisation(ctx: FactContext, verbs: list[int], end: int) -> str | None:
    """An organisation right after the verb: "przypomina dziennik „Kommiersant”"."""
    for verb in verbs:
        for m in ctx.mentions_in(verb, min(verb + 60, end), "ORG"):
            between = _WORD.findall(ctx.text[verb : m.start])
            if len(between) > 4 or any(w.lower() in _CONJUNCTIONS for w in between):
                continue  # "dodao je kako Vlada …": the organisation is in another clause
            if not (len(between) > 1 and ctx.knowledge.is_title(between[-1])):
                return m.key  # not "szef NATO": a title before it makes it a person's
    return None


def _neighbour(ctx: FactContext, quote: _Quote) -> str | None:
    """The person named with a verb of saying in the sentence after or before the quote,
    when the quote is a sentence of its own."""
    first = ctx.sentence_index(quote.frame_start)
    last = ctx.sentence_index(max(quote.frame_start, quote.frame_end - 1))
    for neighbour in (last + 1, first - 1):
        if not 0 <= neighbour < len(ctx.sentences):
            continue
        sentence = ctx.sentences[neighbour]
        between = ctx.text[min(sentence.end, quote.frame_end) : max(sentence.start, quote.start)]
        if "\n" in between or not _has_speech_verb(ctx, sentence.start, sentence.end):
            continue
        if neighbour < first and not sentence.text.endswith(":"):
            continue
        if people := ctx.mentions_in(sentence.start, sentence.end, "PER"):
            return people[0].key
    return None


def _titled_person(ctx: FactContext, quote: _Quote, roles: list[FactResult]) -> str | None:
    """The one person whose role has the title the frame uses ("rekao je portparol")."""
    frame_words = {
        ctx.knowledge.lemma(w.group()).lower()
        for s, e in _outside(quote)
        for w in _WORD.finditer(ctx.text, s, e)
        if ctx.knowledge.is_title(w.group())
    }
    if not frame_words:
        return None
    people = {
        role.fields["person"]
        for role in roles
        if frame_words
        & {ctx.knowledge.lemma(w).lower() for w in _WORD.findall(role.fields["role"])}
    }
    return people.pop() if len(people) == 1 else None
