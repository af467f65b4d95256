"""EnrollmentService on real SQLite: roster, multi-add, status and dates, removal."""

from __future__ import annotations

from datetime import date

import pytest

from seminarkoll.domain.completion import CellState
from seminarkoll.domain.enums import AttendanceStatus, EnrollmentStatus
from seminarkoll.domain.errors import NotFoundError, ValidationError
from seminarkoll.services.attendance import CellRef
from seminarkoll.services.container import Services
from seminarkoll.services.enrollment import EnrollmentInput
from tests.factories import Factory


def test_enrol_several_and_report_those_already_in(services: Services, factory: Factory) -> None:
    cohort = factory.cohort(start_date=date(2024, 8, 19))
    anna, bo, cilla = (factory.person(n, "Test") for n in ("Anna", "Bo", "Cilla"))
    first = services.enrollment.enrol(cohort, [anna, bo])
    assert len(first.added) == 2
    assert first.already == ()
    second = services.enrollment.enrol(cohort, [bo, cilla, cilla])
    assert len(second.added) == 1
    assert second.already == ("Bo Test",)
    roster = services.enrollment.roster(cohort)
    assert [r.first_name for r in roster] == ["Anna", "Bo", "Cilla"]
    assert all(r.joined_on == date(2024, 8, 19) for r in roster)
    assert all(r.status is EnrollmentStatus.ENROLLED for r in roster)
    with pytest.raises(NotFoundError, match="1 av de valda"):
        services.enrollment.enrol(cohort, [anna, 9999])


def test_late_joiner_and_withdrawal_keep_history(services: Services, factory: Factory) -> None:
    cohort = factory.cohort()
    seminars = [factory.seminar(cohort, n, date(2024, 9, 2 * n)) for n in (1, 2, 3)]
    (late,) = services.enrollment.enrol(
        cohort, [factory.person()], joined_on=date(2024, 9, 3)
    ).added
    (leaver,) = services.enrollment.enrol(cohort, [factory.person()]).added
    services.attendance.set_status([CellRef(leaver, seminars[0])], AttendanceStatus.PRESENT)
    assert (
        services.enrollment.set_status([leaver], EnrollmentStatus.WITHDRAWN, date(2024, 9, 3)) == 1
    )
    rows = {r.enrollment_id: r for r in services.attendance.matrix(cohort).rows}
    assert rows[late].cells[0] is CellState.NOT_EXPECTED
    assert rows[late].cells[1] is CellState.NOT_YET_HELD
    assert rows[leaver].left_on == date(2024, 9, 3)
    assert rows[leaver].cells == (
        CellState.PRESENT,
        CellState.NOT_EXPECTED,
        CellState.NOT_EXPECTED,
    )
    assert services.enrollment.set_status([leaver], EnrollmentStatus.ENROLLED, date.today()) == 1
    assert services.enrollment.roster(cohort)[1].left_on is None


def test_update_validates_dates(services: Services, factory: Factory) -> None:
    cohort = factory.cohort()
    enrollment = factory.enrollment(cohort)
    with pytest.raises(ValidationError) as caught:
        services.enrollment.update(
            enrollment,
            EnrollmentInput(
                EnrollmentStatus.WITHDRAWN,
                applied_on=date(2024, 9, 1),
                joined_on=date(2024, 8, 1),
                left_on=date(2024, 7, 1),
            ),
        )
    assert caught.value.for_field("left_on") is not None
    assert caught.value.for_field("joined_on") is not None
    services.enrollment.update(
        enrollment,
        EnrollmentInput(
            EnrollmentStatus.COMPLETED, joined_on=date(2024, 8, 1), notes="  Intyg skickat "
        ),
    )
    (row,) = services.enrollment.roster(cohort)
    assert (row.status, row.notes) == (EnrollmentStatus.COMPLETED, "Intyg skickat")


def test_remove_reports_marks(services: Services, factory: Factory) -> None:
    cohort = factory.cohort()
    seminar = factory.seminar(cohort, 1, date(2024, 9, 5))
    person = factory.person("Dag", "Test")
    enrollment = factory.enrollment(cohort, person)
    factory.attendance(seminar, enrollment)
    impact = services.enrollment.removal_impact([enrollment])
    assert (impact.names, impact.marks) == (("Dag Test",), 1)
    assert services.enrollment.remove([enrollment]) == impact
    assert services.enrollment.roster(cohort) == ()
    assert services.participants.person(person).name == "Dag Test"
    with pytest.raises(NotFoundError):
        services.enrollment.roster(9999)
