"""docker-compose.yml is valid Compose and runs the commands the tests run directly."""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
COMPOSE = REPO / "docker-compose.yml"
ENV = {"POSTGRES_PASSWORD": "secret", "FLOWER_BASIC_AUTH": "admin:secret"}


def interpolated() -> str:
    """The file with ${VAR} and ${VAR:?message} filled in, as compose does from .env."""
    return re.sub(r"\$\{(\w+)(?::\?[^}]*)?\}", lambda m: ENV[m.group(1)], COMPOSE.read_text())


def test_compose_file_is_valid_against_the_compose_specification() -> None:
    compose_spec = pytest.importorskip("compose_spec")
    # PyYAML resolves the `<<` merge keys, as Compose's own YAML loader does.
    merged = json.dumps(yaml.safe_load(interpolated()))
    compose_spec.PyCompose.from_json(merged)  # raises ValueError when invalid


@pytest.mark.skipif(
    shutil.which("docker") is None
    or subprocess.run(["docker", "compose", "version"], capture_output=True).returncode != 0,
    reason="no docker compose plugin on this machine",
)
def test_compose_file_passes_docker_compose_config() -> None:
    subprocess.run(
        ["docker", "compose", "-f", str(COMPOSE), "config", "--quiet"],
        check=True, env={**os.environ, **ENV}, cwd=REPO,
    )  # fmt: skip


def test_compose_services_are_the_processes_the_tests_start() -> None:
    services = yaml.safe_load(COMPOSE.read_text())["services"]
    commands = {name: s.get("command") for name, s in services.items() if "command" in s}
    assert commands["watcher"] == ["watch"]
    assert commands["worker"] == ["worker"]
    assert commands["flower"] == ["flower"]
    assert commands["migrate"] == ["db", "upgrade"]
    assert not any("/inbox" in v for v in services["worker"].get("volumes", []))


def test_services_waited_on_until_healthy_have_health_checks() -> None:
    services = yaml.safe_load(COMPOSE.read_text())["services"]
    waited_on = {
        target
        for service in services.values()
        for target, wait in (service.get("depends_on") or {}).items()
        if wait.get("condition") == "service_healthy"
    }
    assert waited_on and all("healthcheck" in services[name] for name in waited_on)


def test_long_running_services_restart_and_the_one_shot_migration_does_not() -> None:
    services = yaml.safe_load(COMPOSE.read_text())["services"]
    assert services.pop("migrate")["restart"] == "no"
    assert {name: s.get("restart") for name, s in services.items()} == dict.fromkeys(
        services, "unless-stopped"
    )
