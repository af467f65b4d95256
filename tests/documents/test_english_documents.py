"""PDFs in English: the sign-in sheet, certificates and the schedule, read back as text."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest

from seminarkoll.documents.certificate_pdf import render_certificates_pdf
from seminarkoll.documents.schedule_pdf import ScheduleLine, SchedulePage, schedule_html
from seminarkoll.domain.certificates import Organisation
from seminarkoll.services.container import Services
from tests.documents.test_certificate_pdf import _certificate


def _pdf_text(path: Path) -> str:
    """The text of a PDF as Ghostscript reads it (it gives an en dash as "3" and the "fi"
    ligature as "û", so the checks below avoid both)."""
    text = subprocess.run(
        ["gs", "-q", "-sDEVICE=txtwrite", "-o", "-", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return " ".join(text.split())


def _cohort(services: Services) -> int:
    return services.catalog.programmes()[0].cohorts[0].id


@pytest.mark.usefixtures("english")
def test_the_signin_sheet_pdf_is_english(demo: Services, tmp_path: Path) -> None:
    cohort = _cohort(demo)
    seminar = demo.exports.seminar_id(cohort, 5)
    enrollment = demo.attendance.matrix(cohort).rows[0].enrollment_id
    demo.attendance.excuse_in_advance(enrollment, seminar, "Conference")
    path = demo.exports.export_signin(seminar, tmp_path / "signin.pdf").path
    text = _pdf_text(path)
    assert "Sign-in sheet 3 seminar 5" in text
    for words in ("Name", "Workplace", "Attendance", "Signature", "Excused absence"):
        assert words in text
    assert "20 participants are expected." in text
    assert "Page 1 of" in text
    assert "Närvarolista" not in text
    assert "Namnteckning" not in text


@pytest.mark.usefixtures("english")
def test_certificates_are_english(demo: Services, tmp_path: Path) -> None:
    cohort = _cohort(demo)
    someone = demo.attendance.matrix(cohort).rows[0].enrollment_id
    files = demo.certificates.export_pdf(cohort, tmp_path / "attendance.pdf", [someone])
    text = _pdf_text(files.paths[0])
    assert "Certiûcate of attendance" in text
    assert "This is to certify that" in text
    assert "has attended the following seminars in Ledare på lut" in text
    assert "Seminar, theme area and lecturers" in text
    assert "Härmed intygas" not in text

    model = _certificate(1)
    completed = replace(
        model,
        person_name="Åsa Lundqvist",
        seminars=(replace(model.seminars[0], made_up=True),),
        organisation=Organisation(name="Trollhättans stad", place="Trollhättan"),
    )
    path = tmp_path / "completion.pdf"
    path.write_bytes(render_certificates_pdf([completed]))
    text = _pdf_text(path)
    assert "Certiûcate of completion" in text
    assert "has taken part in and completed Ledare på lut, Omgång 3 (2016/2017) from " in text
    assert "15 September 2016 to 27 April 2017" in text
    assert "(make-up task)" in text
    assert "1 seminar in total, 3" in text
    assert "hours." in text
    assert "Trollhättan, 9 June 2017" in text


@pytest.mark.usefixtures("english")
def test_the_schedule_reads_naturally_in_english() -> None:
    page = SchedulePage(
        "Ledare på lut",
        "Omgång 3",
        "2016/2017",
        (
            ScheduleLine(
                1, 1, "Att leda förändring", date(2016, 9, 15), time(13, 0), time(16, 0), ""
            ),
        ),
        contact="Karin Ek",
        printed_on=date(2016, 8, 1),
    )
    html = schedule_html(page)
    for words in (
        "Schedule – Omgång 3",
        "School year 2016/2017 · 1 seminar",
        '<th width="3%">#</th>',
        "Thursday 15 September",
        "2016 · week 37",
        "Seminar and lecturers",
        "Contact: Karin Ek",
        "Printed 2016-08-01",
    ):
        assert words in html
