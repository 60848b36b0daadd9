"""A flood: an archive of small files unpacked into the watched inbox (more events than
inotify queues), and a burst copied in while the watcher starts.

The flood has FACTDROP_FAULTS_FLOOD files (default 200; `make faults` uses 20,000), the
burst as many, up to 500.
The figures are printed: intake and end-to-end rate, the watcher's peak memory.
"""

import io
import tarfile
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import Inbox
from tests.faults.conftest import flood_size
from tests.faults.helpers import small_article, start_watcher
from tests.faults.ledger import Ledger
from tests.faults.stack import Stack

pytestmark = pytest.mark.integration

MAX_BURST = 500
# The watcher holds a path and a few numbers per waiting file; far below this even at
# 20,000 files, and far below what reading the files into memory would take.
MAX_WATCHER_MIB = 400


def archive_of(files: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for name, data in files:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def peak_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM in /proc status")


@pytest.mark.parametrize("stack", ["sqlite"], indirect=True)
def test_flood_and_burst_at_start_are_all_ingested_once(
    stack: Stack, ledger: Ledger, box: Inbox
) -> None:
    assert box.process is not None
    count = flood_size()
    files = [(f"flood/{n // 1000:02d}/item-{n}.txt", small_article(n)) for n in range(count)]
    for name, data in files:
        ledger.note(name, data, expect="done")
    with tarfile.open(fileobj=io.BytesIO(archive_of(files))) as tar:
        started = time.monotonic()
        tar.extractall(box.inbox, filter="data")
    ledger.fault()
    ledger.settle(timeout=60 + count * 0.1)
    flood_seconds = time.monotonic() - started
    flood_peak = peak_mib(box.process.pid)
    overflows = box.log().count("inotify overflowed")

    box.stop()
    size = min(MAX_BURST, count)
    burst = [(f"burst/item-{n}.txt", small_article(n)) for n in range(count, count + size)]
    copier = threading.Thread(
        target=lambda: [ledger.drop(name, data, expect="done") for name, data in burst]
    )
    copier.start()
    start_watcher(box)
    copier.join()
    ledger.fault()
    ledger.settle(timeout=60 + size * 0.1)
    ledger.totals.figures.append(
        f"flood: {count} files in {flood_seconds:.1f} s ({count / flood_seconds:.0f} files/s"
        f" stored and extracted), {overflows} inotify overflows, watcher peak"
        f" {flood_peak:.0f} MiB;"
        f" burst of {size} at start, watcher peak {peak_mib(box.process.pid):.0f} MiB"
    )
    assert flood_peak < MAX_WATCHER_MIB
