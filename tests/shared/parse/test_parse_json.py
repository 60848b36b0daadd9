"""JSON articles: well-known field names, nested bodies, bad documents."""

import json

import pytest

from shared.errors import PermanentError
from shared.parse import parse


def test_parse_json_reads_scraper_output_with_nested_body(fixture_text):
    doc = parse(fixture_text("article.json").encode(), "artykul.json")

    assert doc.media_type == "application/json"
    assert doc.title == "Sejm przyjął budżet na przyszły rok"
    assert doc.published == "2024-12-06"
    assert doc.url == "https://wiadomosci.example.org/kraj/budzet"
    assert doc.text == (
        "Posłowie przyjęli ustawę budżetową po trzech dniach debaty.\n\n"
        "Za ustawą głosowało 240 posłów, przeciw było 205.\n\n"
        "Ustawa trafi teraz do Senatu, który ma na jej rozpatrzenie dwadzieścia dni."
    )


@pytest.mark.parametrize(
    ("title_key", "text_key", "date_key", "url_key"),
    [
        ("title", "body", "date", "url"),
        ("headline", "text", "published", "link"),
        ("Title", "content", "publishing_date", "URL"),
        ("headline", "maintext", "datePublished", "url"),
        ("headline", "articleBody", "date_published", "url"),
    ],
)
def test_parse_json_accepts_common_field_names(title_key, text_key, date_key, url_key):
    article = {
        title_key: "Vlada usvojila proračun",
        text_key: "Vlada je u četvrtak usvojila proračun za sljedeću godinu.",
        date_key: "2024-10-03T12:00:00Z",
        url_key: "https://example.org/proracun",
    }

    doc = parse(json.dumps(article).encode(), "vijest.json")

    assert (doc.title, doc.text, doc.published, doc.url) == (
        "Vlada usvojila proračun",
        "Vlada je u četvrtak usvojila proračun za sljedeću godinu.",
        "2024-10-03",
        "https://example.org/proracun",
    )


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'[{"title": "a", "body": "b"}]', "JSON is not an object"),
        (b'"just a string"', "JSON is not an object"),
        (b'{"title": "Samo naslov"}', "no text found in JSON object"),
        (b'{"title": "Naslov", "body": ["", "  "]}', "no text found in JSON object"),
        (b'{"title": "Naslov", "body": ', "not valid JSON"),
    ],
)
def test_parse_json_refuses_documents_without_article(raw, message):
    with pytest.raises(PermanentError, match=message):
        parse(raw, "vijest.json")
