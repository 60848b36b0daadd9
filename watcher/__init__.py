"""The watcher: notices files in the inbox, stores their bytes, queues them, settles them.

It never parses or extracts (that is the worker's job) and never imports the worker.
"""

from watcher.service import Watcher

__all__ = ["Watcher"]
