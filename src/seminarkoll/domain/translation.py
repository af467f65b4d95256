"""Text the user reads outside Qt widgets (command line, messages): Swedish source text, looked up
in the English catalogue once the application has chosen English (`seminarkoll.language`)."""

from __future__ import annotations

import re
from collections.abc import Callable

Lookup = Callable[[str, str], str]
"""(context, Swedish source text) -> the text in the chosen language."""

_lookup: Lookup | None = None


def translate(context: str, text: str) -> str:
    """`text` in the chosen language. Call it with two string literals: `make translations`
    (pyside6-lupdate) collects them into resources/translations/seminarkoll_en.ts."""
    return text if _lookup is None else _lookup(context, text)


_PLACEHOLDER = re.compile(r"%([1-9])")


def filled(text: str, *values: object) -> str:
    """`text` with %1, %2 … replaced by the `values` in turn (as text), in one pass: a value
    that itself contains "%2" stays as it is. A placeholder without a value stays too."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for the catalogue where it is defined (a table of labels); look it up later
    with `translate(context, value)`."""
    return text


def use_lookup(lookup: Lookup | None) -> None:
    """Make `translate` look texts up with `lookup` (None: Swedish as written)."""
    global _lookup
    _lookup = lookup
