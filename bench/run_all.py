"""Runs every benchmark in bench/ (startup.py and each *_bench.py) and prints their ratios."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def main() -> int:
    here = Path(__file__).parent
    scripts = [here / "startup.py", *sorted(here.glob("*_bench.py"))]
    failed = 0
    for script in scripts:
        print(f"== {script.name}", flush=True)
        failed += subprocess.run([sys.executable, str(script)], check=False).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
