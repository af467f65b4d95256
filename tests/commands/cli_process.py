"""Running the command line as a real process (`python -m seminarkoll`, as a user's shell
would) or through its main() in the test's own process, with the same result either way."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable

import pytest

from seminarkoll.cli import main

Cli = Callable[..., subprocess.CompletedProcess[str]]
"""Runs the command line with the arguments given; returns its exit code and output."""


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the command line with `args` (offscreen Qt) and capture its output."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "seminarkoll", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


def run_main(capsys: pytest.CaptureFixture[str], *args: str) -> subprocess.CompletedProcess[str]:
    """Run main() with `args` in this process and capture what it printed: exit code, stdout
    and stderr as `run_cli` gives them, without the second or so a new interpreter takes to
    start (test_cli and the real-process tests here cover `python -m seminarkoll` itself)."""
    capsys.readouterr()
    code = main(list(args))
    printed = capsys.readouterr()
    return subprocess.CompletedProcess(["seminarkoll", *args], code, printed.out, printed.err)
