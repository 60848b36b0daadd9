"""Rules about where an organisation's name goes on or stops: past "i"/"and", lowercase
words after an organisation word, German nouns after "für", German capitalised adjectives,
German nouns that describe the name before it ("Großbank Barclays"), and a company's
legal form after its name ("Croatia osiguranje d.d."), and a portal named by its domain
("money.pl")."""

from shared.extract.lang._name_case import SENTENCE_CASE_NAMES
from shared.extract.phrases import PhraseRules
from shared.extract.script import is_acronym, is_domain
from shared.extract.shapes import Tokens, is_name_token

# Legal forms written in lowercase after a company's name, as the tokenizer leaves them
# ("d.d." -> "d.d" "."): Croatian, Bosnian, Serbian, Czech and Slovak.
_LEGAL_FORMS = frozenset({"d.d", "d.o.o", "j.d.o.o", "a.d", "a.s", "s.r.o", "v.o.s", "k.s"})


class OrgNameRules(PhraseRules):
    """The organisation-name questions of the candidate finder."""

    def _org_part(self, doc: Tokens, start: int, i: int) -> bool:
        """German: a noun after a connector that follows an organisation word is part of
        the organisation's name ("Bundesministerium für Bildung und Forschung")."""
        knowledge = self.knowledge
        if not knowledge.data.capitalised_nouns:
            return False
        lowered = [j for j in range(start + 1, i) if doc[j].is_lower]
        return bool(lowered) and any(
            knowledge.is_org_word(doc[j].text) for j in range(start, lowered[0])
        )

    def _legal_form_names(self, doc: Tokens) -> list[tuple[int, int]]:
        """Companies named in sentence case before their legal form: a capitalised word and
        up to three lowercase ones ("Croatia osiguranje d.d.", "Moravské stavby a.s.")."""
        spans = []
        for i, token in enumerate(doc):
            if token.lower_ not in _LEGAL_FORMS:
                continue
            start = i - 1
            while start >= 0 and i - start <= 3 and doc[start].is_lower and doc[start].is_alpha:
                start -= 1
            if 0 <= start < i - 1 and is_name_token(doc[start]):
                spans.append((start, i))
        return spans

    @staticmethod
    def _domain_names(doc: Tokens) -> list[int]:
        """Portals and shops named by their domain ("money.pl", "Index.hr"): organisations.
        A full address ("www.x.pl", "https://…") is a link, not a name."""
        return [i for i, token in enumerate(doc) if is_domain(token.text)]

    def _person_after(self, doc: Tokens, start: int, connector: int, length: int) -> bool:
        """A first name after a connector begins a person's name of its own ("Wahlsieg von |
        Angela Merkel"), unless an organisation before it bears the name ("Uniwersytet im.
        Adama Mickiewicza")."""
        knowledge = self.knowledge
        if any(knowledge.is_org_word(t.text) for t in doc[start:connector]):
            return False
        # A person's particle follows the first name ("Ursula von der Leyen"); after a full
        # name, "von" says where from: "Harry Kane | von Tottenham".
        full_name = any(
            knowledge.is_first_name(t.text) for t in doc[start : connector - 1]
        ) and not knowledge.is_first_name(doc[connector - 1].text)  # "Johann Wolfgang von"
        return full_name or knowledge.is_first_name(doc[connector + length].text)

    def _org_goes_on(self, doc: Tokens, start: int, conjunction: int) -> bool:
        """An organisation's name goes on after "i"/"and" ("Ministerstwo Spraw Wewnętrznych
        i Administracji"), unless a second institution, person or place begins there."""
        knowledge = self.knowledge
        after = doc[conjunction + 1].text
        return (
            any(knowledge.is_org_word(t.text) for t in doc[start:conjunction])
            and not knowledge.is_org_word(after)
            and not knowledge.is_first_name(after)
            and not self._known_place(after, 0)
        )

    def _heads_lowercase_name(self, doc: Tokens, i: int, end: int) -> bool:
        """The first word of a name that goes on in lowercase words: "Ministarstvo vanjskih
        poslova", "Česká národní banka" (at a sentence start, yet no ordinary word)."""
        knowledge = self.knowledge
        if i + 1 >= end or not doc[i + 1].is_lower:
            return False
        if knowledge.is_org_word(doc[i].text):
            return True
        if knowledge.data.code not in SENTENCE_CASE_NAMES or not self._adjectival(doc[i].text):
            return False  # Polish would write "Unijne Fundusze" if it were a name
        # An adjective before its head noun in the nominative, not "Jmenování vlády".
        return any(
            (knowledge.is_org_word(t.text) or knowledge.is_loc_word(t.text))
            and knowledge.lemma(t.text).lower() == t.lower_
            for t in doc[i + 1 : end]
        )

    def _german_attribute(self, doc: Tokens, start: int, i: int, end: int) -> bool:
        """German writes adjectives in lowercase: inside a sentence a capitalised one belongs
        to a name, with the noun it qualifies ("des Statistischen Bundesamts", "Gewerkschaft
        Deutscher Lokomotivführer")."""
        knowledge = self.knowledge
        if not knowledge.data.capitalised_nouns:
            return False
        if i + 1 < end and knowledge.is_org_word(doc[i + 1].text):
            return doc[i].lower_.endswith(("e", "en", "er", "es", "em"))
        return (
            i > start
            and knowledge.is_org_word(doc[start].text)
            and (knowledge.is_demonym(doc[i].text) or knowledge.is_demonym(doc[i - 1].text))
        )

    def _describes(self, doc: Tokens, i: int, end: int) -> bool:
        """A German compound noun, or a word for a kind of company, right before a name that
        it describes."""
        knowledge = self.knowledge
        if not knowledge.data.compound_heads or i + 1 >= end:
            return False
        after = doc[i + 1]
        # After a kind of company, a frequent word that no dictionary lists is its name:
        # "Autobauer Volkswagen".
        company = knowledge.is_org_word(doc[i].text) and not knowledge.info(after.text).common
        return (
            is_name_token(after)
            and doc[i].whitespace_ != ""
            and (self._compound_noun(doc[i].text) or knowledge.is_company_word(doc[i].text))
            and (
                company or not (self._compound_noun(after.text) or knowledge.is_common(after.text))
            )
            # "Sternwarte Neumünster" is one name; "Hersteller | Texas Instruments" is not
            and not (self._known_place(after.text, 0) and not self._company_goes_on(doc, i, end))
        )

    def _company_goes_on(self, doc: Tokens, i: int, end: int) -> bool:
        """A kind of company before two or more name words."""
        return self.knowledge.is_company_word(doc[i].text) and i + 2 < end

    def _compound_noun(self, text: str) -> bool:
        """A compound common noun: a known head after a known word ("Groß|bank",
        "Software|hersteller"), not a name built on one ("Commerzbank")."""
        knowledge = self.knowledge
        if is_acronym(text) or knowledge.info(text).common or len(text) < 7:
            return False
        if knowledge.is_common(text, frequency=False):
            return True  # its head is a dictionary noun ("Hersteller")
        word = text.replace("-", "")
        return any(
            knowledge.is_common(word[:k].capitalize())
            and knowledge.is_org_word(word[k:].capitalize())
            for k in range(3, len(word) - 3)
        )
