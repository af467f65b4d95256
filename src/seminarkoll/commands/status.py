"""`seminarkoll status --cohort COHORT`: one line per participant with attendance and verdict."""

from __future__ import annotations

import argparse
import unicodedata

from seminarkoll.commands.common import EXIT_OK, cohort_metavar, database_options, report
from seminarkoll.domain.enums import CompletionState
from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.translation import translate


def state_word(state: CompletionState) -> str:
    """A completion state in words, as the attendance matrix shows it."""
    return {
        CompletionState.COMPLETED: translate("Cli", "Godkänd"),
        CompletionState.ON_TRACK: translate("Cli", "På väg"),
        CompletionState.AT_RISK: translate("Cli", "I riskzonen"),
        CompletionState.CANNOT_COMPLETE: translate("Cli", "Kan inte bli godkänd"),
        CompletionState.NOT_TAKING_PART: translate("Cli", "Deltar inte"),
    }[state]


_ALPHABET_TAIL = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y"})


def swedish_key(text: str) -> str:
    """A plain sort key that puts å, ä, ö after z as Swedish does (no Qt in the command line)."""
    folded = text.casefold().translate(_ALPHABET_TAIL)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `status` subcommand."""
    parser = subparsers.add_parser(
        "status",
        parents=[database_options()],
        help=translate("Cli", "visa närvaro och status för godkännande per deltagare i en omgång"),
        description=translate(
            "Cli",
            "Skriver en rad per deltagare: namn, arbetsplats, deltagit/förväntade seminarier "
            "och status för godkännande.",
        ),
    )
    parser.add_argument(
        "--cohort",
        required=True,
        metavar=cohort_metavar(),
        help=translate("Cli", "omgångens id eller namn (se `seminarkoll list`)"),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the status lines of the cohort."""
    from seminarkoll.app import open_headless

    try:
        services = open_headless(args.db)
        cohort = services.catalog.resolve_cohort(args.cohort)
        matrix = services.attendance.matrix(cohort.id)
    except DomainError as exc:
        return report(exc)
    rows = sorted(matrix.rows, key=lambda r: (swedish_key(r.last_name), swedish_key(r.first_name)))
    name_width = max((len(r.name) for r in rows), default=0)
    place_width = max((len(r.workplace_name) for r in rows), default=0)
    for row in rows:
        result = row.result
        counts = f"{result.attended}/{result.expected}"
        print(
            f"{row.name:<{name_width}}  {row.workplace_name or '–':<{place_width}}  "
            f"{counts:>5}  {state_word(result.state)}"
        )
    return EXIT_OK
