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
from worker import signals
from worker.signals import record_finish, start_attempt

INGEST = SimpleNamespace(name=INGEST_TASK, request=SimpleNamespace(retries=0))


@pytest.fixture
def configured(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("FACTDROP_DATABASE_URL", sqlite_url)
    monkeypatch.setattr(signals, "_open", {})
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
    start_attempt(task_id="t", task=INGEST, args=[document_id])
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


def outcomes(url: str) -> list[str]:
    with session_scope(url) as session:
        return list(session.scalars(select(Attempt.outcome).order_by(Attempt.id)))


def test_an_attempt_is_opened_before_the_task_and_closed_after_it(configured: str) -> None:
    with session_scope(configured) as session:
        document_id = store(session, b"one", "one.txt").document_id
    start_attempt(task_id="a", task=INGEST, args=[document_id])
    assert outcomes(configured) == ["started"]
    record_finish(task_id="a", task=INGEST, args=[document_id], state="SUCCESS")
    assert outcomes(configured) == ["success"]


def test_an_unrecorded_finish_is_closed_when_the_next_task_starts(configured: str) -> None:
    with session_scope(configured) as session:
        first = store(session, b"first", "f.txt").document_id
        second = store(session, b"second", "s.txt").document_id
    died_attempts(configured, first, 1, hostname="elsewhere", pid=1)
    start_attempt(task_id="a", task=INGEST, args=[first])
    # the database was away when "a" finished: nothing recorded its end
    start_attempt(task_id="b", task=INGEST, args=[second])
    assert outcomes(configured) == ["started", "unrecorded", "started"]
