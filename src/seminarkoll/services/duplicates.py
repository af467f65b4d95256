"""When two persons in the register may be one: the rule (shared by the person form's
suggestions and the register-wide scan) and the scan, which compares only persons who share a
workplace or a name, so 30,000 persons take a second, not hours."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from enum import StrEnum
from itertools import combinations, product
from typing import NamedTuple, TypeVar

from rapidfuzz import fuzz
from rapidfuzz.process import extract

from seminarkoll.domain.text import email_key, fold

NAME_MATCH_THRESHOLD = 85.0
"""rapidfuzz token-sort ratio (0-100) from which two names at one workplace look alike."""

WORKPLACE_MATCH_THRESHOLD = 90.0
"""Ratio (spaces aside) from which two workplace names look like one ("Lextorps skola",
"Lextorpsskolan"): then the very same name there is a possible duplicate."""

K = TypeVar("K", bound=Hashable)

_NUMBER = re.compile(r"\d+")


class Likeness(StrEnum):
    """Why two persons may be one."""

    SAME_EMAIL = "same_email"
    SAME_NAME_SAME_WORKPLACE = "same_name_same_workplace"
    SIMILAR_NAME_SAME_WORKPLACE = "similar_name_same_workplace"
    SAME_NAME_SIMILAR_WORKPLACE = "same_name_similar_workplace"
    SAME_NAME = "same_name"
    """The very same name, and at least one of the two has no workplace."""


class Who(NamedTuple):
    """A person as the rule compares them."""

    id: int
    name: str
    """First and last name folded, words in alphabetical order ("anna bergström"): equal for
    "Bergström Anna", and `fuzz.ratio` of two is their token-sort ratio."""
    email_key: str | None
    workplace_id: int | None
    workplace: str
    """The workplace's name folded, without spaces; '' without one."""


def who(
    person_id: int,
    first_name: str,
    last_name: str,
    email: str | None,
    workplace_id: int | None,
    workplace: str | None,
) -> Who:
    """A person's `Who`, from what the register or the form holds."""
    return Who(
        person_id,
        " ".join(sorted(fold(f"{first_name} {last_name}").split())),
        email_key(email),
        workplace_id,
        "".join(fold(workplace).split()),
    )


def likeness(a: Who, b: Who, name_score: float | None = None) -> tuple[Likeness, float] | None:
    """Why `a` and `b` may be one person, with a score (0-100), or None when they look like two:
    the same e-mail address; a name alike (token-sort ratio from `NAME_MATCH_THRESHOLD`, so
    "Bergström Anna" is "Anna Bergström") at the same workplace; or the very same name where
    one has no workplace or the two workplaces' names are alike. `name_score` is the names'
    ratio when the caller has it already."""
    if a.email_key is not None and a.email_key == b.email_key:
        return Likeness.SAME_EMAIL, 100.0
    score = float(fuzz.ratio(a.name, b.name)) if name_score is None else name_score
    if a.workplace_id is not None and a.workplace_id == b.workplace_id:
        if score == 100.0:
            return Likeness.SAME_NAME_SAME_WORKPLACE, score
        if score >= NAME_MATCH_THRESHOLD:
            return Likeness.SIMILAR_NAME_SAME_WORKPLACE, score
        return None
    if score < 100.0:
        return None
    if a.workplace_id is None or b.workplace_id is None:
        return Likeness.SAME_NAME, score
    if workplaces_alike(a.workplace, b.workplace):
        return Likeness.SAME_NAME_SIMILAR_WORKPLACE, score
    return None


def workplaces_alike(a: str, b: str) -> bool:
    """Whether two workplace names (`Who.workplace`) look like one: a ratio from
    `WORKPLACE_MATCH_THRESHOLD` and the same numbers ("Strandskolan 1" is not "Strandskolan 2")."""
    return fuzz.ratio(a, b) >= WORKPLACE_MATCH_THRESHOLD and _NUMBER.findall(a) == _NUMBER.findall(
        b
    )


class Match(NamedTuple):
    """Two persons (ids, lower first) who may be one, why, and how alike (0-100)."""

    first_id: int
    second_id: int
    likeness: Likeness
    score: float


