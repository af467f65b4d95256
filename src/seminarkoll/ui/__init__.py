"""PySide6 user interface: main window, table models, dialogs and background tasks."""
