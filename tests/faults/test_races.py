"""Concurrency: the same content under many names at once, two workers on one document."""

import threading

import pytest

from shared.config import Settings
from shared.queue import make_app, send_ingest
from tests.conftest import wait_for
from tests.faults.helpers import attempts, result_rows, running_attempt, sha, slow_article
from tests.faults.ledger import Ledger
from tests.faults.stack import Stack

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("stack", ["postgresql"], indirect=True)
def test_same_file_dropped_twenty_times_concurrently_is_one_document(
    stack: Stack, ledger: Ledger
) -> None:
    data = slow_article(2)
    names = [f"copy {n}.txt" for n in range(20)]
    for name in names:
        ledger.note(name, data)
    threads = [threading.Thread(target=ledger.inbox.drop, args=(name, data)) for name in names]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ends = ledger.settle()
    assert sorted(ends.values()) == ["done"] + ["duplicate"] * 19
    assert len(stack.service.documents(sha256=sha(data))) == 1


def test_two_workers_racing_on_one_document_leave_one_result(stack: Stack, ledger: Ledger) -> None:
    data = slow_article(120)
    ledger.drop("raced.txt", data, expect="done")
    attempt = running_attempt(stack.service, data)
    # The task sent again while the first delivery runs: the idle worker takes it at once.
    send_ingest(make_app(Settings(broker_url=stack.env["FACTDROP_BROKER_URL"])),
                attempt.document_id, "raced.txt")  # fmt: skip
    ledger.fault()
    ledger.settle()
    runs = wait_for(
        lambda: len(found := attempts(stack.service, data)) == 2
        and all(a.finished_at for a in found)
        and found,
        60, "both deliveries to finish",
    )  # fmt: skip
    assert len({a.pid for a in runs}) == 2, "both workers ran the document"
    assert [a.outcome for a in runs] == ["success", "success"]
    mentions, distinct_mentions, facts, distinct_facts = result_rows(stack.service, data)
    assert (mentions, facts) == (distinct_mentions, distinct_facts)
