"""The command line's own words are Swedish: usage, section titles, help and argparse's errors."""

from __future__ import annotations

import pytest

from seminarkoll.cli import build_parser
from seminarkoll.commands.parser import swedish_error


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["import", "participants"], "seminarkoll import participants: fel: de här argumenten "),
        (["--bogus"], "seminarkoll: fel: okända argument: --bogus"),
        (["export", "rooster"], "seminarkoll export: fel: VAD: 'rooster' finns inte (välj bland "),
        (["status", "--cohort"], "seminarkoll status: fel: --cohort behöver ett värde"),
        (["export", "roster", "--cohort", "1", "-o"], "fel: -o/--output behöver ett värde"),
    ],
)
def test_errors_are_swedish_with_a_swedish_usage_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(argv)
    assert exited.value.code == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[0].startswith("användning: seminarkoll")
    assert expected in lines[-1]


def test_help_has_swedish_headings(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["export", "roster", "--help"])
    text = capsys.readouterr().out
    assert text.startswith("användning: seminarkoll export roster")
    assert "\nflaggor:\n" in text
    assert "visa den här hjälpen och avsluta" in text
    for english in ("usage:", "options:", "positional arguments", "show this help"):
        assert english not in text


def test_unknown_messages_are_left_as_they_are() -> None:
    assert swedish_error("something new in Python 3.14") == "something new in Python 3.14"
