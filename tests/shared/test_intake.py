from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from celery import Celery
from sqlalchemy import func, select

from shared.config import Settings, get_settings
from shared.db.base import utcnow
from shared.db.models import Blob, Document, Drop
from shared.db.session import session_scope
from shared.errors import RefusedFile
from shared.intake import read_file, resend_pending, store
from shared.queue import QUEUE, make_app, queue_depth
from shared.redis_server import PrivateRedis


def test_store_same_content_twice_is_one_document(sqlite_url: str) -> None:
    with session_scope(sqlite_url) as session:
        first = store(session, b"same words", "a.txt")
        second = store(session, b"same words", "copy of a.txt")
    assert (first.outcome, second.outcome) == ("stored", "duplicate")
    assert first.document_id == second.document_id
    with session_scope(sqlite_url) as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 1
        assert session.scalar(select(func.count()).select_from(Blob)) == 1
        assert session.scalar(select(func.count()).select_from(Drop)) == 2


def test_store_reread_after_crash_before_move_is_the_same_drop(sqlite_url: str) -> None:
    with session_scope(sqlite_url) as session:
        first = store(session, b"words", "a.txt")
        again = store(session, b"words", "a.txt")
    assert again == first


def test_store_same_name_after_it_was_moved_counts_as_duplicate(sqlite_url: str) -> None:
    with session_scope(sqlite_url) as session:
        first = store(session, b"words", "a.txt")
    with session_scope(sqlite_url) as session:
        session.get_one(Drop, first.drop_id).moved_to = "archive/a.txt"
        again = store(session, b"words", "a.txt")
    assert again.outcome == "duplicate"
    assert again.drop_id != first.drop_id


def test_read_file_refuses_symlink_without_following_it(tmp_path: Path) -> None:
    secret = tmp_path / "outside.txt"
    secret.write_text("not for the inbox")
    link = tmp_path / "link.txt"
    link.symlink_to(secret)
    with pytest.raises(RefusedFile, match="symbolic link"):
        read_file(link, 1000)


def test_read_file_refuses_oversize_file_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2000)
    with pytest.raises(RefusedFile, match="over the limit"):
        read_file(big, 1000)


def test_read_file_missing_file_raises_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_file(tmp_path / "gone.txt", 1000)


@pytest.fixture
def redis_app(short_tmp: Path, tmp_path: Path) -> Iterator[Celery]:
    redis = PrivateRedis(short_tmp / "intake.sock", tmp_path / "redis")
    redis.start()
    yield make_app(Settings(broker_url=redis.url))
    redis.stop()


def test_resend_pending_sends_stale_tasks_only_once_the_queue_has_drained(
    sqlite_url: str, redis_app: Celery, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTDROP_DATABASE_URL", sqlite_url)
    get_settings.cache_clear()
    with session_scope(sqlite_url) as session:
        document_id = store(session, b"waiting words", "w.txt").document_id
        session.get_one(Document, document_id).sent_at = utcnow() - timedelta(hours=1)
    with redis_app.connection_for_write() as connection:
        connection.default_channel.client.rpush(QUEUE, "a task ahead of it")
        # In a backlog an old task is most likely still waiting: sending it again would
        # only grow the backlog.
        assert resend_pending(redis_app, stale_after=60) == 0
        connection.default_channel.client.delete(QUEUE)
    assert resend_pending(redis_app, stale_after=60) == 1
    assert queue_depth(redis_app) == 1
    get_settings.cache_clear()
