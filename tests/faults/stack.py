"""A running factdrop whose parts a test may kill: Redis, worker processes, the database link."""

import os
import signal
import subprocess
import sys
from pathlib import Path

from shared.redis_server import PrivateRedis
from tests.conftest import Service, start_process, stop_process, wait_for
from tests.faults.proxy import CuttableProxy

# Short intervals so that faults heal within seconds; retries fast enough to outlast a
# database outage of a few seconds, many enough not to give up during one.
FAULT_SETTINGS = {
    "FACTDROP_QUIET_PERIOD": "0.3",
    "FACTDROP_RESCAN_INTERVAL": "1",
    "FACTDROP_SETTLE_INTERVAL": "0.3",
    "FACTDROP_REQUEUE_AFTER": "600",
    "FACTDROP_TASK_TIME_LIMIT": "60",
    "FACTDROP_MAX_RETRIES": "10",
    "FACTDROP_RETRY_BACKOFF_MAX": "3",
    "FACTDROP_MAX_FILE_BYTES": "10000000",
}


class Stack:
    """Redis, a database and worker processes (one child each) for one backend."""

    def __init__(
        self, backend: str, home: Path, socket: Path, database_url: str,
        proxy: CuttableProxy | None,
    ) -> None:  # fmt: skip
        self.home = home
        self.redis = PrivateRedis(socket, home / "redis")
        self.proxy = proxy
        self.env = {
            **os.environ,
            **FAULT_SETTINGS,
            "FACTDROP_BROKER_URL": self.redis.url,
            "FACTDROP_DATABASE_URL": database_url,
            "FACTDROP_DATA_DIR": str(home / "data"),
        }
        self.service = Service(backend, self.env, database_url)
        self.workers: dict[str, subprocess.Popen[bytes]] = {}

    @property
    def backend(self) -> str:
        return self.service.backend

    def launch_worker(self, name: str) -> int:
        """Start worker `name` (one child process); returns how many "ready" lines its log
        had before, for `wait_ready`."""
        log = self.worker_log(name)
        before = log.read_text(errors="replace").count(" ready.") if log.exists() else 0
        self.workers[name] = start_process(
            [sys.executable, "-m", "celery", "-A", "worker", "worker", "--concurrency", "1",
             "--loglevel", "INFO", "--hostname", f"{name}@%h"],
            self.env, log,
        )  # fmt: skip
        return before

    def wait_ready(self, name: str, ready_before: int) -> None:
        log = self.worker_log(name)
        wait_for(
            lambda: log.read_text(errors="replace").count(" ready.") > ready_before,
            60, f"worker {name} to be ready",
        )  # fmt: skip

    def worker_log(self, name: str) -> Path:
        return self.home / f"{name}.log"

    def child_pids(self, name: str) -> list[int]:
        """The pool processes of worker `name` (those that run tasks)."""
        pid = self.workers[name].pid
        children = Path(f"/proc/{pid}/task/{pid}/children")
        return [int(p) for p in children.read_text().split()] if children.exists() else []

    def kill_worker(self, name: str) -> None:
        """SIGKILL worker `name` and its children at once, as the OOM killer or a power cut."""
        for pid in [*self.child_pids(name), self.workers[name].pid]:
            os.kill(pid, signal.SIGKILL)
        self.workers[name].wait()

    def heal(self) -> None:
        """Undo whatever the last test broke: Redis up, database reachable, two workers."""
        if self.proxy is not None:
            self.proxy.restore()
        if not self.redis.ping():
            self.redis.stop()
            self.redis.start()
        gone = [
            name for name in ("w1", "w2")
            if name not in self.workers or self.workers[name].poll() is not None
        ]  # fmt: skip
        starting = {name: self.launch_worker(name) for name in gone}  # both start at once
        for name, ready_before in starting.items():
            self.wait_ready(name, ready_before)

    def stop(self) -> dict[str, int]:
        alive = {name: p for name, p in self.workers.items() if p.poll() is None}
        codes = {name: stop_process(p, timeout=60) for name, p in alive.items()}
        self.redis.stop()
        if self.proxy is not None:
            self.proxy.close()
        return codes
