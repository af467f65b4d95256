"""Shared pytest fixtures: offscreen Qt, temporary databases and data factories."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from PySide6.QtWidgets import QApplication

from seminarkoll.app import install_translations
from seminarkoll.data.database import Database
from seminarkoll.data.location import DatabaseLocation, for_sqlite_file
from seminarkoll.data.migrate import upgrade
from seminarkoll.domain.translation import use_lookup
from seminarkoll.language import (
    CATALOGUES,
    ENGLISH,
    ENV_LANGUAGE,
    SWEDISH,
    use_catalogue_outside_qt,
)
from seminarkoll.services.container import Services
from tests.factories import Factory
from tests.samples import write_samples
from tests.server_databases import ENV_TEST_URL, ServerDatabases, server_url

TESTS = Path(__file__).resolve().parent

settings.register_profile("suite", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile("suite")
"""Property tests draw the same examples on every run, so a red build is a bug and not bad luck;
`pytest --hypothesis-profile=explore` draws new ones (and --hypothesis-seed=N one set)."""
SERVER_AREAS = ("data", "services")
"""The test folders whose database tests also run on the PostgreSQL test server."""
SERVER_FIXTURE = "server_databases"
SQLITE_ONLY = "sqlite_file"
"""The marker of tests about the SQLite file itself: they never run on the test server."""

# Set before pytest-qt creates the QApplication (importing Qt modules does not create it).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def _swedish_application(qapp: QApplication) -> None:
    """The application's own locale and translations, as at start-up (Swedish, whatever the
    developer's $SEMINARKOLL_LANGUAGE; tests of English set it themselves)."""
    os.environ[ENV_LANGUAGE] = SWEDISH
    install_translations(qapp)


ENGLISH_SOURCE = (
    Path(__file__).resolve().parents[1] / "resources" / "translations" / "seminarkoll_en.ts"
)


@pytest.fixture(scope="session")
def english_catalogue() -> Path:
    """The compiled English catalogue, built from the .ts when `make` has not done it yet."""
    compiled = CATALOGUES / "seminarkoll_en.qm"
    if not compiled.exists() or compiled.stat().st_mtime < ENGLISH_SOURCE.stat().st_mtime:
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        compiled.parent.mkdir(parents=True, exist_ok=True)
        # Written beside it and moved into place: another test process may be reading it.
        written = compiled.with_name(f"{compiled.name}.{os.getpid()}")
        subprocess.run(
            [str(lrelease), "-silent", str(ENGLISH_SOURCE), "-qm", str(written)], check=True
        )
        written.replace(compiled)
    return compiled


@pytest.fixture
def english(english_catalogue: Path) -> Iterator[None]:
    """Text made below the UI (errors, exported files, PDFs) in English for one test, as the
    command line has it with SEMINARKOLL_LANGUAGE=en; Swedish again afterwards."""
    use_catalogue_outside_qt(ENGLISH)
    yield
    use_lookup(None)


@pytest.fixture
def qtmodeltester(qtmodeltester: object) -> Iterator[object]:
    """pytest-qt's model tester, with the test's parentless models collected when it ends.

    Left to a later collection, a model and its tester could be freed in the middle of the next
    test while a view there paints a new model that Qt placed at the same address: a crash in
    QStyledItemDelegate.initStyleOption that depended on when Python collected.
    """
    yield qtmodeltester
    gc.collect()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep settings and default data out of the real home folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SEMINARKOLL_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.delenv("SEMINARKOLL_DATABASE_URL", raising=False)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """With a test server ($SEMINARKOLL_TEST_DATABASE_URL), run the data and services tests
    that use its databases, and elsewhere the tests that ask for the server itself; without
    one, leave out the tests that need it."""
    on_server = server_url() is not None
    keep, leave = [], []
    for item in items:
        uses_server = SERVER_FIXTURE in getattr(item, "fixturenames", ())
        uses_database = "db_location" in getattr(item, "fixturenames", ())
        uses_database = uses_database and item.get_closest_marker(SQLITE_ONLY) is None
        area = Path(str(item.path)).relative_to(TESTS).parts[0]
        if on_server:
            wanted = uses_server or (uses_database and area in SERVER_AREAS)
        else:
            wanted = not uses_server
        (keep if wanted else leave).append(item)
    if leave:
        config.hook.pytest_deselected(items=leave)
        items[:] = keep


@pytest.fixture(scope="session")
def server_databases() -> Iterator[ServerDatabases]:
    """The test server's databases (only tests collected with a test server use this)."""
    url = server_url()
    assert url is not None, f"{ENV_TEST_URL} is not set"
    databases = ServerDatabases(url)
    yield databases
    databases.drop_template()


@pytest.fixture(scope="session")
def migrated_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty SQLite file migrated to head once per run, for `sqlite_location` to copy (the
    migrations themselves are tested on files of their own in tests/data)."""
    path = tmp_path_factory.mktemp("template") / "migrated.sqlite3"
    upgrade(for_sqlite_file(path))
    assert not path.with_name(f"{path.name}-wal").exists(), "the template's WAL is left open"
    return path


@pytest.fixture
def sqlite_location(tmp_path: Path, migrated_sqlite_template: Path) -> DatabaseLocation:
    """A migrated, empty SQLite file in the test's temporary folder (whatever the server): a
    copy of the run's migrated template, as the server's databases are."""
    path = tmp_path / "test.sqlite3"
    shutil.copyfile(migrated_sqlite_template, path)
    return for_sqlite_file(path)


@pytest.fixture
def db_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[DatabaseLocation]:
    """A migrated, empty database: a SQLite file in the test's temporary folder, or with
    $SEMINARKOLL_TEST_DATABASE_URL a database of its own on that PostgreSQL server."""
    if server_url() is None or request.node.get_closest_marker(SQLITE_ONLY) is not None:
        yield request.getfixturevalue("sqlite_location")
        return
    databases: ServerDatabases = request.getfixturevalue(SERVER_FIXTURE)
    location = databases.migrated()
    yield location
    databases.drop(location)


@pytest.fixture
def database(db_location: DatabaseLocation) -> Iterator[Database]:
    """The open test database."""
    db = Database(db_location)
    yield db
    db.close()


@pytest.fixture
def services(database: Database) -> Services:
    """Every service over the test database."""
    return Services.build(database)


@pytest.fixture
def second_coordinator(db_location: DatabaseLocation) -> Iterator[Callable[[str], Services]]:
    """Opens the test database again for another coordinator: services over a Database of
    their own on the same file or server, stamping the name given (closed after the test)."""
    opened: list[Database] = []

    def open_as(name: str) -> Services:
        database = Database(db_location)
        opened.append(database)
        services = Services.build(database)
        services.coordinator.set_name(name)
        return services

    yield open_as
    for database in opened:
        database.close()


@pytest.fixture
def factory(database: Database) -> Factory:
    """Builds test data (programmes, cohorts, seminars, people, enrolments, attendance)."""
    return Factory(database)


@pytest.fixture
def demo(services: Services) -> Services:
    """Services over a database holding the example programme's running cohort (Omgång 3)
    without the earlier cohorts the full example adds for the alumni pipeline."""
    services.demo.load(earlier_cohorts=False)
    return services


@pytest.fixture(scope="session")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the sample input files (`tests/samples.py`), written once per run."""
    return write_samples(tmp_path_factory.mktemp("samples"))
