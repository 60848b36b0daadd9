from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, func, select

from shared.db.models import Document, Entity, EntityAlias, Fact, FactArgument, Mention
from shared.db.session import get_engine, session_scope
from shared.db.store import (
    POISON,
    RETRIES_EXHAUSTED,
    count_dead_letters,
    finish,
    latest_failures,
    throughput,
)
from shared.extract.result import EntityResult, Extraction, FactResult, MentionResult
from shared.intake import store
from shared.parse.document import ParsedDoc
from shared.references import make_entity_id

EXTRACTION = Extraction(
    version="test-1",
    entities=(
        EntityResult("PER:ana kovac", "PER", "Ana Kovač", (MentionResult("Ana Kovač", 0, 9),)),
        EntityResult(
            "LOC:zagreb", "LOC", "Zagreb", (MentionResult("Zagrebu", 20, 27),), ("Zagrebu",)
        ),
    ),
    facts=(
        FactResult(
            "meeting", {"participants": ["PER:ana kovac"], "place": "LOC:zagreb", "date": None}
        ),
        FactResult("quantity", {"text": "5 km", "value": 5, "unit": "km"}),
    ),
)


def count(session, model) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(select(func.count()).select_from(model))


def test_finish_twice_leaves_one_copy_of_every_row(sqlite_url: str) -> None:
    with session_scope(sqlite_url) as session:
        document_id = store(session, b"Ana Kovac u Zagrebu", "a.txt").document_id
    parsed = ParsedDoc(text="Ana Kovač u Zagrebu", media_type="text/plain")
    for _ in range(2):
        with session_scope(sqlite_url) as session:
            document = session.get_one(Document, document_id)
            document.status = "processing"
            finish(session, document, parsed, "hr", EXTRACTION)
    with session_scope(sqlite_url) as session:
        assert count(session, Entity) == 2
        assert count(session, EntityAlias) == 3
        assert count(session, Mention) == 2
        assert count(session, Fact) == 2
        assert count(session, FactArgument) == 2


def test_fact_entity_references_become_global_ids(sqlite_url: str) -> None:
    with session_scope(sqlite_url) as session:
        document_id = store(session, b"text", "a.txt").document_id
        document = session.get_one(Document, document_id)
        finish(session, document, ParsedDoc("t", "text/plain"), "hr", EXTRACTION)
    with session_scope(sqlite_url) as session:
        meeting = session.scalar(select(Fact).where(Fact.type == "meeting"))
        assert meeting is not None
        assert meeting.data["participants"] == [make_entity_id("PER:ana kovac")]
        assert meeting.data["place"] == make_entity_id("LOC:zagreb")


def person(key: str, name: str) -> Extraction:
    mention = (MentionResult(name, 0, len(name)),)
    return Extraction(version="test-1", entities=(EntityResult(key, "PER", name, mention),))


def store_extraction(url: str, content: bytes, extraction: Extraction) -> str:
    """Store a document with `extraction`; returns the entity id its only mention got."""
    with session_scope(url) as session:
        document = session.get_one(Document, store(session, content, "d.txt").document_id)
        finish(session, document, ParsedDoc("t", "text/plain"), "en", extraction)
    with session_scope(url) as session:
        return session.scalars(
            select(Mention.entity_id).where(Mention.document_id == document.id)
        ).one()


def test_surname_alone_resolves_to_the_one_known_full_name(sqlite_url: str) -> None:
    full = store_extraction(sqlite_url, b"one", person("PER:nvk|a", "Ana Novak"))
    alone = store_extraction(sqlite_url, b"two", person("PER:nvk", "Novak"))
    assert alone == full


def test_surname_alone_stays_apart_when_two_first_names_share_it(sqlite_url: str) -> None:
    ana = store_extraction(sqlite_url, b"one", person("PER:nvk|a", "Ana Novak"))
    ivan = store_extraction(sqlite_url, b"two", person("PER:nvk|i", "Ivan Novak"))
    alone = store_extraction(sqlite_url, b"three", person("PER:nvk", "Novak"))
    assert len({ana, ivan, alone}) == 3


NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def finished_document(url: str, content: bytes, status: str, ago: timedelta, error: str) -> int:
    with session_scope(url) as session:
        document = session.get_one(Document, store(session, content, "f.txt").document_id)
        document.status, document.finished_at = status, NOW - ago
        document.error = error or None
        return document.id


def test_throughput_is_documents_done_per_minute_in_each_window(sqlite_url: str) -> None:
    for n, minutes in enumerate([0.5, 3, 4, 10, 20]):
        finished_document(sqlite_url, f"done {n}".encode(), "done", timedelta(minutes=minutes), "")
    finished_document(sqlite_url, b"failed", "failed", timedelta(seconds=10), "bad")
    with session_scope(sqlite_url) as session:
        rates = throughput(session, NOW, (1, 5, 15))
    assert rates == {1: 1.0, 5: 3 / 5, 15: 4 / 15}


def test_throughput_reads_a_range_of_the_finished_at_index(sqlite_url: str) -> None:
    engine = get_engine(sqlite_url)
    executed: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        executed.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        with session_scope(sqlite_url) as session:
            throughput(session, NOW, (1, 5, 15))
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    statement, parameters = executed[-1]
    with engine.connect() as connection:
        plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
    details = " ".join(row[-1] for row in plan)
    assert "ix_documents_finished_at" in details and "SCAN documents" not in details


@pytest.mark.parametrize(
    ("reason", "dead"),
    [
        (f"{RETRIES_EXHAUSTED} 5 retries: database unreachable", True),
        (f"{POISON} 3 deliveries died with their worker process", True),
        ("not a text document: binary content", False),
    ],
)
def test_dead_letters_are_failures_whose_task_gave_up(
    sqlite_url: str, reason: str, dead: bool
) -> None:
    document_id = finished_document(sqlite_url, b"x", "failed", timedelta(0), reason)
    with session_scope(sqlite_url) as session:
        assert count_dead_letters(session) == int(dead)
        latest = latest_failures(session, dead_letters_only=True)
        assert [d.id for d in latest] == ([document_id] if dead else [])
        assert [d.id for d in latest_failures(session)] == [document_id]
