"""`factdrop db …`: database schema commands."""

import typer

from shared.db.migrate import upgrade as upgrade_schema

app = typer.Typer(help="Database schema commands.", no_args_is_help=True)


@app.command()
def upgrade(revision: str = typer.Argument("head", help="Target revision.")) -> None:
    """Create or migrate the database schema to the latest revision."""
    upgrade_schema(revision=revision)
    typer.echo(f"database at revision {revision}")
