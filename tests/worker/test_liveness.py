"""Liveness by progress: waiting tasks and no recent progress mean a stalled worker."""

from datetime import timedelta

import pytest

from shared.db.base import utcnow
from shared.db.models import Attempt, Document
from shared.db.session import session_scope
from shared.intake import store
from worker.liveness import last_progress, stalled, unfinished_documents

NOW = utcnow()


@pytest.mark.parametrize(
    ("backlog", "progress", "is_stalled"),
    [
        (0, None, False),  # idle with nothing to do
        (5, NOW - timedelta(seconds=10), False),  # busy
        (5, NOW - timedelta(seconds=500), True),  # tasks wait, nothing moves
        (5, None, True),  # tasks wait, never took one
    ],
)
def test_stalled_looks_at_progress_while_tasks_wait(backlog, progress, is_stalled) -> None:
    assert (stalled(backlog, progress, 120.0, NOW) is not None) is is_stalled


def test_last_progress_is_latest_start_or_finish_on_that_host(sqlite_url: str) -> None:
    earlier, later = NOW - timedelta(seconds=60), NOW - timedelta(seconds=5)
    with session_scope(sqlite_url) as session:
        document_id = store(session, b"words", "a.txt").document_id
        session.add_all(
            [
                Attempt(document_id=document_id, task_id="a", started_at=earlier,
                        finished_at=later, hostname="here"),
                Attempt(document_id=document_id, task_id="b", started_at=NOW, hostname="there"),
            ]
        )  # fmt: skip
    with session_scope(sqlite_url) as session:
        assert last_progress(session, "here") == later
        assert last_progress(session, "elsewhere") is None


def test_unfinished_documents_count_as_waiting_work(sqlite_url: str) -> None:
    with session_scope(sqlite_url) as session:
        store(session, b"first words", "a.txt")
        done = store(session, b"other words", "b.txt").document_id
        session.get_one(Document, done).status = "done"
    with session_scope(sqlite_url) as session:
        assert unfinished_documents(session) == 1
