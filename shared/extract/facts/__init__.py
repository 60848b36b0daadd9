"""The fact layer: quotes, meetings, roles, quantities and dates, found in a document's
text after its entities are resolved, each with its evidence sentence and offsets.

One module per fact type, each a `find_*` function over a shared FactContext; roles come
before quotes (a title points back to a person) and dates before meetings (a meeting takes
its sentence's date).
"""

from collections.abc import Sequence

from shared.extract.facts.context import FactContext, parse_published
from shared.extract.facts.dates import find_dates
from shared.extract.facts.meetings import find_meetings
from shared.extract.facts.quantities import find_quantities
from shared.extract.facts.quotes import find_quotes
from shared.extract.facts.roles import find_roles
from shared.extract.result import EntityResult, FactResult


def find_facts(
    text: str, entities: Sequence[EntityResult], lang: str, published: str | None
) -> tuple[FactResult, ...]:
    """The facts of one document; entity references are the keys of `entities`.

    Args:
        text: the document's text, which the mentions' offsets point into.
        entities: the resolved entities, whose mentions carry character offsets.
        lang: the language code of the document.
        published: the publication date (YYYY-MM-DD) that anchors relative dates, or None.
    """
    ctx = FactContext(text, lang, entities, parse_published(published))
    dates = find_dates(ctx)
    quantities = find_quantities(ctx, [(f.start, f.end) for f in dates])
    roles = find_roles(ctx)
    quotes = find_quotes(ctx, roles)
    meetings = find_meetings(ctx, dates, roles)
    return (*quotes, *meetings, *roles, *quantities, *dates)


__all__ = ["find_facts"]
