"""Planning: programmes, theme areas and cohorts; the service and what it takes and returns."""

from seminarkoll.services.planning.inputs import (
    DEFAULT_END,
    DEFAULT_SEMINAR_COUNT,
    DEFAULT_START,
    CohortInput,
    CohortStart,
    CopyStart,
    EmptyStart,
    ProgrammeInput,
    TemplateStart,
    ThemeInput,
    ThemeReplacement,
)
from seminarkoll.services.planning.results import (
    CohortCreated,
    CohortDefaults,
    CohortDetails,
    PlannedSeminar,
    ProgrammeDetails,
    ThemeDetails,
)
from seminarkoll.services.planning.service import PlanningService

__all__ = [
    "DEFAULT_END",
    "DEFAULT_SEMINAR_COUNT",
    "DEFAULT_START",
    "CohortCreated",
    "CohortDefaults",
    "CohortDetails",
    "CohortInput",
    "CohortStart",
    "CopyStart",
    "EmptyStart",
    "PlannedSeminar",
    "PlanningService",
    "ProgrammeDetails",
    "ProgrammeInput",
    "TemplateStart",
    "ThemeDetails",
    "ThemeInput",
    "ThemeReplacement",
]
