"""WorkplaceService on real SQLite: register, unique names, rename and removal."""

from __future__ import annotations

import pytest

from seminarkoll.domain.enums import WorkplaceKind
from seminarkoll.domain.errors import NotFoundError, ValidationError
from seminarkoll.services.container import Services
from seminarkoll.services.workplaces import WorkplaceInput
from tests.factories import Factory


def test_workplace_register(services: Services, factory: Factory) -> None:
    school = services.workplaces.create(
        WorkplaceInput(" Björnens  förskola ", WorkplaceKind.PRESCHOOL, "Sylte")
    )
    factory.person(workplace_id=school)
    (row,) = services.workplaces.workplaces()
    assert (row.name, row.kind, row.area, row.person_count) == (
        "Björnens förskola",
        WorkplaceKind.PRESCHOOL,
        "Sylte",
        1,
    )
    with pytest.raises(ValidationError, match="finns redan"):
        services.workplaces.create(WorkplaceInput("BJÖRNENS FÖRSKOLA"))
    with pytest.raises(ValidationError, match="Ange"):
        services.workplaces.create(WorkplaceInput(" "))
    assert services.workplaces.find_or_create("björnens förskola") == school
    other = services.workplaces.find_or_create("Sylteskolan", WorkplaceKind.COMPULSORY_SCHOOL)
    assert other != school
    with pytest.raises(ValidationError, match="finns redan"):
        services.workplaces.update(other, WorkplaceInput("Björnens förskola"))
    services.workplaces.update(school, WorkplaceInput("Björnens förskola", area="Öst"))
    assert services.workplaces.delete(school) == 1
    with pytest.raises(NotFoundError):
        services.workplaces.delete(school)


def test_names_and_areas_over_their_limit_are_refused(services: Services) -> None:
    longest = "x" * 200
    services.workplaces.create(WorkplaceInput(longest, area=longest))
    with pytest.raises(ValidationError) as refused:
        services.workplaces.create(WorkplaceInput("y" * 201, area="z" * 201))
    assert refused.value.for_field("name") == "Namnet får vara högst 200 tecken."
    assert refused.value.for_field("area") == "Området får vara högst 200 tecken."
    assert len(services.workplaces.workplaces()) == 1
