"""The participant import service: reads a file, previews it against a cohort, imports it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from seminarkoll.data.backups import automatic_backup
from seminarkoll.data.models import Cohort
from seminarkoll.domain.errors import NotFoundError
from seminarkoll.domain.translation import translate
from seminarkoll.exchange.columns import ColumnMapping, detect_header, guess_header
from seminarkoll.exchange.participant_rows import ParticipantFileReport, parse_participants
from seminarkoll.exchange.problem_rows import SkippedRow, write_skipped_rows
from seminarkoll.exchange.spreadsheet import read_sheet
from seminarkoll.services.completion_data import joining_date
from seminarkoll.services.database_service import CoordinatedService
from seminarkoll.services.participant_import.queries import (
    Existing,
    cohort_label,
    existing_now,
    load_existing,
)
from seminarkoll.services.participant_import.results import (
    ImportPreview,
    ImportResult,
    ParticipantSheet,
    Plan,
    PreviewRow,
    RowOutcome,
    RowsRefusedError,
    dedupe,
    skipped_rows,
)
from seminarkoll.services.participant_import.rules import new_workplaces, plan_rows
from seminarkoll.services.participant_import.writing import (
    create_persons,
    create_workplaces,
    enrol,
    record_statuses,
    update_persons,
)
from seminarkoll.services.progress import Progress, Stepper, collector_paused
from seminarkoll.services.signed_lists import LATER_START, signed_lists_kept


class ParticipantImportService(CoordinatedService):
    """Reads participant files, previews them against a cohort and imports them."""

    def read_file(
        self, path: Path, sheet: str | None = None, *, map_by_hand: bool = False
    ) -> ParticipantSheet:
        """Read `path` and find its header row; raises a `FileReadError` when it cannot.

        With `map_by_hand`, a file whose header is not recognised is read all the same, with
        the likeliest row as header (`header.recognised` False), for the user to map.
        """
        with collector_paused():
            data = read_sheet(path, sheet)
            header = guess_header(data) if map_by_hand else detect_header(data)
            return ParticipantSheet(data, header)

    def preview(
        self,
        sheet: ParticipantSheet,
        cohort_id: int,
        mapping: ColumnMapping | None = None,
        progress: Progress | None = None,
        today: date | None = None,
    ) -> ImportPreview:
        """What importing `sheet` (read with `mapping`, default the suggested one) into the
        cohort would do. Raises `ValidationError` when the mapping is unusable."""
        with collector_paused():
            report = parse_participants(sheet.data, sheet.header, mapping)
            stepper = Stepper(progress, sheet.data_rows + 1)
            with self._db.transaction() as session:
                label = cohort_label(session, cohort_id)
                existing = load_existing(session, report.rows, cohort_id)
                plans, refused = plan_rows(report, existing, stepper)
                cohort = session.get(Cohort, cohort_id)
                assert cohort is not None  # cohort_label found it
                joined = joining_date(session, cohort, today)
            return _preview(sheet, report, cohort_id, label, plans, refused, existing, joined)

    def preview_file(
        self, path: Path, cohort_id: int, progress: Progress | None = None
    ) -> ImportPreview:
        """Read `path` and preview it with the suggested column mapping."""
        return self.preview(self.read_file(path), cohort_id, progress=progress)

    def run(
        self,
        preview: ImportPreview,
        *,
        skip_invalid: bool = False,
        progress: Progress | None = None,
        joined_on: date | None = None,
    ) -> ImportResult:
        """Import the previewed rows in one transaction: all of them or, on any error, none.

        Rows are matched again against the database as it is now. With problem rows in the
        file, `RowsRefusedError` is raised unless `skip_invalid`, which imports the other rows
        and returns the skipped ones. Persons enrolled join from `joined_on` (default: the
        preview's date); a date that would put them on a signed seminar's list raises
        ConflictError.
        """
        if preview.skipped and not skip_invalid:
            raise RowsRefusedError(preview.sheet.path, preview.problems)
        automatic_backup(self._db, "fore-import")
        with collector_paused():
            report = preview.report
            stepper = Stepper(progress, 2 * (preview.sheet.data_rows + 1))
            with (
                self._db.transaction() as session,
                signed_lists_kept(
                    session, (preview.cohort_id,), translate("Errors", "importen"), LATER_START
                ),
            ):
                cohort = session.get(Cohort, preview.cohort_id)
                if cohort is None:
                    raise NotFoundError(translate("Errors", "Omgången finns inte längre."))
                joined = joined_on or preview.joined_on
                existing = existing_now(session, preview.existing, report.rows, preview.cohort_id)
                if existing.fingerprint() == preview.fingerprint:
                    plans, refused = list(preview.plans), list(preview.refused)
                    workplaces = preview.new_workplaces
                    stepper.step(preview.sheet.data_rows)
                else:
                    plans, refused = plan_rows(report, existing, stepper)
                    workplaces = new_workplaces(plans, existing)
                if refused and not skip_invalid:
                    raise RowsRefusedError(
                        preview.sheet.path, [p for row in refused for p in row.problems]
                    )
                created_workplaces = create_workplaces(session, workplaces, existing)
                created = create_persons(session, plans, existing, stepper)
                updated = update_persons(session, plans, existing, stepper)
                enrolled, with_status = enrol(
                    session, plans, existing, created, cohort, joined, stepper
                )
                record_statuses(session, with_status, cohort, date.today(), self.coordinator.name)
                stepper.finish()
        skipped = tuple(
            sorted((*refused, *skipped_rows(preview.sheet, report)), key=lambda r: r.row)
        )
        return ImportResult(
            cohort_id=preview.cohort_id,
            created=sum(1 for p in plans if p.outcome is RowOutcome.NEW),
            updated=updated,
            unchanged=sum(1 for p in plans if p.outcome is RowOutcome.UNCHANGED),
            enrolled=enrolled,
            workplaces_created=created_workplaces,
            skipped=dedupe(skipped),
            joined_on=joined,
        )

    def save_skipped(self, preview: ImportPreview, rows: Sequence[PreviewRow], path: Path) -> Path:
        """Save `rows` as they are in the file, with a "Problem" column, as .xlsx."""
        by_number = {row.number: row.cells for row in preview.sheet.data.rows}
        return write_skipped_rows(
            preview.sheet.header.labels,
            [
                SkippedRow(row.row, by_number.get(row.row, ()), row.detail)
                for row in sorted(rows, key=lambda r: r.row)
            ],
            path,
        )


def _preview(
    sheet: ParticipantSheet,
    report: ParticipantFileReport,
    cohort_id: int,
    label: str,
    plans: Sequence[Plan],
    refused: Sequence[PreviewRow],
    existing: Existing,
    joined: date,
) -> ImportPreview:
    return ImportPreview(
        sheet=sheet,
        mapping=report.mapping,
        cohort_id=cohort_id,
        cohort_label=label,
        new_workplaces=new_workplaces(plans, existing),
        warnings=tuple(warning.message for warning in report.warnings),
        joined_on=joined,
        report=report,
        plans=tuple(plans),
        refused=tuple(refused),
        fingerprint=existing.fingerprint(),
        existing=existing,
    )
