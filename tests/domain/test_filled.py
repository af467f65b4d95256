"""Filling a translated text's %1, %2 … placeholders."""

from seminarkoll.domain.translation import filled


def test_each_placeholder_takes_its_value_in_any_order() -> None:
    assert filled("%2 av %1 närvarande", 20, 19) == "19 av 20 närvarande"


def test_a_value_containing_a_placeholder_is_not_filled_again() -> None:
    assert filled("Fil %1, rad %2", "rapport%2.xlsx", 7) == "Fil rapport%2.xlsx, rad 7"


def test_a_placeholder_without_a_value_stays() -> None:
    assert filled("%1 och %3", "a", "b") == "a och %3"
