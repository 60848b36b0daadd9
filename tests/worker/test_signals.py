"""The poison cap: a document whose deliveries keep dying is failed, not retried forever."""

import os
import socket
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from shared.config import get_settings
from shared.db.base import utcnow
from shared.db.models import Attempt, Document
from shared.db.session import session_scope
from shared.intake import store
from shared.queue import INGEST_TASK
from worker.signals import close_unrecorded, fail_poison


@pytest.fixture
def configured(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("FACTDROP_DATABASE_URL", sqlite_url)
    get_settings.cache_clear()
    yield sqlite_url
    get_settings.cache_clear()


def died_attempts(url: str, document_id: int, count: int, **where: object) -> None:
    with session_scope(url) as session:
        session.add_all(
            Attempt(document_id=document_id, task_id="t", started_at=utcnow(), **where)
            for _ in range(count)
        )


def status_after_poison_check(url: str, document_id: int) -> str:
    fail_poison(task_id="t", task=SimpleNamespace(name=INGEST_TASK), args=[document_id])
    with session_scope(url) as session:
        return session.get_one(Document, document_id).status


@pytest.mark.parametrize(("deaths", "status"), [(2, "queued"), (3, "failed")])
def test_fail_poison_fails_document_after_max_deliveries(
    configured: str, deaths: int, status: str
) -> None:
    with session_scope(configured) as session:
        document_id = store(session, f"poison {deaths}".encode(), "p.txt").document_id
    # Redeliveries of a task share its id.
    died_attempts(configured, document_id, deaths)
    assert status_after_poison_check(configured, document_id) == status


def test_fail_poison_ignores_open_attempts_of_the_living_process(configured: str) -> None:
    # Its finishes went unrecorded (database away); it did not die.
    with session_scope(configured) as session:
        document_id = store(session, b"outage", "o.txt").document_id
    died_attempts(configured, document_id, 3, hostname=socket.gethostname(), pid=os.getpid())
    assert status_after_poison_check(configured, document_id) == "queued"


def test_close_unrecorded_closes_only_this_process_attempts(configured: str) -> None:
    with session_scope(configured) as session:
        document_id = store(session, b"mine", "m.txt").document_id
    died_attempts(configured, document_id, 1, hostname=socket.gethostname(), pid=os.getpid())
    died_attempts(configured, document_id, 1, hostname="elsewhere", pid=1)
    close_unrecorded(task=SimpleNamespace(name=INGEST_TASK))
    with session_scope(configured) as session:
        outcomes = session.scalars(select(Attempt.outcome).order_by(Attempt.id)).all()
    assert outcomes == ["unrecorded", "started"]
