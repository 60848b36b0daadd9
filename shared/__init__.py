"""Code that the watcher and the worker share: settings, errors, the queue, the database,
parsing, language detection and extraction.

Nothing here imports `watcher` or `worker`, and importing this package loads nothing heavy
(no spaCy, no Celery): each submodule is imported where it is used.
"""
