"""Schema migrations with Alembic, run on the application's own engine."""

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

from shared.db.session import get_engine


def alembic_config(engine: Engine) -> Config:
    """An Alembic config whose scripts ship inside the package (so a wheel carries them)."""
    config = Config()
    config.set_main_option("script_location", "shared.db:migrations")
    config.attributes["engine"] = engine
    return config


def upgrade(url: str | None = None, revision: str = "head") -> None:
    """Bring the database at `url` (default: configured) up to `revision`."""
    engine = get_engine(url)
    config = alembic_config(engine)
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.commit()
