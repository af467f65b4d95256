"""The follow-up workbook opens in LibreOffice: converted to PDF, its charts and tables come
through."""

from __future__ import annotations

import os
import subprocess
import zipfile
from pathlib import Path

from seminarkoll.services.container import Services
from tests.finished_demo import finish_demo


def test_libreoffice_converts_the_workbook_with_its_charts(
    services: Services, tmp_path: Path
) -> None:
    cohort = finish_demo(services)
    book = tmp_path / "uppfoljning.xlsx"
    services.reports.export_cohort(cohort, book)
    with zipfile.ZipFile(book) as archive:
        assert sum(n.startswith("xl/charts/chart") for n in archive.namelist()) == 4
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(book),
        ],
        check=True,
        capture_output=True,
        timeout=240,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "uppfoljning.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for expected in ("Närvaro per seminarium", "Framgångsfaktorer", "Sylteskolan", "Läsår"):
        assert expected in text
