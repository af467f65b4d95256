"""The first-run page: what Seminarkoll is, with "Nytt program" and the example programmes."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from seminarkoll.domain.examples import EXAMPLES, LEDARE_PA_LUT
from seminarkoll.ui.forms import push_button, wrapped_label
from seminarkoll.ui.stacking import stacked


class WelcomePage(QWidget):
    """Shown while the database has no programmes."""

    new_programme_requested = Signal()
    example_requested = Signal(str)
    """The key of the example to load into the open (empty) database."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(self.tr("Välkommen till Seminarkoll"))
        title.setObjectName("pageTitle")
        text = wrapped_label(
            self.tr(
                "Här planerar du seminarieserier, håller ordning på deltagare och närvaro och "
                "ser vilka som fullföljer programmet.\n\nBörja med att lägga upp ett program, "
                "eller titta på ett av exemplen nedan."
            )
        )
        self.new_button = QPushButton(self.tr("Nytt program"))
        self.new_button.clicked.connect(self.new_programme_requested)
        self.new_button.setDefault(True)
        self.new_button.setMinimumSize(180, 36)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.new_button)
        buttons.addStretch()
        examples = QGridLayout()
        examples.setColumnStretch(1, 1)
        self.example_buttons: dict[str, QPushButton] = {}
        for line, example in enumerate(EXAMPLES):
            button = push_button(
                example.programme, partial(self.example_requested.emit, example.key)
            )
            button.setMinimumSize(180, 36)
            button.setToolTip(self.tr("Läs in exemplet i den här databasen"))
            about = QLabel(example.about)
            about.setObjectName("exampleDescription")
            about.setWordWrap(True)
            examples.addWidget(button, line, 0)
            examples.addWidget(about, line, 1)
            self.example_buttons[example.key] = button
        self.demo_button = self.example_buttons[LEDARE_PA_LUT.key]
        """The default example's button."""
        card = QWidget()
        card.setMinimumWidth(320)
        card.setMaximumWidth(640)
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(title)
        card_layout.addSpacing(12)
        card_layout.addWidget(text)
        card_layout.addSpacing(20)
        card_layout.addLayout(buttons)
        card_layout.addSpacing(16)
        card_layout.addWidget(QLabel(self.tr("Exempelprogram:")))
        card_layout.addLayout(examples)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(card)
        row.addStretch()
        stacked(self, 2, row, 3)
