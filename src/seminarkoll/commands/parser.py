"""An argparse parser in the chosen language: usage line, section titles, help and errors."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

from seminarkoll.domain.translation import translate


def _error_wordings() -> tuple[tuple[str, str], ...]:
    """argparse's own error messages (Python 3.11-3.13) and their wording in the chosen
    language, %1, %2 … standing for the pattern's groups."""
    return (
        (
            r"^the following arguments are required: (.*)$",
            translate("Cli", "de här argumenten saknas: %1"),
        ),
        (r"^unrecognized arguments: (.*)$", translate("Cli", "okända argument: %1")),
        (r"^argument (.+?): expected one argument$", translate("Cli", "%1 behöver ett värde")),
        (
            r"^argument (.+?): expected at least one argument$",
            translate("Cli", "%1 behöver minst ett värde"),
        ),
        (
            r"^argument (.+?): invalid choice: (.*?) \(choose from (.*)\)$",
            translate("Cli", "%1: %2 finns inte (välj bland %3)"),
        ),
        (r"^argument (.+?): invalid \w+ value: (.*)$", translate("Cli", "%1: ogiltigt värde %2")),
        (
            r"^argument (.+?): ignored explicit argument (.*)$",
            translate("Cli", "%1 tar inget värde (%2)"),
        ),
        (
            r"^argument (.+?): not allowed with argument (.*)$",
            translate("Cli", "%1 går inte ihop med %2"),
        ),
        (r"^ambiguous option: (\S+) could match (.*)$", translate("Cli", "%1 är tvetydigt: %2")),
    )


def swedish_error(message: str) -> str:
    """argparse's error `message` in the chosen language, when it is one argparse writes;
    anything else as argparse wrote it."""
    for pattern, wording in _error_wordings():
        match = re.match(pattern, message)
        if match:
            for number, group in enumerate(match.groups(), start=1):
                wording = wording.replace(f"%{number}", group)
            return wording
    return message


class SwedishHelpFormatter(argparse.HelpFormatter):
    """Starts the usage line with "användning:" (or its translation)."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(
            usage, actions, groups, translate("Cli", "användning: ") if prefix is None else prefix
        )


class SwedishArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose own words are in the chosen language; its subcommands' are too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", SwedishHelpFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("Cli", "argument")
        self._optionals.title = translate("Cli", "flaggor")
        for action in self._actions:
            if action.dest == "help":
                action.help = translate("Cli", "visa den här hjälpen och avsluta")

    def error(self, message: str) -> NoReturn:
        """Print the usage and the problem on stderr; exit with code 2."""
        self.print_usage(sys.stderr)
        problem = translate("Cli", "%1: fel: %2").replace("%2", swedish_error(message))
        self.exit(2, problem.replace("%1", self.prog) + "\n")
