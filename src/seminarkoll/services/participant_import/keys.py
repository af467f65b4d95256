"""The folded keys by which a file's rows are matched to persons in the register."""

from __future__ import annotations

from collections.abc import Iterable

from seminarkoll.domain.text import fold


class Folds(dict[str | None, str]):
    """Each text's `fold`, folded on first use and remembered: names, workplaces and roles
    repeat down a list, and looking one up again is a plain dictionary lookup."""

    def __missing__(self, text: str | None) -> str:
        key = self[text] = fold(text)
        return key


def name_key(folds: Folds, first: str, last: str, workplace: str | None) -> tuple[str, str, str]:
    """First name, last name and workplace folded."""
    return folds[first], folds[last], folds[workplace]


def name_keys(
    folds: Folds,
    firsts: Iterable[str],
    lasts: Iterable[str],
    workplaces: Iterable[str | None],
) -> list[tuple[str, str, str]]:
    """`name_key` of each first name, last name and workplace taken in step, for a whole
    list at once (the lookups run as C loops)."""
    fold_ = folds.__getitem__
    return list(zip(map(fold_, firsts), map(fold_, lasts), map(fold_, workplaces), strict=True))
