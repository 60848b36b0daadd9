from pathlib import Path

from watcher.stability import StabilityTracker


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_stability_file_ready_only_after_quiet_period(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "a.txt"
    path.write_text("first half")
    tracker = StabilityTracker(1.0, clock)
    tracker.observe(path)
    clock.now = 0.5
    assert tracker.ready() == []
    clock.now = 1.1
    assert tracker.ready() == [path]
    assert path not in tracker


def test_stability_growing_file_restarts_quiet_period(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "a.txt"
    path.write_text("first half")
    tracker = StabilityTracker(1.0, clock)
    tracker.observe(path)
    clock.now = 0.9
    path.write_text("first half, second half")
    assert tracker.ready() == []
    clock.now = 1.5
    assert tracker.ready() == []
    clock.now = 2.0
    assert tracker.ready() == [path]


def test_stability_vanished_file_is_dropped(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "a.txt"
    path.write_text("x")
    tracker = StabilityTracker(0.0, clock)
    tracker.observe(path)
    path.unlink()
    clock.now = 5
    assert tracker.ready() == []
    assert len(tracker) == 0


def test_stability_file_its_writer_closed_is_ready_at_once(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "a.txt"
    path.write_text("whole article")
    tracker = StabilityTracker(1.0, clock)
    tracker.observe(path, complete=True)
    assert tracker.ready() == [path]


def test_stability_closed_file_written_again_waits_for_quiet_period(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "a.txt"
    path.write_text("first part")
    tracker = StabilityTracker(1.0, clock)
    tracker.observe(path, complete=True)
    path.write_text("first part, and more appended by a second writer")
    assert tracker.ready() == []
    clock.now = 1.1
    assert tracker.ready() == [path]
