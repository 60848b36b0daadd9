"""`factdrop eval --articles`: scoring the extractor on a folder of annotated articles."""

import json
from pathlib import Path

from typer.testing import CliRunner

from shared.cli import app


def _annotate(folder: Path, stem: str, lang: str, text: str, entities: list[dict]) -> None:
    (folder / "articles").mkdir(exist_ok=True)
    (folder / "gold").mkdir(exist_ok=True)
    (folder / "articles" / f"{stem}.txt").write_text(text, encoding="utf-8")
    gold = {"id": stem, "lang": lang, "published": "2024-05-02", "entities": entities}
    (folder / "gold" / f"{stem}.json").write_text(json.dumps(gold), encoding="utf-8")


def _eval(folder: Path, *options: str) -> dict:
    command = ["eval", "--gold", str(folder / "gold"), "--articles", str(folder / "articles")]
    result = CliRunner().invoke(app, [*command, "--json", *options])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout[result.stdout.index("{") :])


def test_only_scores_the_selected_articles(tmp_path: Path) -> None:
    town = {"label": "LOC", "canonical": "London", "surface": ["London"]}
    _annotate(tmp_path, "news_1_en", "en", "The mayor of London spoke on Monday.", [town])
    person = {"label": "PER", "canonical": "Anna Nowak", "surface": ["Anna Nowak"]}
    _annotate(tmp_path, "news_2_pl", "pl", "Anna Nowak mieszka w Gdańsku.", [person])

    everything = _eval(tmp_path)
    selected = _eval(tmp_path, "--only", "news_1*")

    assert set(everything["entities_by_language"]) == {"en", "pl"}
    assert set(selected["entities_by_language"]) == {"en"}


def test_only_matching_nothing_is_refused(tmp_path: Path) -> None:
    _annotate(tmp_path, "news_1_en", "en", "The mayor of London spoke.", [])
    command = ["eval", "--gold", str(tmp_path / "gold"), "--only", "other_*"]
    result = CliRunner().invoke(app, command)
    assert result.exit_code != 0
    assert "no gold file" in result.output
