"""Certificate pages: real text, escaped names, and nothing lost when a list is very long."""

from __future__ import annotations

import subprocess
from datetime import date, time
from pathlib import Path

from seminarkoll.documents.certificate_pdf import certificate_html, render_certificates_pdf
from seminarkoll.domain.certificates import Certificate, CertificateSeminar, Organisation
from tests.pdf_text import pdf_words


def _certificate(seminars: int, completed: bool = True) -> Certificate:
    return Certificate(
        enrollment_id=1,
        person_name="Åsa <b>Lundqvist</b>",
        workplace="Björnens förskola",
        programme="Ledare på lut",
        cohort="Omgång 3",
        school_year="2016/2017",
        first_day=date(2016, 9, 15),
        last_day=date(2017, 4, 27),
        completed=completed,
        seminars=tuple(
            CertificateSeminar(
                number=n,
                date=date(2016, 9, 1),
                start=time(13, 0),
                end=time(16, 30),
                title=f"Seminarium nummer {n} om ett långt och viktigt ämne i skolans vardag",
                theme="Skolutveckling",
                lecturers=("Eva Lindberg (Förvaltningschef)", "Per Holm (Ekonomichef)"),
            )
            for n in range(1, seminars + 1)
        ),
        organisation=Organisation(name="Trollhättans stad"),
        issued_on=date(2017, 6, 9),
    )


def _text(data: bytes, tmp_path: Path) -> tuple[int, str]:
    path = tmp_path / "intyg.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    pages = int(
        next(line.split()[1] for line in info.stdout.splitlines() if line.startswith("Pages:"))
    )
    return pages, pdf_words(path)


def test_names_are_text_not_markup() -> None:
    html = certificate_html(_certificate(1))
    assert "Åsa &lt;b&gt;Lundqvist&lt;/b&gt;" in html
    assert "fullföljt" in html
    assert "fullföljt" not in certificate_html(_certificate(1, completed=False))


def test_a_very_long_certificate_goes_on_rather_than_losing_text(tmp_path: Path) -> None:
    pages, text = _text(render_certificates_pdf([_certificate(60)]), tmp_path)
    assert pages > 1
    assert "Seminarium nummer 60 om" in text
    assert "210 timmar" in text
    pages, _ = _text(render_certificates_pdf([_certificate(7), _certificate(7)]), tmp_path)
    assert pages == 2
