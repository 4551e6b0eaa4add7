# kiosk — two commands matter: `make run` and `make test`.
# Both create (or reuse) the virtual environment in .venv first; it is
# re-installed only when requirements.lock or pyproject.toml change.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
ARGS   ?=

.DEFAULT_GOAL := help
.PHONY: help venv run test schema docs bench clean

help:
	@echo "make run    start the kiosk on the bundled exhibition in content/ (ARGS=\"--fullscreen\")"
	@echo "make test   ruff, ruff format --check, mypy, pytest, kiosk validate content --strict"
	@echo "make schema regenerate schema/*.schema.json and the reference in docs/CONTENT.md"
	@echo "make bench  run the benchmarks in bench/"
	@echo "make venv   create or update .venv from requirements.lock"
	@echo "make clean  remove .venv and caches"

venv: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(BIN)/python -m compileall -q kiosk
	touch $@

run: $(STAMP)
	$(BIN)/kiosk run content $(ARGS)

test: $(STAMP)
	@echo "==> ruff check"
	$(BIN)/ruff check .
	@echo "==> ruff format --check"
	$(BIN)/ruff format --check .
	@echo "==> mypy"
	$(BIN)/mypy
	@echo "==> pytest"
	$(BIN)/pytest
	@echo "==> kiosk validate content --strict"
	$(BIN)/kiosk validate content --strict

schema: $(STAMP)
	$(BIN)/kiosk schema --out schema
	$(BIN)/kiosk schema --format markdown --into docs/CONTENT.md

docs: schema

BENCHES := content_load startup touch_latency gui_stall dataviz_stall soak

bench: $(STAMP)
	@for b in $(BENCHES); do echo "==> bench/$$b.py"; $(BIN)/python bench/$$b.py || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
