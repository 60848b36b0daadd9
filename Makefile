# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint unit faults bench install clean

run: $(STAMP)  ## run the whole service on this machine (Ctrl-C stops it)
	$(BIN)/factdrop up

test: lint $(STAMP)  ## lint, then the whole test suite against real Redis, Celery and databases
	$(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

unit: $(STAMP)  ## the fast tests only, no service processes
	$(BIN)/python -m pytest -q -m "not integration"

faults: $(STAMP)  ## the fault-injection suite alone, with the full 20,000-file flood
	FACTDROP_FAULTS_FLOOD=20000 $(BIN)/python -m pytest -q -p no:cacheprovider --timeout 3600 tests/faults

bench: $(STAMP)  ## the end-to-end benchmark: prints a table, writes benchmarks/results.json
	$(BIN)/python -m benchmarks.run

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "factdrop needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

clean:
	rm -rf $(VENV) data
