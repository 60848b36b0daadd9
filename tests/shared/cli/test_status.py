"""`factdrop status` against a real (private) Redis and a SQLite database."""

import json

from typer.testing import CliRunner

from shared.cli import app


def test_status_prints_throughput_and_dead_letters(history: str) -> None:
    result = CliRunner().invoke(app, ["status"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "queue:      0 waiting" in lines
    assert "throughput: 3.0/min over 1 min, 0.8/min over 5 min, 0.3/min over 15 min" in lines
    assert any(x.startswith("dead:       1 whose task gave up") for x in lines)
    assert "failed:     stuck.txt (#6): gave up after 5 retries: timeout" in lines
    assert "failed:     bad.txt (#7): not a text document" in lines


def test_status_json_lists_dead_letters_apart_from_other_failures(history: str) -> None:
    result = CliRunner().invoke(app, ["status", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["throughput_per_minute"] == {"1 min": 3.0, "5 min": 0.8, "15 min": 0.33}
    assert report["dead_letters"]["count"] == 1
    assert [d["filename"] for d in report["dead_letters"]["latest"]] == ["stuck.txt"]
    assert {f["filename"] for f in report["failures"]} == {"stuck.txt", "bad.txt"}
