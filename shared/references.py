"""Global entity ids, and turning the entity keys inside facts into those ids."""

import hashlib
from typing import Any

# Fact fields that name entities, and the part each entity plays in the fact.
ENTITY_FIELDS = {
    "speaker": "speaker",
    "participants": "participant",
    "place": "place",
    "person": "person",
    "org": "org",
}


def make_entity_id(key: str) -> str:
    """A stable global id for the entity with resolution key `key`."""
    return "e" + hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


def link_fields(
    fields: dict[str, Any], ids: dict[str, str]
) -> tuple[dict[str, Any], set[tuple[str, str]]]:
    """`fields` with entity keys replaced by ids, and the (entity id, part) pairs named."""
    data = dict(fields)
    arguments: set[tuple[str, str]] = set()
    for field, part in ENTITY_FIELDS.items():
        value = data.get(field)
        if isinstance(value, list):
            data[field] = [ids.get(key) for key in value]
            arguments.update((ids[key], part) for key in value if key in ids)
        elif value is not None:
            data[field] = ids.get(value)
            if value in ids:
                arguments.add((ids[value], part))
    return data, arguments
