# Seminarkoll developer commands. `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test lint typecheck pytest bench translations icons dist dist-check clean system-deps demo

$(STAMP): pyproject.toml
	@bash scripts/system-deps.sh
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

system-deps:
	@bash scripts/system-deps.sh

run: $(STAMP) $(QM)
	$(BIN)/seminarkoll $(ARGS)

demo: $(STAMP) $(QM)
	$(BIN)/seminarkoll demo $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

# The whole suite on SQLite, spread over PYTEST_WORKERS processes (pytest-xdist; 0 runs it in
# this one), and at the same time the data and services tests (and the window's connection
# dialog) on a throwaway PostgreSQL server (scripts/test_postgres.py; skipped in one line when
# PostgreSQL is not installed). Its output follows the SQLite run's.
PG_LOG := build/test-postgresql.log
PYTEST_WORKERS ?= auto
pytest: $(STAMP) $(QM)
	@mkdir -p $(dir $(PG_LOG))
	@QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/test_postgres.py $(BIN)/pytest -q -p no:cacheprovider tests/data tests/services tests/ui/test_server_dialog.py >$(PG_LOG) 2>&1 & pg=$$!; \
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -n $(PYTEST_WORKERS); sqlite=$$?; \
	wait $$pg; postgresql=$$?; \
	echo "--- PostgreSQL ($(PG_LOG)):"; cat $(PG_LOG); \
	exit $$(( sqlite || postgresql ))

test: lint typecheck pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

TS := resources/translations/seminarkoll_en.ts
QM := src/seminarkoll/resources/translations/seminarkoll_en.qm

# Collect every tr()/translate() string into the .ts (new ones arrive unfinished: translate
# them, e.g. with scripts/translations.py), then compile it into the package.
translations: $(STAMP)
	@mkdir -p $(dir $(QM))
	$(BIN)/pyside6-lupdate -locations none -no-obsolete -source-language sv_SE -target-language en_GB $$(find src/seminarkoll -name '*.py' | sort) -ts $(TS)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

$(QM): $(TS) $(STAMP)
	@mkdir -p $(dir $(QM))
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/make_icons.py

DIST_STAMP := $(VENV)/.dist-installed
VERSION = $(shell $(BIN)/python -c 'import seminarkoll; print(seminarkoll.__version__)')

$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	@touch $(DIST_STAMP)

# The PyInstaller folder dist/seminarkoll/ and the Debian package dist/seminarkoll_*.deb.
dist: $(DIST_STAMP) $(QM)
	rm -rf dist/seminarkoll dist/seminarkoll_*.deb
	$(BIN)/pyinstaller --clean --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller installer/seminarkoll.spec
	bash installer/build-deb.sh $(VERSION)
	@du -sh dist/seminarkoll dist/seminarkoll_*.deb

# Runs the built program (folder and unpacked .deb): --version, demo, the window for 5 s.
dist-check:
	@test -x dist/seminarkoll/seminarkoll && ls dist/seminarkoll_*.deb >/dev/null 2>&1 || $(MAKE) dist
	bash installer/check-dist.sh

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
