"""`factdrop ingest | status | retry | export`: work with stored documents."""

import json
import sys
from collections import Counter
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from shared.config import get_settings
from shared.db.base import utcnow
from shared.db.models import Document
from shared.db.session import session_scope
from shared.db.store import (
    count_by_outcome,
    count_by_status,
    count_dead_letters,
    failed_documents,
    latest_failures,
    mark_queued,
    reprocessable,
    throughput,
)
from shared.errors import RefusedFile
from shared.export import iter_records, write_csv, write_jsonl
from shared.extract import get_extractor
from shared.files import scan
from shared.intake import ingest_bytes, queue_document, read_file, refuse
from shared.queue import make_app, queue_depth

# Minutes over which `status` reports throughput, like a load average.
THROUGHPUT_WINDOWS = (1, 5, 15)


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"


def ingest(
    paths: Annotated[list[Path], typer.Argument(exists=True, help="Files or folders to ingest.")],
) -> None:
    """Backfill: store and queue files or whole folders through the same queue as the
    watcher. The files are left where they are."""
    files = [f for p in paths for f in (sorted(scan(p)) if p.is_dir() else [p])]
    app = make_app()
    max_bytes = get_settings().max_file_bytes
    outcomes: Counter[str] = Counter()
    with typer.progressbar(files, label="ingesting") as progress:
        for path in progress:
            try:
                outcome = ingest_bytes(app, read_file(path, max_bytes), str(path)).outcome
            except RefusedFile as exc:
                with session_scope() as session:
                    outcome = refuse(session, str(path), str(exc), None).outcome
            outcomes[outcome] += 1
    typer.echo(", ".join(f"{n} {outcome}" for outcome, n in sorted(outcomes.items())))


def status(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Documents by status, files by outcome, queue depth, workers online, throughput, dead
    letters (tasks that gave up) and the latest failures."""
    report = _status_report()
    if as_json:
        typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
        return
    typer.echo("documents:  " + _counts(report["documents"]))
    typer.echo("files:      " + _counts(report["files"]))
    depth = report["queue_depth"]
    typer.echo(f"queue:      {depth} waiting" if isinstance(depth, int) else f"queue:      {depth}")
    typer.echo(f"workers:    {', '.join(report['workers']) or 'none online'}")
    rates = report["throughput_per_minute"]
    typer.echo("throughput: " + ", ".join(f"{rate:.1f}/min over {w}" for w, rate in rates.items()))
    dead = report["dead_letters"]
    hint = "; `factdrop retry --dead` sends them again" if dead["count"] else ""
    typer.echo(f"dead:       {dead['count']} whose task gave up (retries or poison){hint}")
    for failure in report["failures"]:
        typer.echo(f"failed:     {failure['filename']} (#{failure['id']}): {failure['error']}")


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {name}" for name, n in sorted(counts.items())) or "none"


def _failures(documents: list[Document]) -> list[dict[str, Any]]:
    return [{"id": d.id, "filename": d.filename, "error": d.error} for d in documents]


def _status_report() -> dict[str, Any]:
    with session_scope() as session:
        documents = count_by_status(session)
        files = count_by_outcome(session)
        rates = throughput(session, utcnow(), THROUGHPUT_WINDOWS)
        dead = {
            "count": count_dead_letters(session),
            "latest": _failures(latest_failures(session, dead_letters_only=True)),
        }
        failures = _failures(latest_failures(session))
    app = make_app()
    try:
        depth: int | str = queue_depth(app)
        workers = sorted(app.control.inspect(timeout=1.0).ping() or {})
    except Exception as exc:  # status must report a dead broker, not crash on it
        depth, workers = f"broker unreachable ({exc})", []
    return {
        "documents": documents,
        "files": files,
        "queue_depth": depth,
        "workers": workers,
        "throughput_per_minute": {f"{m} min": round(rate, 2) for m, rate in rates.items()},
        "dead_letters": dead,
        "failures": failures,
    }


def retry(
    failed: Annotated[bool, typer.Option("--failed", help="Retry every failed document.")] = False,
    dead: Annotated[
        bool, typer.Option("--dead", help="Retry only dead letters: tasks that gave up.")
    ] = False,
) -> None:
    """Queue failed documents again (after fixing what made them fail)."""
    if not (failed or dead):
        raise typer.BadParameter("say which documents: --failed or --dead")
    with session_scope() as session:
        rows = session.execute(failed_documents(dead_letters_only=not failed)).all()
        mark_queued(session, [row.id for row in rows])
    app = make_app()
    sent = sum(queue_document(app, row.id, row.filename) for row in rows)
    typer.echo(f"{sent} of {len(rows)} failed documents queued again")


def reprocess(
    all_documents: Annotated[
        bool, typer.Option("--all", help="Every finished document, not only outdated ones.")
    ] = False,
) -> None:
    """Extract again, through the queue, the documents an older extractor processed (after
    an upgrade). Each document's results are replaced in one transaction."""
    version = get_extractor().version
    with session_scope() as session:
        rows = session.execute(reprocessable(version, all_documents)).all()
        mark_queued(session, [row.id for row in rows])
    app = make_app()
    sent = sum(queue_document(app, row.id, row.filename) for row in rows)
    typer.echo(f"{sent} of {len(rows)} documents queued for extractor {version}")


def export(
    format: Annotated[ExportFormat, typer.Option("--format", help="jsonl or csv.")] = (
        ExportFormat.jsonl
    ),
    out: Annotated[
        Path | None, typer.Option("--out", help="File to write; default stdout.")
    ] = None,
) -> None:
    """Write every document with its entities and facts."""
    writer = write_jsonl if format is ExportFormat.jsonl else write_csv
    with session_scope() as session:
        if out is None:
            writer(iter_records(session), sys.stdout)
            return
        with out.open("w", encoding="utf-8", newline="") as handle:
            count = writer(iter_records(session), handle)
    typer.echo(f"{count} documents written to {out}", err=True)


def register(app: typer.Typer) -> None:
    for command in (ingest, status, retry, reprocess, export):
        app.command()(command)
