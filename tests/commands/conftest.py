"""Fixtures of the command-line tests."""

from __future__ import annotations

from functools import partial

import pytest

from tests.commands.cli_process import Cli, run_main


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """The command line through main() in this process, with its exit code and output."""
    return partial(run_main, capsys)
