"""factdrop_candidates: find proper-noun sequences and the cues around them.

A candidate is a run of capitalised tokens (with hyphens, initials and name-internal
connectors such as "of", "für", "im."), cut where a title, a nationality word, a month or
an ordinary word stands, so that "predsjednik Vladimir Putin" yields "Vladimir Putin" with
the cue "title before". Sentence-initial words and title-case headline words are kept only
when the lexicon does not know their lowercase form as an ordinary word; in German every
noun is capitalised, so known nouns end a run wherever they stand.
"""

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from shared.extract.knowledge import Knowledge
from shared.extract.lang._clubs import CLUB_PREFIXES
from shared.extract.org_names import OrgNameRules
from shared.extract.script import is_acronym, is_capitalised
from shared.extract.shapes import (
    CONJUNCTIONS,
    Cues,
    Tokens,
    headline_lines,
    is_name_token,
    sentence_starts,
    tokens_of,
)

SPAN_KEY = "factdrop_candidates"
_PRODUCT_CODE = re.compile(r"\w+-\d+\w*")


class CandidateFinder(OrgNameRules):
    """The stateful component: language knowledge is loaded once, in the factory."""

    def __call__(self, doc: Tokens) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[tuple[int, int, Cues]]:
        """(start, end, cues) of every candidate, in token offsets."""
        return self._match(tokens_of(doc))

    def _match(self, doc: Tokens) -> list[tuple[int, int, Cues]]:
        starts = sentence_starts(doc)
        headline = headline_lines(doc)
        # Words the document also capitalises inside a sentence are names at its start too.
        self._named = {
            text
            for i, text in enumerate(t.text for t in doc)
            if text[:1].isupper() and not starts[i] and i not in headline
        }
        self._lowercase = {t.text for t in doc if t.text.islower()}
        found: list[tuple[int, int, Cues]] = []
        i = 0
        while i < len(doc):
            if not is_name_token(doc[i]):
                i += 1
                continue
            end = self._run_end(doc, i)
            found.extend(self._split(doc, i, end, starts, headline))
            i = end
        for start, end in self._legal_form_names(doc):
            # "Jadranska plovidba d.d.": a company, though written in sentence case
            cues = Cues(org_before=True)
            self._context(doc, start, end, cues, starts, headline)
            found = [f for f in found if f[1] <= start or f[0] >= end] + [(start, end, cues)]
        for i in self._domain_names(doc):
            if not any(start <= i < end and end - start > 1 for start, end, _ in found):
                cues = Cues()
                self._context(doc, i, i + 1, cues, starts, headline)
                found = [f for f in found if f[0] != i] + [(i, i + 1, cues)]
        return sorted(found, key=lambda f: f[0])

    def _run_end(self, doc: Tokens, start: int) -> int:
        """End of the run of name tokens from `start`, across hyphens and connectors."""
        end = start + 1
        while end < len(doc):
            token, prev = doc[end], doc[end - 1]
            if prev.whitespace_ == "" and token.text == "-" and end + 1 < len(doc):
                after = doc[end + 1]
                if is_name_token(after) and token.whitespace_ == "":
                    end += 2  # Kasim-Žomart, Kosiniak-Kamysz
                    continue
                if self.knowledge.is_event_word(f"{prev.text}-{after.text}"):
                    end += 2  # "Гран-при Монако": the event's name goes on
                    continue
                if is_acronym(prev.text) and after.is_lower and len(after) <= 3:
                    if self.knowledge.data.code in ("en", "de"):
                        break  # "US-led", "EU-weit": no case endings there
                    end += 2  # a case ending on an abbreviation: SAD-u, NRO-a
                if (
                    end - start >= 2
                    and not is_acronym(prev.text)
                    and after.is_lower
                    and after.is_alpha
                    and token.whitespace_ == ""
                    and 2 <= len(after) <= 4
                ):
                    end += 2  # a Korean given name ends the name: Son Heung-min
                break
            if is_name_token(token) and "\n" not in prev.whitespace_ and not prev.is_space:
                end += 1
                continue
            if (
                token.text == "."
                and len(prev.text) <= 2
                and is_capitalised(prev.text)
                and end + 1 < len(doc)
                and is_name_token(doc[end + 1])
            ):
                end += 1  # an initial or abbreviation: "J. Smith", "St. Petersburg"
                continue
            length = self._connector(doc, end)
            if length and not self._person_after(doc, start, end, length):
                end += length + 1
                continue
            if (
                token.lower_ in CONJUNCTIONS
                and end + 1 < len(doc)
                and is_name_token(doc[end + 1])
                and (
                    prev.text.endswith("-")  # "Luft- und Raumfahrt": a head left out
                    or self._org_part(doc, start, end)  # "Ministerium für Bildung und …"
                    or self._org_goes_on(doc, start, end)
                    or self._known_name(doc, start, end + 2)
                )
            ):
                end += 2  # "Bosna i Hercegovina", "Trinidad and Tobago"
                continue
            break
        end += self._lowercase_head(doc, start, end)
        return end + self._prepositional_tail(doc, end)

    def _country_in_case(self, doc: Tokens, i: int) -> bool:
        """ "do Czech", "z Niemiec", "prezydent Polski": after a preposition or a title, a
        nationality word that the dictionary also reads as a place's form is the country
        in its case ("z Czechem", with a Czech, has no such reading)."""
        previous = doc[i - 1].text if i else ""
        return (
            previous.islower()
            and (len(previous) <= 3 or self.knowledge.is_title(previous))
            and self.knowledge.country_in_case(doc[i].text) is not None
        )

    def _split(
        self, doc: Tokens, start: int, end: int, starts: list[bool], headline: set[int]
    ) -> list[tuple[int, int, Cues]]:
        """Cut a run where titles, nationality words, months or ordinary words stand."""
        knowledge = self.knowledge
        club = next((i for i in range(start, end - 1) if doc[i].text in CLUB_PREFIXES), None)
        if club is not None:  # "(Der) FC Bayern München": one club, not a place and a city
            cues = Cues()  # the classifier labels it by its abbreviation
            self._context(doc, club, end, cues, starts, headline)
            before = self._split(doc, start, club, starts, headline) if club > start else []
            return [*before, (club, end, cues)]
        pieces: list[tuple[int, int, Cues]] = []
        cues = Cues()
        piece_start = start
        for i in range(start, end):
            text = doc[i].text
            if not is_name_token(doc[i]):
                if i == piece_start:
                    piece_start += 1  # a connector after a cut word: "Aktien des | Siemens"
                continue  # hyphens, initials' dots and connectors stay inside
            if i == piece_start and end - i > 1 and self._known_name(doc, i, end):
                break  # "(Angaben der) Vereinte Nationen": known, however ordinary its words
            drop = ""
            if knowledge.is_calendar(text):
                drop = "calendar"
            elif (
                knowledge.is_title(text)
                and not is_acronym(text)
                and not (knowledge.data.code == "en" and self._names_an_org(doc, i, end))
                # "Kancelaria Prezydenta", "Офіс Президента": the title names the office
                and not (
                    knowledge.data.code != "en"
                    and i > piece_start
                    and knowledge.is_org_word(doc[i - 1].text)
                )
            ):
                drop = "title"  # but "General Civil Aviation Authority" keeps its first word
            elif (
                knowledge.data.code == "en"
                and i + 1 < end
                and knowledge.is_title(doc[i + 1].text)
                and knowledge.is_common(text)
            ):
                drop = "title"  # "Transport Secretary", "Foreign Minister": part of the title
            elif (
                i == piece_start
                and knowledge.is_demonym(text)
                and not self._names_an_org(doc, i, end)
                and not self._country_in_case(doc, i)
            ):
                drop = "demonym"  # leading only: "Republike Srpske" keeps its adjective
            elif _PRODUCT_CODE.fullmatch(text):
                drop = "product"  # "NROL-32", "F-35B": products and models are not entities
            elif (
                starts[i]
                and knowledge.is_org_word(text)
                and i + 1 < end
                and not doc[i + 1].is_lower
                and not self._adjectival(doc[i + 1].text)  # "Sąd Najwyższy" is one name
                and not knowledge.is_common(doc[i + 1].text)  # "Rada Ministrów" too
                and not self._known_place(doc[i + 1].text, 0)  # "Vlada Srbije" too
            ):
                drop = "org_word"  # "Компания Google": a descriptor capitalised by position
            elif (
                i == piece_start
                and not knowledge.data.compound_heads
                and knowledge.is_company_word(text)
                and i + 1 < end
                and is_name_token(doc[i + 1])
            ):
                drop = "org_word"  # "Uprave | Croatia osiguranja": the board, not the name
            elif i == piece_start and self._describes(doc, i, end):
                # "Großbank Barclays", "Softwarehersteller SAP": a German noun that says
                # what the name is; an organisation word is the organisation's cue.
                drop = "org_word" if knowledge.is_org_word(text) else "title"
            elif (
                self._ordinary(doc, i, starts, headline)
                # the name after a kind of company ("Autobauer | Volkswagen") is no noun
                and not (i == piece_start and cues.org_before and not knowledge.info(text).common)
                and not self._org_part(doc, piece_start, i)
                and not self._heads_lowercase_name(doc, i, end)
                and not (not starts[i] and self._german_attribute(doc, piece_start, i, end))
            ):
                # "Das Unternehmen | Siemens": an ordinary organisation word still cues
                drop = "org_word" if knowledge.is_org_word(text) else "common"
            elif i > piece_start and (
                (is_acronym(doc[i - 1].text) and self._adjectival(text))
                or self._person_after_acronym(doc, piece_start, i, end)
                or self._first_name_starts(doc, i, end)
                or self._place_ends(doc, piece_start, i, end)
                or self._org_ends(doc, piece_start, i, end)
            ):
                # "PSL | Władysław Kosiniak-Kamysz": a title before the run is the person's,
                # and what stands between names whom the title serves ("prezes Orlenu").
                pieces.append((piece_start, i, Cues(owner=cues.title)))
                cues = Cues(title=cues.title)
                piece_start = i
                continue
            if drop:
                if piece_start < i:
                    pieces.append((piece_start, i, cues))
                cues = Cues(title=drop == "title", org_before=drop == "org_word")
                piece_start = i + 1
        if piece_start < end:
            pieces.append((piece_start, end, cues))
        result = []
        for s, e, piece_cues in pieces:
            s, e = self._strip_connectors(doc, s, e)
            if e - s == 1 and len(doc[s].text) == 1:
                continue  # a lone letter: an initial or a list mark, not a name
            if s < e:
                self._context(doc, s, e, piece_cues, starts, headline)
                result.append((s, e, piece_cues))
        return result

    def _strip_connectors(self, doc: Tokens, start: int, end: int) -> tuple[int, int]:
        while start < end and not is_name_token(doc[start]):
            start += 1
        while end > start and not is_name_token(doc[end - 1]) and not self._head(doc, end - 1):
            end -= 1
        return start, end

    def _head(self, doc: Tokens, i: int) -> bool:
        """A lowercase word that `_lowercase_head` let into the name, or the district
        number `_prepositional_tail` did ("soud pro Prahu 9")."""
        if doc[i].is_digit:
            return (
                i > 1
                and is_name_token(doc[i - 1])
                and doc[i - 2].lower_ in self.knowledge.data.org_prepositions
            )
        return (
            doc[i].is_lower
            and doc[i].is_alpha
            and doc[i].lower_ not in self.knowledge.data.connectors
        )

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, Cues]]) -> None:
        spans = []
        for start, end, cues in matches:
            span = Span(doc, start, end)
            span._.factdrop_cues = cues
            spans.append(span)
        doc.spans[SPAN_KEY] = spans


@Language.factory(
    "factdrop_candidates",
    default_config={"lang": "xx", "knowledge": {"@misc": "factdrop.knowledge.v1"}},
)
def make_candidates(
    nlp: Language, name: str, lang: str, knowledge: Callable[[str], Knowledge]
) -> CandidateFinder:
    """Proper-noun sequences of language `lang` into doc.spans["factdrop_candidates"]."""
    return CandidateFinder(knowledge(lang))
