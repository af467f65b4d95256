"""`seminarkoll check`: is the file whole, and is the audit trail's hash chain unbroken?

Exit codes: 0 healthy; 1 the audit trail's chain is broken (the first broken link is named);
2 the database cannot be read or SQLite finds it damaged.
"""

from __future__ import annotations

import argparse

from seminarkoll.commands.command import Command
from seminarkoll.commands.common import EXIT_CANNOT, EXIT_OK, EXIT_PROBLEMS, cannot, fail, headless
from seminarkoll.domain.translation import translate


def run(args: argparse.Namespace) -> int:
    """Check the database and print one line per finding."""
    from seminarkoll.domain.errors import DomainError

    with cannot(DomainError):
        report = headless(args).checkup.check()
    for line in report.lines:
        print(line)
    if not report.readable:
        return fail(report.summary, EXIT_CANNOT)
    if not report.healthy:
        return fail(report.summary, EXIT_PROBLEMS)
    print(report.summary)
    return EXIT_OK


COMMAND = Command(
    "check",
    help=lambda: translate(
        "Cli", "kontrollera att databasen är hel och att närvaro- och signeringsloggen är orörd"
    ),
    description=lambda: translate(
        "Cli",
        "Kör SQLites fullständiga integritetskontroll och kontrollerar hashkedjan i "
        "närvaro- och signeringsloggen. Slutkod 0: allt är i ordning; 1: kedjan är bruten "
        "(den första brutna länken anges); 2: databasen kan inte läsas eller är skadad.",
    ),
    handler=run,
)
