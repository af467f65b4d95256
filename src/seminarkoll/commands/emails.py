"""`seminarkoll emails --cohort C`: one line of addresses to paste into a mail program."""

from __future__ import annotations

import argparse
import sys

from seminarkoll.commands.command import Command
from seminarkoll.commands.common import (
    EXIT_CANNOT,
    EXIT_OK,
    add_cohort_argument,
    add_flag,
    add_seminar_argument,
    fail,
    headless,
)
from seminarkoll.domain.translation import translate


def _arguments(parser: argparse.ArgumentParser) -> None:
    add_cohort_argument(parser)
    add_seminar_argument(parser, translate("Cli", "seminariets nummer (med --absent och liknande)"))
    marks = parser.add_mutually_exclusive_group()
    add_flag(marks, "--absent", translate("Cli", "de som är markerade frånvarande vid --seminar"))
    add_flag(marks, "--excused", translate("Cli", "de som har anmält frånvaro vid --seminar"))
    add_flag(marks, "--present", translate("Cli", "de som var där (närvarande eller sena)"))
    add_flag(
        parser,
        "--at-risk",
        translate(
            "Cli", "de som är i riskzonen, inte längre kan bli godkända eller missat två i rad"
        ),
    )
    parser.add_argument(
        "--group",
        metavar=translate("Cli", "GRUPP"),
        help=translate("Cli", "gruppens namn eller id"),
    )
    add_flag(
        parser, "--lecturers", translate("Cli", "omgångens föreläsare i stället för deltagarna")
    )


def run(args: argparse.Namespace) -> int:
    """Print the addresses; name those without one on stderr."""
    from seminarkoll.domain.email_list import EmailFilter, SeminarMarks

    mark_flag = args.absent or args.excused or args.present
    if mark_flag and args.seminar is None:
        return fail(translate("Cli", "Ange vilket seminarium med --seminar NR."), EXIT_CANNOT)
    if args.seminar is not None and not mark_flag:
        return fail(
            translate("Cli", "Ange --absent, --excused eller --present tillsammans med --seminar.")
        )
    if args.lecturers and (mark_flag or args.at_risk or args.group):
        return fail(translate("Cli", "--lecturers går inte att kombinera med urval av deltagare."))
    marks = (
        SeminarMarks.PRESENT
        if args.present
        else SeminarMarks.EXCUSED
        if args.excused
        else SeminarMarks.ABSENT
    )
    services = headless(args)
    cohort = services.catalog.resolve_cohort(args.cohort)
    if args.lecturers:
        found = services.email_lists.lecturers(cohort.id)
    else:
        group_id = None
        if args.group:
            group_id = services.groups.resolve(cohort.id, args.group)
        found = services.email_lists.participants(
            cohort.id,
            EmailFilter(
                group_id=group_id, seminar_number=args.seminar, marks=marks, at_risk=args.at_risk
            ),
        )
    print(found.line)
    if found.without_address:
        print(f"seminarkoll: {found.missing_sentence}", file=sys.stderr)
    if not found.recipients:
        nobody = translate("Cli", "Ingen i urvalet (%1).").replace("%1", found.title.lower())
        print(f"seminarkoll: {nobody}", file=sys.stderr)
    return EXIT_OK


COMMAND = Command(
    "emails",
    help=lambda: translate(
        "Cli", "skriv ut e-postadresser till deltagare eller föreläsare i en omgång"
    ),
    description=lambda: translate(
        "Cli",
        "Skriver en rad adresser i Outlooks format (Förnamn Efternamn <adress>; …) att "
        "klistra in i Till, Kopia eller Hemlig kopia. Vilka som saknar adress står på "
        "standardfel. Flera urval tillsammans ger dem som uppfyller alla.",
    ),
    arguments=_arguments,
    handler=run,
)
