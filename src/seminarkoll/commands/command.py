"""A subcommand declared as data: its name, help texts, arguments, handler or kinds."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass

from seminarkoll.commands.common import Subcommands, add_command
from seminarkoll.domain.translation import translate

Handler = Callable[[argparse.Namespace], int]
"""Runs a parsed subcommand and returns its exit code."""


@dataclass(frozen=True)
class Command:
    """A subcommand, or a kind under one (`export roster`): its name, its help line and
    description (functions, so they are translated when the parser is built), the arguments it
    takes and the handler that runs it. A command made of kinds (`import participants`) names
    them in `kinds` and the attribute that holds the chosen one in `kind_dest`."""

    name: str
    help: Callable[[], str]
    description: Callable[[], str] | None = None
    arguments: Callable[[argparse.ArgumentParser], None] | None = None
    handler: Handler | None = None
    kinds: tuple[Command, ...] = ()
    kind_dest: str = "kind"

    def add_to(self, subcommands: Subcommands) -> argparse.ArgumentParser:
        """Add this command (which also takes `--db`) with its arguments and kinds."""
        parser = add_command(
            subcommands,
            self.name,
            help=self.help(),
            description=None if self.description is None else self.description(),
        )
        if self.arguments is not None:
            self.arguments(parser)
        if self.handler is not None:
            parser.set_defaults(handler=self.handler)
        if self.kinds:
            kinds = parser.add_subparsers(
                dest=self.kind_dest, metavar=translate("Cli", "VAD"), required=True
            )
            for kind in self.kinds:
                kind.add_to(kinds)
        return parser
