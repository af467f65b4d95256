"""Tests for ScheduleExportService: .ics and .pdf files of a cohort's schedule."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest

from seminarkoll.data.private_files import PRIVATE_FILE_MODE
from seminarkoll.domain.errors import NotFoundError
from seminarkoll.exchange.errors import FileWriteError
from seminarkoll.services.container import Services


def cohort_id(services: Services) -> int:
    return services.catalog.programmes()[0].cohorts[0].id


def test_whole_cohort_as_calendar(demo: Services, tmp_path: Path) -> None:
    target = tmp_path / "schema.ics"
    result = demo.schedule_export.export_calendar(
        cohort_id(demo), target, stamp=datetime(2016, 8, 20, tzinfo=UTC)
    )
    assert result.seminar_count == 7
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    found = calendar.walk("VEVENT")
    assert len(found) == 7
    first = min(found, key=lambda e: e.decoded("dtstart"))
    assert first["summary"] == "Ledare på lut: Uppstart: vad innebär det att leda?"
    assert first["location"] == "Kunskapens hus, sal 3"
    assert first.decoded("dtstart").isoformat() == "2016-09-15T13:00:00+02:00"
    description = str(first["description"])
    assert description.startswith("Seminarium 1 av 7 i Omgång 3 (2016/2017), Ledare på lut.")
    assert "Temaområde: Skolledarskapet sett ur olika perspektiv" in description
    assert "Föreläsare: Eva Lindberg (Förvaltningschef)" in description
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".schema.ics")]


def test_one_seminar_as_calendar(demo: Services, tmp_path: Path) -> None:
    seminar = demo.catalog.cohort_overview(cohort_id(demo)).seminars[5]
    target = tmp_path / "ett.ics"
    assert (
        demo.schedule_export.export_calendar(cohort_id(demo), target, seminar.id).seminar_count == 1
    )
    (event,) = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert re.fullmatch(rf"seminar-{seminar.id}-[0-9a-f]{{32}}@seminarkoll", str(event["uid"]))
    with pytest.raises(NotFoundError):
        demo.schedule_export.export_calendar(cohort_id(demo), target, seminar.id + 100)


def test_schedule_as_pdf(demo: Services, tmp_path: Path) -> None:
    target = tmp_path / "schema.pdf"
    result = demo.schedule_export.export_pdf(cohort_id(demo), target, printed_on=date(2016, 8, 20))
    data = target.read_bytes()
    assert result.seminar_count == 7
    assert data.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1


def test_unwritable_targets_are_explained(demo: Services, tmp_path: Path) -> None:
    with pytest.raises(FileWriteError, match=r"Mappen .* finns inte"):
        demo.schedule_export.export_calendar(cohort_id(demo), tmp_path / "saknas" / "schema.ics")
    folder = tmp_path / "skrivskyddad"
    folder.mkdir()
    (folder / "schema.ics").mkdir()
    with pytest.raises(FileWriteError, match=r"schema\.ics"):
        demo.schedule_export.export_pdf(cohort_id(demo), folder / "schema.ics")
    assert [p.name for p in folder.iterdir()] == ["schema.ics"]


def test_exported_files_are_private(demo: Services, tmp_path: Path) -> None:
    target = demo.schedule_export.export_calendar(cohort_id(demo), tmp_path / "s.ics").path
    assert target.stat().st_mode & 0o777 == PRIVATE_FILE_MODE


def _uids_and_sequences(path: Path) -> dict[str, int]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["uid"]): int(e["sequence"]) for e in calendar.walk("VEVENT")}


def test_two_databases_give_their_seminars_different_uids(demo: Services, tmp_path: Path) -> None:
    from seminarkoll.data.database import Database
    from seminarkoll.data.location import for_sqlite_file
    from seminarkoll.data.migrate import upgrade

    other_location = for_sqlite_file(tmp_path / "annan.sqlite3")
    upgrade(other_location)
    other = Services.build(Database(other_location))
    try:
        other.demo.load()
        ours = demo.schedule_export.export_calendar(cohort_id(demo), tmp_path / "a.ics").path
        theirs = other.schedule_export.export_calendar(cohort_id(other), tmp_path / "b.ics").path
    finally:
        other.database.close()
    assert len(_uids_and_sequences(ours)) == len(_uids_and_sequences(theirs)) == 7
    assert not set(_uids_and_sequences(ours)) & set(_uids_and_sequences(theirs))
    again = demo.schedule_export.export_calendar(cohort_id(demo), tmp_path / "c.ics").path
    assert _uids_and_sequences(again) == _uids_and_sequences(ours)


def test_sequence_grows_when_a_seminar_changes_not_with_time(
    demo: Services, tmp_path: Path
) -> None:
    cohort = cohort_id(demo)
    moved, untouched = demo.catalog.cohort_overview(cohort).seminars[5:7]
    first = _uids_and_sequences(
        demo.schedule_export.export_calendar(
            cohort, tmp_path / "1.ics", stamp=datetime(2016, 8, 20, tzinfo=UTC)
        ).path
    )
    assert set(first.values()) == {0}
    later = demo.schedule_export.export_calendar(
        cohort, tmp_path / "2.ics", stamp=datetime(2017, 1, 20, tzinfo=UTC)
    )
    assert _uids_and_sequences(later.path) == first

    details = demo.schedule.seminar(moved.id)
    demo.schedule.update_seminar(moved.id, replace(details.as_input(), location="Aulan"))
    changed = _uids_and_sequences(
        demo.schedule_export.export_calendar(cohort, tmp_path / "3.ics").path
    )
    moved_uid = next(uid for uid in first if uid.startswith(f"seminar-{moved.id}-"))
    untouched_uid = next(uid for uid in first if uid.startswith(f"seminar-{untouched.id}-"))
    assert changed[moved_uid] == 1
    assert changed[untouched_uid] == 0
    assert (
        _uids_and_sequences(demo.schedule_export.export_calendar(cohort, tmp_path / "4.ics").path)
        == changed
    )
    demo.schedule.update_seminar(moved.id, replace(details.as_input(), location="Sal 5"))
    one = demo.schedule_export.export_calendar(cohort, tmp_path / "5.ics", moved.id).path
    assert _uids_and_sequences(one) == {moved_uid: 2}
