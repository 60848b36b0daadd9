"""`factdrop facts` over a real SQLite database holding two extracted documents."""

import json
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from shared.cli import app
from shared.config import get_settings
from shared.db.models import Document
from shared.db.session import session_scope
from shared.db.store import finish
from shared.extract.result import EntityResult, Extraction, FactResult, MentionResult
from shared.intake import store
from shared.parse.document import ParsedDoc
from shared.references import make_entity_id

ANA = EntityResult("PER:kovac|a", "PER", "Ana Kovač", (MentionResult("Ana Kovač", 0, 9),))
IVO = EntityResult("PER:horvat|i", "PER", "Ivo Horvat", (MentionResult("Ivo Horvat", 12, 22),))
ZAGREB = EntityResult("LOC:zagreb", "LOC", "Zagreb", (MentionResult("Zagrebu", 25, 32),))


def extraction(*facts: FactResult) -> Extraction:
    return Extraction(version="test-1", entities=(ANA, IVO, ZAGREB), facts=facts)


CROATIAN = extraction(
    FactResult(
        "meeting",
        {"participants": [ANA.key, IVO.key], "place": ZAGREB.key, "date": "2025-11-11"},
        evidence="Ana Kovač i Ivo Horvat sastali su se u Zagrebu 11. studenoga.",
    ),
    FactResult("quote", {"speaker": ANA.key, "text": "Dogovorili smo se"}, confidence=0.9),
    FactResult("date", {"text": "11. studenoga", "value": "2025-11-11"}),
)
POLISH = extraction(
    FactResult("quantity", {"text": "7598 kilometrów", "value": 7598, "unit": "km"})
)


@pytest.fixture
def database(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("FACTDROP_DATABASE_URL", sqlite_url)
    get_settings.cache_clear()
    for content, language, published, result in (
        (b"hr", "hr", "2025-11-12", CROATIAN),
        (b"pl", "pl", "2022-11-30", POLISH),
    ):
        with session_scope(sqlite_url) as session:
            document = session.get_one(
                Document, store(session, content, f"{language}.txt").document_id
            )
            parsed = ParsedDoc(text="text", media_type="text/plain", published=published)
            finish(session, document, parsed, language, result)
    yield sqlite_url
    get_settings.cache_clear()


def listed(*args: str) -> list[dict]:
    result = CliRunner().invoke(app, ["facts", "--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_facts_lists_every_fact_with_its_version_and_document(database: str) -> None:
    found = listed()
    assert sorted(f["type"] for f in found) == ["date", "meeting", "quantity", "quote"]
    assert {f["extractor_version"] for f in found} == {"test-1"}
    assert {f["document"]["filename"] for f in found} == {"hr.txt", "pl.txt"}


@pytest.mark.parametrize(
    ("args", "types"),
    [
        (["--type", "quote"], ["quote"]),
        (["--type", "quote", "--type", "date"], ["date", "quote"]),
        (["--language", "pl"], ["quantity"]),
        (["--entity", "Ivo Horvat"], ["meeting"]),
        (["--entity", make_entity_id(ANA.key)], ["meeting", "quote"]),
        (["--entity", "nobody"], []),
        (["--since", "2025-11-11", "--until", "2025-11-11"], ["date", "meeting"]),
        (["--until", "2022"], ["quantity"]),
        (["--since", "2025-11-12"], ["quote"]),
    ],
)
def test_facts_filters_narrow_the_list(database: str, args: list[str], types: list[str]) -> None:
    assert sorted(f["type"] for f in listed(*args)) == types


def test_facts_names_the_entities_of_a_fact(database: str) -> None:
    result = CliRunner().invoke(app, ["facts", "--type", "meeting"])
    assert result.exit_code == 0
    assert "Ana Kovač + Ivo Horvat in Zagreb on 2025-11-11" in result.output


def test_facts_refuses_a_malformed_date(database: str) -> None:
    result = CliRunner().invoke(app, ["facts", "--since", "last week"])
    assert result.exit_code != 0
    assert "YYYY" in result.output
