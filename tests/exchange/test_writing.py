"""Saving files: write beside the target and rename, never a half file, Swedish errors."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from seminarkoll.exchange.errors import (
    DiskFullError,
    TargetFolderMissingError,
    TargetInUseError,
    TargetNotWritableError,
    TargetWriteFailedError,
)
from seminarkoll.exchange.writing import write_atomically, write_bytes_atomically, write_error


def test_new_file_is_written_and_no_temporary_file_stays(tmp_path: Path) -> None:
    target = write_bytes_atomically(tmp_path / "lista.csv", b"Namn\r\n")
    assert target.read_bytes() == b"Namn\r\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lista.csv"]


def test_existing_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "lista.csv"
    target.write_bytes(b"old content that is longer")
    write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"new"


def test_failure_while_writing_leaves_the_old_file_and_no_half_file(tmp_path: Path) -> None:
    target = tmp_path / "närvaro.xlsx"
    target.write_bytes(b"the previous export")

    def half_then_fail(temp: Path) -> None:
        temp.write_bytes(b"PK half a workbook")
        raise RuntimeError("the writer broke")

    with pytest.raises(RuntimeError):
        write_atomically(target, half_then_fail)
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["närvaro.xlsx"]


def test_full_disk_is_a_swedish_error_and_nothing_is_left(tmp_path: Path) -> None:
    target = tmp_path / "närvaro.xlsx"

    def disk_full(temp: Path) -> None:
        temp.write_bytes(b"PK")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(DiskFullError) as caught:
        write_atomically(target, disk_full)
    assert "inte plats på disken" in str(caught.value)
    assert "närvaro.xlsx" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_target_open_in_excel_is_refused_before_writing(tmp_path: Path) -> None:
    target = tmp_path / "närvaro.xlsx"
    target.write_bytes(b"open in Excel")
    (tmp_path / "~$närvaro.xlsx").write_bytes(b"owner")
    with pytest.raises(TargetInUseError) as caught:
        write_bytes_atomically(target, b"new")
    assert "öppen i ett annat program" in str(caught.value)
    assert target.read_bytes() == b"open in Excel"


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(TargetFolderMissingError) as caught:
        write_bytes_atomically(tmp_path / "saknas" / "lista.csv", b"x")
    assert "finns inte" in str(caught.value)


def test_a_folder_in_the_way_is_refused(tmp_path: Path) -> None:
    (tmp_path / "lista.csv").mkdir()
    with pytest.raises(TargetNotWritableError):
        write_bytes_atomically(tmp_path / "lista.csv", b"x")


@pytest.mark.parametrize(
    ("code", "error"),
    [
        (errno.ENOSPC, DiskFullError),
        (errno.EACCES, TargetNotWritableError),
        (errno.EROFS, TargetNotWritableError),
        (errno.EIO, TargetWriteFailedError),
    ],
)
def test_operating_system_errors_are_sorted(
    tmp_path: Path, code: int, error: type[Exception]
) -> None:
    assert type(write_error(tmp_path / "x.xlsx", OSError(code, "boom"))) is error


def test_permission_error_on_a_file_open_in_excel_says_so(tmp_path: Path) -> None:
    (tmp_path / "~$x.xlsx").write_bytes(b"owner")
    found = write_error(tmp_path / "x.xlsx", PermissionError(errno.EACCES, "denied"))
    assert isinstance(found, TargetInUseError)


def test_temporary_files_left_by_a_killed_export_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "närvaro.xlsx"
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead_pid = int(gone.stdout)
    killed = tmp_path / f".~närvaro.xlsx.{dead_pid}.0a1b2c3d.tmp"
    old_style = tmp_path / ".~närvaro.xlsx.9f8e7d6c.tmp"
    ancient = tmp_path / ".~närvaro.xlsx.1.11111111.tmp"
    running = tmp_path / ".~närvaro.xlsx.1.22222222.tmp"  # pid 1 is alive
    other_file = tmp_path / ".~lista.csv.9f8e7d6c.tmp"
    for leftover in (killed, old_style, ancient, running, other_file):
        leftover.write_bytes(b"PK half")
    two_hours_ago = time.time() - 7200
    os.utime(ancient, (two_hours_ago, two_hours_ago))

    write_bytes_atomically(target, b"PK whole")

    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [target.name, running.name, other_file.name]
    )
