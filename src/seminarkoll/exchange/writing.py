"""Save a file safely: write beside the target, then rename over it; refuse files open in Excel."""

from __future__ import annotations

import errno
import os
import secrets
import sys
import time
from collections.abc import Callable
from pathlib import Path

from seminarkoll.data.private_files import PRIVATE_FILE_MODE
from seminarkoll.domain.translation import translate
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
_STALE_AFTER_SECONDS = 3600
"""A temporary file untouched this long is left over from an export that was killed."""


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
    remove_stale_temp_files(target)
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


def remove_stale_temp_files(target: Path) -> list[Path]:
    """Remove the temporary files of earlier saves of `target` that were cut off (the process
    was killed, the computer lost power): their process is gone, or they are an hour old.

    Returns the files removed. Files that cannot be removed are left alone.
    """
    removed: list[Path] = []
    prefix = f".~{target.name}."
    try:
        candidates = [p for p in target.parent.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return removed
    for candidate in candidates:
        if candidate.suffix == ".tmp" and _is_stale(candidate, candidate.name[len(prefix) : -4]):
            try:
                candidate.unlink()
            except OSError:
                continue
            removed.append(candidate)
    return removed


def _is_stale(temp: Path, tag: str) -> bool:
    """`tag` is "PID.RANDOM" (older versions wrote only "RANDOM")."""
    try:
        if time.time() - temp.stat().st_mtime > _STALE_AFTER_SECONDS:
            return True
    except OSError:
        return False
    pid, _, rest = tag.partition(".")
    if not rest or not pid.isdigit():
        return True
    return int(pid) != os.getpid() and not _process_alive(int(pid))


def _process_alive(pid: int) -> bool:
    if sys.platform == "win32":
        return True  # os.kill would end the process there; age alone decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _new_temp_file(target: Path) -> Path:
    """An empty, new file beside `target`, readable by the owner only (0600 on POSIX), so
    neither the half-written file nor the saved one (it keeps the mode) is open to others;
    named after this process so a later save can tell when it was left over."""
    for _ in range(_TEMP_ATTEMPTS):
        temp = target.with_name(f".~{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
            return temp
        except FileExistsError:
            continue
        except OSError as error:
            raise write_error(target, error) from error
    raise TargetWriteFailedError(target, translate("Errors", "kunde inte skapa en tillfällig fil"))
