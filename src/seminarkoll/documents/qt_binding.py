"""Which PySide6 releases Seminarkoll runs on: refuses a binding known to corrupt Python."""

from __future__ import annotations

import sys

import PySide6

DEFECTIVE_ON_MORTAL_NONE = frozenset({(6, 12, 0)})
"""PySide6 releases that drop a reference to None on every Qt call returning nothing.

Before Python 3.12 None is reference counted, so after enough such calls the interpreter
deallocates None and aborts ("Fatal Python error: none_dealloc"). From 3.12 None is immortal
and the same calls are harmless. tests/documents/test_qt_binding.py holds the reproduction.
"""


def binding_problem(
    pyside: tuple[int, ...] | None = None, python: tuple[int, int] | None = None
) -> str | None:
    """A Swedish line saying why this PySide6/Python pair must not run, or None when it may."""
    pyside = tuple(PySide6.__version_info__[:3]) if pyside is None else pyside
    python = (sys.version_info.major, sys.version_info.minor) if python is None else python
    if python >= (3, 12) or pyside[:3] not in DEFECTIVE_ON_MORTAL_NONE:
        return None
    version = ".".join(str(part) for part in pyside)
    return (
        f"PySide6 {version} fungerar inte med Python {python[0]}.{python[1]}: programmet skulle "
        "krascha efter en stund. Installera PySide6 6.11 eller använd Python 3.12 eller senare."
    )
