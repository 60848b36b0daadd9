"""`factdrop eval`: score extraction against gold annotations."""

import json
import time
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Annotated, Any

import typer

from shared.analysis import analyse
from shared.db.session import session_scope
from shared.evaluation import format_report, load_gold, score
from shared.export import extraction_record, iter_records
from shared.extract import get_extractor

# When an article exists in several formats, the first of these is scored.
PREFERRED_SUFFIXES = (".txt", ".md", ".json", ".html", ".htm", ".pdf")


def evaluate(
    gold: Annotated[Path, typer.Option(exists=True, file_okay=False, help="Gold JSON files.")],
    articles: Annotated[
        Path | None,
        typer.Option(file_okay=False, help="Run the extractor over these files directly."),
    ] = None,
    misses: Annotated[bool, typer.Option(help="List missed and spurious items.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    only: Annotated[
        str | None,
        typer.Option(
            metavar="IDS", help="Score only these gold ids, comma-separated; * and ? match."
        ),
    ] = None,
) -> None:
    """Precision, recall and F1 of entities (per label and language), linking and facts,
    for the stored documents or, with --articles, for files extracted on the spot."""
    gold_docs = select(load_gold(gold), only)
    if not gold_docs:
        raise typer.BadParameter(f"no gold file in {gold} matches {only!r}", param_hint="--only")
    if articles is None:
        with session_scope() as session:
            predicted = list(iter_records(session))
    else:
        predicted = extract_articles(
            articles, {str(g["id"]): g.get("published") for g in gold_docs}
        )
    report = score(predicted, gold_docs)
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else format_report(report, misses))


def select(gold_docs: list[dict[str, Any]], only: str | None) -> list[dict[str, Any]]:
    """The gold documents whose id matches one of the comma-separated patterns, or all."""
    if only is None:
        return gold_docs
    patterns = [p.strip() for p in only.split(",") if p.strip()]
    return [g for g in gold_docs if any(fnmatchcase(str(g["id"]), p) for p in patterns)]


def extract_articles(folder: Path, stems: dict[str, str | None]) -> list[dict[str, Any]]:
    """Export-shaped records for the article of each gold stem found in `folder`.

    `stems` maps each stem to the publication date its gold file gives: a plain-text
    article rarely carries its date, and relative dates need one.
    """
    extractor = get_extractor()
    records, words, started = [], 0, time.perf_counter()
    for stem, published in stems.items():
        path = next((p for s in PREFERRED_SUFFIXES if (p := folder / f"{stem}{s}").exists()), None)
        if path is None:
            continue
        result = analyse(path.read_bytes(), path.name, extractor, published)
        words += len(result.parsed.text.split())
        records.append(
            {"id": stem, "filename": path.name, "language": result.language,
             "published": result.parsed.published or published, "title": result.parsed.title,
             **extraction_record(result.extraction)}
        )  # fmt: skip
    elapsed = time.perf_counter() - started
    typer.echo(f"{len(records)} articles, {words} words in {elapsed:.2f} s", err=True)
    return records


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate)
