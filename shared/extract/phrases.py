"""Phrase rules of the candidate finder: where a run of name words ends or splits, which
lowercase words a name takes along ("Evropske unije", "Ministarstvo kulture"), which
capitalised words are ordinary, and the cues around a candidate (titles, verbs of saying,
organisation words, prepositions, model numbers)."""

from shared.extract.knowledge import Knowledge, get_knowledge
from shared.extract.lang._locatives import LOCATIVE_PREPOSITIONS, STAKE_WORDS
from shared.extract.lang._members import MEMBER_PREPOSITIONS, MEMBER_WORDS
from shared.extract.lang._name_particles import NAME_PARTICLES
from shared.extract.script import is_acronym, is_capitalised, is_mixed_case_name
from shared.extract.shapes import AUXILIARIES, CONJUNCTIONS, Cues, Tok, Tokens, is_name_token

_POSSESSIVE = (
    "ova",
    "ovo",
    "ův",
    "ovu",
    "ovy",
    "ově",
    "ovi",
    "ina",
    "ino",
    "evo",
    "eva",
    "ov",
    "ev",
)
_SURNAME_ENDINGS = ("ić", "vić", "ski", "ska", "cki", "cka", "ov", "ova", "ev", "eva", "enko")
# Verbal nouns of bs/hr/sr, in the cases an institution's name uses ("za izviđanje",
# "zavod za zapošljavanje", "ministarstvo obrazovanja"): nouns, though "-nje" ends
# adjectives too ("srednje").
_VERBAL_NOUN_ENDINGS = ("anje", "enje", "anja", "enja", "anju", "enju")
# Inflected adjective endings (bs/hr/sr, cs, ru, uk), for lemmas the lemmatiser misses.
_ADJECTIVE_ENDINGS = (
    "ske",
    "skoj",
    "skog",
    "ne",
    "noj",
    "nog",
    "nje",
    "njoj",
    "njeg",
    "ská",
    "ské",
    "ih",
    "ých",
    "ích",
    "ský",
    "ný",
    "ná",
    "ní",
    "ская",
    "ской",
    "ский",
    "ного",
    "ной",
    "ный",
    "ная",
    "ські",
    "ська",
    "ної",
    "ний",
)


def _connector_tokens(phrase: str) -> tuple[str, ...]:
    """A connector as spaCy tokenises it: "im." -> ("im", ".")."""
    tokens: list[str] = []
    for word in phrase.split():
        tokens += [word[:-1], "."] if word.endswith(".") and len(word) > 1 else [word]
    return tuple(tokens)


