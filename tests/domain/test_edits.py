"""The sentence of a stale save: who changed what and when, today or another day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from seminarkoll.domain.edits import Edited, stale_edit


def test_stale_edit_today_names_the_clock_and_the_coordinator() -> None:
    at = datetime.now(UTC)
    error = stale_edit(Edited.SEMINAR, "Seminarium 3 i Omgång 2", "anna", at, 4)
    clock = at.astimezone().strftime("%H:%M")
    assert str(error) == (
        f"Seminarium 3 i Omgång 2 ändrades av anna kl. {clock} efter att du öppnade det."
    )
    assert (error.by, error.at, error.version) == ("anna", at, 4)


def test_stale_edit_another_day_names_the_date_and_someone_unknown() -> None:
    at = datetime.now(UTC) - timedelta(days=3)
    local = at.astimezone()
    error = stale_edit(Edited.GROUP, "Lärgrupp 1", "", at, 2)
    assert str(error) == (
        f"Gruppen Lärgrupp 1 ändrades av någon annan den {local.date().isoformat()} "
        f"kl. {local.strftime('%H:%M')} efter att du öppnade den."
    )


def test_stale_edit_without_a_time_says_no_time() -> None:
    error = stale_edit(Edited.PERSON, "Sara Lind", "bertil", None, 2)
    assert str(error) == "Uppgifterna om Sara Lind ändrades av bertil efter att du öppnade dem."


def test_a_stale_row_in_a_list_action_is_said_to_have_changed_since_the_list_was_shown() -> None:
    error = stale_edit(Edited.ENROLMENT, "Bo Berg", "anna", None, 3, others=2, listed=True)
    assert str(error) == (
        "Antagningen av Bo Berg ändrades av anna sedan listan visades. "
        "2 till av dem du valde har också ändrats sedan de visades."
    )
    assert str(
        stale_edit(Edited.SEMINAR, "Seminarium 3 i Omgång 2", "anna", None, 3, listed=True)
    ) == ("Seminarium 3 i Omgång 2 ändrades av anna sedan listan visades.")


def test_programmes_theme_areas_and_meetings_have_their_own_sentences() -> None:
    opened = [
        str(stale_edit(kind, subject, "anna", None, 2))
        for kind, subject in (
            (Edited.PROGRAMME, "Ledare på lut"),
            (Edited.THEME, "Ledarskap"),
            (Edited.MEETING, "Träffen 4 oktober 2016 i Lärgrupp 1"),
        )
    ]
    assert opened == [
        "Programmet Ledare på lut ändrades av anna efter att du öppnade det.",
        "Temaområdet Ledarskap ändrades av anna efter att du öppnade det.",
        "Träffen 4 oktober 2016 i Lärgrupp 1 ändrades av anna efter att du öppnade den.",
    ]
    assert str(stale_edit(Edited.THEME, "Ledarskap", "anna", None, 2, listed=True)) == (
        "Temaområdet Ledarskap ändrades av anna sedan listan visades."
    )
