"""The participant import reads an application status column, with its date, from a real .xlsx."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from seminarkoll.data.database import Database
from seminarkoll.data.models import Enrollment, IntakeStep, Person
from seminarkoll.domain.enums import EnrollmentStatus as S
from seminarkoll.services.container import Services
from seminarkoll.services.participant_import import RowOutcome, RowsRefusedError
from tests.exchange.workbooks import write_xlsx
from tests.factories import Factory
from tests.snapshots import database_snapshot

HEADER = ["Namn", "E-post", "Ansökningsstatus", "Statusdatum"]


def _standing(database: Database, cohort: int) -> dict[str, tuple[S, date | None, date | None]]:
    """Each enrolled person's e-mail -> (status, applied on, joined on)."""
    with database.transaction() as session:
        return {
            email: (status, applied, joined)
            for email, status, applied, joined in session.execute(
                select(Person.email, Enrollment.status, Enrollment.applied_on, Enrollment.joined_on)
                .join(Person, Person.id == Enrollment.person_id)
                .where(Enrollment.cohort_id == cohort)
            )
        }


def _steps(database: Database) -> dict[str, list[tuple[S, date]]]:
    with database.transaction() as session:
        steps: dict[str, list[tuple[S, date]]] = {}
        for email, status, on in session.execute(
            select(Person.email, IntakeStep.status, IntakeStep.taken_on)
            .join(Enrollment, Enrollment.id == IntakeStep.enrollment_id)
            .join(Person, Person.id == Enrollment.person_id)
            .order_by(IntakeStep.id)
        ):
            steps.setdefault(email, []).append((status, on))
        return steps


def test_statuses_and_their_dates_are_kept(
    services: Services, database: Database, factory: Factory, tmp_path: Path
) -> None:
    cohort = factory.cohort()
    known = factory.person("Kim", "Ek", email="kim@skola.se")
    path = write_xlsx(
        tmp_path / "ansokningar.xlsx",
        [
            HEADER,
            ["Anna Berg", "anna@skola.se", "Anmäld", datetime(2025, 2, 3)],
            ["Bo Lind", "bo@skola.se", "intervju bokad", "2025-02-10"],
            ["Cia Holm", "cia@skola.se", "Väntelista", datetime(2025, 3, 1)],
            ["Dan Ek", "dan@skola.se", "Waitlisted", None],
            ["Eva Ås", "eva@skola.se", "Ej antagen", date(2025, 3, 2)],
            ["Kim Ek", "kim@skola.se", "Antagen", date(2025, 3, 3)],
            ["Liv Ek", "liv@skola.se", None, None],
            ["Max Ek", "max@skola.se", "Deltar", None],
        ],
    )
    importer = services.participant_import
    preview = importer.preview_file(path, cohort)
    assert preview.is_clean
    assert [row.outcome for row in preview.rows] == [RowOutcome.NEW] * 5 + [
        RowOutcome.UPDATE,
        RowOutcome.NEW,
        RowOutcome.NEW,
    ]
    assert "Får status ”Väntelista” i omgången (2025-03-01)." in preview.rows[2].detail
    result = importer.run(preview)
    assert (result.created, result.updated, result.enrolled) == (7, 1, 8)
    today = date.today()
    assert _standing(database, cohort) == {
        "anna@skola.se": (S.APPLIED, date(2025, 2, 3), None),
        "bo@skola.se": (S.INTERVIEW_BOOKED, None, None),
        "cia@skola.se": (S.WAITLISTED, None, None),
        "dan@skola.se": (S.WAITLISTED, None, None),
        "eva@skola.se": (S.DECLINED, None, None),
        "kim@skola.se": (S.ACCEPTED, None, None),
        "liv@skola.se": (S.ENROLLED, None, result.joined_on),
        "max@skola.se": (S.ENROLLED, None, result.joined_on),
    }
    assert _steps(database) == {
        "anna@skola.se": [(S.APPLIED, date(2025, 2, 3))],
        "bo@skola.se": [(S.INTERVIEW_BOOKED, date(2025, 2, 10))],
        "cia@skola.se": [(S.WAITLISTED, date(2025, 3, 1))],
        "dan@skola.se": [(S.WAITLISTED, today)],
        "eva@skola.se": [(S.DECLINED, date(2025, 3, 2))],
        "kim@skola.se": [(S.ACCEPTED, date(2025, 3, 3))],
    }
    assert known in {a.person_id for a in services.intake.applicants(cohort)}


@pytest.mark.parametrize(
    ("cells", "column", "message"),
    [
        (
            ["Kanske", None],
            "Ansökningsstatus",
            "”Kanske” är ingen ansökningsstatus. Skriv en av: Anmäld, Intervju bokad, "
            "Intervjuad, Antagen, Väntelista, Ej antagen, Avbrutit, Deltar.",
        ),
        (
            ["Antagen", "i mars"],
            "Statusdatum",
            "”i mars” är inget datum (skriv det som 2025-03-01).",
        ),
    ],
)
def test_an_unknown_word_or_date_is_refused_naming_file_and_row(
    services: Services,
    database: Database,
    factory: Factory,
    tmp_path: Path,
    cells: list[str | None],
    column: str,
    message: str,
) -> None:
    cohort = factory.cohort()
    path = write_xlsx(
        tmp_path / "ansokningar.xlsx",
        [
            HEADER,
            ["Anna Berg", "anna@skola.se", "Anmäld", None],
            ["Bo Lind", "bo@skola.se", *cells],
        ],
    )
    importer = services.participant_import
    preview = importer.preview_file(path, cohort)
    assert preview.problem_lines() == (f"{path}:3: {column}: {message}",)
    before = database_snapshot(database)
    with pytest.raises(RowsRefusedError):
        importer.run(preview)
    assert database_snapshot(database) == before


def test_a_later_list_moves_applications_on_and_refuses_impossible_steps(
    services: Services, database: Database, factory: Factory, tmp_path: Path
) -> None:
    cohort = factory.cohort()
    importer = services.participant_import
    first = write_xlsx(
        tmp_path / "v1.xlsx",
        [
            HEADER,
            ["Anna Berg", "anna@skola.se", "Anmäld", date(2025, 2, 3)],
            ["Bo Lind", "bo@skola.se", "Deltar", None],
        ],
    )
    importer.run(importer.preview_file(first, cohort))
    later = write_xlsx(
        tmp_path / "v2.xlsx",
        [
            HEADER,
            ["Anna Berg", "anna@skola.se", "Intervju bokad", date(2025, 2, 20)],
            ["Bo Lind", "bo@skola.se", "Anmäld", date(2025, 2, 20)],
        ],
    )
    preview = importer.preview_file(later, cohort)
    anna, bo = preview.rows
    assert (anna.outcome, bo.outcome) == (RowOutcome.UPDATE, RowOutcome.ERROR)
    assert "Status i omgången: ”Anmäld” → ”Intervju bokad” (2025-02-20)." in anna.detail
    assert preview.problem_lines() == (
        f"{later}:3: Ansökningsstatus: Personen har status ”Deltar” i omgången och kan inte "
        "få status ”Anmäld”.",
    )
    importer.run(preview, skip_invalid=True)
    assert _standing(database, cohort)["anna@skola.se"][0] is S.INTERVIEW_BOOKED
    assert _standing(database, cohort)["bo@skola.se"][0] is S.ENROLLED
    assert _steps(database)["anna@skola.se"] == [
        (S.APPLIED, date(2025, 2, 3)),
        (S.INTERVIEW_BOOKED, date(2025, 2, 20)),
    ]