def scan(persons: Sequence[Who]) -> list[Match]:
    """Every pair of `persons` that `likeness` holds may be one, best first.

    Blocking keeps it fast: names are compared fuzzily (rapidfuzz, in C++) only within each
    workplace, each distinct name once (`_alike_names`); otherwise only persons with the same
    e-mail key, or the same name where one has no workplace or the workplaces look alike, are
    paired. Together these reach every pair `likeness` can accept (tests/services/test_duplicates.py
    checks it against comparing every pair)."""
    found: dict[tuple[int, int], Match] = {}
    workplaces = [_grouped(g, lambda p: p.name) for g in _groups(persons, lambda p: p.workplace_id)]
    for by_name, alike in zip(workplaces, _alike_names([list(w) for w in workplaces]), strict=True):
        for namesakes in by_name.values():
            _add_all(found, combinations(namesakes, 2), 100.0)
        for name, other, score in alike:
            _add_all(found, product(by_name[name], by_name[other]), score)
    for group in _groups(persons, lambda p: p.email_key):
        _add_all(found, combinations(group, 2))
    near = _alike_workplaces(persons)
    for group in _groups(persons, lambda p: p.name or None):
        places = _grouped(group, lambda p: p.workplace_id or 0)
        nowhere = places.pop(0, [])
        _add_all(found, combinations(nowhere, 2), 100.0)
        _add_all(found, product(nowhere, [p for g in places.values() for p in g]), 100.0)
        for first in places:
            for second in near.get(first, ()) & places.keys():
                if first < second:
                    _add_all(found, product(places[first], places[second]), 100.0)
    return sorted(found.values(), key=lambda m: (-m.score, m.first_id, m.second_id))


def _alike_names(
    name_lists: Sequence[Sequence[str]],
) -> Iterator[list[tuple[str, str, float]]]:
    """For each list of distinct names, the pairs in it (each once) whose ratio reaches
    `NAME_MATCH_THRESHOLD`, with the ratio. Each list is compared within itself; where names
    recur across the lists so much that comparing every distinct name once is cheaper, that is
    done instead and each list takes its pairs from it."""
    distinct = sorted({name for names in name_lists for name in names})
    if len(distinct) ** 2 >= sum(len(names) ** 2 for names in name_lists):
        for names in name_lists:
            yield list(_alike_within(names))
        return
    alike: dict[str, list[tuple[str, float]]] = {}
    for first, second, score in _alike_within(distinct):
        alike.setdefault(first, []).append((second, score))
        alike.setdefault(second, []).append((first, score))
    for names in name_lists:
        present = set(names)
        yield [
            (name, other, score)
            for name in names
            for other, score in alike.get(name, ())
            if name < other and other in present
        ]


def _alike_within(names: Iterable[str]) -> Iterator[tuple[str, str, float]]:
    """The pairs of `names` (each once) whose ratio reaches `NAME_MATCH_THRESHOLD`."""
    by_length = sorted(names, key=len)
    lengths = [len(name) for name in by_length]
    for index, name in enumerate(by_length):
        # A longer name reaches the threshold only within this length (ratio = 2 x common
        # characters / both lengths).
        reach = bisect_right(
            lengths, len(name) * (200 - NAME_MATCH_THRESHOLD) / NAME_MATCH_THRESHOLD
        )
        alike = extract(
            name,
            by_length[index + 1 : reach],
            scorer=fuzz.ratio,
            score_cutoff=NAME_MATCH_THRESHOLD,
            limit=None,
        )
        for other, score, _position in alike:
            yield name, other, float(score)


def _alike_workplaces(persons: Iterable[Who]) -> dict[int, set[int]]:
    """For each workplace id whose name looks like another's (`workplaces_alike`), those
    others' ids."""
    names = {p.workplace_id: p.workplace for p in persons if p.workplace_id is not None}
    ids = list(names)
    near: dict[int, set[int]] = {}
    for index, first in enumerate(ids):
        for second in ids[index + 1 :]:
            if workplaces_alike(names[first], names[second]):
                near.setdefault(first, set()).add(second)
                near.setdefault(second, set()).add(first)
    return near


def _grouped(persons: Iterable[Who], key: Callable[[Who], K]) -> dict[K, list[Who]]:
    groups: dict[K, list[Who]] = {}
    for person in persons:
        groups.setdefault(key(person), []).append(person)
    return groups


def _add_all(
    found: dict[tuple[int, int], Match],
    pairs: Iterable[tuple[Who, Who]],
    name_score: float | None = None,
) -> None:
    for a, b in pairs:
        _add(found, a, b, name_score)


def _groups(persons: Iterable[Who], key: Callable[[Who], Hashable | None]) -> Iterator[list[Who]]:
    """`persons` grouped by `key(person)` (None keys left out), groups of two or more."""
    return (
        group
        for value, group in _grouped(persons, key).items()
        if value is not None and len(group) > 1
    )


def _add(
    found: dict[tuple[int, int], Match], a: Who, b: Who, name_score: float | None = None
) -> None:
    pair = (a.id, b.id) if a.id < b.id else (b.id, a.id)
    if pair in found:
        return
    result = likeness(a, b, name_score)
    if result is not None:
        found[pair] = Match(*pair, *result)
