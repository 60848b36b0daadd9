"""The watcher's loop survives outages, and a file that triggers a bug is refused."""

from pathlib import Path

import pytest
from kombu.exceptions import OperationalError as BrokerError
from sqlalchemy.exc import OperationalError

from shared.config import Settings
from watcher.service import Watcher


@pytest.mark.parametrize(
    "outage",
    [
        OperationalError("SELECT 1", {}, Exception("connection refused")),
        BrokerError("Redis away"),
        OSError("disk gone"),
    ],
)
def test_guarded_step_logs_an_outage_instead_of_stopping_the_loop(
    outage: Exception, caplog: pytest.LogCaptureFixture
) -> None:
    def step() -> None:
        raise outage

    Watcher.guarded("settle", step)

    assert "settle failed, will try again" in caplog.text


def test_guarded_step_lets_a_bug_through_to_the_caller() -> None:
    def step() -> None:
        raise ValueError("a bug")

    with pytest.raises(ValueError, match="a bug"):
        Watcher.guarded("settle", step)


def test_intake_refuses_a_file_that_triggers_a_bug_and_carries_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(inbox=tmp_path / "inbox", failed_dir=tmp_path / "failed")
    watcher = Watcher(settings, app=None)  # type: ignore[arg-type]  (never reached)
    path = watcher.inbox / "odd.txt"
    path.parent.mkdir()
    path.write_text("words")
    refused: list[tuple[str, str]] = []

    def crash(_path: Path) -> None:
        raise ValueError("a bug")

    monkeypatch.setattr(watcher, "handle", crash)
    monkeypatch.setattr(watcher, "refuse", lambda _p, rel, reason: refused.append((rel, reason)))

    watcher.intake(path)

    assert refused == [("odd.txt", "internal error: ValueError: a bug")]
