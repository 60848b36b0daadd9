"""Start and stop the service's processes (watcher, workers, Flower) as children."""

import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence


def python_module(module: str, *args: str) -> list[str]:
    return [sys.executable, "-m", module, *args]


def worker_command(extra: Sequence[str] = ()) -> list[str]:
    return python_module("celery", "-A", "worker", "worker", "--loglevel", "INFO", *extra)


def flower_command(port: int, basic_auth: str | None, state_file: str) -> list[str]:
    args = ["-A", "worker", "flower", f"--port={port}", "--persistent=True", f"--db={state_file}"]
    if basic_auth:
        args.append(f"--basic-auth={basic_auth}")
    return python_module("celery", *args)


def supervise(commands: Sequence[list[str]], env: dict[str, str], grace: float = 30.0) -> int:
    """Run `commands` until one exits or we get SIGINT/SIGTERM, then stop all of them.

    Children get SIGTERM (warm shutdown: the task or file in hand is finished) and are
    killed after `grace` seconds. Returns the first non-zero exit code, else 0.
    """
    stopping = False

    def on_signal(_signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    # Children start in their own process group, so Ctrl-C reaches only us and we stop
    # them in order instead of all at once.
    children = [subprocess.Popen(cmd, env=env, start_new_session=True) for cmd in commands]
    try:
        while not stopping and all(child.poll() is None for child in children):
            time.sleep(0.2)
    finally:
        for child in children:
            if child.poll() is None:
                child.terminate()
        deadline = time.monotonic() + grace
        for child in children:
            try:
                child.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(child.pid, signal.SIGKILL)
                child.wait()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return next((c.returncode for c in children if c.returncode not in (0, None, -15)), 0)
