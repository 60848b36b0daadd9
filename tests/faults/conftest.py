"""Fixtures of the fault-injection suite: a service per database backend whose Redis,
workers and database link a test may break, a watcher per test, and the ledger of files.

`make faults` runs the suite alone at full size; inside `make test` it runs scaled down
(FACTDROP_FAULTS_FLOOD, default 200 files, sets the size of the flood). The totals are
printed at the end: faults injected, files dropped, accounted for, lost and duplicated.
"""

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from shared.db.migrate import upgrade
from tests.conftest import Inbox
from tests.faults.ledger import Ledger, Totals
from tests.faults.proxy import CuttableProxy
from tests.faults.stack import Stack

TOTALS = Totals()


def _postgres_behind_proxy(postgres_server: str) -> tuple[str, CuttableProxy]:
    """A fresh database on the test server, reached through a proxy the test can cut."""
    name = f"factdrop_faults_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(postgres_server)
    proxy = CuttableProxy((parts.hostname or "127.0.0.1", parts.port or 5432))
    netloc = f"{parts.username or 'postgres'}"
    if parts.password:
        netloc += f":{parts.password}"
    url = f"postgresql+psycopg://{netloc}@127.0.0.1:{proxy.port}/{name}"
    return url, proxy


def _drop_database(postgres_server: str, url: str) -> None:
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def stack(
    request: pytest.FixtureRequest, short_tmp: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Stack]:
    """Redis, the database and two worker processes for one backend, for the session."""
    backend = request.param
    home = tmp_path_factory.mktemp(f"faults-{backend}")
    proxy = None
    if backend == "sqlite":
        url = f"sqlite:///{home / 'factdrop.db'}"
    else:
        server = request.getfixturevalue("postgres_server")
        url, proxy = _postgres_behind_proxy(server)
    upgrade(url)
    stack = Stack(backend, home, short_tmp / f"f{backend[:2]}.sock", url, proxy)
    stack.redis.start()
    stack.heal()
    yield stack
    codes = stack.stop()
    if proxy is not None:
        _drop_database(request.getfixturevalue("postgres_server"), url)
    assert all(code == 0 for code in codes.values()), codes


@pytest.fixture
def box(stack: Stack, tmp_path: Path) -> Iterator[Inbox]:
    """A fresh inbox with its watcher; the stack is healed first, the watcher checked after."""
    stack.heal()
    inbox = Inbox(tmp_path, stack.service)
    inbox.start()
    yield inbox
    if inbox.process is not None and inbox.process.poll() is None:
        assert inbox.stop() == 0, inbox.log()[-3000:]


@pytest.fixture
def ledger(box: Inbox) -> Ledger:
    return Ledger(box, TOTALS)


def flood_size() -> int:
    """Files in the flood: 20,000 with `make faults`, fewer inside `make test`."""
    return int(os.environ.get("FACTDROP_FAULTS_FLOOD", "200"))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if TOTALS.faults or TOTALS.dropped:
        terminalreporter.write_sep("=", "fault injection")
        terminalreporter.write_line(
            f"faults injected: {TOTALS.faults}  files dropped: {TOTALS.dropped}  "
            f"accounted for: {TOTALS.accounted}  lost: {TOTALS.lost}  "
            f"duplicated: {TOTALS.duplicated}"
        )
        for line in TOTALS.figures:
            terminalreporter.write_line(line)
