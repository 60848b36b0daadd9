"""Every registered name of the extractor, from one import point, so that a new worker
process never meets an unknown name. Bump a version suffix when its output changes; the
extractor version stored with each document is made of them."""

from collections.abc import Callable

from spacy.util import registry

from shared.extract.knowledge import Knowledge, get_knowledge

FACTORIES = ("factdrop_candidates", "factdrop_numbers", "factdrop_classify")
# Entity sources added before FACTORIES when their package is installed.
OPTIONAL_FACTORIES = ("factdrop_natasha",)
MISC = ("factdrop.knowledge.v1",)
EXTRACTOR_VERSION = "factdrop-rules-3"


@registry.misc("factdrop.knowledge.v1")
def knowledge_loader() -> Callable[[str], Knowledge]:
    """Word knowledge by language code (tables, morphology, gazetteer), cached per process."""
    return get_knowledge


def register() -> None:
    """Import the component modules, which registers their factories."""
    import shared.extract.components  # noqa: F401
