"""The example programmes a new user can load: their keys, names and what they show."""

from __future__ import annotations

from dataclasses import dataclass

from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Example:
    """One example programme: `key` names it on the command line (`demo --example KEY`)."""

    key: str
    programme: str
    description: str
    """Swedish, marked for the catalogue; `about` gives it in the chosen language."""

    @property
    def about(self) -> str:
        """The description in the chosen language."""
        return translate("Examples", self.description)


LEDARE_PA_LUT = Example(
    "ledare-pa-lut",
    "Ledare på lut",
    QT_TRANSLATE_NOOP(
        "Examples",
        "Trollhättan: ett läsår, sju seminarier, 21 deltagare i samtalsgrupper och två "
        "tidigare omgångar med alumner som blivit rektorer.",
    ),
)
LEDA_FOR_SKOLUTVECKLING = Example(
    "leda-for-skolutveckling",
    "Leda för skolutveckling",
    QT_TRANSLATE_NOOP(
        "Examples",
        "Örebro: 140 chefer i 12 lärgrupper med var sin processledare, en omgång över tre "
        "läsår med seminarier varje termin och närvaro det första året.",
    ),
)
CHEFSPROGRAM = Example(
    "chefsprogram",
    "Chefsprogram med mentor",
    QT_TRANSLATE_NOOP(
        "Examples",
        "Uddevalla: tio nya chefer, var och en i ett mentorpar med en erfaren chef, "
        "coachinggrupper, sex seminarier och mentorsträffar med närvaro under hösten.",
    ),
)
EXAMPLES = (LEDARE_PA_LUT, LEDA_FOR_SKOLUTVECKLING, CHEFSPROGRAM)
"""Every example, the default (`seminarkoll demo` without --example) first."""


def example_named(key: str) -> Example | None:
    """The example with `key` (case and surrounding spaces ignored), else None."""
    wanted = key.strip().casefold()
    return next((example for example in EXAMPLES if example.key == wanted), None)
