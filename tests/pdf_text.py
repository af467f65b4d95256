"""A PDF's text as Ghostscript reads it back, words separated by single spaces."""

from __future__ import annotations

import subprocess
from pathlib import Path


def pdf_words(path: Path) -> str:
    """The text of every page of `path` (gs txtwrite), runs of white space made one space."""
    out = subprocess.run(
        ["gs", "-q", "-sDEVICE=txtwrite", "-o", "-", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return " ".join(out.split())
