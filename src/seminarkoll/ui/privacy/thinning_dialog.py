"""Arkiv → Gallring …: preview what thinning before a date removes, then carry it out."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QTableView,
    QWidget,
)

from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.translation import filled
from seminarkoll.services.thinning import MAX_YEARS, ThinnedCohort, ThinningPlan, ThinningService
from seminarkoll.ui.formatting import display_date
from seminarkoll.ui.forms import close_buttons, date_edit, push_button, wrapped_label
from seminarkoll.ui.messages import attempt, confirm, show_error, succeeds
from seminarkoll.ui.stacking import stacked
from seminarkoll.ui.table_model import RowTableModel

COHORT, ENDED, PARTICIPANTS, MARKS, NOTES, MAKEUPS, LOG = range(7)


class ThinningTableModel(RowTableModel[ThinnedCohort]):
    """One row per cohort the thinning covers, with what goes there."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                self.tr("Omgång"),
                self.tr("Slutade"),
                self.tr("Deltagare (resultat sparas)"),
                self.tr("Närvaromarkeringar"),
                self.tr("Anteckningar"),
                self.tr("Kompletteringar"),
                self.tr("Loggrader"),
            ),
            parent,
        )

    def cell(self, c: ThinnedCohort, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            f"{c.name} ({c.school_year})",
            display_date(c.end_date),
            c.participants,
            c.marks,
            c.notes,
            c.makeups,
            c.log_rows,
        )
        return values[column]


class ThinningDialog(QDialog):
    """Choose a date, see what goes, and thin (after a confirmation)."""

    def __init__(
        self, thinning: ThinningService, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._thinning = thinning
        self.setObjectName("thinningDialog")
        self.setWindowTitle(self.tr("Gallring"))
        self.resize(820, 440)
        intro = wrapped_label(
            self.tr(
                "För omgångar som slutade före datumet tas närvaro per seminarium, anteckningar, "
                "kompletteringsuppgifternas detaljer och ändringsloggen bort, liksom e-post och "
                "telefon för personer som inte har något senare på gång. Planeringen och varje "
                "deltagares resultat finns kvar."
            )
        )
        form = QFormLayout()
        years = thinning.thin_after_years()
        day = today or date.today()
        default = day.replace(year=day.year - (years or 5), day=min(day.day, 28))
        self.before = date_edit(default)
        self.before.dateChanged.connect(self.preview)
        form.addRow(self.tr("Gallra omgångar som slutade före"), self.before)
        setting = QHBoxLayout()
        self.years = QSpinBox()
        self.years.setRange(0, MAX_YEARS)
        self.years.setValue(years or 0)
        self.years.setSpecialValueText(self.tr("ingen påminnelse"))
        self.years.setSuffix(self.tr(" år"))
        save = push_button(self.tr("Spara"), self.save_setting)
        setting.addWidget(self.years)
        setting.addWidget(save)
        setting.addStretch(1)
        form.addRow(self.tr("Påminn om gallring efter"), setting)
        self.model = ThinningTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.summary = wrapped_label()
        self.thin_button = push_button(self.tr("&Gallra …"), self.thin)
        stacked(
            self, intro, form, (self.table, 1), self.summary, close_buttons(self, self.thin_button)
        )
        self.plan: ThinningPlan | None = None
        self.preview()

    def cutoff(self) -> date:
        """The chosen date."""
        chosen = self.before.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def preview(self) -> None:
        """Show what thinning before the chosen date would remove."""
        plan = attempt(self, self.tr("Gallring"), lambda: self._thinning.plan(self.cutoff()))
        if plan is None:
            return
        self.plan = plan
        self.model.set_rows(self.plan.cohorts)
        self.table.resizeColumnsToContents()
        if self.plan.empty:
            self.summary.setText(self.tr("Det finns inget att gallra före det datumet."))
        else:
            self.summary.setText(
                self.tr(
                    "E-post och telefon tas bort för %1 personer utan senare aktivitet."
                ).replace("%1", str(self.plan.persons))
            )
        self.thin_button.setEnabled(not self.plan.empty)

    def save_setting(self) -> None:
        """Store "gallra efter N år" (0: no reminder)."""
        try:
            self._thinning.set_thin_after_years(self.years.value() or None)
        except DomainError as exc:
            show_error(self, self.tr("Gallring"), exc)

    def thin(self) -> None:
        """Ask, then thin."""
        if self.plan is None or self.plan.empty:
            return
        text = filled(
            self.tr(
                "%1 omgångar gallras: %2 närvaromarkeringar tas bort. Resultatet för varje "
                "deltagare finns kvar. Databasen säkerhetskopieras först; äldre säkerhetskopior "
                "gallras igen om de återställs. Gallringen kan inte ångras."
            ),
            len(self.plan.cohorts),
            self.plan.marks,
        )
        if not confirm(self, self.tr("Gallra"), text, self.tr("Gallra")):
            return
        if not succeeds(
            self, self.tr("Gallringen kunde inte göras"), lambda: self._thinning.thin(self.cutoff())
        ):
            return
        self.preview()
        self.summary.setText(self.tr("Gallringen är klar."))
