"""What `docker compose up` runs, without Docker: the image's entrypoint with each compose
service's command — migrate, the watcher, two workers and Flower — as separate processes
against real Redis and PostgreSQL, checked through Flower's HTTP API and the database."""

import json
import os
import socket
import subprocess
import sys
import urllib.error
import urllib.request
import uuid
from base64 import b64encode
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import psycopg
import pytest
import yaml

from shared.redis_server import PrivateRedis
from tests.articles import article
from tests.conftest import REPO, Inbox, Service, sha, start_process, stop_process, wait_for

pytestmark = pytest.mark.integration

FLOWER_AUTH = "operator:deploy-test"
WORKERS = ("deploy-1", "deploy-2")
MAX_RETRIES = 2
# The metrics the README names for those who scrape Flower.
METRICS = (
    "flower_events_total", "flower_task_runtime_seconds", "flower_task_prefetch_time_seconds",
    "flower_worker_online", "flower_worker_number_of_currently_executing_tasks",
)  # fmt: skip
SERVICES = yaml.safe_load((REPO / "docker-compose.yml").read_text())["services"]


def compose_command(service: str) -> list[str]:
    """The service's container command: the Dockerfile's ENTRYPOINT plus compose's `command`."""
    dockerfile = (REPO / "Dockerfile").read_text().splitlines()
    entrypoint = json.loads(next(x[11:] for x in dockerfile if x.startswith("ENTRYPOINT ")))
    return [*entrypoint, *SERVICES[service]["command"]]


def healthcheck(service: str) -> list[str]:
    """The service's compose health check, as a command line."""
    kind, *args = SERVICES[service]["healthcheck"]["test"]
    # "$$" is compose's escape for a "$" left to the container's shell.
    return ["sh", "-c", args[0].replace("$$", "$")] if kind == "CMD-SHELL" else args


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Deployment:
    """The running services, Flower's API, and the database they write to."""

    def __init__(self, service: Service, inbox: Inbox, flower_port: int, plain_url: str) -> None:
        self.service = service
        self.inbox = inbox
        self.flower_url = f"http://127.0.0.1:{flower_port}"
        self.plain_url = plain_url  # for psycopg, without SQLAlchemy's +psycopg

    def flower(self, path: str, auth: str | None = FLOWER_AUTH) -> Any:
        """GET a Flower API path as JSON (basic auth as in compose)."""
        headers = {"Authorization": "Basic " + b64encode(auth.encode()).decode()} if auth else {}
        request = urllib.request.Request(self.flower_url + path, headers=headers)
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.load(response)

    def flower_tasks(self, document_id: int | None = None) -> list[dict[str, Any]]:
        """Flower's ingest tasks, or those of one document (its task ids start doc<id>-)."""
        tasks = self.flower("/api/tasks?taskname=factdrop.ingest")
        prefix = f"doc{document_id}-" if document_id is not None else ""
        return [task for task_id, task in tasks.items() if task_id.startswith(prefix)]

    def alive_workers(self) -> set[str]:
        try:
            alive = self.flower("/api/workers?status=true")
        except (urllib.error.URLError, ConnectionError):
            return set()
        return {name.split("@")[0] for name, up in alive.items() if up}

    def status(self) -> dict[str, Any]:
        result = self.service.run_cli("status", "--json")
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)


