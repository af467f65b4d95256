"""Composition root: resolve the database, show the window at once, then migrate and load data."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from seminarkoll import __version__
from seminarkoll.data.errors import DatabaseError, EmptyDatabaseFileError
from seminarkoll.data.location import (
    ENV_DATABASE_URL,
    DatabaseLocation,
    default_data_dir,
    resolve,
)
from seminarkoll.data.private_files import private_database, private_folder
from seminarkoll.data.revision import HEAD_REVISION
from seminarkoll.data.sqlite_file import inspect_revision, left_unclean, quick_check

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QApplication

    from seminarkoll.data.database import Database
    from seminarkoll.domain.catalog import ProgrammeSummary
    from seminarkoll.services.attendance_matrix import AttendanceMatrix
    from seminarkoll.services.container import Services
    from seminarkoll.services.opening import StartView

__all__ = [
    "DatabaseLocation",
    "DatabaseOpener",
    "EmptyDatabaseFileError",
    "PreparedDatabase",
    "install_translations",
    "matrix_headless",
    "open_headless",
    "programmes_headless",
    "resolve",
    "run_gui",
]

APP_NAME = "Seminarkoll"
ORGANISATION = "Seminarkoll"


def preflight(location: DatabaseLocation, *, empty_ok: bool = False) -> str | None:
    """Cheap checks before any window: the folder exists, the file is ours and not too new,
    and (unless `empty_ok`) it is not an empty file: EmptyDatabaseFileError.

    Returns the SQLite file's schema revision (None for a new file or another database kind).
    """
    path = location.path
    if path is None:
        return None
    if path.parent == default_data_dir():
        private_folder(path.parent)
    if not empty_ok and path.is_file() and path.stat().st_size == 0:
        raise EmptyDatabaseFileError(path)
    revision = inspect_revision(path)
    private_database(path)
    return revision


def _migrate_and_check(
    location: DatabaseLocation,
    revision: str | None,
    unclean: bool,
    waiting: Callable[[str], None] | None = None,
) -> bool:
    """Check the file when there is reason, then upgrade when the schema is behind (Alembic
    loads only then). Returns whether the file was checked.

    The check reads the whole file, so it runs here only after an unclean shutdown
    (`unclean`, see `left_unclean`, taken before anything opened the file) and before a
    migration of existing data; otherwise the window runs it in the background.
    """
    if location.path is None:
        from seminarkoll.data.migrate import current_revision

        revision = current_revision(location)
    migrating = revision != HEAD_REVISION
    checked = location.path is not None and (unclean or (migrating and revision is not None))
    if checked and location.path is not None:
        quick_check(location.path)
    if migrating:
        from seminarkoll.data.migrate import upgrade

        upgrade(location, waiting=waiting or _tell_waiting)
    return checked


def _tell_waiting(message: str) -> None:
    """While another client migrates the server database: say why nothing happens yet."""
    if sys.stderr is not None:
        print(f"seminarkoll: {message}", file=sys.stderr, flush=True)


def _unclean(location: DatabaseLocation) -> bool:
    return location.path is not None and left_unclean(location.path)


def _prepare_headless(database: str | None) -> DatabaseLocation:
    location = resolve(database)
    unclean = _unclean(location)
    _migrate_and_check(location, preflight(location), unclean)
    return location


def open_headless(database: str | None) -> Services:
    """Open (and migrate) a database for a command-line subcommand; raises DatabaseError."""
    return _services(_prepare_headless(database))


def _services(location: DatabaseLocation) -> Services:
    from seminarkoll.data.database import Database
    from seminarkoll.services.container import Services

    return Services.build(Database(location))


def programmes_headless(database: str | None) -> tuple[ProgrammeSummary, ...]:
    """Every programme with its cohorts, for `seminarkoll list`: the database is opened (and
    migrated) as for any subcommand, then a SQLite file is read through the standard library
    alone, as the window's first screen is; raises DatabaseError."""
    location = _prepare_headless(database)
    if location.path is None:
        return open_headless(database).catalog.programmes()
    from seminarkoll.data import quick_read

    return quick_read.programmes(location.path)


def matrix_headless(database: str | None, cohort: str) -> AttendanceMatrix:
    """The attendance matrix of the cohort `cohort` names, for `seminarkoll status`; raises
    DomainError. A number is tried as its id first, without the catalogue (on a SQLite file
    through the standard library alone, as `list` reads); a name, or a number that is no
    cohort's id, is resolved by the catalogue, whose errors list the candidates."""
    from seminarkoll.domain.errors import NotFoundError
    from seminarkoll.domain.text import row_id

    location = _prepare_headless(database)
    cohort_id = row_id(cohort)
    if cohort_id is not None and location.path is not None:
        from seminarkoll.data import quick_read
        from seminarkoll.services.attendance_matrix import build_matrix

        source = quick_read.matrix_source(location.path, cohort_id)
        if source is not None:
            return build_matrix(source)
    services = _services(location)
    if cohort_id is not None and location.path is None:
        try:
            return services.attendance.matrix(cohort_id)
        except NotFoundError:
            pass
    return services.attendance.matrix(services.catalog.resolve_cohort(cohort).id)


