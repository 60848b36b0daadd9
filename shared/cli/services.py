"""`factdrop up | watch | worker | flower`: run the service, whole or in parts."""

import os

import typer

from shared.cli.processes import flower_command, python_module, supervise, worker_command
from shared.config import get_settings
from shared.db.migrate import upgrade
from shared.queue import private_redis_socket
from shared.redis_server import PrivateRedis

PASS_THROUGH = {"allow_extra_args": True, "ignore_unknown_options": True}


def up() -> None:
    """Run everything on this machine: watcher, worker and (if no broker is set) a private
    Redis; migrates the database first. Ctrl-C stops it all cleanly."""
    settings = get_settings()
    env = dict(os.environ)
    redis = None
    if not settings.broker_url:
        redis = PrivateRedis(private_redis_socket(settings), settings.data_dir)
        redis.start()
        env["FACTDROP_BROKER_URL"] = redis.url
        typer.echo(f"private Redis on {redis.socket_path}")
    try:
        upgrade()
        typer.echo(f"watching {settings.inbox.resolve()}; Ctrl-C to stop")
        code = supervise([python_module("watcher"), worker_command()], env)
    finally:
        if redis is not None:
            redis.stop()
    raise typer.Exit(code)


def watch() -> None:
    """Run the watcher alone: store and queue every file dropped into the inbox."""
    os.execv(*_argv(python_module("watcher")))


def worker(ctx: typer.Context) -> None:
    """Run a Celery worker; extra arguments go to `celery worker` (e.g. --concurrency 4)."""
    os.execv(*_argv(worker_command(list(ctx.args))))  # concurrency: the app's setting


def flower() -> None:
    """Run Flower, the live view of tasks and workers, on FACTDROP_FLOWER_PORT."""
    settings = get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    state = str(settings.data_dir / "flower.db")
    os.execv(*_argv(flower_command(settings.flower_port, settings.flower_basic_auth, state)))


def _argv(command: list[str]) -> tuple[str, list[str]]:
    return command[0], command


def register(app: typer.Typer) -> None:
    app.command()(up)
    app.command()(watch)
    app.command(context_settings=PASS_THROUGH)(worker)
    app.command()(flower)
