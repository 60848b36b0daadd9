"""Many rows in one statement: the same rows stored on SQLite and on PostgreSQL."""

import pytest
from sqlalchemy import select

from shared.db.bulk import insert_returning_ids, insert_rows
from shared.db.migrate import upgrade
from shared.db.models import Entity, Fact
from shared.db.session import session_scope
from shared.intake import store


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest) -> str:
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    url = request.getfixturevalue("postgres_url")
    upgrade(url)
    return url


def test_rows_keep_their_json_quotes_and_defaults_and_conflicts_are_ignored(database):
    odd = 'Radio "Maryja" \\ Мария, 50 % — ok'
    rows = [
        {"id": "e-bulk-1", "key": "ORG:bulk 1", "label": "ORG", "name": odd, "attributes": {}},
        {"id": "e-bulk-2", "key": "LOC:bulk 2", "label": "LOC", "name": "Łódź",
         "attributes": {"country": "PL", "latitude": 51.75, "geonameid": 3093133}},
    ]  # fmt: skip
    with session_scope(database) as session:
        insert_rows(session, Entity.__table__, rows, ignore=["id"])
        insert_rows(session, Entity.__table__, rows[:1], ignore=["id"])  # no error, no copy
    with session_scope(database) as session:
        stored = session.scalars(select(Entity).where(Entity.id.like("e-bulk-%"))).all()
        assert [(e.name, e.attributes) for e in sorted(stored, key=lambda e: e.id)] == [
            (odd, {}),
            ("Łódź", rows[1]["attributes"]),
        ]
        assert all(e.created_at is not None for e in stored)  # the column's default


def test_new_ids_come_back_in_the_rows_order(database):
    with session_scope(database) as session:
        document_id = store(session, b"bulk ids", "bulk.txt").document_id
    rows = [
        {"document_id": document_id, "type": "quantity", "text": f"{n} km", "value": float(n),
         "data": {"value": n}, "extractor_version": "test"}
        for n in (3, 1, 2)
    ]  # fmt: skip
    with session_scope(database) as session:
        ids = insert_returning_ids(session, Fact.__table__, rows)
    with session_scope(database) as session:
        values = {f.id: f.value for f in session.scalars(select(Fact).where(Fact.id.in_(ids)))}
    assert [values[i] for i in ids] == [3.0, 1.0, 2.0]
