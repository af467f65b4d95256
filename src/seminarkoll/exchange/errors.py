"""Typed errors for files that cannot be read, each carrying the path and a Swedish message."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from seminarkoll.domain.errors import DomainError

SUPPORTED_EXTENSIONS: tuple[str, ...] = (
    ".xlsx",
    ".xlsm",
    ".xls",
    ".xlsb",
    ".ods",
    ".csv",
    ".txt",
)


def _quoted(path: Path) -> str:
    return f"”{path.name}”"


class FileReadError(DomainError):
    """Base of every error about one file; `path` names it and `str(error)` is Swedish."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(message)


class FileMissingError(FileReadError):
    """The file does not exist (moved, renamed or on a disconnected drive)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, f"Filen {_quoted(path)} finns inte. Kontrollera var den ligger.")


class FileAccessError(FileReadError):
    """The file exists but the operating system refused to let us read it."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"Filen {_quoted(path)} gick inte att öppna. Kontrollera att du har behörighet "
            "till den och att inget annat program låser den.",
        )


class UnsupportedFileTypeError(FileReadError):
    """The extension is not one of the spreadsheet or CSV formats we read."""

    def __init__(self, path: Path) -> None:
        supported = ", ".join(SUPPORTED_EXTENSIONS)
        super().__init__(
            path,
            f"Filen {_quoted(path)} har en filtyp som inte kan läsas. "
            f"Välj en fil av typen {supported}.",
        )


class NotASpreadsheetError(FileReadError):
    """The content is not a spreadsheet at all, e.g. a text or Word file named .xlsx."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"Filen {_quoted(path)} är inget kalkylblad, trots filnamnet. "
            "Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx).",
        )


class CorruptWorkbookError(FileReadError):
    """The file looks like a workbook but is damaged or incomplete (e.g. a cut-off download)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"Filen {_quoted(path)} är skadad eller ofullständig och kan inte läsas. "
            "Hämta eller spara den på nytt och försök igen.",
        )


class EncryptedWorkbookError(FileReadError):
    """The workbook is password-protected (encrypted), so its cells cannot be read."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"Filen {_quoted(path)} är lösenordsskyddad och kan inte läsas. Öppna den i Excel, "
            "ta bort lösenordet och spara den som Excel-arbetsbok (.xlsx).",
        )


class EmptySheetError(FileReadError):
    """The chosen sheet (or the CSV file) contains no values at all."""

    def __init__(self, path: Path, sheet_name: str) -> None:
        self.sheet_name = sheet_name
        super().__init__(path, f"Bladet ”{sheet_name}” i filen {_quoted(path)} är tomt.")


class SheetNotFoundError(FileReadError):
    """A sheet was asked for by name and the workbook has no sheet with that name."""

    def __init__(self, path: Path, sheet_name: str, available: Sequence[str]) -> None:
        self.sheet_name = sheet_name
        self.available: tuple[str, ...] = tuple(available)
        names = ", ".join(f"”{name}”" for name in self.available)
        super().__init__(
            path,
            f"Filen {_quoted(path)} har inget blad som heter ”{sheet_name}”. Bladen heter {names}.",
        )


class SheetTooLargeError(FileReadError):
    """The used area of the sheet is too large to read (usually a stray value far away)."""

    def __init__(self, path: Path, rows: int, columns: int) -> None:
        self.rows = rows
        self.columns = columns
        super().__init__(
            path,
            f"Bladet i filen {_quoted(path)} är för stort att läsa ({rows} rader och "
            f"{columns} kolumner). Ta bort innehåll långt nedanför eller till höger om listan.",
        )


class NotARegularFileError(FileReadError):
    """The path is a device, a named pipe or the like: only ordinary files are read."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"{_quoted(path)} är ingen vanlig fil (utan till exempel en enhet eller en "
            "namngiven pipe) och läses inte. Välj en sparad kalkylbladsfil.",
        )


class FileTooLargeError(FileReadError):
    """The file, or what it unpacks to, is larger than any list Seminarkoll reads."""

    def __init__(self, path: Path, limit_mb: int) -> None:
        self.limit_mb = limit_mb
        super().__init__(
            path,
            f"Filen {_quoted(path)} är för stor att läsa (den är eller packas upp till mer än "
            f"{limit_mb} MB). Spara bara listan i en egen fil och försök igen.",
        )


