"""Running `python -m seminarkoll` as a real process, as a user's shell would."""

from __future__ import annotations

import os
import subprocess
import sys


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
