"""The Celery settings that make delivery reliable, as an operator relies on them."""

import os

from shared.config import Settings
from shared.queue import broker_url, make_app


def test_make_app_acknowledges_late_and_reserves_one_task() -> None:
    conf = make_app(Settings(broker_url="redis://localhost:1/0")).conf
    assert conf.task_acks_late and conf.task_reject_on_worker_lost
    assert conf.worker_prefetch_multiplier == 1
    assert conf.worker_send_task_events and conf.task_send_sent_event


def test_make_app_visibility_timeout_outlasts_time_limit_and_backoff() -> None:
    settings = Settings(
        broker_url="redis://x", visibility_timeout=10, task_time_limit=600, retry_backoff_max=300
    )
    conf = make_app(settings).conf
    assert conf.broker_transport_options["visibility_timeout"] > 600 + 300
    assert conf.task_soft_time_limit < conf.task_time_limit


def test_broker_url_defaults_to_private_socket_under_data_dir(tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = broker_url(Settings(broker_url=None, data_dir=tmp_path))
    assert url == f"redis+socket://{tmp_path.resolve()}/redis.sock"


def test_workers_run_one_child_more_than_the_cores_unless_configured() -> None:
    assert make_app(Settings()).conf.worker_concurrency == (os.cpu_count() or 1) + 1
    assert make_app(Settings(worker_concurrency=3)).conf.worker_concurrency == 3
