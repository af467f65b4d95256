"""The attendance import window: a filled-in sheet previewed, conflicts opted into, then saved."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet
from pytestqt.qtbot import QtBot

from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.services.attendance import MarkChange
from seminarkoll.services.container import Services
from seminarkoll.ui.exchange.attendance_import import AttendanceImportDialog
from seminarkoll.ui.exchange.models import AttendancePlanModel


def _sheet(demo: Services, tmp_path: Path, number: int) -> tuple[Path, list[int]]:
    cohort = demo.catalog.programmes()[0].cohorts[0].id
    seminar = demo.exports.seminar_id(cohort, number)
    path = demo.exports.export_signin(seminar, tmp_path / f"sem{number}.xlsx").path
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)
    ids = [int(sheet.cell(row=r, column=1).value) for r in (5, 6, 7)]  # type: ignore[arg-type]
    sheet["F5"] = "Närvarande"
    sheet["F6"] = "Sen"
    sheet["F7"] = "Frånvarande"
    workbook.save(path)
    return path, [seminar, *ids]


def _dialog(qtbot: QtBot, services: Services, path: Path) -> AttendanceImportDialog:
    dialog = AttendanceImportDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.task.running)  # type: ignore[union-attr]
    return dialog


def test_preview_conflict_opt_in_and_apply(
    qtbot: QtBot, qtmodeltester: object, demo: Services, tmp_path: Path
) -> None:
    path, (seminar, first, second, third) = _sheet(demo, tmp_path, 5)
    demo.attendance.apply(
        [MarkChange(third, seminar, AttendanceStatus.EXCUSED, "Sjuk")], source="apology"
    )
    dialog = _dialog(qtbot, demo, path)
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert (
        dialog.title.text()
        == f"Närvarolista från {path.name} – Ledare på lut – Omgång 3 (2016/2017)"
    )
    assert "2 nya markeringar, 1 konflikt" in dialog.summary.text()
    assert dialog.model.rowCount() == 3
    outcomes = sorted(dialog.model.index(r, AttendancePlanModel.OUTCOME).data() for r in range(3))
    assert outcomes == ["Konflikt", "Ny markering", "Ny markering"]
    assert dialog.overwrite.isVisible()
    assert dialog.apply_button.text() == "&Registrera 2 ändringar"
    dialog.overwrite.setChecked(True)
    assert dialog.apply_button.text() == "&Registrera 3 ändringar"
    dialog.overwrite.setChecked(False)
    emitted: list[int] = []
    dialog.imported.connect(emitted.append)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None)
    assert "2 markeringar sparade, 1 konflikt behölls oförändrad" in dialog.summary.text()
    assert emitted == [dialog.plan.cohort_id]  # type: ignore[union-attr]
    assert not dialog.apply_button.isVisible()
    row = {r.enrollment_id: r for r in demo.attendance.sheet(seminar).rows}
    assert row[first].status is AttendanceStatus.PRESENT
    assert row[second].status is AttendanceStatus.LATE
    assert row[third].status is AttendanceStatus.EXCUSED


def test_problems_block_the_import(qtbot: QtBot, demo: Services, tmp_path: Path) -> None:
    path, _ = _sheet(demo, tmp_path, 6)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)
    sheet["F8"] = "Kanske"
    workbook.save(path)
    dialog = _dialog(qtbot, demo, path)
    assert dialog.problem_label.isVisible()
    assert not dialog.apply_button.isEnabled()
    assert dialog.proxy.rowCount() == 1  # the problem filter is chosen
    assert "”Kanske”" in dialog.proxy.index(0, AttendancePlanModel.OUTCOME).data()
