"""Choose and build the process's extractor, once."""

from functools import lru_cache

from shared.extract.result import Extraction, Extractor


class NullExtractor:
    """Finds nothing. Stands in until the language pipelines are registered."""

    version = "null-1"

    def extract(self, text: str, language: str | None, published: str | None) -> Extraction:
        return Extraction(version=self.version)


@lru_cache
def get_extractor() -> Extractor:
    """The extractor of this process, built on first use."""
    return NullExtractor()
