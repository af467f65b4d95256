"""Which backups to keep: everything from the last day, then the newest per day, week and month."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from seminarkoll.domain.errors import FieldProblem, ValidationError
from seminarkoll.domain.translation import translate

RECENT = timedelta(hours=24)
"""Every backup younger than this is kept, so a mistake made today can always be undone."""

MAX_KEPT = 999
"""The largest number a retention setting takes."""


@dataclass(frozen=True)
class Retention:
    """How many days, ISO weeks and months keep their newest backup (as in Anki and Vorta)."""

    daily: int = 7
    weekly: int = 5
    monthly: int = 12

    def __post_init__(self) -> None:
        problems = [
            FieldProblem(
                name,
                translate("Errors", "Ange ett heltal mellan 0 och {max_kept}.").format(
                    max_kept=MAX_KEPT
                ),
            )
            for name in ("daily", "weekly", "monthly")
            if not 0 <= getattr(self, name) <= MAX_KEPT
        ]
        if problems:
            raise ValidationError(problems)


_PERIODS: tuple[tuple[str, Callable[[datetime], Hashable]], ...] = (
    ("daily", lambda moment: moment.date()),
    ("weekly", lambda moment: moment.isocalendar()[:2]),
    ("monthly", lambda moment: (moment.year, moment.month)),
)


def times_to_keep(times: Iterable[datetime], retention: Retention, now: datetime) -> set[datetime]:
    """The backup times to keep out of `times`; every other backup may be deleted.

    Each rule walks from the newest backup back and keeps the newest one of each period until
    it has kept as many periods as the setting says. A backup kept by any rule stays.
    """
    newest_first = sorted(set(times), reverse=True)
    keep = {moment for moment in newest_first if now - moment < RECENT}
    for name, period_of in _PERIODS:
        wanted = getattr(retention, name)
        periods: set[Hashable] = set()
        for moment in newest_first:
            if len(periods) >= wanted:
                break
            period = period_of(moment)
            if period not in periods:
                periods.add(period)
                keep.add(moment)
    return keep
