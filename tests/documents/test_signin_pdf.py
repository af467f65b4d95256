"""The printable sign-in sheet: everyone on it in Swedish order, signature column, page footer;
20,000 people in seconds and little memory (the table is drawn row by row)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from seminarkoll.documents.signin_pdf import BLANK_ROWS, render_signin_pdf, signin_heading_html
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.exports import SignInEntry
from tests.exchange.export_data import SIGNIN


def _text(pdf: bytes, folder: Path) -> str:
    path = folder / "lista.pdf"
    path.write_bytes(pdf)
    return _pdftotext(path)


def _pdftotext(path: Path, *pages: str) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)$", info.stdout, re.MULTILINE)
    assert match is not None
    return int(match[1])


def _rows(text: str) -> list[tuple[int, str]]:
    """(number, "Last, First") of each table row that names someone."""
    return [
        (int(m[1]), m[2]) for m in re.finditer(r"^\s*(\d+) +(\S[^,\n]*, \S+)", text, re.MULTILINE)
    ]


def test_the_sheet_lists_the_expected_participants_then_blank_rows(tmp_path: Path) -> None:
    text = _text(render_signin_pdf(SIGNIN), tmp_path)
    assert "Närvarolista – seminarium 1" in text
    assert "torsdag 15 september 2016 · 13:00–16:00 · Kunskapens hus" in text
    assert "Föreläsare: Eva Lindberg (Förvaltningschef)" in text
    assert re.search(r"Nr +Namn +Arbetsplats +Närvaro +Namnteckning", text)
    assert _rows(text) == [(1, "Magnusson, Östen"), (2, "Åberg, Åsa")]
    assert "Anmäld frånvaro" in text  # the advance apology is printed
    blank = [int(n) for n in re.findall(r"^\s*(\d+)\s*$", text, re.MULTILINE)]
    assert blank == list(range(3, 3 + BLANK_ROWS))
    assert "2 deltagare väntas" in text
    assert "Sida 1 av 1" in text


def test_long_names_and_workplaces_take_two_lines_and_stay_in_their_row(tmp_path: Path) -> None:
    long = replace(
        SIGNIN.entries[0],
        first_name="Anna-Karin Margareta Elisabeth",
        last_name="Johansson-Östergren af Sillén",
        workplace="Norrtälje kommuns förskoleområde norra, avdelning Solrosen och Vitsippan "
        "samt öppna förskolan",
        status=AttendanceStatus.PRESENT,
    )
    entries = (long, SIGNIN.entries[1])
    text = _text(render_signin_pdf(replace(SIGNIN, entries=entries)), tmp_path)
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if "Johansson-Östergren" in line)
    assert "Norrtälje kommuns" in lines[first]
    assert "Närvarande" in lines[first]
    assert "Sillén," in lines[first + 1]
    assert "förskoleområde norra,…" in lines[first + 1]  # the rest is elided, not drawn over
    assert "Anna-Karin Margareta" in lines[first + 2]
    assert re.match(r"\s*2 +Magnusson, Östen +Torsboskolan", lines[first + 3])


def test_heading_text_is_escaped() -> None:
    seminar = replace(SIGNIN.seminar, title="<Berg & Co>")
    html = signin_heading_html(replace(SIGNIN, seminar=seminar))
    assert "&lt;Berg &amp; Co&gt;" in html
    assert "<Berg" not in html


def test_one_page_for_a_small_group_and_more_for_a_large_one(tmp_path: Path) -> None:
    small = tmp_path / "liten.pdf"
    small.write_bytes(render_signin_pdf(SIGNIN))
    assert _pages(small) == 1
    many = tuple(
        SignInEntry(
            enrollment_id=index,
            first_name=f"Person {index}",
            last_name=f"Efternamn {index:02d}",
            workplace="Torsboskolan",
            role="",
            groups=(),
            status=None,
            note="",
        )
        for index in range(60)
    )
    large = tmp_path / "stor.pdf"
    large.write_bytes(render_signin_pdf(replace(SIGNIN, entries=many)))
    pages = _pages(large)
    assert pages >= 2
    text = _pdftotext(large)
    assert text.count("Namnteckning") == pages  # the table header repeats on every page
    assert f"Sida {pages} av {pages}" in text
    assert [number for number, _name in _rows(text)] == list(range(1, 61))


def test_signed_off_seminar_is_marked_on_the_sheet() -> None:
    assert "redan signerad" in signin_heading_html(replace(SIGNIN, signed_off=True))
    assert "redan signerad" not in signin_heading_html(SIGNIN)


PEOPLE = 20_000
LARGE = """
import re, sys
from dataclasses import replace
from pathlib import Path
from seminarkoll.documents.signin_pdf import render_signin_pdf
from seminarkoll.domain.exports import SignInEntry
from tests.exchange.export_data import SIGNIN

LAST = ("Öst", "Ädel", "Zetterlund", "Åberg", "Aalto")
entries = tuple(
    SignInEntry(i, "Eva", f"{LAST[i % 5]} {i:05d}", "Torsboskolan", "", (), None, "")
    for i in range(int(sys.argv[2]))
)
Path(sys.argv[1]).write_bytes(render_signin_pdf(replace(SIGNIN, entries=entries)))
# The peak resident memory of this program (VmHWM, kB): getrusage's ru_maxrss would also
# count the parent's memory copied by fork before exec.
print(re.search(r"VmHWM:\\s+(\\d+) kB", open("/proc/self/status").read())[1])
"""


def test_twenty_thousand_people_in_little_time_and_memory(tmp_path: Path) -> None:
    target = tmp_path / "stor.pdf"
    child = subprocess.Popen(
        [sys.executable, "-c", LARGE, str(target), str(PEOPLE)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=Path(__file__).resolve().parents[2],
    )
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err.decode()
    assert err == b""
    peak_mb = int(out) / 1024
    assert peak_mb < 250

    pages = _pages(target)
    assert PEOPLE // 40 <= pages <= PEOPLE // 15
    text = _pdftotext(target)
    rows = _rows(text)
    assert [number for number, _name in rows] == list(range(1, PEOPLE + 1))
    names = [name for _number, name in rows]
    assert names[:2] == ["Aalto 00004, Eva", "Aalto 00009, Eva"]
    assert names[PEOPLE // 5] == "Zetterlund 00002, Eva"
    assert names[-1] == "Öst 19995, Eva"
    assert f"{PEOPLE} deltagare väntas" in text
    assert f"Sida {pages} av {pages}" in text


def test_a_group_sheet_names_the_group_and_its_leader(tmp_path: Path) -> None:
    data = replace(SIGNIN, group="Lärgrupp 1", group_leader="Ulrika Hedlund")
    text = _text(render_signin_pdf(data), tmp_path)
    assert "Grupp: Lärgrupp 1 · ledare Ulrika Hedlund" in text
