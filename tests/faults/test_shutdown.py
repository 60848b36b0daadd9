"""Graceful shutdown: SIGTERM lets a worker finish the task in hand and the watcher the
file in hand; nothing is lost either way."""

import signal

import pytest

from tests.conftest import Inbox, wait_for
from tests.faults.helpers import (
    attempts,
    running_attempt,
    slow_article,
    small_article,
    start_watcher,
)
from tests.faults.ledger import Ledger
from tests.faults.stack import Stack

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("stack", ["postgresql"], indirect=True)
def test_sigterm_to_worker_finishes_the_task_in_hand(stack: Stack, ledger: Ledger) -> None:
    data = slow_article(120)
    ledger.drop("in-hand.txt", data, expect="done")
    attempt = running_attempt(stack.service, data)
    holder = next(name for name in stack.workers if attempt.pid in stack.child_pids(name))
    stack.workers[holder].send_signal(signal.SIGTERM)
    ledger.fault()
    assert stack.workers[holder].wait(60) == 0
    ledger.settle()
    assert [a.outcome for a in attempts(stack.service, data)] == ["success"]


@pytest.mark.parametrize("stack", ["postgresql"], indirect=True)
def test_sigterm_to_watcher_finishes_the_file_in_hand(
    stack: Stack, ledger: Ledger, box: Inbox
) -> None:
    assert box.process is not None
    for n in range(40):
        ledger.drop(f"queued-{n}.txt", small_article(n), expect="done")
    wait_for(lambda: "stored" in box.log(), 30, "the watcher to store a file")
    box.process.send_signal(signal.SIGTERM)
    ledger.fault()
    assert box.process.wait(30) == 0
    start_watcher(box)  # the files it had not reached wait in the inbox for the next start
    ledger.settle()
