"""Progress reporting in steps, and pausing the garbage collector around bulk work."""

from __future__ import annotations

import gc

from seminarkoll.services.progress import Stepper, collector_paused


def test_stepper_reports_about_a_hundred_times_and_the_end() -> None:
    seen: list[tuple[int, int]] = []
    stepper = Stepper(lambda done, total: seen.append((done, total)), 1000)
    for _ in range(1000):
        stepper.step()
    assert seen[0] == (0, 1000)
    assert seen[-1] == (1000, 1000)
    assert 95 <= len(seen) <= 105
    stepper.finish()
    assert seen[-1] == (1000, 1000)


def test_stepper_never_goes_past_the_total() -> None:
    seen: list[int] = []
    stepper = Stepper(lambda done, _total: seen.append(done), 3)
    stepper.step(10)
    assert seen == [0, 3]


def test_collector_resumes_only_when_the_outermost_pause_ends() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collector_resumes_after_an_error() -> None:
    try:
        with collector_paused():
            raise ValueError("import failed")
    except ValueError:
        pass
    assert gc.isenabled()
