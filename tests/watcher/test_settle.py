from pathlib import Path

import pytest

from shared.config import Settings
from watcher.settle import put_away, refuse


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(archive_dir=tmp_path / "archive", failed_dir=tmp_path / "failed")


def test_put_away_archives_under_the_same_relative_path(tmp_path: Path, settings: Settings) -> None:
    source = tmp_path / "in.txt"
    source.write_text("a")
    moved = put_away(source, "sub/in.txt", settings)
    assert moved == str(settings.archive_dir / "sub" / "in.txt")
    assert not source.exists()


def test_put_away_never_overwrites_an_archived_file(tmp_path: Path, settings: Settings) -> None:
    for content in ("first", "second"):
        source = tmp_path / "in.txt"
        source.write_text(content)
        put_away(source, "in.txt", settings)
    assert (settings.archive_dir / "in.txt").read_text() == "first"
    assert (settings.archive_dir / "in (2).txt").read_text() == "second"


def test_put_away_deletes_when_so_configured(tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_text("a")
    assert put_away(source, "in.txt", Settings(after_ingest="delete")) is None
    assert not source.exists()


def test_refuse_moves_file_to_failed_with_its_reason(tmp_path: Path, settings: Settings) -> None:
    source = tmp_path / "- odd name.txt"
    source.write_text("a")
    refuse(source, "- odd name.txt", "over the limit", settings)
    assert (settings.failed_dir / "- odd name.txt").read_text() == "a"
    assert (settings.failed_dir / "- odd name.txt.error.txt").read_text() == "over the limit\n"