@dataclass
class OpenDatabase:
    """The database the GUI has open now: its lock and services; closed before switching.
    `checked` tells whether its integrity was checked while opening."""

    location: DatabaseLocation
    services: Services
    lock: QLockFile | None = field(default=None)
    checked: bool = False

    def load(self) -> None:
        """Open the database (SQLAlchemy loads; a server is connected to), take the day's
        start-up backup, and check the file's integrity unless opening did: the window runs
        this off the GUI thread."""
        self.services.open()
        if self.location.path is None:
            with self.services.database.reading():
                pass  # a server connection waits in the pool for the window's first read
        self.services.backups.at_start()
        if not self.checked and self.location.path is not None:
            quick_check(self.location.path)

    def close(self) -> None:
        """Back up when something was written, close the connections and release the lock."""
        if self.services.is_open:
            try:
                self.services.backups.on_close()
            except DatabaseError as exc:
                report_fatal(str(exc))
        self.services.close()
        if self.lock is not None:
            self.lock.unlock()


@dataclass
class AsideDatabase:
    """A database opened beside the current one (an offline signing file): its lock and
    services. No backups are taken of it; close it when its window closes."""

    location: DatabaseLocation
    services: Services
    lock: QLockFile | None

    def close(self) -> None:
        """Close its connections and release its lock."""
        self.services.close()
        if self.lock is not None:
            self.lock.unlock()


@dataclass
class PreparedDatabase:
    """A locked and migrated database whose services are not built yet; `checked` tells
    whether its integrity was checked on the way (else the window checks it later)."""

    location: DatabaseLocation
    lock: QLockFile | None
    checked: bool = False

    def release(self) -> None:
        """Give the lock back (the database was not opened after all)."""
        if self.lock is not None:
            self.lock.unlock()


class DatabaseOpener:
    """Opens databases for the GUI in the order lock -> revision -> backup -> upgrade -> check."""

    def __init__(self) -> None:
        self.current: OpenDatabase | None = None

    def prepare(
        self,
        location: DatabaseLocation,
        *,
        empty_ok: bool = False,
        waiting: Callable[[str], None] | None = None,
    ) -> PreparedDatabase:
        """Lock, check when there is reason, and migrate when behind; no SQLAlchemy unless
        migrating. An empty file raises EmptyDatabaseFileError unless `empty_ok` (the user
        agreed). `waiting` hears why nothing happens while another client migrates a server
        (by default stderr does)."""
        unclean = _unclean(location)
        revision = preflight(location, empty_ok=empty_ok)
        lock = lock_database(location)
        try:
            checked = _migrate_and_check(location, revision, unclean, waiting)
        except BaseException:
            if lock is not None:
                lock.unlock()
            raise
        return PreparedDatabase(location, lock, checked)

    def start_view(self, prepared: PreparedDatabase, cohort_id: int | None) -> StartView | None:
        """For SQLite, the first screen's data through the fast stdlib path (else None)."""
        from seminarkoll.data import quick_read
        from seminarkoll.services.opening import StartView

        path = prepared.location.path
        if path is None:
            return None
        programmes = quick_read.programmes(path)
        known = {c.id for p in programmes for c in p.cohorts}
        first = next((p.cohorts[0].id for p in programmes if p.cohorts), None)
        chosen = cohort_id if cohort_id in known else first
        overview = None if chosen is None else quick_read.cohort_overview(path, chosen)
        return StartView(programmes, overview)

    def finish(self, prepared: PreparedDatabase) -> OpenDatabase:
        """Make a prepared database the current one. Its services, and SQLAlchemy behind
        them, load on first use (the window starts that at once, off the GUI thread)."""
        from seminarkoll.services.container import Services

        services = Services(lambda: _open_database(prepared.location))
        if self.current is not None:
            self.current.close()
        self.current = OpenDatabase(prepared.location, services, prepared.lock, prepared.checked)
        return self.current

    def release(self, prepared: PreparedDatabase) -> None:
        """Drop a prepared database that will not be opened after all."""
        prepared.release()

    def open_aside(self, location: DatabaseLocation) -> AsideDatabase:
        """Lock and migrate a database to use beside the current one, which stays open."""
        from seminarkoll.services.container import Services

        prepared = self.prepare(location)
        return AsideDatabase(location, Services(lambda: _open_database(location)), prepared.lock)

    def open(self, location: DatabaseLocation, *, empty_ok: bool = False) -> OpenDatabase:
        """Prepare and finish in one go (switching databases, tests)."""
        return self.finish(self.prepare(location, empty_ok=empty_ok))

    def close(self) -> None:
        """Close whatever is open."""
        if self.current is not None:
            self.current.close()
            self.current = None


def _open_database(location: DatabaseLocation) -> Database:
    from seminarkoll.data.database import Database

    return Database(location)


