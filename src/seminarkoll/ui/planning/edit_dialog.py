"""The Save step the cohort and seminar dialogs share: create anew, or update the edited thing
unless someone else changed it meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from PySide6.QtWidgets import QDialog, QWidget

from seminarkoll.domain.errors import DomainError
from seminarkoll.ui.forms import FieldErrors
from seminarkoll.ui.stale_edit import save_unless_stale

if TYPE_CHECKING:
    from seminarkoll.services.container import Services


class Versioned(Protocol):
    """A thing read for editing, with the version a save gives back."""

    @property
    def version(self) -> int: ...


DetailsT = TypeVar("DetailsT", bound=Versioned)
InputT = TypeVar("InputT")


class EditDialog(QDialog, Generic[DetailsT, InputT]):
    """A dialog that creates a thing (`_details` None) or edits `_details`.

    On Save, `current()` goes to `_create` or to `_update` with the version read; when that is
    refused as stale the user chooses (stale_edit.save_unless_stale; `_reload` shows the thing
    as it is saved now). Problems show in `errors`; `data` holds what was saved.
    """

    current: Callable[[], InputT]
    _create: Callable[[InputT], object]
    _update: Callable[[InputT, int | None], object]
    _reload: Callable[[], None]

    def __init__(
        self, services: Services, details: DetailsT | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._details = details
        self.data: InputT | None = None
        self.errors = FieldErrors()

    @property
    def details(self) -> DetailsT | None:
        """The thing as the edit started from it (read again when the user reloaded it)."""
        return self._details

    def _accept(self) -> None:
        data = self.current()
        details = self._details
        try:
            if details is None:
                self._create(data)
            elif not save_unless_stale(
                self, lambda version: self._update(data, version), details.version, self._reload
            ):
                return
        except DomainError as exc:
            self.errors.show(exc)
            return
        self.data = data
        self.accept()
