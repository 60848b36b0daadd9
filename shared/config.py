"""One typed Settings object read from FACTDROP_* variables or a `.env` file."""

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from shared.extract.lang import language_list


class Settings(BaseSettings):
    """Every setting of factdrop; the README's configuration table lists each field."""

    model_config = SettingsConfigDict(env_prefix="FACTDROP_", env_file=".env", extra="ignore")

    broker_url: str | None = Field(
        None, description="Redis URL of the task queue; unset: `up` starts a private Redis."
    )
    database_url: str = Field(
        "sqlite:///data/factdrop.db",
        description="SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db.",
    )
    data_dir: Path = Field(Path("data"), description="Private Redis socket, logs, SQLite file.")
    cache_dir: Path = Field(
        default_factory=lambda: (
            Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factdrop"
        ),
        description="Word tables built from package data on first use (rebuilt if deleted).",
    )
    inbox: Path = Field(Path("inbox"), description="Folder the watcher watches.")
    archive_dir: Path = Field(Path("archive"), description="Where stored files are moved.")
    failed_dir: Path = Field(Path("failed"), description="Where failed files and reasons go.")
    after_ingest: Literal["archive", "delete"] = Field(
        "archive", description="What happens to a file once its bytes are stored."
    )
    watch_polling: bool = Field(False, description="Poll instead of inotify (network shares).")
    quiet_period: float = Field(
        1.0,
        description="Seconds a file's size and mtime must stay unchanged before it is read, "
        "unless its writer closed it or renamed it in.",
    )
    rescan_interval: float = Field(
        30.0, description="Seconds between full rescans of the inbox (events are not trusted)."
    )
    settle_interval: float = Field(
        2.0, description="Seconds between checks for failed documents to move to failed/."
    )
    requeue_after: float = Field(
        900.0,
        description="Seconds after which a queued or started document is queued again, "
        "once the queue has drained.",
    )
    max_file_bytes: int = Field(
        50_000_000, description="Files larger than this are refused before they are read."
    )
    task_time_limit: int = Field(300, description="Hard limit in seconds for one ingest task.")
    visibility_timeout: int = Field(
        3600, description="Seconds before Redis redelivers an unacknowledged task."
    )
    max_retries: int = Field(5, description="Retries of a task failing for a transient cause.")
    retry_backoff_max: int = Field(300, description="Longest wait in seconds between retries.")
    max_deliveries: int = Field(
        3, description="Deliveries that died with their worker before a document is poison."
    )
    worker_concurrency: int | None = Field(
        None,
        description="Worker child processes; unset: one per core and one more (a task "
        "waits on the database part of its time).",
    )
    worker_max_tasks_per_child: int = Field(
        1000,
        description="Tasks before a worker child is replaced (bounds memory growth; a new "
        "child starts with the preloaded pipelines).",
    )
    worker_preload: str = Field(
        "all",
        description="Languages whose pipelines a worker builds before it starts its child "
        "processes, which then share them and start warm: all, none, or a list (pl,hr,en).",
    )
    flower_port: int = Field(5555, description="Port of Flower's web UI.")
    flower_basic_auth: str | None = Field(
        None, description="user:password for Flower; unset: no authentication."
    )
    spacy_models: dict[str, str] = Field(
        default_factory=dict,
        description="Trained spaCy pipelines by language, as JSON, or one variable per "
        "language: FACTDROP_SPACY_MODEL_PL=pl_core_news_sm.",
    )

    @property
    def preload_languages(self) -> tuple[str, ...]:
        """The language codes of `worker_preload`."""
        return language_list(self.worker_preload)

    @field_validator("worker_preload")
    @classmethod
    def _known_languages(cls, value: str) -> str:
        language_list(value)  # a misspelt code stops every process at start, with its name
        return value

    @model_validator(mode="after")
    def _spacy_model_per_language(self) -> "Settings":
        prefix = "FACTDROP_SPACY_MODEL_"
        for name, value in os.environ.items():
            if name.startswith(prefix) and value:
                self.spacy_models.setdefault(name[len(prefix) :].lower(), value)
        return self


@lru_cache
def get_settings() -> Settings:
    """The process's settings, read once."""
    return Settings()
