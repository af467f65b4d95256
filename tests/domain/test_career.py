"""Later roles of alumni: validation, and the pipeline figures of one cohort."""

from __future__ import annotations

from datetime import date

import pytest

from seminarkoll.domain.career import (
    LEADERSHIP_TITLES,
    RoleSpan,
    known_role,
    months,
    pipeline_figures,
    validate_role,
)
from seminarkoll.domain.errors import ValidationError

ENDED = date(2017, 6, 1)
TODAY = date(2026, 12, 1)


def test_title_is_tidied() -> None:
    assert validate_role("  Biträdande   rektor ", date(2018, 1, 1), None) == "Biträdande rektor"


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("Rektor", "Rektor"),
        ("rektor", "Rektor"),
        ("  REKTOR ", "Rektor"),
        ("rektorn", "Rektor"),
        ("rektorer", "Rektor"),
        ("Rektorerna", "Rektor"),
        ("skolledare", "Rektor"),
        ("Skolledaren", "Rektor"),
        ("skolledarna", "Rektor"),
        ("biträdande rektor", "Biträdande rektor"),
        ("Biträdande  rektorn", "Biträdande rektor"),
        ("bitr. rektor", "Biträdande rektor"),
        ("Bitr.rektor", "Biträdande rektor"),
        ("bitr rektorer", "Biträdande rektor"),
        ("biträd. rektor", "Biträdande rektor"),
        ("förskolechef", "Förskolechef"),
        ("Förskolecheferna", "Förskolechef"),
        ("förskolerektor", "Förskolechef"),
        ("Förskolerektorn", "Förskolechef"),
        ("enhetschef", "Enhetschef"),
        ("enhetschefen", "Enhetschef"),
        ("verksamhetschef", "Verksamhetschef"),
        ("verksamhetsch.", "Verksamhetschef"),
        ("förvaltningschefen", "Förvaltningschef"),
        ("förv. chef", "Förvaltningschef"),
        ("Förvaltn. chef", "Förvaltningschef"),
        ("Skolchef", None),
        ("Kung", None),
        ("rektorsassistent", None),
        ("bitr.", None),
        ("", None),
    ],
)
def test_role_words_name_the_title_they_stand_for(written: str, title: str | None) -> None:
    assert known_role(written) == title


def test_every_title_names_itself_and_typed_variants_are_saved_as_the_title() -> None:
    assert [known_role(title) for title in LEADERSHIP_TITLES] == list(LEADERSHIP_TITLES)
    assert validate_role(" bitr. rektor", date(2018, 1, 1), None) == "Biträdande rektor"
    assert validate_role("Skolchef", date(2018, 1, 1), None) == "Skolchef"


@pytest.mark.parametrize(
    ("title", "start", "end", "field"),
    [
        ("", date(2018, 1, 1), None, "title"),
        ("x" * 201, date(2018, 1, 1), None, "title"),
        ("Rektor", None, None, "started_on"),
        ("Rektor", date(2018, 1, 1), date(2017, 12, 31), "ended_on"),
    ],
)
def test_broken_roles_name_the_field(
    title: str, start: date | None, end: date | None, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_role(title, start, end)
    assert caught.value.for_field(field)


def test_figures_count_now_ever_and_the_median_wait() -> None:
    alumni = [
        [RoleSpan(date(2018, 6, 1), None)],  # rektor one year on, still
        [RoleSpan(date(2019, 6, 1), date(2021, 6, 1))],  # two years on, ended
        [RoleSpan(date(2015, 1, 1), None)],  # a role from before the programme
        [],  # no role
    ]
    figures = pipeline_figures(ENDED, alumni, TODAY)
    assert figures.alumni == 4
    assert figures.in_role_now == 2
    assert figures.ever_in_role == 2
    assert figures.median_days_to_first_role == pytest.approx((365 + 730) / 2)


def test_no_alumni_in_roles_has_no_median() -> None:
    figures = pipeline_figures(ENDED, [[], []], TODAY)
    assert (figures.ever_in_role, figures.median_days_to_first_role) == (0, None)


def test_role_held_on_its_first_and_last_day() -> None:
    span = RoleSpan(date(2020, 1, 1), date(2020, 12, 31))
    assert span.held_on(date(2020, 1, 1))
    assert span.held_on(date(2020, 12, 31))
    assert not span.held_on(date(2021, 1, 1))


def test_months() -> None:
    assert months(None) is None
    assert months(365.25) == pytest.approx(12)
