"""Shared pytest fixtures: offscreen Qt, temporary databases and data factories."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SEMINARKOLL_NO_SETTINGS", "1")
