"""Messages made below the UI (validation, files, dates) follow the chosen language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from seminarkoll.domain.calendar import SchoolYear, school_breaks
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.errors import ValidationError
from seminarkoll.domain.schedule import seminar_warnings
from seminarkoll.exchange.columns import detect_header
from seminarkoll.exchange.errors import FileReadError, HeaderNotFoundError
from seminarkoll.exchange.spreadsheet import SheetData, SheetRow, read_sheet
from seminarkoll.services.attendance import CellRef
from seminarkoll.services.container import Services
from seminarkoll.services.lecturers import LecturerInput
from seminarkoll.services.planning import ProgrammeInput
from tests.factories import Factory


@pytest.mark.usefixtures("english")
def test_validation_errors_are_english(services: Services) -> None:
    services.planning.create_programme(ProgrammeInput("Ledare på lut"))
    with pytest.raises(ValidationError) as empty:
        services.planning.create_programme(ProgrammeInput(" "))
    assert empty.value.for_field("name") == "Enter the programme's name."
    with pytest.raises(ValidationError) as taken:
        services.planning.create_programme(ProgrammeInput("LEDARE PÅ LUT"))
    assert str(taken.value) == "There is already a programme called “Ledare på lut”."
    with pytest.raises(ValidationError) as long:
        services.planning.create_programme(ProgrammeInput("x" * 201))
    assert long.value.for_field("name") == "The name may be at most 200 characters long."


@pytest.mark.usefixtures("english")
def test_file_errors_are_english(tmp_path: Path) -> None:
    with pytest.raises(FileReadError) as caught:
        read_sheet(tmp_path / "deltagare.xlsx")
    assert str(caught.value) == "The file “deltagare.xlsx” does not exist. Check where it is."


@pytest.mark.usefixtures("english")
def test_date_warnings_name_days_and_holidays_in_english() -> None:
    saturday = date(2025, 6, 21)
    assert seminar_warnings(saturday, ()) == [
        "The date is a Saturday.",
        "The date is a public holiday (Midsummer Day).",
    ]
    eve = date(2025, 4, 30)
    assert seminar_warnings(eve, ()) == [
        "The date is the eve of a public holiday, when many people finish early (Walpurgis Night)."
    ]
    half_term = date(2025, 10, 29)
    (warning,) = seminar_warnings(half_term, school_breaks(SchoolYear.from_date(half_term)))
    assert warning.startswith(
        "The date falls in a school holiday (Autumn half-term, 27 October 2025–"
    )


def test_the_same_messages_stay_swedish_by_default(services: Services) -> None:
    with pytest.raises(ValidationError) as empty:
        services.planning.create_programme(ProgrammeInput(""))
    assert empty.value.for_field("name") == "Ange programmets namn."
    assert seminar_warnings(date(2025, 6, 21), ()) == [
        "Datumet är en lördag.",
        "Datumet är en helgdag (Midsommardagen).",
    ]


@pytest.mark.usefixtures("english")
def test_lecturer_and_removal_messages_are_english(services: Services, factory: Factory) -> None:
    with pytest.raises(ValidationError) as empty:
        services.lecturers.create_lecturer(LecturerInput(" ", ""))
    assert empty.value.for_field("first_name") == "Enter a first name."
    cohort = factory.cohort(name="Omgång 1")
    for number in (1, 2, 3):
        seminar = factory.seminar(cohort, number, date(2024, 9, number))
    person = factory.person("Anna", "Berg")
    factory.enrollment(cohort, person)
    services.attendance.set_status(
        [CellRef(services.attendance.matrix(cohort).rows[0].enrollment_id, seminar)],
        AttendanceStatus.PRESENT,
    )
    assert services.planning.cohort_removal_impact(cohort).sentence == (
        "The cohort “Omgång 1” (2024/2025) is removed, together with 3 seminars, "
        "1 enrolment, 1 attendance record and 1 line in the attendance log."
    )
    assert services.schedule.removal_impact(seminar).sentence == (
        "Seminar 3 “Seminarium 3” (3 September 2024) is removed, together with "
        "1 attendance record and 1 line in the attendance log."
    )


@pytest.mark.usefixtures("english")
def test_merge_explanation_and_visitor_note_are_english(
    services: Services, factory: Factory
) -> None:
    cohort = factory.cohort(name="Omgång A")
    seminar = factory.seminar(cohort, 1, date(2024, 9, 5))
    keep = factory.person("Anna", "Berg", "anna@skola.se")
    remove = factory.person("Anna", "Berg", "", phone="0701234567")
    factory.enrollment(cohort, remove)
    explanation = services.participants.merge(keep, remove).explanation
    assert explanation == (
        "Anna Berg is merged into Anna Berg (anna@skola.se). "
        "The details of Anna Berg (anna@skola.se) are kept.",
        "The phone number “0701234567” moves over.",
        "The enrolment in Omgång A (2024/2025) moves over with all its attendance.",
    )
    visitor = factory.person("Vera", "Besök")
    services.attendance.add_walk_in(seminar, visitor, join_cohort=False)
    (card,) = services.participants.card(visitor).enrolments
    assert card.notes == "Visitor at seminar 1."
    assert card.result.reason == "Visited seminar 1 without being enrolled in the cohort."


@pytest.mark.usefixtures("english")
def test_missing_header_names_the_columns_in_english() -> None:
    sheet = SheetData(
        path=Path("lista.xlsx"),
        sheet_name="Blad1",
        sheet_names=("Blad1",),
        rows=(SheetRow(1, ("Kolumn A", "Kolumn B")),),
        width=2,
    )
    with pytest.raises(HeaderNotFoundError) as caught:
        detect_header(sheet)
    assert caught.value.looked_for[0] == "Name (or First name and Last name)"
    assert "Name (or First name and Last name), E-mail" in str(caught.value)


def test_removal_and_lecturer_messages_stay_swedish_by_default(
    services: Services, factory: Factory
) -> None:
    with pytest.raises(ValidationError) as empty:
        services.lecturers.create_lecturer(LecturerInput(" ", ""))
    assert empty.value.for_field("first_name") == "Ange förnamn."
    cohort = factory.cohort(name="Omgång 1")
    factory.seminar(cohort, 1, date(2024, 9, 5))
    assert services.planning.cohort_removal_impact(cohort).sentence == (
        "Omgången ”Omgång 1” (2024/2025) tas bort, tillsammans med 1 seminarium."
    )
