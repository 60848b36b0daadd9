from pathlib import Path

import pytest

from shared.files import is_ignored, scan


@pytest.mark.parametrize(
    "name",
    ["a.txt.part", "a.tmp", "report.pdf.crdownload", "notes.txt~", ".hidden.txt", ".git/x.txt",
     "a.TMP"],
)  # fmt: skip
def test_is_ignored_temporary_and_hidden_names(tmp_path: Path, name: str) -> None:
    assert is_ignored(tmp_path / name, tmp_path)


@pytest.mark.parametrize("name", ["a.txt", "članak.html", "sub/dir/b.json", "- dash.txt", "x y.md"])
def test_is_ignored_keeps_ordinary_names(tmp_path: Path, name: str) -> None:
    assert not is_ignored(tmp_path / name, tmp_path)


def test_scan_finds_nested_files_and_skips_excluded_folders(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "archive").mkdir()
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "sub" / "b.txt").write_text("b")
    (tmp_path / "archive" / "c.txt").write_text("c")
    (tmp_path / "d.txt.part").write_text("d")
    found = sorted(
        p.relative_to(tmp_path).as_posix() for p in scan(tmp_path, (tmp_path / "archive",))
    )
    assert found == ["a.txt", "sub/b.txt"]
