import pytest
from typer.testing import CliRunner

from shared.cli import app

COMMANDS = [
    "up", "watch", "worker", "flower", "db", "ingest", "status", "retry", "reprocess", "export",
    "eval", "facts",
]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS)
def test_help_lists_command_with_help_text(command: str) -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    line = next((x for x in result.output.splitlines() if f" {command} " in x), "")
    assert line.strip().split(maxsplit=2)[-1], f"{command} has no help text"


def test_retry_without_a_selection_is_refused() -> None:
    result = CliRunner().invoke(app, ["retry"])
    assert result.exit_code != 0
    assert "--failed" in result.output
