"""`seminarkoll person export|anonymise PERSON`: a person's data out (GDPR art. 15) or erased
(art. 17) while the counts are kept. PERSON is an id or an e-mail address."""

from __future__ import annotations

import argparse

from seminarkoll.commands.command import Command
from seminarkoll.commands.common import (
    EXIT_OK,
    add_flag,
    add_output_argument,
    confirm,
    headless,
    output_file,
)
from seminarkoll.domain.translation import translate


def _add_person_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "person",
        metavar="PERSON",
        help=translate("Cli", "personens id eller e-postadress"),
    )


def _export_arguments(export: argparse.ArgumentParser) -> None:
    _add_person_argument(export)
    add_output_argument(export, translate("Cli", "filen (.json, .xlsx)"))


def _anonymise_arguments(anonymise: argparse.ArgumentParser) -> None:
    _add_person_argument(anonymise)
    add_flag(anonymise, "--yes", translate("Cli", "bekräfta anonymiseringen (krävs)"))


def run_export(args: argparse.Namespace) -> int:
    """Write the register extract."""
    path = output_file(args.output.expanduser().absolute(), (".json", ".xlsx"))
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
    confirm(
        args.yes,
        translate("Cli", "Anonymisering kan inte ångras. Kör igen med --yes för att bekräfta."),
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


EXPORT = Command(
    "export",
    help=lambda: translate("Cli", "spara allt som finns lagrat om personen (.json eller .xlsx)"),
    description=lambda: translate(
        "Cli",
        "Sparar allt som finns lagrat om personen: personuppgifter och arbetsplats, "
        "antagningar, grupper, närvaro med anteckningar, kompletteringsuppgifter, "
        "föreläsaruppdrag och ändringsloggen.",
    ),
    arguments=_export_arguments,
    handler=run_export,
)

ANONYMISE = Command(
    "anonymise",
    help=lambda: translate(
        "Cli", "ersätt personens namn, e-post, telefon och anteckningar överallt"
    ),
    description=lambda: translate(
        "Cli",
        "Ersätter personens namn, e-post, telefon och fritextanteckningar överallt, även i "
        "loggen. Antal, närvaro och resultat finns kvar. Databasen säkerhetskopieras först. "
        "Äldre säkerhetskopior innehåller personen tills de gallras; återställs en sådan "
        "anonymiseras personen igen.",
    ),
    arguments=_anonymise_arguments,
    handler=run_anonymise,
)

COMMAND = Command(
    "person",
    help=lambda: translate(
        "Cli", "registerutdrag för en person, eller anonymisera personen (GDPR)"
    ),
    description=lambda: translate(
        "Cli", "Registerutdrag (GDPR art. 15) och anonymisering (art. 17) för en person."
    ),
    kinds=(EXPORT, ANONYMISE),
    kind_dest="action",
)