def lock_database(location: DatabaseLocation) -> QLockFile | None:
    """Take the lock that keeps a second window (or a restore) off an open SQLite database;
    DatabaseError when another process holds it. None for a server database."""
    from PySide6.QtCore import QLockFile

    if location.path is None:
        return None
    lock = QLockFile(str(location.path) + ".lock")
    lock.setStaleLockTime(0)
    if lock.tryLock(200):
        return lock
    from PySide6.QtCore import QSysInfo

    _pid, host, _app = lock.getLockInfo()
    from seminarkoll.domain.translation import translate

    if host and host != QSysInfo.machineHostName():
        raise DatabaseError(
            translate(
                "Errors",
                "Databasen {path} är redan öppen i Seminarkoll på en annan dator. "
                "Stäng den där först.",
            ).format(path=location.path)
        )
    raise DatabaseError(
        translate(
            "Errors",
            "Databasen {path} är redan öppen i Seminarkoll, i ett annat fönster. Stäng det först.",
        ).format(path=location.path)
    )


def report_fatal(message: str) -> None:
    """Tell the user why we cannot start: one line on stderr, and a dialog when started from a
    desktop (no terminal) on a real screen."""
    if sys.stderr is not None:
        print(f"seminarkoll: {message}", file=sys.stderr)
    interactive_terminal = sys.stderr is not None and sys.stderr.isatty()
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if interactive_terminal or platform in {"offscreen", "minimal"}:
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv)
    install_translations(app)  # type: ignore[arg-type]
    QMessageBox.critical(None, APP_NAME, message)


def install_translations(app: QApplication) -> None:
    """The chosen language (Swedish unless Inställningar or $SEMINARKOLL_LANGUAGE say English):
    Qt's own strings (qtbase_*), ours, and the locale that dates and numbers follow."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    from seminarkoll.domain.translation import use_lookup
    from seminarkoll.language import ENGLISH, catalogue, chosen_language

    language = chosen_language()
    english = language == ENGLISH
    QLocale.setDefault(
        QLocale(
            QLocale.Language.English if english else QLocale.Language.Swedish,
            QLocale.Country.UnitedKingdom if english else QLocale.Country.Sweden,
        )
    )
    qt_strings = QTranslator(app)
    if qt_strings.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_strings)
    own = catalogue(language)
    if own is not None:
        own.setParent(app)
        app.installTranslator(own)
    use_lookup(QCoreApplication.translate if own is not None else None)


def start_location(database: str | None) -> tuple[DatabaseLocation, bool]:
    """The database the window opens: `--db`, else $SEMINARKOLL_DATABASE_URL, else the shared
    database chosen last time (with its password from the keyring), else the local file.
    The flag tells whether it is that remembered server."""
    if database or os.environ.get(ENV_DATABASE_URL):
        return resolve(database), False
    from seminarkoll.ui.server_login import remembered_server, saved_password

    address = remembered_server()
    if address is None:
        return resolve(None), False
    return address.location(saved_password(address)), True


def _application() -> QApplication:
    """The application object, named, with its icon and the chosen language."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(str(Path(__file__).parent / "resources" / "seminarkoll.svg")))
    install_translations(app)
    return app


def run_offline_signoff(path: Path) -> int:
    """Show the sign-off view on an offline signing file until it is closed; returns the
    process exit code (2, with one line, when the file cannot be opened)."""
    from seminarkoll.documents.qt_binding import binding_problem

    problem = binding_problem()
    if problem is not None:
        report_fatal(problem)
        return 2
    from seminarkoll.domain.errors import DomainError
    from seminarkoll.services.offline_signoff import offline_seminar

    try:
        found = offline_seminar(path.absolute())
    except DomainError as exc:
        report_fatal(str(exc))
        return 2
    app = _application()
    from seminarkoll.ui.attendance.offline_signoff import OfflineSignOffWindow

    opener = DatabaseOpener()
    try:
        aside = opener.open_aside(resolve(str(found.path)))
    except DomainError as exc:
        report_fatal(str(exc))
        return 2
    try:
        window = OfflineSignOffWindow(aside.services, found)
        window.show()
        window.search.setFocus()
        return app.exec()
    finally:
        aside.close()


def run_gui(database: str | None) -> int:
    """Start the desktop application; returns the process exit code."""
    from seminarkoll.documents.qt_binding import binding_problem

    problem = binding_problem()
    if problem is not None:
        report_fatal(problem)
        return 2
    location, remembered = start_location(database)
    try:
        preflight(location, empty_ok=True)  # the window asks about an empty file
    except DatabaseError as exc:
        report_fatal(str(exc))
        return 2
    app = _application()
    from seminarkoll.ui.main_window import MainWindow

    opener = DatabaseOpener()
    window = MainWindow(opener, location, remembered_server=remembered)
    window.show()
    code = app.exec()
    opener.close()
    return code if window.exit_code is None else window.exit_code
