"""The errors factdrop raises, and which of them are retried.

FactdropError
├── TransientError      the world is briefly unwell (database or broker unreachable):
│                       the task is retried with capped backoff
└── PermanentError      the input itself is bad (cannot be parsed, too large, empty):
    │                   the document is marked failed with this message, never retried
    └── RefusedFile     the watcher refuses a file before storing it (symlink, too large)
"""


class FactdropError(Exception):
    """Base class of every error factdrop raises on purpose."""


class TransientError(FactdropError):
    """A cause outside the document that will likely pass: retry later."""


class PermanentError(FactdropError):
    """A cause inside the document: retrying cannot help."""


class RefusedFile(PermanentError):
    """The watcher will not store this file; the message says why."""
