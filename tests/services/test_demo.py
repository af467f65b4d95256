"""The example programme loads once, completely, and refuses politely the second time."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from seminarkoll.data.models import Attendance, Enrollment, Person, ThemeArea
from seminarkoll.domain.errors import ConflictError
from seminarkoll.services.container import Services


def _counts(services: Services) -> tuple[int, ...]:
    with services.database.transaction() as session:
        return tuple(
            int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (ThemeArea, Person, Enrollment, Attendance)
        )


def test_demo_creates_the_example(services: Services) -> None:
    result = services.demo.load()
    assert result.seminars == 7
    assert 18 <= result.participants <= 22
    themes, persons, enrollments, marks = _counts(services)
    assert themes == 4
    assert enrollments == result.participants
    assert persons > enrollments
    assert marks > 0


def test_demo_twice_changes_nothing(services: Services) -> None:
    services.demo.load()
    before = _counts(services)
    with pytest.raises(ConflictError, match="finns redan"):
        services.demo.load()
    assert _counts(services) == before
