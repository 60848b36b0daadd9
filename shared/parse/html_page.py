"""HTML pages: the article's main text, title, date and URL, via trafilatura."""

import re

import trafilatura

from shared.errors import PermanentError
from shared.parse.dates import normalise_date
from shared.parse.document import ParsedDoc
from shared.parse.encoding import decode

# The charset a page declares: <meta charset="..."> or the http-equiv Content-Type form,
# or an XML declaration for XHTML. Browsers look only near the start, so do we.
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""",
    re.IGNORECASE,
)
_PRESCAN_BYTES = 4096


def parse_html(raw: bytes) -> ParsedDoc:
    """Extract the main text of a web page, leaving out navigation, ads and comments."""
    decoded = decode(raw, declared=_declared_charset(raw))
    # Precision over recall: a menu or a related-articles list in the text would feed
    # wrong entities to extraction, while a lost paragraph only loses some facts.
    page = trafilatura.bare_extraction(
        decoded.text,
        favor_precision=True,
        include_comments=False,
        with_metadata=True,
    )
    text = (page.text or "").strip() if page else ""
    if not text:
        raise PermanentError("no text found in HTML page")
    return ParsedDoc(
        text=text,
        media_type="text/html",
        title=page.title or None,
        published=normalise_date(page.date) if page.date else None,
        url=page.url or None,
        encoding=decoded.encoding,
    )


def _declared_charset(raw: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(raw[:_PRESCAN_BYTES])
    if match is None:
        return None
    return (match.group(1) or match.group(2)).decode("ascii")
