"""Tests for CatalogService.resolve_cohort: a command-line argument naming a cohort."""

from __future__ import annotations

import pytest

from seminarkoll.domain.errors import NotFoundError
from seminarkoll.services.container import Services
from tests.factories import Factory


def test_by_id_name_and_label(services: Services, factory: Factory) -> None:
    cohort = factory.cohort(factory.programme("Ledare på lut"), name="Omgång 3")
    assert services.catalog.resolve_cohort(str(cohort)).id == cohort
    assert services.catalog.resolve_cohort(" omgång  3 ").id == cohort
    assert services.catalog.resolve_cohort("Omgång 3 (2024/2025)").name == "Omgång 3"


def test_unknown_and_ambiguous_names_say_why(services: Services, factory: Factory) -> None:
    first = factory.cohort(factory.programme("Ledare på lut"), name="Omgång 3")
    second = factory.cohort(factory.programme("Mentorskap"), name="Omgång 3")
    with pytest.raises(NotFoundError) as caught:
        services.catalog.resolve_cohort("Omgång 3")
    assert str(caught.value) == (
        f"Flera omgångar heter ”Omgång 3” (id {first}: Ledare på lut, Omgång 3 (2024/2025); "
        f"id {second}: Mentorskap, Omgång 3 (2024/2025)). Ange omgångens id."
    )
    with pytest.raises(NotFoundError, match="ingen omgång med id eller namn ”Omgång 9”"):
        services.catalog.resolve_cohort("Omgång 9")
    with pytest.raises(NotFoundError, match="ingen omgång"):
        services.catalog.resolve_cohort("999")
    with pytest.raises(NotFoundError, match="Ange omgången"):
        services.catalog.resolve_cohort("  ")
