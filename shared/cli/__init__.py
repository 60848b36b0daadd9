"""The `factdrop` command line: a thin layer over the library.

It starts the watcher and the worker as processes and never imports them.
"""

import typer

from shared.cli import db, documents, evaluate, facts, services

app = typer.Typer(
    help="factdrop: drop news articles into a folder, get entities and facts in a database.",
    no_args_is_help=True,
    add_completion=False,
)
services.register(app)
documents.register(app)
evaluate.register(app)
facts.register(app)
app.add_typer(db.app, name="db")


def main() -> None:
    app()


__all__ = ["app", "main"]
