"""Checking a database: SQLite's full integrity check, then the audit trail's hash chains."""

from __future__ import annotations

from dataclasses import dataclass

from seminarkoll.data.audit_chain import ChainState, verify
from seminarkoll.data.sqlite_file import integrity_check
from seminarkoll.domain.planning import count_phrase
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate
from seminarkoll.services.database_service import DatabaseService


@dataclass(frozen=True)
class CheckReport:
    """What `check_database` found: SQLite's verdict and each chain's state."""

    location: str
    integrity: tuple[str, ...]
    chains: tuple[ChainState, ...]
    on_server: bool = False
    """A server database: no file for SQLite to check; the server looks after its storage."""

    @property
    def readable(self) -> bool:
        """Whether SQLite finds the file whole."""
        return self.integrity == ("ok",)

    @property
    def healthy(self) -> bool:
        """Whether the file is whole and both chains are unbroken."""
        return self.readable and all(c.problem is None for c in self.chains)

    @property
    def lines(self) -> tuple[str, ...]:
        """One line per finding, in the chosen language."""
        if not self.readable:
            found = translate("Checkup", "Integritetskontroll: {line}")
            return tuple(found.format(line=line) for line in self.integrity[:20])
        lines = [
            translate(
                "Checkup",
                "Integritetskontroll: databasen ligger på en server, som själv sköter sina filer.",
            )
            if self.on_server
            else translate("Checkup", "Integritetskontroll: filen är hel.")
        ]
        for chain in self.chains:
            rows = count_phrase(
                chain.rows,
                QT_TRANSLATE_NOOP("Counts", "1 rad"),
                QT_TRANSLATE_NOOP("Counts", "{count} rader"),
            )
            if chain.problem is None:
                whole = translate("Checkup", "Hashkedjan i {chain} ({rows}) är obruten.")
                lines.append(whole.format(chain=chain.label, rows=rows))
            else:
                broken = translate("Checkup", "Hashkedjan i {chain} ({rows}) är bruten: {problem}.")
                lines.append(broken.format(chain=chain.label, rows=rows, problem=chain.problem))
        return tuple(lines)

    @property
    def summary(self) -> str:
        """One closing sentence."""
        if not self.readable:
            return translate("Checkup", "Databasen {location} är skadad.").format(
                location=self.location
            )
        broken = next((c for c in self.chains if c.problem is not None), None)
        if broken is not None:
            return translate(
                "Checkup",
                "Databasen {location} har ändrats utanför Seminarkoll: {chain}, {problem}.",
            ).format(location=self.location, chain=broken.label, problem=broken.problem)
        return translate("Checkup", "Databasen {location} är i ordning.").format(
            location=self.location
        )


class CheckupService(DatabaseService):
    """Checks the open database on request (Hjälp → Kontrollera databasen, `seminarkoll check`)."""

    def check(self) -> CheckReport:
        """SQLite's full integrity check of the file (none on a server), then both hash chains."""
        location = self._db.location
        if location.path is not None:
            integrity = integrity_check(location.path)
            if integrity != ("ok",):
                return CheckReport(location.display, integrity, ())
        with self._db.engine.connect() as connection:
            chains = verify(connection)
        return CheckReport(location.display, ("ok",), chains, on_server=location.path is None)
