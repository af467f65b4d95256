"""The folded keys by which a file's rows are matched to persons in the register."""

from __future__ import annotations

from seminarkoll.domain.text import fold


def fold_once(folded: dict[str | None, str], text: str | None) -> str:
    """`fold(text)`, remembered in `folded`."""
    key = folded.get(text)
    if key is None:
        key = folded[text] = fold(text)
    return key


def name_key(
    folded: dict[str | None, str], first: str, last: str, workplace: str | None
) -> tuple[str, str, str]:
    """First name, last name and workplace folded; `folded` remembers each text's fold, as
    names and workplaces repeat down a list."""
    return fold_once(folded, first), fold_once(folded, last), fold_once(folded, workplace)
