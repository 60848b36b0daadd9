"""`factdrop facts`: list stored facts, filtered by type, entity, date range and language."""

import json
import re
from enum import StrEnum
from typing import Annotated, Any

import typer

from shared.db.facts import FactFilter, list_facts
from shared.db.session import session_scope

_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


class FactType(StrEnum):
    quote = "quote"
    meeting = "meeting"
    role = "role"
    quantity = "quantity"
    date = "date"


def _date(value: str | None) -> str | None:
    if value is not None and not _DATE.fullmatch(value):
        raise typer.BadParameter(f"{value!r}: write a date as YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def facts(
    types: Annotated[
        list[FactType] | None, typer.Option("--type", help="Only facts of this type (repeatable).")
    ] = None,
    entity: Annotated[
        str | None, typer.Option(help="Only facts naming this entity (its id or a name).")
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            callback=_date,
            help="From this date (YYYY[-MM[-DD]]): the fact's date, "
            "else its document's publication date.",
        ),
    ] = None,
    until: Annotated[
        str | None, typer.Option(callback=_date, help="Up to this date, inclusive.")
    ] = None,
    language: Annotated[str | None, typer.Option(help="Only documents in this language.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many facts.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Facts found in stored documents (quotes, meetings, roles, quantities, dates), newest
    document first, each with its evidence sentence and the entities it names."""
    where = FactFilter(
        types=[t.value for t in types or ()],
        entity=entity,
        since=since,
        until=until,
        language=language,
        limit=limit,
    )
    with session_scope() as session:
        found = list_facts(session, where)
    if as_json:
        typer.echo(json.dumps(found, indent=2, ensure_ascii=False))
        return
    for fact in found:
        typer.echo(describe(fact))
    if not found:
        typer.echo("no facts match", err=True)


def describe(fact: dict[str, Any]) -> str:
    """One line for a fact: type, what it says with entity names, and its document."""
    names = fact["names"]

    def name(entity_id: str | None) -> str:
        return names.get(entity_id, "?") if entity_id else "?"

    kind = fact["type"]
    if kind == "quote":
        body = f'{name(fact.get("speaker"))}: "{fact.get("text", "")}"'
    elif kind == "meeting":
        body = " + ".join(name(p) for p in fact.get("participants") or [])
        body += f" in {name(fact['place'])}" if fact.get("place") else ""
        body += f" on {fact['date']}" if fact.get("date") else ""
    elif kind == "role":
        body = f"{name(fact.get('person'))}: {fact.get('role', '')}"
        body += f" ({name(fact['org'])})" if fact.get("org") else ""
    elif kind == "quantity":
        body = f"{fact.get('value')} {fact.get('unit', '')}  ({fact.get('text', '')})"
    else:
        body = f"{fact.get('value')}  ({fact.get('text', '')})"
    document = fact["document"]
    return f"{kind:<8} {body}  [{document['filename']}, {document['published'] or 'undated'}]"


def register(app: typer.Typer) -> None:
    app.command("facts")(facts)
