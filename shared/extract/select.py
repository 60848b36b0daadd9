"""Choose and build the process's extractor, once, and build its pipelines ahead."""

import time
from collections.abc import Iterable
from functools import lru_cache

from shared.extract.result import Extraction, Extractor


class NullExtractor:
    """Finds nothing: for tests of the ingestion spine that need no language data."""

    version = "null-1"

    def extract(self, text: str, language: str | None, published: str | None) -> Extraction:
        return Extraction(version=self.version)


@lru_cache
def get_extractor() -> Extractor:
    """The extractor of this process, built on first use (its pipelines load lazily, per
    language, on the first document of each language)."""
    from shared.extract.extractor import RuleExtractor

    return RuleExtractor()


def preload(languages: Iterable[str]) -> float:
    """Build the pipelines and word tables of `languages` now; returns the seconds taken.
    A worker does this before it forks, so that its children share them and start warm."""
    started = time.perf_counter()
    extractor = get_extractor()
    for code in languages:
        extractor.extract("Preload.", code, None)
    return time.perf_counter() - started
