from pathlib import Path

import pytest

from shared.config import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_readme_lists_every_setting(field: str) -> None:
    assert f"`FACTDROP_{field.upper()}`" in README


def test_readme_starts_with_the_two_commands() -> None:
    head = README.split("\n## ", 1)[0]
    assert "make run" in head and "make test" in head
