"""The cohort frame reads every completion rule where `rules_of` reads it."""

from __future__ import annotations

from dataclasses import fields

from seminarkoll.data.database import Database
from seminarkoll.data.models import Cohort
from seminarkoll.domain.completion import CompletionRules
from seminarkoll.services.completion_data import RULE_COLUMNS, load_frame, rules_of
from tests.factories import Factory


def test_the_frame_reads_every_rule_as_rules_of_does(database: Database, factory: Factory) -> None:
    assert list(RULE_COLUMNS) == [f.name for f in fields(CompletionRules)]
    programme = factory.programme(meetings_count=True, min_per_school_year=2)
    cohort = factory.cohort(
        programme,
        min_attended=5,
        late_counts_as_present=False,
        excused_counts_as_attended=True,
        require_each_theme=True,
        allow_makeup=True,
    )
    with database.transaction() as session:
        rules = load_frame(session.connection(), cohort).rules
        assert rules == rules_of(session.get_one(Cohort, cohort))
    assert rules == CompletionRules(5, False, True, True, True, True, 2)