class PhraseRules:
    """Questions about words in context; the candidate finder builds on them."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self._named: set[str] = set()  # words the document capitalises inside sentences
        self._lowercase: set[str] = set()  # words the document writes in lowercase
        # Connectors as token sequences: "im." is two tokens, "na rzecz" two words.
        self._connectors = sorted(
            {_connector_tokens(p) for p in knowledge.data.connectors | NAME_PARTICLES}, key=len
        )[::-1]
        self._connector_starts = {tokens[0] for tokens in self._connectors}

    def _connector(self, doc: Tokens, i: int) -> int:
        """How many tokens from `i` make connectors that a name word follows ("von der"),
        else 0."""
        if doc[i].lower_ not in self._connector_starts:
            return 0
        length = 0
        while found := next(
            (
                len(tokens)
                for tokens in self._connectors
                if i + length + len(tokens) <= len(doc)
                and all(doc[i + length + k].lower_ == w for k, w in enumerate(tokens))
            ),
            0,
        ):
            length += found
        after = i + length
        return length if length and after < len(doc) and is_name_token(doc[after]) else 0

    def _lowercase_head(self, doc: Tokens, start: int, end: int) -> int:
        """How many lowercase words the name goes on with: "Evropske unije", "Брукхейвенской
        национальной лаборатории" (up to two adjectives, then a head noun, after a
        capitalised adjective), "Ministarstvo kulture" (a genitive after a capitalised
        organisation word)."""
        knowledge = self.knowledge
        if (
            end >= len(doc)
            or not knowledge.data.adjective_suffixes
            or doc[end - 1].whitespace_ == ""
        ):
            return 0
        last = doc[end - 1].lower_
        station = doc[end - 1].text
        if (is_acronym(station) or is_mixed_case_name(station)) and doc[end].lower_ in _MEDIA_WORDS:
            return 1  # "SKAI radio", "N1 televizija": the station's name
        for k in range(3):
            if end + k >= len(doc):
                return 0
            word = doc[end + k]
            if not word.is_lower or not word.is_alpha or knowledge.is_stop_word(word.text):
                break
            if k and not self._adjectival(doc[end + k - 1].text):
                break  # only adjectives stand between: "národní banka", "nacionalnog ureda"
            if knowledge.is_org_word(word.text) or knowledge.is_loc_word(word.text):
                # After an adjective only: "Evropske unije", not "Fialova vláda" (Fiala's
                # government) or "Stanjury vláda". Read in lowercase, a word may be one
                # ("Ustavni sud"); a country's name then needs another adjective between
                # ("Hrvatska narodna banka", not "u Hrvatskoj banke").
                lowercase_adjective = self._adjectival(last) and (
                    k > 0 or not self._known_place(doc[end - 1].text, 0)
                )
                if knowledge.is_org_word(last) or not (
                    self._adjectival(doc[end - 1].text) or lowercase_adjective
                ):
                    return 0
                # "Središnja banka Rumunjske": a place or acronym in the genitive may follow.
                after = end + k + 1
                return k + 2 if after < len(doc) and self._genitive_name(doc[after]) else k + 1
        if not knowledge.is_org_word(doc[end - 1].text):
            return 0
        # "Ministarstvo kulture", "Udruga romske folklorne umjetnosti": an organisation word,
        # up to two adjectives, then a noun in the genitive.
        for k in range(3):
            if end + k >= len(doc):
                return 0
            word = doc[end + k]
            if not word.is_lower or not word.is_alpha or knowledge.is_stop_word(word.text):
                return 0
            if knowledge.is_title(word.text):
                return 0  # "w Sejmie | premier Tusk": a title starts the next name
            if self._genitive(word.text) and not self._adjectival(word.text):
                return 0 if self._verb(word.text) else k + 1
            if not self._adjectival(word.text):
                return 0
        return 0

    def _prepositional_tail(self, doc: Tokens, end: int) -> int:
        """How many words an institution's name goes on with after its preposition, up to
        the noun that ends it: "Državni zavod | za statistiku", "Ministerstvo | pro místní
        rozvoj", "Служба | по надзору"."""
        knowledge = self.knowledge
        if (
            end + 1 >= len(doc)
            or doc[end].lower_ not in knowledge.data.org_prepositions
            or not knowledge.is_org_word(doc[end - 1].text)
        ):
            return 0
        for k in range(1, 4):
            if end + k >= len(doc):
                return 0
            word = doc[end + k]
            if k == 1 and self._known_place(word.text, 0) and is_capitalised(word.text):
                # "Obvodní soud | pro Prahu 9": a court or office for a place (and district)
                number = end + 2 < len(doc) and doc[end + 2].is_digit
                return 2 + number
            if not word.is_lower or not word.is_alpha or knowledge.is_stop_word(word.text):
                return 0  # "Vlada za sada …": an adverb, not a name's noun
            if k > 1 and self._verb(word.text):
                return k  # "zavod za zapošljavanje | objavio": the sentence's verb
            if not self._adjectival(word.text):
                return k + 1 + self._second_noun(doc, end + k + 1)  # the noun: "za statistiku"
        return 0

    def _second_noun(self, doc: Tokens, i: int) -> int:
        """Two words when "i" and a second noun follow the first ("Fond za investicije | i
        razvoj"), else none."""
        if i + 1 >= len(doc) or doc[i].lower_ not in CONJUNCTIONS:
            return 0
        word = doc[i + 1]
        plain = word.is_lower and word.is_alpha and not self.knowledge.is_stop_word(word.text)
        return 2 if plain and not self._verb(word.text) and not self._adjectival(word.text) else 0

    def _genitive_name(self, token: Tok) -> bool:
        text = token.text
        if is_acronym(text):
            return not self.knowledge.is_common_abbreviation(text)
        return is_capitalised(text) and self._known_place(text, 0)

    def _genitive(self, word: str) -> bool:
        """A noun or adjective in the genitive (Polish: by morfeusz; else by its ending)."""
        if self.knowledge.data.lemmatiser == "morfeusz":
            info = self.knowledge.info(word)
            return info.pos == "noun" and "gen" in info.case
        # Elsewhere by its ending: a noun's genitive, not an adjective's ("romske").
        return (
            len(word) > 3
            and word.endswith(("e", "a", "i", "y", "u", "ů", "í", "ы", "и", "а"))
            and not word.endswith(("ske", "ske", "ne", "ih", "og", "ého", "ní", "ой", "ого"))
        )

    def _verb(self, word: str) -> bool:
        """A verb form, by its infinitive ("schválila" -> "schválit"): "Vláda schválila"."""
        return self.knowledge.is_verb_form(word)

    def _known_name(self, doc: Tokens, start: int, end: int) -> bool:
        """Whether the words are a name the gazetteer knows (a country, region or
        organisation; not a town, whose names are often ordinary words)."""
        words = [t.text for t in doc[start:end]]
        lemmas = [self.knowledge.lemma(w) for w in words]
        return self.knowledge.gazetteer.find(words, lemmas, cities=False) is not None

    def _known_org(self, word: str) -> bool:
        """An organisation the gazetteer knows by this one word, as written."""
        known = self.knowledge.gazetteer.find([word], [word], cities=False, loose=False)
        return known is not None and known.label == "ORG"

    def _adjectival(self, word: str) -> bool:
        """An adjective: "FIS | Svjetskog (kupa)" is no single name; "Evropske" may head one."""
        knowledge = self.knowledge
        lowered = word.lower()
        if lowered.endswith(_POSSESSIVE) or lowered.endswith(_VERBAL_NOUN_ENDINGS):
            return False
        lemma = knowledge.lemma(word).lower()
        return (
            knowledge.info(word).pos == "adj"
            or lowered.endswith(_ADJECTIVE_ENDINGS)
            or (
                bool(knowledge.data.adjective_suffixes)
                and lemma.endswith(knowledge.data.adjective_suffixes)
            )
            # a long form over its short-form lemma: "ustavni", "narodna" -> "ustavan", "narodan"
            or (len(lowered) > 4 and lemma == lowered[:-2] + "an" and lowered[-2] == "n")
        )

    def _first_name_starts(self, doc: Tokens, i: int, end: int) -> bool:
        """A known first name followed by another name word, not right after a connector."""
        knowledge = self.knowledge
        if i + 1 >= end or not is_name_token(doc[i - 1]) or is_acronym(doc[i].text):
            return False
        if knowledge.is_first_name(doc[i].text) and not knowledge.is_first_name(doc[i - 1].text):
            return True
        # "Aktiva | Mladen Bojanić": a first name and a surname at the end of a longer run.
        return (
            i == end - 2
            and doc[i - 1].whitespace_ != ""
            and doc[end - 1].lower_.endswith(_SURNAME_ENDINGS)
            and not knowledge.is_common(doc[i].text)  # "Rozwoju | Gospodarczego Polski"
            and not knowledge.is_first_name(doc[i - 1].text)
            and ((i - 1 > 0 and is_name_token(doc[i - 2])) or is_acronym(doc[i - 1].text))
        )

    def _person_after_acronym(self, doc: Tokens, start: int, i: int, end: int) -> bool:
        """An abbreviation, then two or three words of a name: "STAN | Vít Rakušan"."""
        knowledge = self.knowledge
        names = [t.text for t in doc[i:end] if is_name_token(t)]
        return (
            i == start + 1
            and is_acronym(doc[start].text)
            and 2 <= len(names) <= 3
            and not any(
                is_acronym(w) or knowledge.is_common(w) or knowledge.is_org_word(w) for w in names
            )
        )

    def _place_ends(self, doc: Tokens, start: int, i: int, end: int) -> bool:
        """A known place or organisation ends before a person's name: "Moskwy Tokajew",
        "SAD Džon Smit"."""
        if i - start != 1 or not is_name_token(doc[i]):
            return False
        words = [t.text for t in doc[start:end] if is_name_token(t)]
        knowledge = self.knowledge
        if knowledge.gazetteer.find(words, [knowledge.lemma(w) for w in words]) is not None:
            return False
        first = doc[start].text
        if knowledge.is_first_name(first) or knowledge.is_first_name(knowledge.lemma(first)):
            return False
        # Only big cities end a run: smaller ones share names with first names (Jan, Vít),
        # and English and German put places inside names ("Boston Consulting"). A Slavic
        # place in the genitive ("Starosta Brna Markéta ...") is a place, whatever its size.
        genitive = knowledge.lemma(first) != first and not knowledge.data.capitalised_nouns
        floor = 100_000 if genitive and knowledge.gazetteer.inflected else 1_000_000
        known = knowledge.find_word(first, floor, loose=False)
        if known is None or knowledge.is_org_word(doc[i].text):
            return False
        if knowledge.data.code in ("en", "de") and self._english_name_goes_on(doc, i):
            return False  # "Texas Instruments", "Boston Consulting"
        # An organisation's name may go on ("Bloomberg Businessweek"); not after an
        # abbreviation or before a first name ("EU Valentin Inzko").
        return known.label == "LOC" or is_acronym(first) or knowledge.is_first_name(doc[i].text)

    def _org_ends(self, doc: Tokens, start: int, i: int, end: int) -> bool:
        """An organisation word and its name, then a person: "Grupy Orlen | Jan Nowak"."""
        knowledge = self.knowledge
        return (
            i - start == 2
            and end - i >= 2
            and knowledge.is_org_word(doc[start].text)
            and all(is_name_token(t) for t in doc[start:end])
            and not knowledge.is_org_word(doc[i].text)
            # a person's first name, not "Komisji | Nadzoru Finansowego"
            and (knowledge.is_first_name(doc[i].text) or not knowledge.is_common(doc[i].text))
        )

    def _names_an_org(self, doc: Tokens, i: int, end: int) -> bool:
        """A nationality word that begins an organisation's name ("Deutsche Bank", "Polski
        Związek Piłki Nożnej"); not one that describes an organisation named after its
        head word ("Rumunski | Institut Kantakuzino")."""
        knowledge = self.knowledge
        heads = [j for j in range(i + 1, end) if knowledge.is_org_word(doc[j].text)]
        if not heads:
            return False
        after = [t.text for t in doc[heads[0] + 1 : end] if is_name_token(t)]
        return not (after and not any(knowledge.is_common(w) for w in after))

    def _known_place(self, text: str, floor: int = 100_000) -> bool:
        """A known place (a city of `floor` people or more): an ordinary word may be one."""
        known = self.knowledge.find_word(text, floor)
        return known is not None and known.label == "LOC"

    def _inside_person(self, doc: Tokens, i: int) -> bool:
        """Between a first name (or another particle) and a capitalised word."""
        if i == 0 or i + 1 >= len(doc) or not is_name_token(doc[i + 1]):
            return False
        previous = doc[i - 1].text
        return previous.lower() in _CAPITALISED_PARTICLES or self.knowledge.is_first_name(previous)

    def _english_name_goes_on(self, doc: Tokens, i: int) -> bool:
        """An English word after a capitalised word that the language does not know: one
        English name, whatever the second word means in the language of the text."""
        if i == 0 or not is_name_token(doc[i - 1]) or doc[i - 1].whitespace_ != " ":
            return False
        previous, text = doc[i - 1].text, doc[i].text
        return (
            previous.isascii()
            and text.isascii()
            and not self.knowledge.is_common(previous)
            and get_knowledge("en").is_common(text, frequency=False)
        )

    def _ordinary(self, doc: Tokens, i: int, starts: list[bool], headline: set[int]) -> bool:
        """An ordinary word that is capitalised for its position or (German) as a noun."""
        knowledge = self.knowledge
        text = doc[i].text
        if is_acronym(text):
            return False
        if text.lower() in _CAPITALISED_PARTICLES and self._inside_person(doc, i):
            return False  # "Erik Ten Hag", "Rafael Van Der Vaart": a particle, not a word
        if knowledge.is_stop_word(text):
            return True
        positional = starts[i] or i in headline
        if not positional and not knowledge.data.capitalised_nouns:
            return False
        if positional and text in self._named and not knowledge.data.capitalised_nouns:
            return False
        if not knowledge.is_common(text):
            return False
        if not knowledge.data.capitalised_nouns and _hyphen_joined(doc, i):
            return False  # "Jean-Paul", "Rolls-Royce": a part of one name, not a word
        if knowledge.data.capitalised_nouns and self._english_name_goes_on(doc, i):
            return False  # "Federal Reserve", "Texas Instruments": English, not German nouns
        if not positional and i > 0 and knowledge.is_first_name(doc[i - 1].text):
            return False  # after a first name, a German noun is a surname: "Katherina Reiche"
        if (
            i + 1 < len(doc)
            and is_name_token(doc[i + 1])
            and (
                knowledge.is_first_name(text)
                or (not knowledge.info(text).common and not knowledge.info(doc[i + 1].text).common)
            )
        ):
            return False  # "Jens Hofmann"; "Marc Ludwig" (frequent, yet no dictionary noun)
        if not positional and not knowledge.info(text).common and self._known_place(text, 0):
            return False  # "Ingolstadt", "Pinneberg": not "Stadt" or "Berg"
        if not positional and self._known_org(text):
            return False  # "den Grünen": a party, though an ordinary word too
        if (
            knowledge.data.compound_heads
            and knowledge.is_org_word(text)
            and "-" not in text
            and not knowledge.is_frequent(text)
            and text.lower() not in knowledge.data.org_words
        ):
            return False  # "Commerzbank": a name built on an organisation word
        if knowledge.is_org_word(text) and text.lower().startswith(knowledge.data.state_prefixes):
            return False  # "Bundestag", "Bundesregierung": the one federal institution
        if knowledge.is_org_word(text) or knowledge.is_loc_word(text):
            # "Kreis Pinneberg", "Northwind Airlines": a head word belongs to a name only
            # next to another name word, or before its capitalised adjective outside German
            # ("Komisja Europejska", "Trybunał Konstytucyjny").
            return not any(
                0 <= j < len(doc)
                and is_name_token(doc[j])
                and not knowledge.is_stop_word(doc[j].text)  # "Die" is a town in France too
                and (
                    not knowledge.is_common(doc[j].text)
                    or knowledge.is_demonym(doc[j].text)
                    or self._known_place(doc[j].text, 0)
                    # "die regierende Liberaldemokratische Partei": German writes an adjective
                    # with a capital inside a sentence only in a name
                    or (j == i - 1 and not starts[j] and _german_adjective(doc[j].text, knowledge))
                    or (
                        j == i + 1
                        and not knowledge.data.capitalised_nouns
                        # its adjective, or a genitive: "Rada Ministrów", "Urząd Miasta"
                        and (
                            self._adjectival(doc[j].text)
                            or "gen" in knowledge.info(doc[j].text).case
                        )
                    )
                )
                for j in (i - 1, i + 1)
            )
        if knowledge.is_demonym(text) and self._names_an_org(doc, i, min(i + 2, len(doc))):
            return False  # "Deutsche Bank"
        info = knowledge.info(text)
        if info.name_kinds & {"first", "surname", "geo", "org"} and not positional:
            return False
        # A sentence-initial word that is also a known place stays ("Moskva i dalje...").
        return not (positional and self._known_place(text) and not knowledge.is_demonym(text))

    def _context(
        self, doc: Tokens, start: int, end: int, cues: Cues, starts: list[bool], headline: set[int]
    ) -> None:
        """Titles, organisation words and verbs of saying around the candidate."""
        knowledge = self.knowledge
        cues.sentence_initial = starts[start]
        cues.headline = start in headline
        before = [t for t in doc[max(0, start - 3) : start] if not t.is_space]
        if before and before[-1].is_alpha:
            last = before[-1].text
            cues.title = cues.title or knowledge.is_title(last)
            cues.org_before = cues.org_before or (
                knowledge.is_org_word(last) and not is_capitalised(last)
            )
            cues.preposition = last.islower() and len(last) <= 3 and not knowledge.is_title(last)
            # "analysts at Morgan Stanley", "analitycy Goldman Sachs": people of a company
            cues.member = last.lower() in MEMBER_WORDS or (
                len(before) > 1
                and last in MEMBER_PREPOSITIONS
                and before[-2].lower_ in MEMBER_WORDS
            )
            cues.currency = last.lower().startswith(_DOLLAR_STEMS)
            # "shares in Nvidia", "udziały w Orlenie": a company, not a place
            stake = len(before) > 1 and before[-2].lower_ in STAKE_WORDS
            cues.locative = last in LOCATIVE_PREPOSITIONS and not stake
            cues.org_before = cues.org_before or (stake and last in LOCATIVE_PREPOSITIONS)
            cues.loc_before = last.islower() and knowledge.is_loc_word(last)
        # "rekao je Sharifli", "said Smith": the verb just before, an auxiliary between.
        window = (
            before[-2:] if len(before) > 1 and before[-1].lower_ in AUXILIARIES else before[-1:]
        )
        after = [t for t in doc[end : end + 4] if not t.is_space]
        line_start = start == 0 or "\n" in doc[start - 1].whitespace_ or doc[start - 1].is_space
        cues.dateline = line_start and bool(after) and after[0].text in ("–", "—", "-", ",")
        cues.product = self._model_number(doc, end)
        cues.lowercased = end - start == 1 and doc[start].lower_ in self._lowercase
        cues.speech = any(knowledge.is_speech_verb(t.text) for t in window if t.is_alpha) or any(
            knowledge.is_speech_verb(t.text) for t in self._verbs_after(after)
        )

    def _model_number(self, doc: Tokens, end: int) -> bool:
        """A version or model number right after the name, not a date ("Moskva 12. maja")."""
        if end >= len(doc) or doc[end - 1].whitespace_ != " ":
            return False
        number = doc[end]
        if not number.text.isdigit() or len(number.text) > 3:
            return False
        follower = doc[end + 1] if end + 1 < len(doc) else None
        return follower is None or not (
            follower.text == "." or self.knowledge.is_calendar(follower.text)
        )

    @staticmethod
    def _verbs_after(after: list[Tok]) -> list[Tok]:
        """The first word after the candidate, skipping auxiliaries ("je rekao", "hat gesagt")."""
        words = []
        for token in after:
            if not token.is_alpha:
                break
            words.append(token)
            if token.lower_ not in AUXILIARIES:
                break
        return words


