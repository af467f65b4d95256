"""`seminarkoll person export|anonymise PERSON`: a person's data out (GDPR art. 15) or erased
(art. 17) while the counts are kept. PERSON is an id or an e-mail address."""

from __future__ import annotations

import argparse
from pathlib import Path

from seminarkoll.commands.common import (
    EXIT_CANNOT,
    EXIT_OK,
    Subcommands,
    add_command,
    add_flag,
    add_output_argument,
    fail,
    headless,
    no_folder,
)
from seminarkoll.domain.translation import translate


def register(subparsers: Subcommands) -> None:
    """Add the `person` subcommand with `export` and `anonymise`."""
    parser = add_command(
        subparsers,
        "person",
        help=translate("Cli", "registerutdrag för en person, eller anonymisera personen (GDPR)"),
        description=translate(
            "Cli", "Registerutdrag (GDPR art. 15) och anonymisering (art. 17) för en person."
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar=translate("Cli", "VAD"), required=True)
    export = add_command(
        actions,
        "export",
        help=translate("Cli", "spara allt som finns lagrat om personen (.json eller .xlsx)"),
        description=translate(
            "Cli",
            "Sparar allt som finns lagrat om personen: personuppgifter och arbetsplats, "
            "antagningar, grupper, närvaro med anteckningar, kompletteringsuppgifter, "
            "föreläsaruppdrag och ändringsloggen.",
        ),
    )
    export.add_argument(
        "person",
        metavar="PERSON",
        help=translate("Cli", "personens id eller e-postadress"),
    )
    add_output_argument(export, translate("Cli", "filen (.json, .xlsx)"))
    export.set_defaults(handler=run_export)
    anonymise = add_command(
        actions,
        "anonymise",
        help=translate("Cli", "ersätt personens namn, e-post, telefon och anteckningar överallt"),
        description=translate(
            "Cli",
            "Ersätter personens namn, e-post, telefon och fritextanteckningar överallt, även i "
            "loggen. Antal, närvaro och resultat finns kvar. Databasen säkerhetskopieras först. "
            "Äldre säkerhetskopior innehåller personen tills de gallras; återställs en sådan "
            "anonymiseras personen igen.",
        ),
    )
    anonymise.add_argument(
        "person",
        metavar="PERSON",
        help=translate("Cli", "personens id eller e-postadress"),
    )
    add_flag(anonymise, "--yes", translate("Cli", "bekräfta anonymiseringen (krävs)"))
    anonymise.set_defaults(handler=run_anonymise)


def run_export(args: argparse.Namespace) -> int:
    """Write the register extract."""
    path: Path = args.output.expanduser().absolute()
    if path.suffix.lower() not in (".json", ".xlsx"):
        return fail(
            translate("Cli", "Filen ”{name}” har fel filändelse. Använd .json eller .xlsx.").format(
                name=path.name
            )
        )
    if not path.parent.is_dir():
        return no_folder(path.parent)
    person_data = headless(args).person_data
    record = person_data.export(person_data.resolve(args.person), path)
    facts = sum(len(section.rows) for section in record.sections)
    print(
        translate(
            "Cli", "Registerutdraget för {name} är sparat som {path} ({facts} uppgifter)."
        ).format(name=record.name, path=path, facts=facts)
    )
    return EXIT_OK


def run_anonymise(args: argparse.Namespace) -> int:
    """Anonymise the person after confirmation."""
    if not args.yes:
        return fail(
            translate("Cli", "Anonymisering kan inte ångras. Kör igen med --yes för att bekräfta."),
            EXIT_CANNOT,
        )
    person_data = headless(args).person_data
    done = person_data.anonymise(person_data.resolve(args.person))
    print(
        translate("Cli", "{old_name} är anonymiserad och heter nu ”{new_name}”.").format(
            old_name=done.old_name, new_name=done.new_name
        )
    )
    if done.backup is not None:
        print(
            translate(
                "Cli",
                "Säkerhetskopian från före anonymiseringen ({backup}) och äldre kopior "
                "innehåller fortfarande personen tills de gallras; återställs en av dem "
                "anonymiseras personen igen.",
            ).format(backup=done.backup)
        )
    return EXIT_OK
