"""Our spaCy components, one per module, and the extension attributes they write.

Importing this package registers every factory (see `shared.extract.registrations`).
"""

from spacy.tokens import Span

# Declared once, at import time, before any component runs.
Span.set_extension("factdrop_cues", default=None, force=True)
Span.set_extension("factdrop_known", default=None, force=True)
Span.set_extension("factdrop_weak", default=False, force=True)
Span.set_extension("factdrop_attach_only", default=False, force=True)
Span.set_extension("factdrop_product", default=False, force=True)

from shared.extract.components import candidates, classify, natasha_ner, numbers  # noqa: E402

__all__ = ["candidates", "classify", "natasha_ner", "numbers"]
