"""Every planning table model passes Qt's model checks and shows what it should."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from seminarkoll.services.container import Services
from seminarkoll.services.lecturers import LecturerInput
from seminarkoll.services.planning import CopyStart, ThemeInput
from seminarkoll.ui.planning.models import (
    ID_ROLE,
    LecturerRow,
    LecturerSeminarsModel,
    LecturerTableModel,
    PlanPreviewModel,
    SeminarLecturersModel,
    ThemeTableModel,
)
from seminarkoll.ui.sorting import SORT_ROLE


def test_theme_model(qtmodeltester: ModelTester, demo: Services) -> None:
    programme = demo.catalog.programmes()[0].id
    demo.planning.add_theme(programme, ThemeInput("Oanvänt"))
    model = ThemeTableModel()
    model.set_rows(demo.planning.themes(programme))
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    assert model.index(0, ThemeTableModel.USE).data() == "4 seminarier i 1 omgång"
    assert model.index(4, ThemeTableModel.USE).data() == "–"
    assert model.index(0, ThemeTableModel.NAME).data(Qt.ItemDataRole.DecorationRole).name() == (
        "#3b6ea5"
    )


def test_lecturer_models(qtmodeltester: ModelTester, demo: Services) -> None:
    lecturers = LecturerTableModel()
    found = demo.lecturers.search()
    lecturers.set_rows(found)
    qtmodeltester.check(lecturers)
    eva = next(d for d in found if d.first_name == "Eva")
    row = found.index(eva)
    assert lecturers.index(row, LecturerTableModel.SEMINARS).data() == "2"
    assert lecturers.index(row, LecturerTableModel.LATEST).data() == "tors 27 apr. 2017"
    assert lecturers.index(row, LecturerTableModel.LATEST).data(SORT_ROLE) == "2017-04-27"
    assert lecturers.index(row, LecturerTableModel.NAME).data(SORT_ROLE) == "Lindberg Eva"
    seminars = LecturerSeminarsModel()
    seminars.set_rows(demo.lecturers.seminars_of(eva.id))
    qtmodeltester.check(seminars)
    assert seminars.rowCount() == 2
    assert seminars.index(0, LecturerSeminarsModel.COHORT).data() == "Omgång 3 (2016/2017)"


def test_preview_model(qtmodeltester: ModelTester, demo: Services) -> None:
    programme = demo.catalog.programmes()[0]
    planned = demo.planning.preview_start(
        programme.id, "2017/2018", CopyStart(programme.cohorts[0].id)
    )
    model = PlanPreviewModel()
    model.set_rows(planned)
    qtmodeltester.check(model)
    assert model.rowCount() == 7
    assert model.index(0, PlanPreviewModel.DATE).data().startswith("tors 14 sep. 2017")
    assert model.index(0, PlanPreviewModel.SOURCE).data().startswith("tors 15 sep. 2016")
    assert model.index(0, PlanPreviewModel.DATE).data(SORT_ROLE) == date(2017, 9, 14).isoformat()


def test_seminar_lecturers_model_edits_topics_and_moves(qtmodeltester: ModelTester) -> None:
    model = SeminarLecturersModel()
    model.append(LecturerRow(1, "Eva Lindberg", "Förvaltningschef", "Trollhättans stad"))
    model.append(LecturerRow(None, "Per Holm", "Ekonomichef", "", new=LecturerInput("Per", "Holm")))
    qtmodeltester.check(model)
    topic = model.index(0, SeminarLecturersModel.TOPIC)
    assert model.flags(topic) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, SeminarLecturersModel.NAME)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(topic, "Styrning")
    assert model.rows()[0].topic == "Styrning"
    assert model.index(1, SeminarLecturersModel.NAME).data() == "Per Holm (ny)"
    assert model.index(0, SeminarLecturersModel.TITLE).data() == (
        "Förvaltningschef, Trollhättans stad"
    )
    assert model.move(1, -1)
    assert [r.name for r in model.rows()] == ["Per Holm", "Eva Lindberg"]
    assert not model.move(0, -1)
    assert model.index(1, 0).data(ID_ROLE) == 1
    assert model.person_ids() == {1}
    model.remove(0)
    qtmodeltester.check(model)
    assert model.rowCount() == 1
