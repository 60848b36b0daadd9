"""Plain-text and Markdown articles: decode, split off the header, tidy the text."""

import re

from shared.errors import PermanentError
from shared.parse.document import ParsedDoc
from shared.parse.encoding import decode
from shared.parse.header import split_header

_MARKDOWN_TITLE = re.compile(r"#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
# Heading markers are markup a reader does not see; other Markdown reads fine as it is.
_HEADING_MARKER = re.compile(r"^#{1,6}[ \t]+", re.MULTILINE)


def parse_plain(raw: bytes) -> ParsedDoc:
    """Parse a .txt file: the header becomes metadata, the rest is the text."""
    return _parse(raw, "text/plain", markdown=False)


def parse_markdown(raw: bytes) -> ParsedDoc:
    """Parse a .md file like a .txt file; a leading "# Title" line also gives the title."""
    return _parse(raw, "text/markdown", markdown=True)


def _parse(raw: bytes, media_type: str, *, markdown: bool) -> ParsedDoc:
    decoded = decode(raw)
    header, body = split_header(decoded.text)
    title = header.title
    if markdown:
        body = body.lstrip()
        if title is None and (match := _MARKDOWN_TITLE.match(body)):
            title = match.group(1)
        body = _HEADING_MARKER.sub("", body)
    text = body.strip()
    if not text:
        raise PermanentError("no text after the header")
    return ParsedDoc(
        text=text,
        media_type=media_type,
        title=title,
        published=header.published,
        url=header.url,
        encoding=decoded.encoding,
    )