# Particles of Dutch, German, French, Italian and Spanish surnames, which some papers
# capitalise ("Ten Hag", "Van Gaal", "De Bruyne"). Source: general knowledge of naming.
_CAPITALISED_PARTICLES = frozenset(
    {"ten", "ter", "van", "von", "der", "den", "de", "di", "da", "le", "la", "du"}
)


# Kinds of broadcaster written in lowercase after a station's abbreviation.
_MEDIA_WORDS = frozenset({"radio", "rádio", "televizija", "televize", "telewizja", "tv"})

# The dollar in our languages: the country after it names the currency ("dolara SAD").
_DOLLAR_STEMS = ("dollar", "dolar", "доллар", "долар")

# Derivational endings of German adjectives, before the inflection ("demokrat|isch|e").
_GERMAN_ADJECTIVE_STEMS = ("isch", "lich", "ig", "al", "iv", "ell", "bar", "sam", "haft")


def _german_adjective(word: str, knowledge: Knowledge) -> bool:
    """A capitalised German adjective with an inflection ending ("Demokratische")."""
    lowered = word.lower()
    return knowledge.data.capitalised_nouns and any(
        lowered.endswith(stem + ending)
        for stem in _GERMAN_ADJECTIVE_STEMS
        for ending in ("e", "en", "er", "es", "em")
    )


def _hyphen_joined(doc: Tokens, i: int) -> bool:
    """The token is glued by a hyphen to the capitalised word after it."""
    return (
        i + 2 < len(doc)
        and doc[i].whitespace_ == ""
        and doc[i + 1].text == "-"
        and doc[i + 1].whitespace_ == ""
        and is_name_token(doc[i + 2])
    )
