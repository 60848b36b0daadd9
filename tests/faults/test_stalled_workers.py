"""Liveness by progress: workers whose processes live on but take no task are stalled."""

import os
import signal
import subprocess
import sys

import pytest

from tests.conftest import wait_for
from tests.faults.helpers import small_article
from tests.faults.ledger import Ledger
from tests.faults.stack import Stack

pytestmark = pytest.mark.integration


def liveness(stack: Stack, window: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "worker.liveness", str(window)],
        env=stack.env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


@pytest.mark.parametrize("stack", ["postgresql"], indirect=True)
def test_frozen_workers_with_live_processes_are_reported_stalled(
    stack: Stack, ledger: Ledger
) -> None:
    pids = [pid for name in stack.workers for pid in (stack.workers[name].pid,
            *stack.child_pids(name))]  # fmt: skip
    for pid in pids:
        os.kill(pid, signal.SIGSTOP)  # alive to any pid check, consuming nothing
    ledger.fault()
    try:
        ledger.drop("while-frozen.txt", small_article(0), expect="done")
        stalled = wait_for(
            lambda: (result := liveness(stack, 1.0)).returncode == 1 and result,
            60, "liveness to report the stall",
        )  # fmt: skip
        assert "waiting" in stalled.stdout
    finally:
        for pid in pids:
            os.kill(pid, signal.SIGCONT)
    ledger.settle()
