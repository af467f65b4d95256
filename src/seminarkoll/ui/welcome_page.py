"""The first-run page: what Seminarkoll is, with "Nytt program" and "Visa exempelprogram"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    """Shown while the database has no programmes."""

    new_programme_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(self.tr("Välkommen till Seminarkoll"))
        title.setObjectName("pageTitle")
        text = QLabel(
            self.tr(
                "Här planerar du seminarieserier, håller ordning på deltagare och närvaro och "
                "ser vilka som fullföljer programmet.\n\nBörja med att lägga upp ett program, "
                "eller titta på ett exempel: Ledare på lut, omgång 3 (läsåret 2016/2017)."
            )
        )
        text.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Nytt program"))
        self.new_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Visa exempelprogram"))
        self.new_button.clicked.connect(self.new_programme_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        for button in (self.new_button, self.demo_button):
            button.setMinimumSize(180, 36)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch()
        card = QWidget()
        card.setMinimumWidth(320)
        card.setMaximumWidth(560)
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(title)
        card_layout.addSpacing(12)
        card_layout.addWidget(text)
        card_layout.addSpacing(20)
        card_layout.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(card)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
