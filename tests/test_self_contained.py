"""The test suite needs nothing outside the repository: no test names the shared folder."""

from __future__ import annotations

import re
from pathlib import Path

_OUTSIDE = re.compile(r"""\.\./shared|["']shared["']""")


def test_no_test_reads_the_shared_folder_beside_the_repository() -> None:
    tests = Path(__file__).parent
    readers = [
        str(path.relative_to(tests))
        for path in tests.rglob("*.py")
        if path != Path(__file__) and _OUTSIDE.search(path.read_text(encoding="utf-8"))
    ]
    assert readers == []
