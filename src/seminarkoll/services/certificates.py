"""Certificate use cases: the organisation that signs, who gets which certificate, PDFs, and
when each was issued."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select, update

from seminarkoll.data.database import Database
from seminarkoll.data.lookups import cohort_seminars
from seminarkoll.data.models import (
    Enrollment,
    OrganisationProfile,
    Person,
    Seminar,
)
from seminarkoll.data.types import utc_now
from seminarkoll.domain.catalog import lecturer_label
from seminarkoll.domain.certificates import (
    MAX_LOGO_BYTES,
    Certificate,
    CertificateSeminar,
    Organisation,
)
from seminarkoll.domain.completion import CellState
from seminarkoll.domain.enums import CompletionState
from seminarkoll.domain.errors import FieldProblem, NotFoundError, ValidationError
from seminarkoll.domain.planning import join_phrases
from seminarkoll.domain.records import built_from
from seminarkoll.domain.text import email_key, fold, name_key, swedish_key, tidy
from seminarkoll.domain.translation import translate
from seminarkoll.exchange.writing import check_target, write_bytes_atomically
from seminarkoll.services.attendance import AttendanceMatrix, AttendanceService, MatrixRow

PROFILE_ID = 1
_ATTENDED = frozenset({CellState.PRESENT, CellState.LATE})
_LIMITS = {
    "name": ("Organisationens namn", 200),
    "signer_name": ("Undertecknarens namn", 200),
    "signer_title": ("Undertecknarens titel", 200),
    "place": ("Ort", 100),
}


@dataclass(frozen=True)
class CertificateCandidate:
    """A participant who can get a certificate, with the verdict and when one was issued."""

    enrollment_id: int
    name: str
    workplace: str
    completed: bool
    attended: int
    issued_at: datetime | None


@dataclass(frozen=True)
class CertificateFiles:
    """What an export wrote: the files, how many certificates, and a Swedish summary."""

    paths: tuple[Path, ...]
    certificates: int
    participation: int

    @property
    def summary(self) -> str:
        """E.g. "18 intyg och 1 deltagarintyg sparade i 1 fil."."""
        parts = []
        if self.certificates == 1:
            parts.append(translate("Exports", "1 intyg"))
        elif self.certificates or not self.participation:
            parts.append(translate("Exports", "{count} intyg").format(count=self.certificates))
        if self.participation == 1:
            parts.append(translate("Exports", "1 deltagarintyg"))
        elif self.participation:
            parts.append(
                translate("Exports", "{count} deltagarintyg").format(count=self.participation)
            )
        if len(self.paths) == 1:
            return translate("Exports", "{certificates} sparade i 1 fil.").format(
                certificates=join_phrases(parts)
            )
        return translate("Exports", "{certificates} sparade i {count} filer.").format(
            certificates=join_phrases(parts), count=len(self.paths)
        )


class CertificateService:
    """Builds certificates from the attendance matrix (verdicts from the completion rules)."""

    def __init__(self, database: Database, attendance: AttendanceService) -> None:
        self._db = database
        self._attendance = attendance

    # -- the organisation -----------------------------------------------------------------
    def organisation(self) -> Organisation:
        """Name, logo and signer printed on certificates (empty until set)."""
        with self._db.transaction() as session:
            row = session.get(OrganisationProfile, PROFILE_ID)
            if row is None:
                return Organisation()
            return built_from(Organisation, row)

    def save_organisation(self, organisation: Organisation) -> Organisation:
        """Store the organisation (text tidied); ValidationError names fields too long and a
        logo too large, and nothing is saved then."""
        tidied = Organisation(
            name=tidy(organisation.name),
            logo=organisation.logo or None,
            signer_name=tidy(organisation.signer_name),
            signer_title=tidy(organisation.signer_title),
            place=tidy(organisation.place),
        )
        problems = [
            FieldProblem(
                field,
                translate("Errors", "{label} får vara högst {limit} tecken.").format(
                    label=label, limit=limit
                ),
            )
            for field, (label, limit) in _LIMITS.items()
            if len(getattr(tidied, field)) > limit
        ]
        if tidied.logo is not None and len(tidied.logo) > MAX_LOGO_BYTES:
            problems.append(
                FieldProblem(
                    "logo",
                    translate("Errors", "Logotypen är för stor (högst 2 MB); välj en mindre bild."),
                )
            )
        if problems:
            raise ValidationError(problems)
        with self._db.transaction() as session:
            row = session.get(OrganisationProfile, PROFILE_ID)
            if row is None:
                row = OrganisationProfile(id=PROFILE_ID)
                session.add(row)
            row.name = tidied.name
            row.logo = tidied.logo
            row.signer_name = tidied.signer_name
            row.signer_title = tidied.signer_title
            row.place = tidied.place
        return tidied

    # -- who --------------------------------------------------------------------------------
    def candidates(self, cohort_id: int) -> tuple[CertificateCandidate, ...]:
        """Everyone in the cohort's matrix, completers first, then by name."""
        matrix = self._attendance.matrix(cohort_id)
        issued = self._issued(cohort_id)
        rows = sorted(matrix.rows, key=_completers_first)
        return tuple(
            CertificateCandidate(
                enrollment_id=row.enrollment_id,
                name=row.name,
                workplace=row.workplace_name,
                completed=row.result.state is CompletionState.COMPLETED,
                attended=sum(1 for cell in row.cells if cell in _ATTENDED),
                issued_at=issued.get(row.enrollment_id),
            )
            for row in rows
        )

    def resolve_participant(self, cohort_id: int, text: str) -> int:
        """The enrolment of the participant `text` names (enrolment id, full name or e-mail);
        NotFoundError when none or several match."""
        wanted = fold(text)
        matrix = self._attendance.matrix(cohort_id)
        emails = self._emails(cohort_id)
        matches = [
            row
            for row in matrix.rows
            if wanted in {str(row.enrollment_id), fold(row.name)}
            or email_key(text) == emails.get(row.enrollment_id)
        ]
        if len(matches) == 1:
            return matches[0].enrollment_id
        if not matches:
            raise NotFoundError(
                translate(
                    "Errors",
                    "Ingen deltagare i {cohort_name} heter ”{tidy}” eller har den e-postadressen.",
                ).format(cohort_name=matrix.cohort_name, tidy=tidy(text))
            )
        listed = "; ".join(f"id {r.enrollment_id}: {r.name}" for r in matches)
        raise NotFoundError(
            translate("Errors", "Flera deltagare heter ”{tidy}” ({listed}). Ange id.").format(
                tidy=tidy(text), listed=listed
            )
        )

    def certificates(
        self,
        cohort_id: int,
        enrollment_ids: Sequence[int] | None = None,
        issued_on: date | None = None,
    ) -> tuple[Certificate, ...]:
        """Certificates for `enrollment_ids` (all who completed when None), by name: an
        intyg for those who completed, a deltagarintyg for the others."""
        matrix = self._attendance.matrix(cohort_id)
        organisation = self.organisation()
        details = self._seminar_details(cohort_id)
        if enrollment_ids is None:
            rows = [r for r in matrix.rows if r.result.state is CompletionState.COMPLETED]
        else:
            by_id = {r.enrollment_id: r for r in matrix.rows}
            missing = [e for e in enrollment_ids if e not in by_id]
            if missing:
                raise NotFoundError(
                    translate(
                        "Errors", "Någon av de valda deltagarna finns inte längre i omgången."
                    )
                )
            rows = [by_id[e] for e in dict.fromkeys(enrollment_ids)]
        rows.sort(key=lambda r: name_key(r.last_name, r.first_name))
        day = issued_on or date.today()
        return tuple(_certificate(matrix, row, details, organisation, day) for row in rows)

    # -- files ------------------------------------------------------------------------------
    def export_pdf(
        self, cohort_id: int, path: Path, enrollment_ids: Sequence[int] | None = None
    ) -> CertificateFiles:
        """All chosen certificates in one PDF, one page each; records them as issued."""
        from seminarkoll.documents.certificate_pdf import render_certificates_pdf

        check_target(path)
        found = self._chosen(cohort_id, enrollment_ids)
        write_bytes_atomically(path, render_certificates_pdf(found))
        self.record_issued([c.enrollment_id for c in found])
        return _files((path,), found)

    def export_separate(
        self, cohort_id: int, folder: Path, enrollment_ids: Sequence[int] | None = None
    ) -> CertificateFiles:
        """One PDF per person in `folder`, named after them; records them as issued."""
        from seminarkoll.documents.certificate_pdf import render_certificates_pdf

        found = self._chosen(cohort_id, enrollment_ids)
        paths = []
        used: set[str] = set()
        for certificate in found:
            stem = certificate.file_stem
            if stem.casefold() in used:
                stem = f"{stem} ({certificate.enrollment_id})"
            used.add(stem.casefold())
            path = folder / f"{stem}.pdf"
            check_target(path)
            write_bytes_atomically(path, render_certificates_pdf((certificate,)))
            paths.append(path)
        self.record_issued([c.enrollment_id for c in found])
        return _files(tuple(paths), found)

    def record_issued(self, enrollment_ids: Sequence[int], at: datetime | None = None) -> datetime:
        """Record that certificates for `enrollment_ids` were issued (saved or printed) now."""
        stamp = at or utc_now()
        if enrollment_ids:
            with self._db.transaction() as session:
                session.execute(
                    update(Enrollment)
                    .where(Enrollment.id.in_(list(enrollment_ids)))
                    .values(certificate_issued_at=stamp)
                )
        return stamp

    # -- helpers ----------------------------------------------------------------------------
    def _chosen(
        self, cohort_id: int, enrollment_ids: Sequence[int] | None
    ) -> tuple[Certificate, ...]:
        found = self.certificates(cohort_id, enrollment_ids)
        if not found:
            raise NotFoundError(
                translate(
                    "Errors",
                    "Ingen i omgången är godkänd ännu, så det finns inga intyg att skriva. "
                    "Välj en person för att skriva ett deltagarintyg.",
                )
            )
        return found

    def _issued(self, cohort_id: int) -> dict[int, datetime | None]:
        with self._db.transaction() as session:
            rows = session.execute(
                select(Enrollment.id, Enrollment.certificate_issued_at).where(
                    Enrollment.cohort_id == cohort_id
                )
            ).all()
            return dict(rows)

    def _emails(self, cohort_id: int) -> dict[int, str | None]:
        with self._db.transaction() as session:
            rows = session.execute(
                select(Enrollment.id, Person.email_key)
                .join(Person, Person.id == Enrollment.person_id)
                .where(Enrollment.cohort_id == cohort_id)
            ).all()
            return dict(rows)

    def _seminar_details(self, cohort_id: int) -> dict[int, Seminar]:
        with self._db.transaction() as session:
            seminars = cohort_seminars(session, cohort_id)
            session.expunge_all()
            return {s.id: s for s in seminars}


