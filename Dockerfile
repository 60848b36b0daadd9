# factdrop: one image for the watcher, the workers, Flower and migrations.
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
# Dependencies first, in their own layer: it is rebuilt only when pyproject.toml changes.
COPY pyproject.toml README.md ./
RUN python -m venv /venv \
 && mkdir -p shared watcher worker \
 && touch shared/__init__.py watcher/__init__.py worker/__init__.py \
 && /venv/bin/pip install . \
 && /venv/bin/pip uninstall -y factdrop
COPY shared shared
COPY watcher watcher
COPY worker worker
RUN /venv/bin/pip install --no-deps .

FROM python:3.11-slim
# No compilers in the final image: only the virtual environment is copied over.
COPY --from=build /venv /venv
RUN useradd --create-home --uid 1000 factdrop \
 && mkdir -p /data /inbox /archive /failed /cache \
 && chown factdrop:factdrop /data /inbox /archive /failed /cache
USER factdrop
WORKDIR /home/factdrop
ENV PATH=/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    FACTDROP_DATA_DIR=/data \
    FACTDROP_INBOX=/inbox \
    FACTDROP_ARCHIVE_DIR=/archive \
    FACTDROP_FAILED_DIR=/failed \
    FACTDROP_CACHE_DIR=/cache
ENTRYPOINT ["factdrop"]
CMD ["--help"]
