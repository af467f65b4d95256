"""Typed errors for files that cannot be read, each carrying the path and a Swedish message."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.planning import join_phrases
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate

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
    return translate("Errors", "”{name}”").format(name=path.name)


class FileError(DomainError):
    """An error about one file: `path` names it, `message` (also `str(error)`) says what went
    wrong, in the chosen language."""

    text = ""
    """What the error says (Swedish, marked for the catalogue): {quoted} stands for the file's
    name, {parent} for its folder, any other name for the value given under it."""

    def __init__(self, path: Path, message: str | None = None, **values: object) -> None:
        self.path = path
        if message is None:
            message = translate("Errors", self.text).format(
                quoted=_quoted(path), parent=path.parent, **values
            )
        self.message = message
        super().__init__(self.message)


class FileReadError(FileError):
    """Base of every error about a file that is read."""


class FileMissingError(FileReadError):
    """The file does not exist (moved, renamed or on a disconnected drive)."""

    text = QT_TRANSLATE_NOOP("Errors", "Filen {quoted} finns inte. Kontrollera var den ligger.")


class FileAccessError(FileReadError):
    """The file exists but the operating system refused to let us read it."""

    text = QT_TRANSLATE_NOOP(
        "Errors",
        "Filen {quoted} gick inte att öppna. Kontrollera att du har behörighet "
        "till den och att inget annat program låser den.",
    )


class UnsupportedFileTypeError(FileReadError):
    """The extension is not one of the spreadsheet or CSV formats we read."""

    text = QT_TRANSLATE_NOOP(
        "Errors",
        "Filen {quoted} har en filtyp som inte kan läsas. Välj en fil av typen {supported}.",
    )

    def __init__(self, path: Path) -> None:
        super().__init__(path, supported=", ".join(SUPPORTED_EXTENSIONS))


class NotASpreadsheetError(FileReadError):
    """The content is not a spreadsheet at all, e.g. a text or Word file named .xlsx."""

    text = QT_TRANSLATE_NOOP(
        "Errors",
        "Filen {quoted} är inget kalkylblad, trots filnamnet. Öppna den i Excel"
        " och spara den som Excel-arbetsbok (.xlsx).",
    )


class CorruptWorkbookError(FileReadError):
    """The file looks like a workbook but is damaged or incomplete (e.g. a cut-off download)."""

    text = QT_TRANSLATE_NOOP(
        "Errors",
        "Filen {quoted} är skadad eller ofullständig och kan inte läsas. Hämta "
        "eller spara den på nytt och försök igen.",
    )


class EncryptedWorkbookError(FileReadError):
    """The workbook is password-protected (encrypted), so its cells cannot be read."""

    text = QT_TRANSLATE_NOOP(
        "Errors",
        "Filen {quoted} är lösenordsskyddad och kan inte läsas. Öppna den i "
        "Excel, ta bort lösenordet och spara den som Excel-arbetsbok (.xlsx).",
    )


class EmptySheetError(FileReadError):
    """The chosen sheet (or the CSV file) contains no values at all."""

    text = QT_TRANSLATE_NOOP("Errors", "Bladet ”{sheet_name}” i filen {quoted} är tomt.")

    def __init__(self, path: Path, sheet_name: str) -> None:
        self.sheet_name = sheet_name
        super().__init__(path, sheet_name=sheet_name)


class SheetNotFoundError(FileReadError):
    """A sheet was asked for by name and the workbook has no sheet with that name."""

    text = QT_TRANSLATE_NOOP(
        "Errors", "Filen {quoted} har inget blad som heter ”{sheet_name}”. Bladen heter {names}."
    )

    def __init__(self, path: Path, sheet_name: str, available: Sequence[str]) -> None:
        self.sheet_name = sheet_name
        self.available: tuple[str, ...] = tuple(available)
        names = ", ".join(f"”{name}”" for name in self.available)
        super().__init__(path, sheet_name=sheet_name, names=names)


class SheetTooLargeError(FileReadError):
    """The used area of the sheet is too large to read (usually a stray value far away)."""

    text = QT_TRANSLATE_NOOP(
        "Errors",
        "Bladet i filen {quoted} är för stort att läsa ({rows} rader och "
        "{columns} kolumner). Ta bort innehåll långt nedanför eller till höger "
        "om listan.",
    )

    def __init__(self, path: Path, rows: int, columns: int) -> None:
        self.rows = rows
        self.columns = columns
        super().__init__(path, rows=rows, columns=columns)


class NotARegularFileError(FileReadError):
    """The path is a device, a named pipe or the like: only ordinary files are read."""

    text = QT_TRANSLATE_NOOP(
        "Errors",
        "{quoted} är ingen vanlig fil (utan till exempel en enhet eller en "
        "namngiven pipe) och läses inte. Välj en sparad kalkylbladsfil.",
    )


class FileTooLargeError(FileReadError):
    """The file, or what it unpacks to, is larger than any list Seminarkoll reads."""

    text = QT_TRANSLATE_NOOP(
        "Errors",
        "Filen {quoted} är för stor att läsa (den är eller packas upp till mer "
        "än {limit_mb} MB). Spara bara listan i en egen fil och försök igen.",
    )

    def __init__(self, path: Path, limit_mb: int) -> None:
        self.limit_mb = limit_mb
        super().__init__(path, limit_mb=limit_mb)


class CellTooLongError(FileReadError):
    """A cell holds more text than Excel itself allows in one cell (32,767 characters)."""

    text = QT_TRANSLATE_NOOP(
        "Errors",
        "Filen {quoted} har en cell{where} med mer text än ett kalkylblad "
        "rymmer och kan inte läsas. Rätta eller ta bort cellen och spara filen "
        "på nytt.",
    )

    def __init__(self, path: Path, row: int | None = None) -> None:
        self.row = row
        where = translate("Errors", " på rad {row}").format(row=row) if row is not None else ""
        super().__init__(path, where=where)


class MixedEncodingError(FileReadError):
    """A CSV file has lines in UTF-8 and lines in Windows-1252 (pasted from two sources)."""

    text = QT_TRANSLATE_NOOP(
        "Errors",
        "Filen {quoted} blandar teckenkodningar: rad {utf8_row} är sparad som "
        "UTF-8 men rad {cp1252_row} som Windows-1252, så å, ä och ö skulle bli "
        "fel. Öppna filen i Excel, rätta raderna och spara den som CSV UTF-8.",
    )

    def __init__(self, path: Path, utf8_row: int, cp1252_row: int) -> None:
        self.utf8_row = utf8_row
        self.cp1252_row = cp1252_row
        super().__init__(path, utf8_row=utf8_row, cp1252_row=cp1252_row)


class UnterminatedQuoteError(FileReadError):
    """A CSV field opens a quote (") that is never closed, so the rest would run together."""

    text = QT_TRANSLATE_NOOP(
        "Errors",
        "Filen {quoted} kan inte läsas: på rad {row} har ett fält ett "
        'citattecken (") som inte avslutas rätt. Rätta raden och spara filen på'
        " nytt.",
    )

    def __init__(self, path: Path, row: int) -> None:
        self.row = row
        super().__init__(path, row=row)


class HeaderNotFoundError(FileReadError):
    """No row near the top names the columns we need; `looked_for` lists the column names."""

    def __init__(
        self, path: Path, looked_for: Sequence[str], searched_rows: int, needs: str | None = None
    ) -> None:
        """`needs` says what the header must have (default: the participant list's rule)."""
        self.looked_for: tuple[str, ...] = tuple(looked_for)
        self.searched_rows = searched_rows
        columns = join_phrases(self.looked_for)
        if needs is None:
            message = translate(
                "Errors",
                "Hittade ingen rubrikrad i filen {quoted} (letade på de första "
                "{searched_rows} raderna). Programmet letar efter kolumnerna {columns}."
                " Listan behöver minst en namnkolumn och en kolumn till.",
            )
        else:
            message = translate(
                "Errors",
                "Hittade ingen rubrikrad i filen {quoted} (letade på de första "
                "{searched_rows} raderna). Programmet letar efter kolumnerna {columns}. {needs}",
            )
        super().__init__(
            path,
            message.format(
                quoted=_quoted(path), searched_rows=searched_rows, columns=columns, needs=needs
            ),
        )


class FileWriteError(FileError):
    """Base of every error about saving one file; `path` names it and `str(error)` is Swedish."""


class TargetInUseError(FileWriteError):
    """The file to replace is open in Excel or LibreOffice (its lock file is beside it)."""

    text = QT_TRANSLATE_NOOP(
        "Errors",
        "Filen {quoted} är öppen i ett annat program (till exempel Excel). "
        "Stäng den där och försök igen, eller spara under ett annat namn.",
    )


class TargetFolderMissingError(FileWriteError):
    """The folder to save in does not exist (any more)."""

    text = QT_TRANSLATE_NOOP(
        "Errors",
        "Mappen {parent} finns inte, så {quoted} kan inte sparas där. Välj en annan mapp.",
    )


class TargetNotWritableError(FileWriteError):
    """The operating system refused to let us write the file or its folder."""

    text = QT_TRANSLATE_NOOP(
        "Errors",
        "Filen {quoted} kunde inte sparas: du saknar behörighet att skriva i "
        "mappen {parent}, eller filen är skrivskyddad. Välj en annan mapp.",
    )


class DiskFullError(FileWriteError):
    """The disk (or the user's quota) ran out of space while saving."""

    text = QT_TRANSLATE_NOOP(
        "Errors",
        "Det finns inte plats på disken för {quoted}. Ingen fil sparades; "
        "frigör utrymme eller välj en annan plats.",
    )


class TargetWriteFailedError(FileWriteError):
    """Saving failed for another reason the system reported; the old file is untouched."""

    text = QT_TRANSLATE_NOOP(
        "Errors",
        "Filen {quoted} kunde inte sparas ({reason}). En tidigare fil med samma namn är orörd.",
    )

    def __init__(self, path: Path, reason: str) -> None:
        self.reason = reason
        super().__init__(path, reason=reason)


class NotAnAttendanceFileError(FileReadError):
    """No sheet of the file has the hidden id row of a sign-in sheet or attendance matrix."""

    text = QT_TRANSLATE_NOOP(
        "Errors",
        "Filen {quoted} är ingen närvarolista eller närvaromatris från "
        "Seminarkoll (den dolda raden med id saknas). Exportera en ny "
        "närvarolista eller närvaromatris och fyll i den.",
    )