class CellTooLongError(FileReadError):
    """A cell holds more text than Excel itself allows in one cell (32,767 characters)."""

    def __init__(self, path: Path, row: int | None = None) -> None:
        self.row = row
        where = f" på rad {row}" if row is not None else ""
        super().__init__(
            path,
            f"Filen {_quoted(path)} har en cell{where} med mer text än ett kalkylblad rymmer "
            "och kan inte läsas. Rätta eller ta bort cellen och spara filen på nytt.",
        )


class MixedEncodingError(FileReadError):
    """A CSV file has lines in UTF-8 and lines in Windows-1252 (pasted from two sources)."""

    def __init__(self, path: Path, utf8_row: int, cp1252_row: int) -> None:
        self.utf8_row = utf8_row
        self.cp1252_row = cp1252_row
        super().__init__(
            path,
            f"Filen {_quoted(path)} blandar teckenkodningar: rad {utf8_row} är sparad som UTF-8 "
            f"men rad {cp1252_row} som Windows-1252, så å, ä och ö skulle bli fel. Öppna filen i "
            "Excel, rätta raderna och spara den som CSV UTF-8.",
        )


class UnterminatedQuoteError(FileReadError):
    """A CSV field opens a quote (") that is never closed, so the rest would run together."""

    def __init__(self, path: Path, row: int) -> None:
        self.row = row
        super().__init__(
            path,
            f"Filen {_quoted(path)} kan inte läsas: på rad {row} har ett fält ett citattecken "
            '(") som inte avslutas rätt. Rätta raden och spara filen på nytt.',
        )


class HeaderNotFoundError(FileReadError):
    """No row near the top names the columns we need; `looked_for` lists the column names."""

    def __init__(self, path: Path, looked_for: Sequence[str], searched_rows: int) -> None:
        self.looked_for: tuple[str, ...] = tuple(looked_for)
        self.searched_rows = searched_rows
        columns = " och ".join([", ".join(self.looked_for[:-1]), self.looked_for[-1]])
        super().__init__(
            path,
            f"Hittade ingen rubrikrad i filen {_quoted(path)} (letade på de första "
            f"{searched_rows} raderna). Programmet letar efter kolumnerna {columns}. "
            "Listan behöver minst en namnkolumn och en kolumn till.",
        )


class FileWriteError(DomainError):
    """Base of every error about saving one file; `path` names it and `str(error)` is Swedish."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(message)


class TargetInUseError(FileWriteError):
    """The file to replace is open in Excel or LibreOffice (its lock file is beside it)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"Filen {_quoted(path)} är öppen i ett annat program (till exempel Excel). "
            "Stäng den där och försök igen, eller spara under ett annat namn.",
        )


class TargetFolderMissingError(FileWriteError):
    """The folder to save in does not exist (any more)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"Mappen {path.parent} finns inte, så {_quoted(path)} kan inte sparas där. "
            "Välj en annan mapp.",
        )


class TargetNotWritableError(FileWriteError):
    """The operating system refused to let us write the file or its folder."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"Filen {_quoted(path)} kunde inte sparas: du saknar behörighet att skriva i "
            f"mappen {path.parent}, eller filen är skrivskyddad. Välj en annan mapp.",
        )


class DiskFullError(FileWriteError):
    """The disk (or the user's quota) ran out of space while saving."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"Det finns inte plats på disken för {_quoted(path)}. Ingen fil sparades; "
            "frigör utrymme eller välj en annan plats.",
        )


class TargetWriteFailedError(FileWriteError):
    """Saving failed for another reason the system reported; the old file is untouched."""

    def __init__(self, path: Path, reason: str) -> None:
        self.reason = reason
        super().__init__(
            path,
            f"Filen {_quoted(path)} kunde inte sparas ({reason}). En tidigare fil med samma "
            "namn är orörd.",
        )


class NotAnAttendanceFileError(FileReadError):
    """No sheet of the file has the hidden id row of a sign-in sheet or attendance matrix."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"Filen {_quoted(path)} är ingen närvarolista eller närvaromatris från Seminarkoll "
            "(den dolda raden med id saknas). Exportera en ny närvarolista eller närvaromatris "
            "och fyll i den.",
        )
