"""One document's bytes → text, language and extraction: the worker's pure step, also run
directly over files by `factdrop eval --articles`."""

from dataclasses import dataclass

from shared.extract import Extraction, Extractor
from shared.language import detect
from shared.parse import ParsedDoc, parse


@dataclass(frozen=True)
class Analysis:
    parsed: ParsedDoc
    language: str | None
    extraction: Extraction


def analyse(raw: bytes, name: str, extractor: Extractor) -> Analysis:
    """Parse, detect the language and extract. Raises PermanentError for bad input."""
    parsed = parse(raw, name)
    language = detect(parsed.text)
    return Analysis(parsed, language, extractor.extract(parsed.text, language, parsed.published))
