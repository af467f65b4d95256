"""A register extract (an ordinary, not write-only, workbook) on a full disk: one error, no noise.

The writer runs in a real process whose file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored) makes
the operating system refuse the write exactly as a full disk does.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

WRITE = """
import resource, signal, sys
from datetime import datetime
from pathlib import Path
from seminarkoll.domain.person_record import PersonRecord, RecordSection
from seminarkoll.exchange.errors import DiskFullError
from seminarkoll.exchange.person_export import write_person_record

rows = tuple((f"Seminarium {n}", f"anteckning {n} " * 8) for n in range(3000))
record = PersonRecord(
    1, "Åsa Öberg", datetime(2026, 3, 1), "test.sqlite3",
    (RecordSection("attendance", "Närvaro", ("Seminarium", "Anteckning"), rows),),
)
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))
try:
    write_person_record(record, Path(sys.argv[1]))
except DiskFullError as error:
    print(error)
    sys.exit(2)
"""


def test_a_full_disk_while_saving_a_register_extract_is_one_error(tmp_path: Path) -> None:
    folder = tmp_path / "ut"
    folder.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", WRITE, str(folder / "utdrag.xlsx")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert result.stdout.startswith("Det finns inte plats på disken för ”utdrag.xlsx”.")
    assert result.stderr == ""
    assert list(folder.iterdir()) == []
