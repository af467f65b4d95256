"""Intake on real SQLite files: an applicant walks from applied to accepted, every date kept."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from seminarkoll.domain.enums import EnrollmentStatus as S
from seminarkoll.domain.errors import ConflictError, NotFoundError
from seminarkoll.services.container import Services
from tests.factories import Factory


def _cohort(factory: Factory) -> int:
    return factory.cohort(name="Omgång 9", school_year="2026/2027")


def test_applicant_walks_to_accepted_after_a_withdrawal(
    services: Services, factory: Factory
) -> None:
    cohort = _cohort(factory)
    intake = services.intake
    anna = intake.apply(cohort, factory.person("Anna", "Ek"), date(2026, 4, 1))
    bo = intake.apply(cohort, factory.person("Bo", "Lind"), date(2026, 4, 2))
    intake.book_interview([anna, bo], datetime(2026, 5, 4, 9, 30))
    intake.record_interview(anna, "Tydlig bild av ledarskap", date(2026, 5, 4))
    intake.record_interview(bo, "Bra samtal", date(2026, 5, 4))
    intake.decide([bo], S.ACCEPTED, date(2026, 5, 10))
    intake.decide([anna], S.WAITLISTED, date(2026, 5, 10))

    withdrawal = intake.withdraw(bo, date(2026, 6, 1))
    assert withdrawal.next_in_line is not None
    assert withdrawal.next_in_line.enrollment_id == anna
    intake.decide([anna], S.ACCEPTED, date(2026, 6, 2))

    row = intake.applicant(anna)
    assert row.status is S.ACCEPTED
    assert [(step.status, step.taken_on) for step in row.steps] == [
        (S.APPLIED, date(2026, 4, 1)),
        (S.INTERVIEW_BOOKED, date(2026, 5, 4)),
        (S.INTERVIEWED, date(2026, 5, 4)),
        (S.WAITLISTED, date(2026, 5, 10)),
        (S.ACCEPTED, date(2026, 6, 2)),
    ]
    assert row.interview_at is not None
    assert row.interview_at.astimezone().replace(tzinfo=None) == datetime(2026, 5, 4, 9, 30)
    assert row.interview_outcome == "Tydlig bild av ledarskap"
    assert row.applied_on == date(2026, 4, 1)
    assert intake.applicant(bo).status is S.WITHDRAWN


def test_waitlist_offers_who_waited_longest(services: Services, factory: Factory) -> None:
    cohort = _cohort(factory)
    intake = services.intake
    first, second, placed = (
        intake.apply(cohort, factory.person(name, "X"), date(2026, 4, day))
        for name, day in (("Cia", 3), ("Dan", 1), ("Eva", 1))
    )
    intake.decide([second], S.WAITLISTED, date(2026, 5, 12))
    intake.decide([first], S.WAITLISTED, date(2026, 5, 10))
    intake.decide([placed], S.ACCEPTED, date(2026, 5, 10))
    offered = intake.withdraw(placed, date(2026, 6, 1)).next_in_line
    assert offered is not None
    assert offered.first_name == "Cia"


def test_withdrawing_an_applicant_frees_no_place(services: Services, factory: Factory) -> None:
    cohort = _cohort(factory)
    intake = services.intake
    waiting = intake.apply(cohort, factory.person("Cia", "X"), date(2026, 4, 1))
    intake.decide([waiting], S.WAITLISTED, date(2026, 5, 1))
    applicant = intake.apply(cohort, factory.person("Dan", "Y"), date(2026, 4, 1))
    assert intake.withdraw(applicant, date(2026, 5, 2)).next_in_line is None


def test_a_step_out_of_order_changes_nothing(services: Services, factory: Factory) -> None:
    cohort = _cohort(factory)
    intake = services.intake
    anna = intake.apply(cohort, factory.person("Anna", "Ek"), date(2026, 4, 1))
    bo = intake.apply(cohort, factory.person("Bo", "Lind"), date(2026, 4, 1))
    intake.decide([bo], S.DECLINED, date(2026, 5, 1))
    with pytest.raises(ConflictError, match="Anna Ek har status ”Anmäld”"):
        intake.decide([anna, bo], S.ENROLLED, date(2026, 5, 2))
    assert intake.applicant(anna).status is S.APPLIED
    assert [s.status for s in intake.applicant(anna).steps] == [S.APPLIED]
    with pytest.raises(NotFoundError):
        intake.decide([anna + 1000], S.ACCEPTED, date(2026, 5, 2))
    with pytest.raises(ConflictError):
        intake.apply(cohort, intake.applicant(anna).person_id, date(2026, 5, 2))


def test_applicants_filter_by_status_and_mail_the_waitlist(
    services: Services, factory: Factory
) -> None:
    cohort = _cohort(factory)
    intake = services.intake
    anna = intake.apply(cohort, factory.person("Anna", "Ek"), date(2026, 4, 1))
    intake.apply(cohort, factory.person("Bo", "Lind", email=""), date(2026, 4, 2))
    intake.decide([anna], S.WAITLISTED, date(2026, 5, 1))
    assert [a.first_name for a in intake.applicants(cohort)] == ["Anna", "Bo"]
    assert [a.first_name for a in intake.applicants(cohort, (S.APPLIED,))] == ["Bo"]
    mail = intake.email_list(cohort, S.WAITLISTED)
    assert mail.line == "Anna Ek <anna.ek@example.se>"
    applied = intake.email_list(cohort, S.APPLIED)
    assert applied.missing_sentence == "Saknar e-postadress: Bo Lind."


def test_enrolled_applicants_join_the_matrix(services: Services, factory: Factory) -> None:
    cohort = _cohort(factory)
    intake = services.intake
    anna = intake.apply(cohort, factory.person("Anna", "Ek"), date(2026, 4, 1))
    intake.apply(cohort, factory.person("Bo", "Lind"), date(2026, 4, 1))
    assert services.attendance.matrix(cohort).rows == ()
    intake.decide([anna], S.ACCEPTED, date(2026, 5, 1))
    intake.decide([anna], S.ENROLLED, date(2026, 8, 20))
    (row,) = services.attendance.matrix(cohort).rows
    assert (row.first_name, row.joined_on) == ("Anna", date(2026, 8, 20))


def test_register_extract_and_anonymisation_cover_the_intake(
    services: Services, factory: Factory
) -> None:
    cohort = _cohort(factory)
    person = factory.person("Anna", "Ek")
    anna = services.intake.apply(cohort, person, date(2026, 4, 1))
    services.intake.book_interview([anna], datetime(2026, 5, 4, 9, 30))
    services.intake.record_interview(anna, "Anna Ek vill leda förskolan", date(2026, 5, 4))
    record = services.person_data.record(person)
    steps = next(s for s in record.sections if s.key == "antagningssteg")
    assert [row[1] for row in steps.rows] == ["Anmäld", "Intervju bokad", "Intervjuad"]
    enrolments = next(s for s in record.sections if s.key == "antagningar")
    assert enrolments.as_dicts()[0]["intervjuns utfall"] == "Anna Ek vill leda förskolan"

    services.person_data.anonymise(person)
    after = services.intake.applicant(anna)
    assert after.interview_outcome == ""
    assert all("Anna Ek" not in step.note for step in after.steps)
    assert after.status is S.INTERVIEWED
