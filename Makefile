# Two commands do all set-up: `make demo` (main job on the bundled sample) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: setup demo test lint bench

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

demo: setup
	$(BIN)/khabar demo

test: setup
	@if [ -x scripts/ensure-chromium ]; then scripts/ensure-chromium; fi
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python benchmarks/text_layer.py
	$(BIN)/python benchmarks/end_to_end.py
	$(BIN)/python benchmarks/ingest.py --n 400
