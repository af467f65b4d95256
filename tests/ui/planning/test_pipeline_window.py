"""The recruitment pipeline window on the example programme: cohorts, alumni and the export."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from seminarkoll.services.container import Services
from seminarkoll.ui.planning.pipeline_window import (
    AlumnusTableModel,
    PipelineTableModel,
    PipelineWindow,
)


@pytest.fixture
def example(services: Services) -> Services:
    """The full example: the running cohort and two finished ones with alumni in roles."""
    services.demo.load()
    return services


def _window(qtbot: QtBot, demo: Services, target: Path | None = None) -> PipelineWindow:
    programme = demo.catalog.programmes()[0].id
    window = PipelineWindow(demo, programme, lambda *_args: target)
    qtbot.addWidget(window)
    window.show()
    return window


def test_models_pass_qt_checks(qtmodeltester: object, qtbot: QtBot, example: Services) -> None:
    window = _window(qtbot, example)
    qtmodeltester.check(window.summary_model)  # type: ignore[attr-defined]
    qtmodeltester.check(window.alumni_model)  # type: ignore[attr-defined]


def test_cohorts_and_alumni_of_the_example(qtbot: QtBot, example: Services) -> None:
    window = _window(qtbot, example)
    summary = window.summary.model()
    rows = {
        summary.index(r, PipelineTableModel.COHORT).data(): (
            summary.index(r, PipelineTableModel.ALUMNI).data(),
            summary.index(r, PipelineTableModel.EVER).data(),
            summary.index(r, PipelineTableModel.SHARE).data(),
        )
        for r in range(summary.rowCount())
    }
    assert rows == {
        "Omgång 1": ("4", "3", "75 %"),
        "Omgång 2": ("3", "2", "67 %"),
        "Omgång 3": ("0", "0", "–"),
    }
    alumni = window.alumni.model()
    firsts = [alumni.index(r, AlumnusTableModel.FIRST).data() for r in range(alumni.rowCount())]
    assert "Rektor, Sylteskolan" in firsts
    window.alumni.sortByColumn(AlumnusTableModel.NAME, Qt.SortOrder.AscendingOrder)
    names = [alumni.index(r, AlumnusTableModel.NAME).data() for r in range(alumni.rowCount())]
    assert names[0] == "Jonas Berglund"


def test_export_writes_the_workbook(qtbot: QtBot, example: Services, tmp_path: Path) -> None:
    target = tmp_path / "utfall.xlsx"
    window = _window(qtbot, example, target)
    assert window.export() == target
    assert openpyxl.load_workbook(target).sheetnames == ["Översikt", "Alumner"]