def _completers_first(row: MatrixRow) -> tuple[bool, str, str]:
    return (
        row.result.state is not CompletionState.COMPLETED,
        swedish_key(row.last_name),
        swedish_key(row.first_name),
    )


def _certificate(
    matrix: AttendanceMatrix,
    row: MatrixRow,
    details: dict[int, Seminar],
    organisation: Organisation,
    day: date,
) -> Certificate:
    attended = []
    for info, cell, made_up in zip(matrix.seminars, row.cells, row.made_up, strict=True):
        if cell not in _ATTENDED and not made_up:
            continue
        seminar = details[info.id]
        attended.append(
            built_from(
                CertificateSeminar,
                info,
                start=seminar.start_time,
                end=seminar.end_time,
                theme=info.theme_name,
                lecturers=tuple(
                    lecturer_label(
                        link.person.first_name, link.person.last_name, link.person.title, ""
                    )
                    for link in seminar.lecturers
                ),
                made_up=cell not in _ATTENDED,
            )
        )
    days = [s.date for s in matrix.seminars]
    return Certificate(
        enrollment_id=row.enrollment_id,
        person_name=row.name,
        workplace=row.workplace_name,
        programme=matrix.programme_name,
        cohort=matrix.cohort_name,
        school_year=matrix.school_year,
        first_day=min(days, default=None),
        last_day=max(days, default=None),
        completed=row.result.state is CompletionState.COMPLETED,
        seminars=tuple(attended),
        organisation=organisation,
        issued_on=day,
    )


def _files(paths: tuple[Path, ...], found: tuple[Certificate, ...]) -> CertificateFiles:
    completed = sum(1 for c in found if c.completed)
    return CertificateFiles(paths, completed, len(found) - completed)
