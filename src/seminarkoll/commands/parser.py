"""An argparse parser that speaks Swedish: usage line, section titles, help and error messages."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

# argparse's own error messages (Python 3.11-3.13) and their Swedish wording. Anything else
# is shown as argparse wrote it.
_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), swedish)
    for pattern, swedish in (
        (r"^the following arguments are required: (.*)$", r"de här argumenten saknas: \1"),
        (r"^unrecognized arguments: (.*)$", r"okända argument: \1"),
        (r"^argument (.+?): expected one argument$", r"\1 behöver ett värde"),
        (r"^argument (.+?): expected at least one argument$", r"\1 behöver minst ett värde"),
        (
            r"^argument (.+?): invalid choice: (.*?) \(choose from (.*)\)$",
            r"\1: \2 finns inte (välj bland \3)",
        ),
        (r"^argument (.+?): invalid \w+ value: (.*)$", r"\1: ogiltigt värde \2"),
        (r"^argument (.+?): ignored explicit argument (.*)$", r"\1 tar inget värde (\2)"),
        (r"^argument (.+?): not allowed with argument (.*)$", r"\1 går inte ihop med \2"),
        (r"^ambiguous option: (\S+) could match (.*)$", r"\1 är tvetydigt: \2"),
    )
)


def swedish_error(message: str) -> str:
    """argparse's English error `message` in Swedish, when it is one argparse writes."""
    for pattern, swedish in _ERRORS:
        translated, count = pattern.subn(swedish, message)
        if count:
            return translated
    return message


class SwedishHelpFormatter(argparse.HelpFormatter):
    """Starts the usage line with "användning:"."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, "användning: " if prefix is None else prefix)


class SwedishArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose own words are Swedish; its subcommands' parsers are too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", SwedishHelpFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argument"
        self._optionals.title = "flaggor"
        for action in self._actions:
            if action.dest == "help":
                action.help = "visa den här hjälpen och avsluta"

    def error(self, message: str) -> NoReturn:
        """Print the usage and the problem in Swedish on stderr; exit with code 2."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fel: {swedish_error(message)}\n")
