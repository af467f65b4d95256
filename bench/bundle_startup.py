"""Bundle benchmark: time to the first painted window of the PyInstaller folder (`make dist`)
against the development install, on the example database.

Fresh processes, alternating, medians of RUNS runs; the goal is at most 1.2x.
Run after `make dist`: .venv/bin/python bench/bundle_startup.py
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from startup import SOURCE, time_until

RUNS = int(os.environ.get("BENCH_RUNS", "9"))
ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "seminarkoll" / "seminarkoll"
GOAL = 1.2


def main() -> int:
    if not BUNDLE.is_file():
        print(f"{BUNDLE} is missing: run `make dist` first", file=sys.stderr)
        return 1
    compileall.compile_dir(SOURCE, quiet=1)
    env = {**os.environ, "SEMINARKOLL_STARTUP_PROBE": "painted"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.sqlite3"
        env["SEMINARKOLL_CONFIG_DIR"] = folder
        subprocess.run(
            [str(BUNDLE), "demo", "--db", str(db)], check=True, env=env, capture_output=True
        )
        dev = [str(Path(sys.executable).with_name("seminarkoll")), "--db", str(db)]
        bundle = [str(BUNDLE), "--db", str(db)]
        samples: dict[str, list[float]] = {"dev": [], "bundle": []}
        for _ in range(RUNS):
            samples["dev"].append(time_until(dev, "painted", env))
            samples["bundle"].append(time_until(bundle, "painted", env))
    med = {k: statistics.median(v) for k, v in samples.items()}
    files = [f for f in BUNDLE.parent.rglob("*") if f.is_file() and not f.is_symlink()]
    size = sum(f.stat().st_size for f in files)
    print(f"bundle startup: {RUNS} runs each, medians in seconds")
    print(f"  bundle folder: {size / 2**20:.0f} MiB")
    print(
        f"  window painted: bundle {med['bundle']:.3f} s, development install "
        f"{med['dev']:.3f} s, ratio {med['bundle'] / med['dev']:.2f}x (goal <= {GOAL}x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
