"""The schedule flags a seminar that lies on a holiday, a holiday eve, a weekend or a break."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from seminarkoll.data import quick_read
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.services.container import Services
from seminarkoll.ui.schedule_model import ScheduleTableModel
from tests.factories import Factory

DECORATION, TOOLTIP = Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole


def test_days_off_are_flagged_with_their_name(
    qtmodeltester: object, services: Services, factory: Factory, db_location: DatabaseLocation
) -> None:
    cohort = factory.cohort(
        start_date=date(2024, 8, 15), end_date=date(2025, 6, 13), sportlov_week=8
    )
    days = (
        date(2024, 9, 5),  # an ordinary Thursday
        date(2024, 10, 31),  # höstlov (week 44)
        date(2025, 2, 20),  # sportlov in week 8, as the cohort has it
        date(2025, 3, 6),  # week 10: sportlov elsewhere, not for this cohort
        date(2025, 5, 29),  # Kristi himmelsfärdsdag
        date(2025, 6, 5),  # Sveriges nationaldag is the 6th: the day before is an eve
    )
    for number, day in enumerate(days, 1):
        factory.seminar(cohort, number, day)
    model = ScheduleTableModel()
    overview = services.catalog.cohort_overview(cohort)
    assert overview.sportlov_week == 8
    model.set_rows(overview.seminars, overview.sportlov_week)
    qtmodeltester.check(model)  # type: ignore[attr-defined]

    def flag(row: int) -> tuple[bool, str]:
        index = model.index(row, ScheduleTableModel.DATE)
        return isinstance(index.data(DECORATION), QIcon), str(index.data(TOOLTIP) or "")

    assert flag(0) == (False, "")
    assert flag(3) == (False, "")
    flagged, tip = flag(1)
    assert flagged
    assert "Höstlov" in tip
    flagged, tip = flag(2)
    assert flagged
    assert "Sportlov" in tip
    flagged, tip = flag(4)
    assert flagged
    assert tip == "⚠ Datumet är en helgdag (Kristi himmelsfärdsdag)."
    assert model.date_warning(4) == tip
    flagged, tip = flag(5)
    assert flagged
    assert "helgdagsafton" in tip
    # Only the date carries the flag; the theme keeps its colour, the title its tooltip.
    assert model.index(4, ScheduleTableModel.TITLE).data(DECORATION) is None
    assert model.index(4, ScheduleTableModel.TITLE).data(TOOLTIP) == "Seminarium 5"

    # The window's first paint reads the same overview straight from the file.
    fast = quick_read.cohort_overview(db_location.path, cohort)  # type: ignore[arg-type]
    assert fast is not None
    assert fast.sportlov_week == 8
    assert fast == overview
