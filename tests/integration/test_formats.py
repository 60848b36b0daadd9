"""Every format and encoding the parsers support, through the real service."""

import hashlib
from pathlib import Path

import pytest

from tests.conftest import Inbox
from tests.pdf import write_pdf

pytestmark = pytest.mark.integration

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "parse"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def opening(name: str) -> str:
    """The first six words of a fixture: the stored text must contain them."""
    return " ".join(fixture(name).split()[:6])


PL, HR, RU, SR = "pl_news.txt", "hr_news.txt", "ru_news.txt", "sr_cyrillic_news.txt"
PDF_LINES = [line for line in fixture(PL).encode("ascii", "ignore").decode().split(". ")[:6]]

# (file name, bytes, expected language or None, a phrase the stored text must contain)
CASES = [
    ("pl-cp1250.txt", fixture(PL).encode("cp1250"), "pl", opening(PL)),
    ("pl-iso8859-2.txt", fixture(PL).encode("iso-8859-2"), "pl", opening(PL)),
    ("hr-utf16.txt", fixture(HR).encode("utf-16"), "hr", opening(HR)),
    ("hr-bom.md", b"\xef\xbb\xbf" + fixture(HR).encode(), "hr", opening(HR)),
    ("ru-cp1251.txt", fixture(RU).encode("cp1251"), "ru", opening(RU)),
    ("ru-koi8r.txt", fixture(RU).encode("koi8-r"), "ru", opening(RU)),
    ("sr-cyrillic.txt", fixture(SR).encode(), "sr", opening(SR)),
    ("page.html", fixture("article.html").encode(), "hr", "izglasao zakon o obnovi zgrada"),
    ("article.json", fixture("article.json").encode(), "pl", "Za ustawą głosowało 240 posłów"),
    ("article.pdf", write_pdf([PDF_LINES]), "pl", PDF_LINES[1][:20]),
]


@pytest.mark.parametrize(("name", "data", "language", "phrase"), CASES, ids=[c[0] for c in CASES])
def test_format_and_encoding_are_ingested_with_the_right_text(
    inbox: Inbox, name: str, data: bytes, language: str, phrase: str
) -> None:
    inbox.drop(name, data)
    document = inbox.service.wait_finished(hashlib.sha256(data).hexdigest())
    assert document.status == "done", document.error
    assert document.language == language
    assert document.text is not None and phrase in " ".join(document.text.split())
