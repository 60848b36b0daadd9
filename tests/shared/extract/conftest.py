"""Fixtures of the extractor tests: one extractor per session (pipelines load lazily)."""

import pytest

from shared.extract.extractor import RuleExtractor


@pytest.fixture(scope="session")
def extractor() -> RuleExtractor:
    return RuleExtractor()
