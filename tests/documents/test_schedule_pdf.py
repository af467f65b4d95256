"""Tests for the printable schedule: the document's text and a one-page A4 PDF."""

from __future__ import annotations

import re
from datetime import date, time

from seminarkoll.documents.schedule_pdf import (
    ScheduleLine,
    SchedulePage,
    render_schedule_pdf,
    schedule_document,
)
from seminarkoll.domain.calendar import SchoolYear
from seminarkoll.domain.schedule import template_dates


def page(count: int = 7) -> SchedulePage:
    dates = template_dates(SchoolYear(2024), 3, count=count)
    return SchedulePage(
        programme="Ledare på lut",
        cohort="Omgång 4",
        school_year="2024/2025",
        organiser="Trollhättans stad",
        contact="Karin Fredriksson",
        printed_on=date(2024, 8, 20),
        lines=tuple(
            ScheduleLine(
                id=n,
                number=n,
                date=day,
                start_time=time(13),
                end_time=time(16),
                title=f"Seminarium om ledarskap {n} & <samtal>",
                theme="Skolutveckling",
                theme_colour="#c27c2c",
                lecturers=("Eva Lindberg (Förvaltningschef)",),
                location="Kunskapens hus, sal 3",
            )
            for n, day in enumerate(dates, start=1)
        ),
    )


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", data))


def test_the_document_holds_dates_weeks_times_titles_and_lecturers() -> None:
    text = schedule_document(page()).toPlainText()
    assert "Schema – Omgång 4" in text
    assert "Läsår 2024/2025 · 7 seminarier · Trollhättans stad" in text
    assert "torsdag 5 september" in text
    assert "2024 · vecka 36" in text
    assert "13:00–16:00" in text
    assert "Seminarium om ledarskap 7 & <samtal>" in text
    assert "Eva Lindberg (Förvaltningschef)" in text
    assert "Kunskapens hus, sal 3" in text
    assert "Kontaktperson: Karin Fredriksson · Utskrivet 2024-08-20" in text


def test_an_empty_schedule_says_so() -> None:
    empty = SchedulePage("Ledare på lut", "Omgång 5", "2025/2026", ())
    assert "Omgången har inga seminarier ännu." in schedule_document(empty).toPlainText()


def test_the_pdf_is_one_a4_page() -> None:
    data = render_schedule_pdf(page())
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert pdf_pages(data) == 1
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    assert box is not None
    width, height = (float(v) for v in box.groups())
    assert (round(width), round(height)) == (842, 595)


def test_a_long_schedule_still_fits_on_one_page() -> None:
    assert pdf_pages(render_schedule_pdf(page(count=14))) == 1