@pytest.fixture(scope="module")
def deployment(
    postgres_server: str, short_tmp: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Deployment]:
    """migrate, then watcher, two workers and Flower, as compose starts them."""
    home = tmp_path_factory.mktemp("deploy")
    name = f"factdrop_deploy_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    plain_url = f"{postgres_server.rsplit('/', 1)[0]}/{name}"
    redis = PrivateRedis(short_tmp / "deploy.sock", home / "redis")
    redis.start()
    flower_port = free_port()
    # compose's `environment` and the Dockerfile's ENV, pointed at this machine's servers,
    # plus what an operator would put in .env.
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTDROP_")} | {
        # As in the image: the virtual environment's bin/ (factdrop, python) first on PATH.
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "FACTDROP_BROKER_URL": redis.url,
        "FACTDROP_DATABASE_URL": plain_url.replace("postgresql://", "postgresql+psycopg://", 1),
        "FACTDROP_DATA_DIR": str(home / "data"),
        "FACTDROP_FLOWER_BASIC_AUTH": FLOWER_AUTH,
        "FACTDROP_FLOWER_PORT": str(flower_port),
        "FACTDROP_WORKER_CONCURRENCY": "1",
        "FACTDROP_QUIET_PERIOD": "0.3",
        "FACTDROP_SETTLE_INTERVAL": "0.3",
        "FACTDROP_MAX_RETRIES": str(MAX_RETRIES),
        "FACTDROP_RETRY_BACKOFF_MAX": "1",
    }
    service = Service("postgresql", env, env["FACTDROP_DATABASE_URL"])
    inbox = Inbox(home, service)
    processes: dict[str, subprocess.Popen[bytes]] = {}
    try:
        migrate = subprocess.run(compose_command("migrate"), env=env, capture_output=True)
        assert migrate.returncode == 0, migrate.stderr.decode()[-3000:]
        processes["watcher"] = start_process(
            compose_command("watcher"), inbox.env, home / "watcher.log"
        )
        # A busy database, as an operator may configure it: a statement waits at most half
        # a second for a lock, then fails and its task is retried.
        worker_env = env | {"PGOPTIONS": "-c lock_timeout=500"}
        for worker in WORKERS:
            # Docker gives each replica its own host name; on one machine we name them.
            command = [*compose_command("worker"), "--hostname", f"{worker}@%h"]
            processes[worker] = start_process(command, worker_env, home / f"{worker}.log")
        processes["flower"] = start_process(compose_command("flower"), env, home / "flower.log")
        deployment = Deployment(service, inbox, flower_port, plain_url)
        wait_for(lambda: "watching" in inbox.log(), 30, "the watcher to start")
        # Flower has heard both workers' heartbeats, so it receives task events from now on.
        wait_for(lambda: deployment.alive_workers() == set(WORKERS), 60, "Flower to see workers")
        yield deployment
    finally:
        with ThreadPoolExecutor() as pool:  # all at once, as `docker compose down` does
            codes = dict(zip(processes, pool.map(stop_process, processes.values()), strict=True))
        redis.stop()
        with psycopg.connect(postgres_server, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    # SIGTERM is a warm shutdown for the watcher and the workers.
    assert {name: codes[name] for name in ("watcher", *WORKERS)} == dict.fromkeys(
        ("watcher", *WORKERS), 0
    ), {name: (home / f"{name}.log").read_text()[-2000:] for name in ("watcher", *WORKERS)}


def test_deploy_ingests_every_dropped_file_once_as_flower_reports(deployment: Deployment) -> None:
    files = {f"{lang}.txt": article(lang).encode() for lang in ("en", "pl", "hr", "ru")}
    for filename, data in files.items():
        deployment.inbox.drop(filename, data)
    deployment.inbox.drop("copy of en.txt", files["en.txt"])
    documents = [deployment.service.wait_finished(sha(data), 45) for data in files.values()]
    assert [d.status for d in documents] == ["done"] * len(files)
    for data in files.values():
        assert len(deployment.service.documents(sha256=sha(data))) == 1

    def one_success_each() -> list[dict[str, Any]] | None:
        tasks = [deployment.flower_tasks(d.id) for d in documents]
        finished = all(len(t) == 1 and t[0]["state"] == "SUCCESS" for t in tasks)
        return [t[0] for t in tasks] if finished else None

    tasks = wait_for(one_success_each, 15, "Flower to report one successful task a document")
    # Each task names its file (argsrepr), so an operator sees which article it is.
    for name, task in zip(files, tasks, strict=True):
        assert name in task["args"], task

    # A refresh is a broadcast with a short timeout: a worker busy at that moment may miss
    # one, so Flower is asked again until both have answered.
    def both_listed() -> bool:
        workers = deployment.flower("/api/workers?refresh=1")
        return {name.split("@")[0] for name in workers} == set(WORKERS)

    wait_for(both_listed, 20, "Flower to list both workers")
    report = deployment.status()
    assert report["files"]["duplicate"] == 1
    assert report["throughput_per_minute"]["1 min"] >= len(files)


def test_flower_api_needs_the_password_and_its_metrics_do_not(deployment: Deployment) -> None:
    with pytest.raises(urllib.error.HTTPError) as refused:
        deployment.flower("/api/tasks", auth=None)
    assert refused.value.code == 401
    # What the README promises to Prometheus: served without a login, counting our tasks.
    with urllib.request.urlopen(deployment.flower_url + "/metrics", timeout=10) as response:
        metrics = response.read().decode()
    assert 'task="factdrop.ingest"' in metrics
    for name in METRICS:
        assert f"# TYPE {name} " in metrics


def test_dead_letter_shows_everywhere_and_retry_sends_it_again(deployment: Deployment) -> None:
    data = article("en").encode()
    with psycopg.connect(deployment.plain_url) as blocker:
        # Hold the table that storing results writes first: every attempt times out.
        blocker.execute("LOCK TABLE mentions IN ACCESS EXCLUSIVE MODE")
        deployment.inbox.drop("stuck.txt", data)
        failed = deployment.service.wait_finished(sha(data), 45)
        blocker.rollback()
    assert failed.status == "failed"
    assert failed.error is not None and failed.error.startswith(f"gave up after {MAX_RETRIES}")
    [task] = wait_for(
        lambda: [t for t in deployment.flower_tasks(failed.id) if t["state"] == "FAILURE"],
        15, "Flower to show the task failed",
    )  # fmt: skip
    assert task["retries"] == MAX_RETRIES and "lock timeout" in task["exception"]
    report = deployment.status()
    assert report["dead_letters"]["count"] == 1
    assert [d["filename"] for d in report["dead_letters"]["latest"]] == ["stuck.txt"]
    reason = deployment.inbox.failed / "stuck.txt.error.txt"
    wait_for(reason.exists, 10, "the watcher to move the file to failed/")
    assert reason.read_text().startswith(f"gave up after {MAX_RETRIES}")

    retried = deployment.service.run_cli("retry", "--dead")
    assert "1 of 1 failed documents queued again" in retried.stdout, retried.stderr
    done = wait_for(
        lambda: (d := deployment.service.document(sha(data))) and d.status == "done" and d,
        45, "the retried document to be done",
    )  # fmt: skip
    assert done.error is None
    wait_for(
        lambda: any(t["state"] == "SUCCESS" for t in deployment.flower_tasks(done.id)),
        15, "Flower to show the retried task succeeded",
    )  # fmt: skip
    assert deployment.status()["dead_letters"]["count"] == 0


@pytest.mark.parametrize("service", ["worker", "flower"])
def test_compose_health_checks_pass_against_the_running_services(
    deployment: Deployment, service: str
) -> None:
    result = subprocess.run(
        healthcheck(service), env=deployment.service.env, capture_output=True, text=True,
        timeout=30,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
