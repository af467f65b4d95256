"""Start-up benchmark: time to first paint and to the example schedule, against a bare Qt floor.

Fresh processes, alternating, medians of RUNS runs. The floor for "window painted" is a bare
PySide6 QMainWindow with one label; the floor for "data visible" is the same window plus a raw
sqlite3 query of the same schedule rows, shown in the label. Run: .venv/bin/python bench/startup.py
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "9"))
SOURCE = Path(__file__).resolve().parents[1] / "src" / "seminarkoll"
GOAL_PAINT = 1.5
GOAL_DATA = 3.0

FLOOR = r"""
import sqlite3, sys
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
db, mode = sys.argv[1], sys.argv[2]
app = QApplication(sys.argv)
class Window(QMainWindow):
    painted = False
    def event(self, e):
        handled = super().event(e)
        if e.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            print("painted", flush=True)
            QTimer.singleShot(0, self.after_paint)
        return handled
    def after_paint(self):
        if mode == "painted":
            self.close(); return
        conn = sqlite3.connect(db)
        rows = conn.execute(
            "SELECT s.number, s.date, s.start_time, s.end_time, t.name, s.title, s.location "
            "FROM seminar s LEFT JOIN theme_area t ON t.id = s.theme_area_id "
            "WHERE s.cohort_id = (SELECT min(id) FROM cohort) ORDER BY s.number").fetchall()
        label.setText("\n".join(" | ".join(map(str, r)) for r in rows))
        label.repaint()
        print("data", flush=True)
        self.close()
w = Window()
label = QLabel("Seminarkoll")
w.setCentralWidget(label)
w.resize(1280, 780)
w.show()
app.exec()
"""


def time_until(command: list[str], marker: str, env: dict[str, str]) -> float:
    """Wall seconds from starting `command` until it prints a line beginning with `marker`
    (its error output is kept apart and shown only when it never does)."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True, env=env)
        assert child.stdout is not None
        elapsed = None
        for line in child.stdout:
            if line.startswith(marker):
                elapsed = time.perf_counter() - start
                break
        child.wait(timeout=120)
        if elapsed is None:
            errors.seek(0)
            problem = errors.read().decode(errors="replace")
            raise RuntimeError(f"{command!r} never printed {marker!r}: {problem}")
    return elapsed


def main() -> int:
    # Byte code compiled, as pip and PyInstaller leave an installed app (PySide6 in the floor
    # is too): with PYTHONDONTWRITEBYTECODE set, as on this machine, the editable install
    # would otherwise compile its sources again at every start.
    compileall.compile_dir(SOURCE, quiet=1)
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.sqlite3"
        env["SEMINARKOLL_CONFIG_DIR"] = folder
        subprocess.run(
            [sys.executable, "-m", "seminarkoll", "demo", "--db", str(db)],
            check=True,
            env=env,
            capture_output=True,
        )
        app = [str(Path(sys.executable).with_name("seminarkoll")), "--db", str(db)]
        floor = [sys.executable, "-c", FLOOR, str(db)]
        samples: dict[str, list[float]] = {
            k: [] for k in ("floor_paint", "paint", "floor_data", "data")
        }
        for _ in range(RUNS):
            samples["floor_paint"].append(time_until([*floor, "painted"], "painted", env))
            samples["paint"].append(
                time_until(app, "painted", {**env, "SEMINARKOLL_STARTUP_PROBE": "painted"})
            )
            samples["floor_data"].append(time_until([*floor, "data"], "data", env))
            samples["data"].append(
                time_until(app, "data", {**env, "SEMINARKOLL_STARTUP_PROBE": "data"})
            )
    med = {k: statistics.median(v) for k, v in samples.items()}
    paint_ratio = med["paint"] / med["floor_paint"]
    data_ratio = med["data"] / med["floor_data"]
    print(f"startup: {RUNS} runs each, medians in seconds")
    paint_met, data_met = paint_ratio <= GOAL_PAINT, data_ratio <= GOAL_DATA
    print(
        f"  window painted: app {med['paint']:.3f} s, floor {med['floor_paint']:.3f} s, "
        f"ratio {paint_ratio:.2f}x (goal <= {GOAL_PAINT}x) goal {'met' if paint_met else 'MISSED'}"
    )
    print(
        f"  data visible:   app {med['data']:.3f} s, floor {med['floor_data']:.3f} s, "
        f"ratio {data_ratio:.2f}x (goal <= {GOAL_DATA}x) goal {'met' if data_met else 'MISSED'}"
    )
    return 0 if paint_met and data_met else 1


if __name__ == "__main__":
    sys.exit(main())
