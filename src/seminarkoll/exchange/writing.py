"""Save a file safely: write beside the target, then rename over it; refuse files open in Excel."""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from seminarkoll.data.private_files import PRIVATE_FILE_MODE
from seminarkoll.exchange.errors import (
    DiskFullError,
    FileWriteError,
    TargetFolderMissingError,
    TargetInUseError,
    TargetNotWritableError,
    TargetWriteFailedError,
)
from seminarkoll.exchange.spreadsheet import excel_lock_file

_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG})
_REFUSED = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})
_TEMP_ATTEMPTS = 50


def check_target(target: Path) -> None:
    """Raise a `FileWriteError` when `target` cannot be saved: missing folder, open in Excel."""
    if not target.parent.is_dir():
        raise TargetFolderMissingError(target)
    if excel_lock_file(target) is not None:
        raise TargetInUseError(target)
    if target.is_dir():
        raise TargetNotWritableError(target)


def write_atomically(target: Path, write: Callable[[Path], None]) -> Path:
    """Let `write` fill a new temporary file beside `target`, then rename it to `target`.

    The rename replaces an earlier file in one step, so a failure (a full disk, an error in
    `write`) never leaves a half-written file: the temporary file is removed and the old file,
    if any, is untouched. Operating-system errors become `FileWriteError`s in Swedish.
    """
    check_target(target)
    temp = _new_temp_file(target)
    try:
        write(temp)
        with temp.open("rb+") as written:
            os.fsync(written.fileno())
        os.replace(temp, target)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise write_error(target, error) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


def write_bytes_atomically(target: Path, data: bytes) -> Path:
    """Save `data` as `target` the safe way (see `write_atomically`)."""

    def write(temp: Path) -> None:
        temp.write_bytes(data)

    return write_atomically(target, write)


def write_error(target: Path, error: OSError) -> FileWriteError:
    """The Swedish error for an operating-system failure while saving `target`."""
    if error.errno in _FULL:
        return DiskFullError(target)
    if error.errno in _REFUSED:
        if excel_lock_file(target) is not None:
            return TargetInUseError(target)
        return TargetNotWritableError(target)
    if error.errno == errno.ENOENT and not target.parent.is_dir():
        return TargetFolderMissingError(target)
    return TargetWriteFailedError(target, error.strerror or type(error).__name__)


def _new_temp_file(target: Path) -> Path:
    """An empty, new file beside `target`, readable by the owner only (0600 on POSIX), so
    neither the half-written file nor the saved one (it keeps the mode) is open to others."""
    for _ in range(_TEMP_ATTEMPTS):
        temp = target.with_name(f".~{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
            return temp
        except FileExistsError:
            continue
        except OSError as error:
            raise write_error(target, error) from error
    raise TargetWriteFailedError(target, "kunde inte skapa en tillfällig fil")
