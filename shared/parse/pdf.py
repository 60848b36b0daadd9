"""PDF files: the text layer of every page, via pypdf. Scans without one are refused."""

from io import BytesIO

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PyPdfError

from shared.errors import PermanentError
from shared.parse.document import ParsedDoc
from shared.parse.encoding import normalise


def parse_pdf(raw: bytes) -> ParsedDoc:
    """Return the text of all pages, pages separated by a blank line."""
    try:
        reader = PdfReader(BytesIO(raw))
        pages = [page.extract_text() for page in reader.pages]
        title = reader.metadata.title if reader.metadata else None
    except FileNotDecryptedError as exc:
        raise PermanentError("PDF is protected by a password") from exc
    except PyPdfError as exc:
        raise PermanentError(f"not valid PDF: {exc}") from exc
    text = normalise("\n\n".join(page.strip() for page in pages if page.strip()))
    if not text:
        raise PermanentError("PDF has no text layer (a scan needs OCR first)")
    return ParsedDoc(text=text, media_type="application/pdf", title=title or None)
