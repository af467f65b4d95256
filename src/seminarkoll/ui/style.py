"""The application's style sheet: calm colours, clear headings, readable tables."""

from __future__ import annotations

STYLE_SHEET = """
QLabel#pageTitle { font-size: 20px; font-weight: 600; color: #1f2d3d; }
QLabel#pageSubtitle { font-size: 13px; color: #52606d; }
QLabel#sidebarHeading {
    font-size: 11px; font-weight: 600; color: #52606d; text-transform: uppercase;
    padding: 4px 4px 6px 4px;
}
QWidget#sidebar { background: #f3f5f8; }
QTreeView#programmeNavigator { border: none; background: #f3f5f8; font-size: 13px; }
QTreeView#programmeNavigator::item { padding: 4px 2px; }
QTreeView#programmeNavigator::item:selected { background: #d6e4f5; color: #102a43; }
QTableView { gridline-color: #e4e7eb; selection-background-color: #d6e4f5;
             selection-color: #102a43; font-size: 13px; }
QHeaderView::section { background: #f7f9fb; border: none; border-bottom: 1px solid #d9dee4;
                       padding: 6px 8px; font-weight: 600; color: #334e68; }
QTabWidget::pane { border-top: 1px solid #d9dee4; }
QTabBar::tab { padding: 6px 14px; }
QLabel#fieldError { color: #b3261e; }
QLabel#pageHint { qproperty-alignment: AlignCenter; color: #52606d; }
QWidget#welcomePage QLabel { qproperty-alignment: AlignCenter; }
QWidget#welcomePage QLabel#exampleDescription { qproperty-alignment: 'AlignLeft | AlignVCenter'; }
QWidget#welcomePage QPushButton { font-size: 14px; }
"""
