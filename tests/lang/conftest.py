"""Fixtures of the per-language tests: the extractor, and a helper that names what it found."""

from collections.abc import Callable

import pytest

from shared.extract.extractor import RuleExtractor


@pytest.fixture(scope="session")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.fixture(scope="session")
def found(extractor: RuleExtractor) -> Callable[[str, str], dict[str, str]]:
    """label of every mention text found in `text` of language `lang`."""

    def run(text: str, lang: str) -> dict[str, str]:
        extraction = extractor.extract(text, lang, None)
        return {m.text: e.label for e in extraction.entities for m in e.mentions}

    return run


@pytest.fixture(scope="session")
def entities(extractor: RuleExtractor) -> Callable[[str, str], list]:
    def run(text: str, lang: str) -> list:
        return list(extractor.extract(text, lang, None).entities)

    return run
