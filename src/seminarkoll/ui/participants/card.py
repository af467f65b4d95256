"""The participant card: one person's history across all cohorts, as HTML and as a dialog."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QTextBrowser, QWidget

from seminarkoll.domain.completion import verdict_word
from seminarkoll.domain.translation import filled
from seminarkoll.ui.attendance.labels import (
    LOOKS,
    STATE_LOOKS,
    cell_label,
    enrolment_label,
)
from seminarkoll.ui.formatting import display_date, issued_label
from seminarkoll.ui.forms import close_buttons, push_button
from seminarkoll.ui.stacking import stacked

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from seminarkoll.services.alumni import RoleRow
    from seminarkoll.services.container import Services
    from seminarkoll.services.participants import CardEnrolment, ParticipantCard


def card_html(card: ParticipantCard, roles: Sequence[RoleRow] = ()) -> str:
    """The card: contact facts, each enrolment with attendance and verdict, groups, lectures,
    later leadership roles."""
    person = card.person
    facts = [part for part in (person.title, person.workplace_name, person.organisation) if part]
    contact = [escape(part) for part in (person.email, person.phone) if part]
    parts = [
        f"<h2 style='margin:0'>{escape(person.name)}</h2>",
        f"<p style='margin:2px 0;color:#52606d'>{escape(' · '.join(facts))}</p>" if facts else "",
        f"<p style='margin:2px 0'>{' · '.join(contact)}</p>" if contact else "",
    ]
    if person.is_lecturer:
        parts.append(
            "<p style='margin:2px 0'>"
            + escape(translate("ParticipantCard", "Gästföreläsare"))
            + "</p>"
        )
    if not card.enrolments:
        parts.append(
            "<p style='color:#52606d'>"
            + escape(translate("ParticipantCard", "Inte antagen till någon omgång."))
            + "</p>"
        )
    for enrolment in card.enrolments:
        parts.append(_enrolment_html(enrolment))
    if card.led_groups:
        parts.append("<h4>" + escape(translate("ParticipantCard", "Leder grupper")) + "</h4><ul>")
        parts.extend(f"<li>{escape(group)}</li>" for group in card.led_groups)
        parts.append("</ul>")
    if card.lectures:
        parts.append("<h4>" + escape(translate("ParticipantCard", "Föreläser")) + "</h4><ul>")
        parts.extend(f"<li>{escape(lecture)}</li>" for lecture in card.lectures)
        parts.append("</ul>")
    if roles:
        parts.append("<h4>" + escape(translate("ParticipantCard", "Senare roller")) + "</h4><ul>")
        parts.extend(f"<li>{escape(_role_text(role))}</li>" for role in roles)
        parts.append("</ul>")
    if person.notes:
        parts.append(
            "<h4>"
            + escape(translate("ParticipantCard", "Anteckningar"))
            + "</h4><p>"
            + escape(person.notes).replace("\n", "<br>")
            + "</p>"
        )
    return "".join(parts)


def _role_text(role: RoleRow) -> str:
    where = f", {role.workplace_name}" if role.workplace_name else ""
    until = display_date(role.ended_on) if role.ended_on else translate("ParticipantCard", "pågår")
    return f"{role.title}{where} ({display_date(role.started_on)} – {until})"


def _enrolment_html(enrolment: CardEnrolment) -> str:
    result = enrolment.result
    look = STATE_LOOKS[result.state]
    period = [
        translate("ParticipantCard", "från %1").replace("%1", display_date(enrolment.joined_on))
        if enrolment.joined_on
        else "",
        translate("ParticipantCard", "till %1").replace("%1", display_date(enrolment.left_on))
        if enrolment.left_on
        else "",
    ]
    heading = enrolment.title
    status = enrolment_label(enrolment.status, enrolment.visit)
    counts = filled(
        translate("ParticipantCard", "%1 av %2 deltagna"),
        str(result.attended),
        str(result.expected),
    )
    lines = [
        f"<h3 style='margin:14px 0 2px 0'>{escape(heading)}</h3>",
        "<p style='margin:0 0 4px 0;color:#52606d'>"
        + escape(" · ".join(p for p in (status, *period) if p))
        + (
            " · "
            + escape(
                translate("ParticipantCard", "Grupp: %1").replace("%1", ", ".join(enrolment.groups))
            )
            if enrolment.groups
            else ""
        )
        + "</p>",
        f"<p style='margin:0 0 6px 0'><span style='background:{look.background.name()};"
        f"color:{look.foreground.name()};font-weight:600'>&nbsp;{escape(verdict_word(result.state))}"
        f"&nbsp;</span> {escape(counts)}{escape(_issued(enrolment))}"
        f"<br><span style='color:#334e68'>{escape(result.reason)}</span></p>",
        "<table cellspacing='0' cellpadding='3'>",
    ]
    for seminar in enrolment.seminars:
        cell = LOOKS[seminar.state]
        made_up = (
            " · " + escape(translate("ParticipantCard", "kompletterad")) if seminar.made_up else ""
        )
        note = f" – <i>{escape(seminar.note)}</i>" if seminar.note else ""
        lines.append(
            "<tr>"
            f"<td style='background:{cell.background.name()};color:{cell.foreground.name()};"
            f"font-weight:bold' align='center' width='22'>{escape(cell.symbol)}</td>"
            f"<td style='color:#52606d'>{seminar.number}.</td>"
            f"<td style='color:#52606d'>{escape(display_date(seminar.date))}</td>"
            f"<td>{escape(seminar.title)}</td>"
            f"<td style='color:#52606d'>{escape(cell_label(seminar.state))}{made_up}{note}</td>"
            "</tr>"
        )
    lines.append("</table>")
    if enrolment.notes:
        lines.append(f"<p style='color:#52606d'>{escape(enrolment.notes)}</p>")
    return "".join(lines)


class ParticipantCardDialog(QDialog):
    """A window showing one person's card."""

    def __init__(self, services: Services, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantCard")
        self._services = services
        self._person_id = person_id
        card = services.participants.card(person_id)
        self._name = card.person.name
        self.setWindowTitle(self.tr("Deltagarkort – %1").replace("%1", card.person.name))
        self.resize(720, 640)
        self.browser = QTextBrowser()
        self.browser.setHtml(card_html(card, services.alumni.roles(person_id)))
        self.roles_button = push_button(self.tr("Senare &roller …"), self.edit_roles)
        stacked(self, self.browser, close_buttons(self, self.roles_button))

    def edit_roles(self) -> None:
        """Open the person's later roles; the card shows what was changed there."""
        from seminarkoll.ui.participants.roles_dialog import RolesDialog

        dialog = RolesDialog(self._services, self._person_id, self._name, self)
        dialog.exec()
        if dialog.changed:
            card = self._services.participants.card(self._person_id)
            self.browser.setHtml(card_html(card, self._services.alumni.roles(self._person_id)))


def _issued(enrolment: CardEnrolment) -> str:
    """ " · intyg utfärdat 2017-06-09" when a certificate was issued, else ''."""
    if enrolment.certificate_issued_at is None:
        return ""
    return translate("ParticipantCard", " · intyg utfärdat %1").replace(
        "%1", issued_label(enrolment.certificate_issued_at)
    )
