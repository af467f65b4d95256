"""Swedish display of dates, times, weeks and statuses, through QLocale and tr()."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from seminarkoll.domain.completion import SeminarTotals
from seminarkoll.domain.enums import AttendanceStatus, EnrollmentStatus
from seminarkoll.domain.exports import ENROLLMENT_WORDS, STATUS_WORDS
from seminarkoll.domain.translation import filled

translate = QCoreApplication.translate


DATE_FORMAT = "ddd d MMM yyyy"
"""The UI's one date form (tables, lists, messages and date fields): "tors 15 sep. 2016", in
English "Thu 15 Sept 2016"; names follow the language through the default QLocale."""

DATE_TIME_FORMAT = DATE_FORMAT + " HH:mm"


def qdate(value: date) -> QDate:
    """A QDate for a Python date."""
    return QDate(value.year, value.month, value.day)


def long_date(value: date) -> str:
    """E.g. "torsdag 15 september 2016"."""
    return QLocale().toString(qdate(value), QLocale.FormatType.LongFormat)


def schedule_date(value: date) -> str:
    """E.g. "tors 15 sep 2016 · v. 37": weekday, date and ISO week for schedules."""
    text = display_date(value)
    return filled(translate("Formatting", "%1 · v. %2"), text, value.isocalendar().week)


def display_date(value: date | None) -> str:
    """A date in the UI's one form (`DATE_FORMAT`), e.g. "tors 15 sep. 2016"; '' for None."""
    return "" if value is None else QLocale().toString(qdate(value), DATE_FORMAT)


def date_and_time(value: datetime) -> str:
    """E.g. "tors 9 feb. 2017 16:05"; an aware (stored UTC) time in the computer's zone."""
    local = value.astimezone() if value.tzinfo is not None else value
    return f"{display_date(local.date())} {local:%H:%M}"


def issued_label(issued_at: datetime | None) -> str:
    """The day a certificate was issued, in the computer's zone; '' when never issued."""
    return display_date(issued_at.astimezone().date()) if issued_at else ""


def chronological(value: date | time | None) -> str:
    """A sort value that orders dates (and times, datetimes) by time, not by their display
    text; None first."""
    return "" if value is None else value.isoformat()


def time_range(start: time | None, end: time | None) -> str:
    """E.g. "13:00–16:00"; one side missing shows what is known."""
    parts = [t.strftime("%H:%M") for t in (start, end) if t is not None]
    return "–".join(parts)


def enrollment_status_label(status: EnrollmentStatus) -> str:
    """Swedish word for an enrolment status (the word files use too)."""
    return ENROLLMENT_WORDS[status]


def attendance_status_label(status: AttendanceStatus) -> str:
    """Swedish word for an attendance mark (the word files use too)."""
    return STATUS_WORDS[status]


def attendance_summary(totals: SeminarTotals, held: bool, signed: bool) -> str:
    """A seminar's figures in one line, e.g. "19 av 20 närvarande · 1 besökare · signerad"."""
    if not held:
        return translate("Formatting", "inte genomfört än · %1 förväntade").replace(
            "%1", str(totals.expected)
        )
    parts = [
        filled(translate("Formatting", "%1 av %2 närvarande"), totals.attended, totals.expected)
    ]
    if totals.pending:
        parts.append(
            translate("Formatting", "%1 väntar på markering").replace("%1", str(totals.pending))
        )
    if totals.visitors:
        parts.append(translate("Formatting", "%1 besökare").replace("%1", str(totals.visitors)))
    if signed:
        parts.append(translate("Formatting", "signerad"))
    return " · ".join(parts)
