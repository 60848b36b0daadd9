"""Services away for a while: Redis stopped and restarted, the database unreachable."""

import sqlite3
import time
from collections.abc import Callable

import pytest

from tests.conftest import wait_for
from tests.faults.helpers import attempts, slow_article, small_article
from tests.faults.ledger import Ledger
from tests.faults.stack import Stack

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("stack", ["postgresql"], indirect=True)
def test_redis_restart_loses_no_file_and_workers_keep_consuming(
    stack: Stack, ledger: Ledger
) -> None:
    stack.redis.stop()
    ledger.fault()
    during = [ledger.drop(f"during-{n}.txt", small_article(n), expect="done") for n in range(5)]
    # The watcher stores the files and keeps their tasks until Redis is back.
    for path in during:
        ledger.inbox.wait_gone(path)
    stack.redis.start()
    ledger.settle()
    # Workers reconnected by themselves, and take new work, not only what was waiting.
    for n in range(5, 9):
        ledger.drop(f"after-{n}.txt", small_article(n), expect="done")
    ledger.settle()


def _cut_database(stack: Stack) -> Callable[[], None]:
    """Make the database unreachable; returns the function that brings it back."""
    if stack.proxy is not None:
        stack.proxy.cut()
        return stack.proxy.restore
    # SQLite has no server to lose: an exclusive lock held elsewhere is its outage.
    path = stack.service.database_url.removeprefix("sqlite:///")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")

    def release() -> None:
        holder.execute("ROLLBACK")
        holder.close()

    return release


def test_database_outage_is_retried_and_fails_nothing(stack: Stack, ledger: Ledger) -> None:
    first = slow_article(120)
    ledger.drop("before-outage.txt", first, expect="done")
    wait_for(lambda: attempts(stack.service, first), 60, "the first task to start")
    restore = _cut_database(stack)
    ledger.fault()
    # Files keep arriving; the watcher cannot store them yet and keeps them in the inbox.
    for n in range(5):
        ledger.drop(f"in-outage-{n}.txt", small_article(n), expect="done")
    time.sleep(6)  # the length of the outage
    restore()
    ledger.settle(timeout=120)
    assert attempts(stack.service, first)[-1].outcome == "success"
