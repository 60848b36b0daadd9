"""HTML pages: main text without page furniture, metadata, declared charsets."""

import pytest

from shared.errors import PermanentError
from shared.parse import parse


def test_parse_html_extracts_article_without_navigation_comments_or_footer(fixture_text):
    doc = parse(fixture_text("article.html").encode("utf-8"), "vijest.html")

    assert doc.media_type == "text/html"
    assert "Hrvatski sabor u četvrtak je većinom glasova" in doc.text
    assert "savjetovalište za građane" in doc.text
    for furniture in ("Naslovnica", "Konačno nešto", "Sva prava pridržana"):
        assert furniture not in doc.text


def test_parse_html_reads_title_date_and_url(fixture_text):
    doc = parse(fixture_text("article.html").encode("utf-8"), "vijest.html")

    assert doc.title == "Sabor izglasao zakon o obnovi"
    assert doc.published == "2024-03-14"
    assert doc.url == "https://vijesti.example.org/politika/sabor-obnova"


@pytest.mark.parametrize(
    ("meta", "codepage"),
    [
        ('<meta charset="windows-1250">', "cp1250"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">', "iso8859_2"),
    ],
)
def test_parse_html_decodes_with_charset_from_meta_tag(fixture_text, meta, codepage):
    page = fixture_text("article.html").replace('<meta charset="utf-8">', meta)
    page = page.replace("©", "(c)")  # not in ISO-8859-2

    doc = parse(page.encode(codepage), "vijest.htm")

    assert "Ministrica graditeljstva rekla je nakon glasovanja" in doc.text
    assert doc.encoding == codepage.replace("_", "-")


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Prazno</title></head><body></body></html>",
        "<!DOCTYPE html><html><body><script>var x = 1;</script><style>p {}</style></body></html>",
    ],
)
def test_parse_html_refuses_page_without_text(page):
    with pytest.raises(PermanentError, match="no text found in HTML page"):
        parse(page.encode(), "prazno.html")
