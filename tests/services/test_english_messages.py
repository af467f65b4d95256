"""Messages made below the UI (validation, files, dates) follow the chosen language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from seminarkoll.domain.calendar import SchoolYear, school_breaks
from seminarkoll.domain.errors import ValidationError
from seminarkoll.domain.schedule import seminar_warnings
from seminarkoll.exchange.errors import FileReadError
from seminarkoll.exchange.spreadsheet import read_sheet
from seminarkoll.services.container import Services
from seminarkoll.services.planning import ProgrammeInput


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
    assert warning.startswith("The date falls in a school holiday (Autumn half-term, 2025-10-")


def test_the_same_messages_stay_swedish_by_default(services: Services) -> None:
    with pytest.raises(ValidationError) as empty:
        services.planning.create_programme(ProgrammeInput(""))
    assert empty.value.for_field("name") == "Ange programmets namn."
    assert seminar_warnings(date(2025, 6, 21), ()) == [
        "Datumet är en lördag.",
        "Datumet är en helgdag (Midsommardagen).",
    ]
