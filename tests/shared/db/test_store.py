from sqlalchemy import func, select

from shared.db.models import Document, Entity, EntityAlias, Fact, FactArgument, Mention
from shared.db.session import session_scope
from shared.db.store import finish
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
