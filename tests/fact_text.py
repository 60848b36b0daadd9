"""Run the fact layer on a sentence with the entities a test names, so fact tests do not
depend on entity extraction: each name is found in the text by its written forms."""

from typing import Any

from shared.extract.facts import find_facts
from shared.extract.result import EntityResult, FactResult, MentionResult


def entity(label: str, *forms: str) -> tuple[str, str, tuple[str, ...]]:
    """An entity of a test: its label and the forms the text writes it in; the key is
    "<label>:<first form>"."""
    return f"{label}:{forms[0]}", label, forms


def facts_of(
    text: str,
    lang: str,
    entities: tuple[tuple[str, str, tuple[str, ...]], ...] = (),
    published: str | None = None,
    kind: str | None = None,
) -> list[FactResult]:
    """The facts found in `text` (of type `kind` if given)."""
    results, taken = [], set()
    for key, label, forms in entities:
        mentions = []
        for form in forms:  # a longer form first: "Jan Kowalski" keeps "Kowalski" in it
            start = text.find(form)
            while start >= 0:
                span = set(range(start, start + len(form)))
                if not span & taken:
                    mentions.append(MentionResult(form, start, start + len(form)))
                    taken |= span
                start = text.find(form, start + 1)
        results.append(EntityResult(key, label, forms[0], tuple(mentions)))
    found = find_facts(text, results, lang, published)
    return [f for f in found if kind is None or f.type == kind]


def fields(facts: list[FactResult], *names: str) -> list[tuple[Any, ...]]:
    """The given fields of each fact, as tuples."""
    return [tuple(f.fields.get(name) for name in names) for f in facts]
