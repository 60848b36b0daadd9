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


def analyse(raw: bytes, name: str, extractor: Extractor, published: str | None = None) -> Analysis:
    """Parse, detect the language and extract. Raises PermanentError for bad input.

    `published` (YYYY-MM-DD) is the publication date known from elsewhere, used when the
    file itself carries none: it anchors dates like "on Tuesday" or "11 November".
    """
    parsed = parse(raw, name)
    language = detect(parsed.text)
    anchor = parsed.published or published
    return Analysis(parsed, language, extractor.extract(parsed.text, language, anchor))
