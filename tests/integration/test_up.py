"""`factdrop up` on a bare machine: private Redis, SQLite, watcher and worker; Ctrl-C stops all."""

import hashlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import redis
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from shared.db.models import Document
from shared.db.session import session_scope
from tests.articles import article
from tests.conftest import wait_for

pytestmark = pytest.mark.integration


def test_up_ingests_a_dropped_file_and_stops_cleanly_on_ctrl_c(short_tmp: Path) -> None:
    home = short_tmp / "up"
    (home / "inbox").mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTDROP_")}
    env |= {"FACTDROP_QUIET_PERIOD": "0.2", "FACTDROP_WORKER_CONCURRENCY": "1"}
    log = (home / "up.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "shared.cli", "up"], cwd=home, env=env, stdout=log, stderr=log
    )
    try:
        data = article("en").encode()
        (home / "inbox" / "a.txt").write_bytes(data)
        url = f"sqlite:///{home / 'data' / 'factdrop.db'}"

        def done() -> bool:
            if not (home / "data" / "factdrop.db").exists():
                return False
            try:
                with session_scope(url) as session:
                    sha = hashlib.sha256(data).hexdigest()
                    status = session.scalar(select(Document.status).where(Document.sha256 == sha))
            except OperationalError:
                return False  # the file is there, its tables not yet: `up` is migrating
            return status == "done"

        wait_for(done, 90, "the dropped file to be ingested")
        assert (home / "archive" / "a.txt").exists()
    finally:
        process.send_signal(signal.SIGINT)
        code = process.wait(60)
    assert code == 0, (home / "up.log").read_text()[-3000:]
    assert not _redis_alive(home), "the private Redis outlived `up`"


def _redis_alive(home: Path) -> bool:
    try:
        return bool(redis.Redis(unix_socket_path=str(home / "data" / "redis.sock")).ping())
    except redis.ConnectionError:
        return False
