"""Runs every benchmark in bench/ (startup.py, then each *_bench.py, the scale benchmark last)
and ends with one summary: which benchmarks met their goals, and the scale goals' verdicts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def main() -> int:
    here = Path(__file__).parent
    scale = here / "scale_bench.py"
    scripts = [here / "startup.py", *sorted(set(here.glob("*_bench.py")) - {scale}), scale]
    verdicts: list[str] = []
    scale_summary: list[str] = []
    for script in scripts:
        print(f"== {script.name}", flush=True)
        child = subprocess.Popen(
            [sys.executable, str(script)], stdout=subprocess.PIPE, text=True, bufsize=1
        )
        assert child.stdout is not None
        lines = []
        for line in child.stdout:
            print(line, end="", flush=True)
            lines.append(line.rstrip("\n"))
        met = child.wait() == 0
        verdicts.append(f"  {script.name:<22} {'goals met' if met else 'goal MISSED or failed'}")
        if script == scale:
            starts = [n for n, line in enumerate(lines) if line.startswith("summary:")]
            scale_summary = lines[starts[-1] :] if starts else ["  (no summary: it failed)"]
    print("\n== summary")
    print("\n".join(verdicts))
    print("speed at scale (issue 11), " + "\n".join(scale_summary))
    return 0 if all(v.endswith("goals met") for v in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
