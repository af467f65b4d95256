"""Signing off without a network: copy one seminar's roster to a file of its own, and read the
marks taken in it back through the attendance import's preview (conflicts listed, not applied).

The file is a Seminarkoll database of our own schema holding that seminar alone, so the
sign-off view runs on it unchanged. It records the identity of the database it came from and
the seminar; reading it into another database, or for another seminar, is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from seminarkoll.data.database import Database
from seminarkoll.data.engine import make_engine
from seminarkoll.data.errors import DatabaseError
from seminarkoll.data.location import for_sqlite_file
from seminarkoll.data.migrate import upgrade
from seminarkoll.data.models import Seminar
from seminarkoll.data.offline_copy import (
    CopiedRoster,
    OfflineFile,
    copy_roster,
    read_offline_file,
)
from seminarkoll.data.settings import DATABASE_ID_KEY, read_setting
from seminarkoll.data.sqlite_file import left_unclean
from seminarkoll.domain.dates import long_date
from seminarkoll.domain.errors import ConflictError
from seminarkoll.domain.translation import translate
from seminarkoll.exchange.attendance_file import AttendanceFileReport, MarkCell, SheetKind
from seminarkoll.exchange.writing import write_atomically
from seminarkoll.services.attendance_import import AttendanceImportService, AttendancePlan


@dataclass(frozen=True)
class OfflineCopy:
    """An offline file just written: which seminar, how many people and marks it holds."""

    path: Path
    seminar_id: int
    seminar_number: int
    seminar_title: str
    people: int
    marks: int

    @property
    def summary(self) -> str:
        """E.g. "Seminarium 3 med 24 deltagare och 2 markeringar sparat i FIL"."""
        return translate(
            "Exports",
            "Seminarium {number} med {people} deltagare och {marks} markeringar sparat i {path}",
        ).format(number=self.seminar_number, people=self.people, marks=self.marks, path=self.path)


@dataclass(frozen=True)
class OfflineSeminar:
    """Which seminar an offline file holds and where it was copied from."""

    path: Path
    seminar_id: int
    copied_at: datetime
    copied_from: str


def offline_seminar(path: Path) -> OfflineSeminar:
    """The seminar the offline file at `path` holds (to open its sign-off view); DatabaseError
    naming the file when it is no offline file or cannot be read."""
    found = read_offline_file(path)
    origin = found.origin
    return OfflineSeminar(path, origin.seminar_id, origin.copied_at, origin.source_display)


class OfflineSignoffService:
    """Writes offline files of a seminar and previews reading them back into this database."""

    def __init__(self, database: Database, attendance_import: AttendanceImportService) -> None:
        self._db = database
        self._import = attendance_import

    def export(self, seminar_id: int, path: Path) -> OfflineCopy:
        """Write the seminar's roster and marks into a new file at `path` (replacing a file
        that is there and not open; never half-written), made with this version's schema; the
        database itself is only read. DomainError naming the file when it cannot be written."""
        target = path.expanduser().absolute()
        _refuse_open(target)
        copied: list[CopiedRoster] = []

        def write(temporary: Path) -> None:
            location = for_sqlite_file(temporary)
            try:
                upgrade(location)
                engine = make_engine(location)
                try:
                    with self._db.transaction() as session, engine.begin() as connection:
                        display = self._db.location.display
                        copied.append(copy_roster(session, connection, seminar_id, display))
                finally:
                    engine.dispose()
            finally:
                for suffix in ("-wal", "-shm"):
                    temporary.with_name(temporary.name + suffix).unlink(missing_ok=True)

        write_atomically(target, write)
        roster = copied[0]
        return OfflineCopy(
            target,
            seminar_id,
            roster.seminar_number,
            roster.seminar_title,
            roster.people,
            roster.marks,
        )

    def preview(
        self, path: Path, seminar_id: int | None = None, today: date | None = None
    ) -> AttendancePlan:
        """What reading the offline file at `path` back would do, as the attendance import's
        plan: marks the database holds too are left, new ones recorded, a mark changed offline
        replaces one the database still holds as copied, and a cell changed here since the
        copy is a conflict. Nothing is saved (apply the plan with `attendance_import.apply`).

        With `seminar_id` the file must hold that seminar. Raises DatabaseError for a file
        that is not ours or is damaged, and ConflictError for a file of another database or
        seminar; the message names the file."""
        found = read_offline_file(path)
        origin = found.origin
        with self._db.transaction() as session:
            identity = read_setting(session, DATABASE_ID_KEY)
            cohort_id = session.scalar(
                select(Seminar.cohort_id).where(Seminar.id == origin.seminar_id)
            )
        self._check(found, identity, cohort_id, seminar_id)
        label = translate("Exports", "Seminarium {number}").format(number=found.seminar_number)
        cells = tuple(
            MarkCell(
                row,
                label,
                mark.enrollment_id,
                origin.seminar_id,
                mark.name,
                mark.status,
                None if mark.note == mark.base_note else mark.note,
            )
            for row, mark in enumerate(found.changed, start=1)
            if mark.status is not None
        )
        signers = sorted({mark.by for mark in found.changed if mark.by})
        sheet = (
            translate("Exports", "{seminar}, markerat av {names}").format(
                seminar=label, names=", ".join(signers)
            )
            if signers
            else label
        )
        report = AttendanceFileReport(
            found.path,
            sheet,
            SheetKind.OFFLINE,
            origin.cohort_id,
            (origin.seminar_id,),
            cells,
            (),
            (),
        )
        bases = {
            (mark.enrollment_id, origin.seminar_id): (mark.base, mark.base_note)
            for mark in found.changed
        }
        plan = self._import.plan(report, bases, today)
        return replace(plan, warnings=plan.warnings + _warnings(found))

    def _check(
        self,
        found: OfflineFile,
        identity: str | None,
        cohort_id: int | None,
        seminar_id: int | None,
    ) -> None:
        """Refuse a file of another database or seminar, or of a seminar removed since."""
        origin = found.origin
        name = found.path.name
        if identity != origin.source:
            raise ConflictError(
                translate(
                    "Errors",
                    "Filen ”{name}” är en offline-signering från en annan databas ({source}, "
                    "kopierad {date}), inte från {here}. Läs in den där. Ingenting har ändrats.",
                ).format(
                    name=name,
                    source=origin.source_display,
                    date=long_date(origin.copied_at.date()),
                    here=self._db.location.display,
                )
            )
        if cohort_id != origin.cohort_id:
            raise ConflictError(
                translate(
                    "Errors",
                    "Seminarium {number}, som filen ”{name}” gäller, finns inte längre i "
                    "databasen. Ingenting har ändrats.",
                ).format(name=name, number=found.seminar_number)
            )
        if seminar_id is not None and seminar_id != origin.seminar_id:
            raise ConflictError(
                translate(
                    "Errors",
                    "Filen ”{name}” gäller ett annat seminarium än det valda (seminarium "
                    "{number}, kopierat {date}). Välj det seminariet och läs in filen igen. "
                    "Ingenting har ändrats.",
                ).format(
                    name=name,
                    number=found.seminar_number,
                    date=long_date(origin.copied_at.date()),
                )
            )


def _warnings(found: OfflineFile) -> tuple[str, ...]:
    """What the file holds that is not read back: walk-ins, removed marks, its signature."""
    warnings = []
    if found.walk_ins:
        warnings.append(
            translate(
                "Errors",
                "Besökare som lades till offline läses inte in: {names}. Lägg till dem i "
                "signeringsvyn här.",
            ).format(names=", ".join(found.walk_ins))
        )
    cleared = [mark.name for mark in found.changed if mark.status is None]
    if cleared:
        warnings.append(
            translate(
                "Errors",
                "Markeringar som togs bort offline tas inte bort här: {names}. Ta bort dem i "
                "närvaromatrisen om de ska bort.",
            ).format(names=", ".join(cleared))
        )
    if found.signed_by:
        warnings.append(
            translate(
                "Errors",
                "Seminariet signerades offline av {name}. Signera det här när markeringarna är "
                "inlästa.",
            ).format(name=found.signed_by)
        )
    return tuple(warnings)


def _refuse_open(target: Path) -> None:
    """An offline file being signed in must not be replaced under its window."""
    if target.is_file() and left_unclean(target):
        raise DatabaseError(
            translate(
                "Errors",
                "Offline-filen {path} är öppen i Seminarkoll (eller stängdes inte ordentligt). "
                "Stäng den eller välj ett annat filnamn.",
            ).format(path=target)
        )
