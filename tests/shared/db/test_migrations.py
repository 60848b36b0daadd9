"""Migrations build the models' schema from an empty database, on both backends."""

import pytest
from alembic import command

from shared.db.migrate import alembic_config, upgrade
from shared.db.session import get_engine


def assert_schema_matches_models(url: str) -> None:
    engine = get_engine(url)
    config = alembic_config(engine)
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.check(config)  # raises when the models and the migrations disagree


def test_upgrade_from_empty_sqlite_matches_models(sqlite_url: str) -> None:
    assert_schema_matches_models(sqlite_url)


@pytest.mark.integration
def test_upgrade_from_empty_postgresql_matches_models(postgres_url: str) -> None:
    upgrade(postgres_url)
    upgrade(postgres_url)  # a second run is a no-op
    assert_schema_matches_models(postgres_url)
