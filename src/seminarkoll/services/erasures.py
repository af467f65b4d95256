"""Erasures applied again after a restore: persons anonymised and cohorts thinned since the
restored backup was taken are anonymised and thinned again."""

from __future__ import annotations

from sqlalchemy import select

from seminarkoll.data.audit_chain import rewriting
from seminarkoll.data.database import Database
from seminarkoll.data.erasure import LoggedErasure, erase_person, record_erasure
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.data.models import Erasure, Person
from seminarkoll.services.attendance import AttendanceService
from seminarkoll.services.identity import Coordinator
from seminarkoll.services.thinning import ThinningService

BY = "återställning"


def reapply_erasures(location: DatabaseLocation, logged: tuple[LoggedErasure, ...]) -> int:
    """Apply each erasure of `logged` that the database at `location` has not seen; returns
    how many were applied."""
    if not logged:
        return 0
    database = Database(location)
    try:
        with database.transaction() as session:
            seen = {(e.kind, e.person_id, e.cutoff) for e in session.scalars(select(Erasure))}
        applied = 0
        for entry in logged:
            if (entry.kind, entry.person_id, entry.cutoff) in seen:
                continue
            if entry.kind == "thin" and entry.cutoff is not None:
                coordinator = Coordinator(BY)
                ThinningService(
                    database, AttendanceService(database, coordinator), coordinator
                ).thin(entry.cutoff, backup=False)
            elif entry.person_id is not None:
                with database.transaction() as session:
                    person = session.get(Person, entry.person_id)
                    if person is not None and person.created_at == entry.person_created_at:
                        with rewriting(session):
                            erase_person(session, person)
                    record_erasure(
                        session,
                        "anonymise",
                        BY,
                        person_id=entry.person_id,
                        person_created_at=entry.person_created_at,
                    )
            seen.add((entry.kind, entry.person_id, entry.cutoff))
            applied += 1
        database.checkpoint()
    finally:
        database.close()
    return applied
