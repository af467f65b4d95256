"""The register-wide scan for possible duplicates: the pairs it finds on a real database, the
ones it leaves alone, and that blocking reaches every pair the rule accepts."""

from __future__ import annotations

import random
from itertools import combinations

import pytest

from seminarkoll.data.erasure import ANONYMOUS_FIRST_NAME
from seminarkoll.services.container import Services
from seminarkoll.services.duplicates import Likeness, Match, Who, likeness, scan, who
from tests.factories import Factory


def test_the_scan_finds_the_pairs_and_leaves_namesakes_alone(
    services: Services, factory: Factory
) -> None:
    lextorp = factory.workplace("Lextorpsskolan")
    sylte = factory.workplace("Sylteskolan")
    strand = factory.workplace("Strandskolan")
    strand_again = factory.workplace("Strand skolan")
    anna = factory.person("Anna", "Bergström", "anna.b@exempel.se", workplace_id=lextorp)
    ana = factory.person("Ana", "Bergström", "ana@exempel.se", workplace_id=lextorp)
    swapped = factory.person("Bergström", "Anna", "ab2@exempel.se", workplace_id=lextorp)
    factory.person("Anna", "Bergström", "anna.s@exempel.se", workplace_id=sylte)
    factory.person("Anders", "Berg", "anders@exempel.se", workplace_id=lextorp)
    johan = factory.person("Johan", "Ek", "johan@exempel.se", workplace_id=sylte)
    johan_nowhere = factory.person("Johan", "Ek", "j.ek@exempel.se")
    karin = factory.person("Karin", "Lund", "karin@exempel.se", workplace_id=strand)
    karin_again = factory.person("Karin", "Lund", "k.lund@exempel.se", workplace_id=strand_again)
    factory.person("Karin", "Lundin", "kl@exempel.se", workplace_id=sylte)
    for number in (1, 2):  # anonymised persons are not anyone's duplicate
        factory.person(ANONYMOUS_FIRST_NAME, f"person {number}", "", workplace_id=sylte)

    found = {
        (pair.first.id, pair.second.id): (pair.likeness, round(pair.score))
        for pair in services.participants.find_duplicates()
    }

    assert found == {
        (anna, ana): (Likeness.SIMILAR_NAME_SAME_WORKPLACE, 96),
        (anna, swapped): (Likeness.SAME_NAME_SAME_WORKPLACE, 100),
        (ana, swapped): (Likeness.SIMILAR_NAME_SAME_WORKPLACE, 96),
        (johan, johan_nowhere): (Likeness.SAME_NAME, 100),
        (karin, karin_again): (Likeness.SAME_NAME_SIMILAR_WORKPLACE, 100),
    }
    pairs = services.participants.find_duplicates()
    assert [p.score for p in pairs] == sorted((p.score for p in pairs), reverse=True)
    assert pairs[0].first.name == "Anna Bergström"  # rows the register shows


def test_an_empty_register_has_no_duplicates(services: Services) -> None:
    assert services.participants.find_duplicates() == ()


@pytest.mark.parametrize("suffixes", [[""], list("abcdefghijklmnopqrstuvwxyz")])
def test_blocking_reaches_every_pair_the_rule_accepts(suffixes: list[str]) -> None:
    """On a random register with typos, shared addresses and missing workplaces, the scan
    equals comparing every pair with the rule: with names that recur across workplaces (so
    every distinct name is compared once) and with names mostly their own (compared within
    each workplace)."""
    rng = random.Random(7)
    firsts = ["Anna", "Ana", "Johan", "Johanna", "Karin", "Karine", "Erik", "Åsa", "Asa"]
    lasts = [
        name + suffix
        for name in ["Bergström", "Bergström", "Ek", "Eek", "Lund", "Lundin", "Öberg", "Oberg"]
        for suffix in suffixes
    ]
    places = ["Lextorpsskolan", "Lextorps skolan", "Sylteskolan", "Strandskolan", ""]
    persons: list[Who] = []
    for pid in range(1, 401):
        first, last, place = rng.choice(firsts), rng.choice(lasts), rng.choice(places)
        if rng.random() < 0.1:
            first, last = last, first
        mail = f"p{rng.randrange(380)}@exempel.se"
        wid = places.index(place) + 1 if place else None
        persons.append(who(pid, first, last, mail, wid, place))

    brute = []
    for a, b in combinations(persons, 2):
        result = likeness(a, b)
        if result is not None:
            brute.append(Match(min(a.id, b.id), max(a.id, b.id), *result))
    brute.sort(key=lambda m: (-m.score, m.first_id, m.second_id))

    found = scan(persons)
    assert {m.likeness for m in found} == set(Likeness)
    assert found == brute
