"""Certificates: who gets an intyg (the completion rules' verdict), what a page holds, the
organisation, and issue dates."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from seminarkoll.domain.certificates import Organisation, safe_file_stem, seminar_hours
from seminarkoll.domain.enums import CompletionState
from seminarkoll.domain.errors import NotFoundError, ValidationError
from seminarkoll.services.container import Services
from tests.finished_demo import finish_demo


@pytest.fixture
def finished(services: Services) -> int:
    return finish_demo(services)


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["gs", "-q", "-sDEVICE=txtwrite", "-o", "-", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_completers_are_those_the_matrix_calls_completed(services: Services, finished: int) -> None:
    matrix = services.attendance.matrix(finished)
    completed = {r.name for r in matrix.rows if r.result.state is CompletionState.COMPLETED}
    found = services.certificates.certificates(finished, issued_on=date(2017, 6, 9))
    assert {c.person_name for c in found} == completed
    assert all(c.completed and c.kind == "Intyg" for c in found)
    maja = next(c for c in found if c.person_name == "Maja Andersson")
    assert len(maja.seminars) == 7
    assert maja.hours_label == "21 timmar"
    assert maja.themes[0] == "Skolledarskapet sett ur olika perspektiv"
    assert maja.seminars[5].lecturers == (
        "Anders Wikström (Verksamhetschef grundskola)",
        "Helena Sandberg (Utvecklingsledare)",
    )


def test_participation_certificate_lists_only_what_was_attended(
    services: Services, finished: int, tmp_path: Path
) -> None:
    johan = services.certificates.resolve_participant(finished, "johan ek")
    (found,) = services.certificates.certificates(finished, [johan])
    assert not found.completed
    assert found.kind == "Deltagarintyg"
    assert [s.number for s in found.seminars] == [1, 2, 3, 4, 7]
    files = services.certificates.export_pdf(finished, tmp_path / "johan.pdf", [johan])
    text = _pdf_text(files.paths[0])
    assert "Deltagarintyg" in text
    assert "fullföljt" not in text
    assert "godkänd" not in text.casefold()
    assert "Att leda lärande" not in text.replace("\t", " ")


def test_organisation_is_printed_and_validated(
    services: Services, finished: int, tmp_path: Path
) -> None:
    logo = (Path(__file__).parents[2] / "src/seminarkoll/resources/seminarkoll.svg").read_bytes()
    saved = services.certificates.save_organisation(
        Organisation(
            name=" Trollhättans  stad ",
            logo=logo,
            signer_name="Karin Fredriksson",
            signer_title="Samordnare",
            place="Trollhättan",
        )
    )
    assert saved.name == "Trollhättans stad"
    assert services.certificates.organisation() == saved
    with pytest.raises(ValidationError, match="Ort"):
        services.certificates.save_organisation(Organisation(place="x" * 101))
    assert services.certificates.organisation() == saved
    files = services.certificates.export_pdf(finished, tmp_path / "alla.pdf")
    text = _pdf_text(files.paths[0]).replace("\t", " ")
    assert "Trollhättans stad" in text
    assert "Karin Fredriksson" in text
    assert "Trollhättan, " in text


def test_separate_files_and_issue_dates(services: Services, finished: int, tmp_path: Path) -> None:
    before = {c.enrollment_id: c.issued_at for c in services.certificates.candidates(finished)}
    assert set(before.values()) == {None}
    files = services.certificates.export_separate(finished, tmp_path)
    assert len(files.paths) == files.certificates == 17
    assert (tmp_path / "Intyg Åsa Lundqvist.pdf") in files.paths
    assert files.summary == "17 intyg sparade i 17 filer."
    issued = {c.name: c.issued_at for c in services.certificates.candidates(finished)}
    assert issued["Åsa Lundqvist"] is not None
    assert issued["Johan Ek"] is None
    card = services.participants.card(services.enrollment.roster(finished)[2].person_id)
    assert card.enrolments[0].certificate_issued_at is not None


def test_nobody_completed_and_unknown_person(services: Services, tmp_path: Path) -> None:
    cohort = services.demo.load().cohort_id
    with pytest.raises(NotFoundError, match="Ingen i omgången är godkänd"):
        services.certificates.export_pdf(cohort, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(NotFoundError, match="Zorro"):
        services.certificates.resolve_participant(cohort, "Zorro")


def test_hours_and_file_names() -> None:
    from datetime import time

    assert seminar_hours(time(13, 0), time(16, 30)) == 3.5
    assert seminar_hours(None, time(16, 0)) == 0
    assert safe_file_stem('Intyg A/B: "C"?') == "Intyg A B C"
