"""A worker builds its pipelines before it forks, so that its children start warm."""

import os
import sys
from pathlib import Path

import pytest

from shared.redis_server import PrivateRedis
from tests.conftest import start_process, stop_process, wait_for

pytestmark = pytest.mark.integration


def _start_worker(home: Path, redis: PrivateRedis, preload: str):
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTDROP_")}
    env |= {
        "FACTDROP_BROKER_URL": redis.url,
        "FACTDROP_DATABASE_URL": f"sqlite:///{home / 'factdrop.db'}",
        "FACTDROP_WORKER_PRELOAD": preload,
    }
    log = home / f"worker-{preload}.log"
    command = [sys.executable, "-m", "celery", "-A", "worker", "worker", "--concurrency", "2",
               "--loglevel", "INFO", "--hostname", f"preload-{preload}@%h"]  # fmt: skip
    return start_process(command, env, log), log


@pytest.mark.parametrize(("preload", "built"), [("pl,en", 2), ("none", 0)])
def test_children_inherit_the_preloaded_pipelines(
    short_tmp: Path, tmp_path: Path, preload: str, built: int
) -> None:
    redis = PrivateRedis(short_tmp / f"preload-{built}.sock", tmp_path / "redis")
    redis.start()
    try:
        process, log = _start_worker(tmp_path, redis, preload)
        ready = wait_for(
            lambda: log.read_text().count("pipelines built") >= 2 and log.read_text(),
            120,
            "both worker children to start",
        )
        assert ready.count(f"ready with {built} pipelines built") == 2, ready[-3000:]
        assert stop_process(process) == 0, log.read_text()[-3000:]
    finally:
        redis.stop()


def test_an_unknown_preload_language_stops_the_worker_with_a_clear_error(
    short_tmp: Path, tmp_path: Path
) -> None:
    redis = PrivateRedis(short_tmp / "preload-bad.sock", tmp_path / "redis")
    redis.start()
    try:
        process, log = _start_worker(tmp_path, redis, "pl,xy")
        assert process.wait(60) != 0
        assert "unknown language xy" in log.read_text()
    finally:
        redis.stop()
