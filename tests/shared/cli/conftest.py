"""CLI commands against a real (private) Redis and a SQLite database."""

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import redis

from shared.config import get_settings
from shared.db.base import utcnow
from shared.db.models import Document
from shared.db.session import session_scope
from shared.db.store import RETRIES_EXHAUSTED
from shared.intake import store
from shared.redis_server import PrivateRedis


@pytest.fixture(scope="session")
def cli_redis(short_tmp: Path) -> Iterator[PrivateRedis]:
    redis = PrivateRedis(short_tmp / "cli.sock", short_tmp / "cli-redis")
    redis.start()
    yield redis
    redis.stop()


@pytest.fixture
def configured(
    sqlite_url: str, cli_redis: PrivateRedis, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """The CLI's settings point at a fresh SQLite database and an empty private Redis."""
    redis.Redis(unix_socket_path=str(cli_redis.socket_path)).flushall()
    monkeypatch.setenv("FACTDROP_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("FACTDROP_BROKER_URL", cli_redis.url)
    get_settings.cache_clear()
    yield sqlite_url
    get_settings.cache_clear()


def finished(url: str, name: str, status: str, minutes_ago: float, error: str | None) -> None:
    with session_scope(url) as session:
        document = session.get_one(Document, store(session, name.encode(), name).document_id)
        document.status, document.error = status, error
        document.finished_at = utcnow() - timedelta(minutes=minutes_ago)


@pytest.fixture
def history(configured: str) -> str:
    """Three documents done in the last minute, two more in the last 15, one dead letter."""
    for n, minutes in enumerate([0.2, 0.4, 0.6, 3, 12]):
        finished(configured, f"done{n}.txt", "done", minutes, None)
    finished(configured, "stuck.txt", "failed", 1, f"{RETRIES_EXHAUSTED} 5 retries: timeout")
    finished(configured, "bad.txt", "failed", 2, "not a text document")
    return configured
