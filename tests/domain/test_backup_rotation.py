"""Backup rotation: everything from the last day, then the newest per day, ISO week and month."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from seminarkoll.domain.backup_rotation import Retention, times_to_keep
from seminarkoll.domain.errors import ValidationError

NOW = datetime(2026, 12, 1, 12, 0)


def test_every_backup_of_the_last_day_is_kept() -> None:
    times = [NOW - timedelta(hours=h) for h in (1, 2, 3, 23)]
    assert times_to_keep(times, Retention(0, 0, 0), NOW) == set(times)


def test_daily_keeps_the_newest_of_each_of_the_last_days() -> None:
    times = [NOW - timedelta(days=d, hours=h) for d in range(1, 11) for h in (0, 5)]
    kept = times_to_keep(times, Retention(daily=7, weekly=0, monthly=0), NOW)
    assert kept == {NOW - timedelta(days=d) for d in range(1, 8)}


def test_weekly_and_monthly_reach_further_back() -> None:
    times = [NOW - timedelta(days=d) for d in range(1, 400)]
    kept = times_to_keep(times, Retention(daily=7, weekly=5, monthly=12), NOW)
    weeks = {t.isocalendar()[:2] for t in kept}
    months = {(t.year, t.month) for t in kept}
    assert len([t for t in kept if NOW - t <= timedelta(days=7)]) == 7
    assert len(weeks) >= 5
    assert len(months) == 12
    assert min(kept) >= datetime(2025, 12, 1)  # twelve months and no more
    # Each kept backup is the newest of some day, week or month.
    for moment in kept:
        assert any(
            max(t for t in times if key(t) == key(moment)) == moment
            for key in (
                lambda t: t.date(),
                lambda t: t.isocalendar()[:2],
                lambda t: (t.year, t.month),
            )
        )
    assert len(kept) < 7 + 5 + 12


def test_nothing_is_kept_by_rules_set_to_zero_after_the_first_day() -> None:
    old = [NOW - timedelta(days=d) for d in (2, 9, 40)]
    assert times_to_keep(old, Retention(0, 0, 0), NOW) == set()


@pytest.mark.parametrize("values", [(-1, 5, 12), (7, 1000, 12)])
def test_settings_out_of_range_are_refused(values: tuple[int, int, int]) -> None:
    with pytest.raises(ValidationError, match="heltal mellan 0 och 999"):
        Retention(*values)
