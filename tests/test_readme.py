import re
import shlex
from pathlib import Path

import pytest
import typer.main
import yaml

from shared.cli import app
from shared.config import Settings

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text()
SERVICES = set(yaml.safe_load((REPO / "docker-compose.yml").read_text())["services"])
COMMANDS = set(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
# Every `docker compose …` command line, in code blocks or inline code, without its comment.
COMPOSE_LINES = {
    line.split("  #")[0].strip()
    for line in re.findall(r"(?:^|`)(docker compose [^`\n]*)", README, re.MULTILINE)
}


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_readme_lists_every_setting(field: str) -> None:
    assert f"`FACTDROP_{field.upper()}`" in README


def test_readme_starts_with_the_two_commands() -> None:
    head = README.split("\n## ", 1)[0]
    assert "make run" in head and "make test" in head


def named_services(line: str) -> list[str]:
    """The compose services a `docker compose` command line names."""
    words = shlex.split(line.split(" > ")[0].split(" < ")[0])[2:]
    # `--scale worker=4` names a service too; other flags and their values do not.
    command = words[0]
    args = [w.split("=")[0] for w in words[1:] if not w.startswith("-")]
    if command in ("exec", "run"):
        return args[:1]
    return args if command in ("up", "stop", "start", "logs", "build") else []


@pytest.mark.parametrize("line", sorted(COMPOSE_LINES))
def test_readme_compose_commands_name_services_of_the_compose_file(line: str) -> None:
    assert set(named_services(line)) <= SERVICES, line


@pytest.mark.parametrize("command", sorted(set(re.findall(r"\bfactdrop ([a-z]+)\b", README))))
def test_readme_factdrop_commands_exist(command: str) -> None:
    assert command in COMMANDS
