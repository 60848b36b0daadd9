"""Choose the parser for a file by its extension, or by its first bytes when that fails."""

from collections.abc import Callable
from pathlib import PurePath

from celery.exceptions import SoftTimeLimitExceeded

from shared.errors import PermanentError
from shared.parse.document import ParsedDoc
from shared.parse.encoding import looks_binary
from shared.parse.html_page import parse_html
from shared.parse.json_doc import parse_json
from shared.parse.pdf import parse_pdf
from shared.parse.text import parse_markdown, parse_plain

Parser = Callable[[bytes], ParsedDoc]

_BY_EXTENSION: dict[str, Parser] = {
    ".txt": parse_plain,
    ".text": parse_plain,
    ".md": parse_markdown,
    ".markdown": parse_markdown,
    ".html": parse_html,
    ".htm": parse_html,
    ".xhtml": parse_html,
    ".json": parse_json,
    ".pdf": parse_pdf,
}

# Leading bytes of each format, checked after a byte-order mark and whitespace.
_SIGNATURES: tuple[tuple[bytes, Parser], ...] = (
    (b"%pdf-", parse_pdf),
    (b"<!doctype html", parse_html),
    (b"<html", parse_html),
    (b"{", parse_json),
)
_SNIFF_BYTES = 64


def parse(raw: bytes, name: str) -> ParsedDoc:
    """Parse one dropped file into its text and metadata.

    Args:
        raw: the file's bytes.
        name: the file's name; its extension picks the format (case does not matter).
            Files with another extension or none are recognised by their content.

    Returns:
        The article's text and the metadata found with it.

    Raises:
        PermanentError: for any input that cannot be parsed, with a message for users.

        >>> parse(b"title: Vijesti\\n\\nVlada je usvojila proracun.", "vijesti.txt").title
        'Vijesti'
    """
    if not raw.strip():
        raise PermanentError("empty file")
    parser = _BY_EXTENSION.get(PurePath(name).suffix.lower()) or _sniff(raw, name)
    try:
        return parser(raw)
    except (PermanentError, SoftTimeLimitExceeded):
        # The time limit is the task's business: the file may be fine, only slow.
        raise
    except Exception as exc:
        # A parsing library failing on a malformed file is still a bad file: it would fail
        # the same way on every retry, so it must not escape as a crash to be retried.
        raise PermanentError(f"could not parse file: {type(exc).__name__}: {exc}") from exc


def _sniff(raw: bytes, name: str) -> Parser:
    start = raw[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    for signature, parser in _SIGNATURES:
        if start.startswith(signature):
            return parser
    if looks_binary(raw):
        suffix = PurePath(name).suffix or "no extension"
        raise PermanentError(f"unsupported file type ({suffix}): the content is binary")
    return parse_plain
