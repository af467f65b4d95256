"""`export signin --group G --meeting N`: the PDF sign-in sheet of one of a group's own
meetings, read back with pdftotext; unknown groups and meetings are one Swedish line, exit 2."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest

from seminarkoll.cli import main
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.domain.dates import long_date
from seminarkoll.services.container import Services


def _pdf_text(path: Path) -> str:
    """The PDF's text as pdftotext reads it (dashes as written; ligatures such as "ﬀ" unfolded
    with NFKC), runs of white space made one space."""
    out = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    return " ".join(unicodedata.normalize("NFKC", out).split())


def test_a_groups_meeting_sheet_lists_its_members_and_refuses_what_is_not_there(
    services: Services,
    db_location: DatabaseLocation,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = str(db_location.path)
    assert main(["demo", "--example", "leda-for-skolutveckling", "--db", db]) == 0
    capsys.readouterr()
    cohort = services.catalog.programmes()[0].cohorts[0]
    groups = {g.name: g for g in services.groups.groups(cohort.id)}
    group = groups["Lärgrupp 2"]
    meeting = services.group_meetings.meetings(group.id)[1]
    assert meeting.signed_off  # the example signs its held meetings
    argv = ["export", "signin", "--cohort", cohort.name, "--group", "Lärgrupp 2"]
    sheet = tmp_path / "träff.pdf"

    assert main([*argv, "--meeting", "2", "-o", str(sheet), "--db", db]) == 0
    out = capsys.readouterr().out
    assert f"närvarolistan för träff 2 i Lärgrupp 2 ({long_date(meeting.date)})" in out
    assert f"({len(group.members)} deltagare)" in out
    text = _pdf_text(sheet)
    assert "Närvarolista – gruppträff 2" in text
    assert f"Ledare: {meeting.leader_name}" in text
    assert meeting.place in text
    assert "Närvaron för träffen är redan signerad i Seminarkoll." in text
    assert f"{len(group.members)} deltagare väntas" in text
    assert "Gruppträff 2 · Leda för skolutveckling" in text
    others = {m.name for name, g in groups.items() if name != "Lärgrupp 2" for m in g.members}
    for name in {m.name for m in group.members} | others:
        first, last = name.rsplit(" ", 1)
        assert (f"{last}, {first}" in text) == (name not in others)

    for extra, problem in (
        (["--meeting", "9"], "seminarkoll: Gruppen ”Lärgrupp 2” har ingen träff 9 (träffarna har"),
        (["--meeting", "1", "--group", "Lärgrupp 13"], "seminarkoll: Omgången har ingen grupp"),
    ):
        missing = tmp_path / "saknas.pdf"
        assert main([*argv, *extra, "-o", str(missing), "--db", db]) == 2
        error = capsys.readouterr().err.strip().splitlines()
        assert len(error) == 1
        assert error[0].startswith(problem)
        assert not missing.exists()
    alone = ["export", "signin", "--cohort", cohort.name, "--meeting", "1"]
    assert main([*alone, "-o", str(tmp_path / "x.pdf"), "--db", db]) == 2
    assert capsys.readouterr().err.strip() == (
        "seminarkoll: Ange gruppen med --group när du väljer en träff med --meeting."
    )
    assert main([*argv, "--meeting", "1", "-o", str(tmp_path / "x.xlsx"), "--db", db]) == 2
    assert "fel filändelse" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*argv, "--meeting", "1", "--seminar", "2", "-o", str(sheet), "--db", db])
