# Seminarkoll developer commands. `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test lint typecheck pytest bench translations dist clean system-deps demo

$(STAMP): pyproject.toml
	@bash scripts/system-deps.sh
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

system-deps:
	@bash scripts/system-deps.sh

run: $(STAMP)
	$(BIN)/seminarkoll $(ARGS)

demo: $(STAMP)
	$(BIN)/seminarkoll demo $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

test: lint typecheck pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find src/seminarkoll -name '*.py') -ts resources/translations/seminarkoll_en.ts
	$(BIN)/pyside6-lrelease resources/translations/seminarkoll_en.ts -qm src/seminarkoll/resources/translations/seminarkoll_en.qm

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
