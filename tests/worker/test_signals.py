"""The poison cap: a document whose deliveries keep dying is failed, not retried forever."""

from collections.abc import Iterator
from types import SimpleNamespace

import pytest

from shared.config import get_settings
from shared.db.base import utcnow
from shared.db.models import Attempt, Document
from shared.db.session import session_scope
from shared.intake import store
from shared.queue import INGEST_TASK
from worker.signals import fail_poison


@pytest.fixture
def configured(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("FACTDROP_DATABASE_URL", sqlite_url)
    get_settings.cache_clear()
    yield sqlite_url
    get_settings.cache_clear()


def died_attempts(url: str, document_id: int, count: int) -> None:
    with session_scope(url) as session:
        session.add_all(
            Attempt(document_id=document_id, task_id=f"t{n}", started_at=utcnow())
            for n in range(count)
        )


@pytest.mark.parametrize(("deaths", "status"), [(2, "queued"), (3, "failed")])
def test_fail_poison_fails_document_after_max_deliveries(
    configured: str, deaths: int, status: str
) -> None:
    with session_scope(configured) as session:
        document_id = store(session, f"poison {deaths}".encode(), "p.txt").document_id
    died_attempts(configured, document_id, deaths)
    task = SimpleNamespace(name=INGEST_TASK)
    fail_poison(task_id="next", task=task, args=[document_id])
    with session_scope(configured) as session:
        document = session.get_one(Document, document_id)
        assert document.status == status
        if status == "failed":
            assert document.error is not None and "poison" in document.error
