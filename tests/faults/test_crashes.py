"""Processes killed without warning: a worker in the middle of a task, a whole worker and
its task, the watcher while files keep arriving."""

import os
import signal
import threading
import time

import pytest

from tests.conftest import Inbox, wait_for
from tests.faults.helpers import (
    attempts,
    result_rows,
    running_attempt,
    sha,
    slow_article,
    small_article,
    start_watcher,
)
from tests.faults.ledger import Ledger
from tests.faults.stack import Stack

pytestmark = pytest.mark.integration


def test_worker_killed_mid_task_is_delivered_again_and_stored_once(
    stack: Stack, ledger: Ledger
) -> None:
    data = slow_article()
    ledger.drop("slow.txt", data, expect="done")
    attempt = running_attempt(stack.service, data)
    os.kill(attempt.pid or 0, signal.SIGKILL)  # the pool process running the task
    ledger.fault()
    ledger.settle()
    runs = attempts(stack.service, data)
    assert [a.outcome for a in runs] == ["started", "success"], "delivered again, once"
    mentions, distinct_mentions, facts, distinct_facts = result_rows(stack.service, data)
    assert (mentions, facts) == (distinct_mentions, distinct_facts)


@pytest.mark.parametrize("stack", ["postgresql"], indirect=True)
def test_document_killing_its_worker_every_time_is_failed_as_poison(
    stack: Stack, ledger: Ledger
) -> None:
    data = slow_article(120)
    ledger.drop("poison.txt", data, expect="failed")
    for delivery in range(3):  # FACTDROP_MAX_DELIVERIES
        attempt = wait_for(
            lambda n=delivery: len(runs := attempts(stack.service, data)) > n and runs[n],
            60, "the next delivery",
        )  # fmt: skip
        os.kill(attempt.pid or 0, signal.SIGKILL)
        ledger.fault()
    ledger.settle()
    document = stack.service.document(sha(data))
    assert document is not None and "poison" in (document.error or "")


@pytest.mark.parametrize("stack", ["postgresql"], indirect=True)
def test_task_lost_with_its_worker_is_sent_again_after_the_deadline(
    stack: Stack, ledger: Ledger, box: Inbox
) -> None:
    box.stop()
    box.env["FACTDROP_REQUEUE_AFTER"] = "3"
    start_watcher(box)
    data = slow_article()
    ledger.drop("lost.txt", data, expect="done")
    attempt = running_attempt(stack.service, data)
    holder = next(name for name in stack.workers if attempt.pid in stack.child_pids(name))
    # Main process and child die together: the message stays unacknowledged in Redis,
    # out of reach until the visibility timeout; only the deadline can save the document.
    stack.kill_worker(holder)
    ledger.fault()
    ledger.settle(timeout=60)
    # The deadline may fire again while the re-sent task runs: harmless, ingest is idempotent.
    assert "success" in [a.outcome for a in attempts(stack.service, data)]


@pytest.mark.parametrize("stack", ["postgresql"], indirect=True)
def test_watcher_killed_and_restarted_while_files_arrive_loses_nothing(
    stack: Stack, ledger: Ledger, box: Inbox
) -> None:
    assert box.process is not None
    arrivals = threading.Thread(
        target=lambda: [
            (ledger.drop(f"arrival-{n}.txt", small_article(n), expect="done"), time.sleep(0.05))
            for n in range(60)
        ]
    )
    arrivals.start()
    for _ in range(2):
        time.sleep(1.0)
        box.process.kill()
        box.process.wait()
        ledger.fault()
        time.sleep(0.5)  # files keep arriving while no watcher runs
        start_watcher(box)
    arrivals.join()
    ledger.settle()
