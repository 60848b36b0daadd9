"""Extraction of entities and facts from a document's text.

`get_extractor()` returns the process's extractor; the worker calls its `extract()` and
stores the `Extraction` it returns. Nothing heavy is imported until an extractor is built,
or `preload()` builds the pipelines ahead.
"""

from shared.extract.result import (
    EntityResult,
    Extraction,
    Extractor,
    FactResult,
    MentionResult,
)
from shared.extract.select import get_extractor, preload

__all__ = [
    "EntityResult",
    "Extraction",
    "Extractor",
    "FactResult",
    "MentionResult",
    "get_extractor",
    "preload",
]
