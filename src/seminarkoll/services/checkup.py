"""Checking a database: SQLite's full integrity check, then the audit trail's hash chains."""

from __future__ import annotations

from dataclasses import dataclass

from seminarkoll.data.audit_chain import ChainState, verify
from seminarkoll.data.database import Database
from seminarkoll.data.sqlite_file import integrity_check


@dataclass(frozen=True)
class CheckReport:
    """What `check_database` found: SQLite's verdict and each chain's state."""

    location: str
    integrity: tuple[str, ...]
    chains: tuple[ChainState, ...]

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
        """One Swedish line per finding."""
        if not self.readable:
            return tuple(f"Integritetskontroll: {line}" for line in self.integrity[:20])
        lines = ["Integritetskontroll: filen är hel."]
        for chain in self.chains:
            rows = "1 rad" if chain.rows == 1 else f"{chain.rows} rader"
            if chain.problem is None:
                lines.append(f"Hashkedjan i {chain.label} ({rows}) är obruten.")
            else:
                lines.append(f"Hashkedjan i {chain.label} ({rows}) är bruten: {chain.problem}.")
        return tuple(lines)

    @property
    def summary(self) -> str:
        """One closing sentence."""
        if not self.readable:
            return f"Databasen {self.location} är skadad."
        broken = next((c for c in self.chains if c.problem is not None), None)
        if broken is not None:
            return (
                f"Databasen {self.location} har ändrats utanför Seminarkoll: {broken.label}, "
                f"{broken.problem}."
            )
        return f"Databasen {self.location} är i ordning."


class CheckupService:
    """Checks the open database on request (Hjälp → Kontrollera databasen, `seminarkoll check`)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def check(self) -> CheckReport:
        """SQLite's full integrity check of the file, then both hash chains."""
        location = self._db.location
        if location.path is not None:
            integrity = integrity_check(location.path)
            if integrity != ("ok",):
                return CheckReport(location.display, integrity, ())
        with self._db.engine.connect() as connection:
            chains = verify(connection)
        return CheckReport(location.display, ("ok",), chains)
