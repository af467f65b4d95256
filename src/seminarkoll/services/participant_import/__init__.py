"""Import a participant list into a cohort: preview each row's outcome, then all in one go."""

from seminarkoll.services.participant_import.results import (
    ImportPreview,
    ImportResult,
    ParticipantSheet,
    PreviewRow,
    RowOutcome,
    RowsRefusedError,
)
from seminarkoll.services.participant_import.rules import guess_workplace_kind
from seminarkoll.services.participant_import.service import ParticipantImportService

__all__ = [
    "ImportPreview",
    "ImportResult",
    "ParticipantImportService",
    "ParticipantSheet",
    "PreviewRow",
    "RowOutcome",
    "RowsRefusedError",
    "guess_workplace_kind",
]
