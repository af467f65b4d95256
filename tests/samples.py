"""The sample files a coordinator receives, written at test time into a folder of their own.

The same cases as the hand-testing samples shipped beside the repository (a clean list, an
Excel "CSV" in cp1252, a "CSV UTF-8" with first and last name columns, a title row above the
header, problem rows, an unknown header, a truncated workbook and a text file named .xlsx),
so that the test suite needs nothing outside the repository.
"""

from __future__ import annotations

from pathlib import Path

from tests.exchange.workbooks import write_csv, write_xlsx

SAMPLE_NAMES = (
    "deltagare_ren.xlsx",
    "anmalningar_excel.csv",
    "anmalningar_utf8.csv",
    "med_rubrikrad.xlsx",
    "problemrader.xlsx",
    "okand_rubrik.xlsx",
    "trasig.xlsx",
    "inte_excel.xlsx",
)

CLEAN = (
    ("Namn", "E-post", "Skola/enhet", "Befattning", "Telefon"),
    ("Björn Ek", "bjorn.ek0@example.se", "Björnens förskola", "Förskollärare", "0520-492 62 43"),
    (
        "Henrik Öberg",
        "henrik.oberg1@example.se",
        "Vänersborgsvägens skola",
        "Speciallärare",
        "0520-453 77 88",
    ),
    (
        "Karin Lindström",
        "karin.lindstrom2@example.se",
        "Skogsbrynets förskola",
        "Förstelärare",
        "0520-409 36 98",
    ),
    (
        "Fatima Sjöberg",
        "fatima.sjoberg3@example.se",
        "Torsboskolan",
        "Förstelärare",
        "0520-427 62 17",
    ),
    (
        "Pär Berg",
        "par.berg4@example.se",
        "Nils Ericsonsgymnasiet",
        "Fritidspedagog",
        "0520-415 27 51",
    ),
    (
        "Märta Nilsson",
        "marta.nilsson5@example.se",
        "Skogsbrynets förskola",
        "Förskollärare",
        "0520-441 64 63",
    ),
    ("Lina Yilmaz", "lina.yilmaz6@example.se", "Strandskolan", "Fritidspedagog", "0520-429 36 15"),
    ("Johan Ström", "johan.strom7@example.se", "Sylteskolan", "Speciallärare", "0520-464 50 82"),
    ("Ali Yilmaz", "ali.yilmaz8@example.se", "Lextorpsskolan", "Speciallärare", "0520-483 87 39"),
    (
        "Johan Karlsson",
        "johan.karlsson9@example.se",
        "Skogsbrynets förskola",
        "Förskollärare",
        "0520-425 57 73",
    ),
    (
        "Oskar Lundqvist",
        "oskar.lundqvist10@example.se",
        "Torsboskolan",
        "Speciallärare",
        "0520-449 89 53",
    ),
    (
        "Lina Andersson",
        "lina.andersson11@example.se",
        "Vänersborgsvägens skola",
        "Förskollärare",
        "0520-487 99 26",
    ),
    ("Lina Sjöberg", "lina.sjoberg12@example.se", "Strandskolan", "Förstelärare", "0520-487 18 22"),
    (
        "Mats Svensson",
        "mats.svensson13@example.se",
        "Torsboskolan",
        "Fritidspedagog",
        "0520-490 40 54",
    ),
    (
        "Johan Johansson",
        "johan.johansson14@example.se",
        "Strandskolan",
        "Speciallärare",
        "0520-430 98 69",
    ),
    (
        "Oskar Lindström",
        "oskar.lindstrom15@example.se",
        "Vänersborgsvägens skola",
        "Förstelärare",
        "0520-455 94 63",
    ),
    (
        "Karin Lundqvist",
        "karin.lundqvist16@example.se",
        "Lextorpsskolan",
        "Speciallärare",
        "0520-438 45 27",
    ),
    (
        "Jenny Berg",
        "jenny.berg17@example.se",
        "Björnens förskola",
        "Förstelärare",
        "0520-412 73 37",
    ),
    (
        "Karin Ström",
        "karin.strom18@example.se",
        "Nils Ericsonsgymnasiet",
        "Förskollärare",
        "0520-465 38 50",
    ),
    ("Pär Ström", "par.strom19@example.se", "Sylteskolan", "Förstelärare", "0520-486 79 58"),
    ("Åsa Johansson", "asa.johansson20@example.se", "Strandskolan", "Lärare", "0520-466 26 36"),
    (
        "Oskar Sjöberg",
        "oskar.sjoberg21@example.se",
        "Lextorpsskolan",
        "Förstelärare",
        "0520-422 40 72",
    ),
    ("Jenny Ström", "jenny.strom22@example.se", "Torsboskolan", "Förskollärare", "0520-411 26 89"),
    ("Örjan Ström", "orjan.strom23@example.se", "Sylteskolan", "Förstelärare", "0520-413 81 33"),
    (
        "Henrik Andersson",
        "henrik.andersson24@example.se",
        "Skogsbrynets förskola",
        "Lärare",
        "0520-415 45 13",
    ),
)
EXCEL_CSV = (
    ("Namn", "E-post", "Skola/enhet", "Befattning", "Telefon"),
    (
        "Mats Svensson",
        "mats.svensson100@example.se",
        "Lextorpsskolan",
        "Förstelärare",
        "0520-486 89 36",
    ),
    (
        "Jenny Öberg",
        "jenny.oberg101@example.se",
        "Strandskolan",
        "Fritidspedagog",
        "0520-423 70 50",
    ),
    (
        "Sofia Andersson",
        "sofia.andersson102@example.se",
        "Vänersborgsvägens skola",
        "Fritidspedagog",
        "0520-491 37 61",
    ),
    (
        "Jenny Lundqvist",
        "jenny.lundqvist103@example.se",
        "Vänersborgsvägens skola",
        "Fritidspedagog",
        "0520-476 99 27",
    ),
    ("Karin Ek", "karin.ek104@example.se", "Björnens förskola", "Fritidspedagog", "0520-425 32 55"),
    ("Fatima Berg", "fatima.berg105@example.se", "Sylteskolan", "Lärare", "0520-442 96 10"),
    (
        "Johan Ström",
        "johan.strom106@example.se",
        "Nils Ericsonsgymnasiet",
        "Lärare",
        "0520-427 87 69",
    ),
    (
        "Henrik Karlsson",
        "henrik.karlsson107@example.se",
        "Sylteskolan",
        "Fritidspedagog",
        "0520-442 11 75",
    ),
    (
        "Lina Håkansson",
        "lina.hakansson108@example.se",
        "Björnens förskola",
        "Förskollärare",
        "0520-428 87 23",
    ),
    (
        "Ali Johansson",
        "ali.johansson109@example.se",
        "Torsboskolan",
        "Förskollärare",
        "0520-403 53 49",
    ),
    (
        "Sofia Karlsson",
        "sofia.karlsson110@example.se",
        "Torsboskolan",
        "Speciallärare",
        "0520-459 65 72",
    ),
    ("Oskar Nilsson", "oskar.nilsson111@example.se", "Torsboskolan", "Lärare", "0520-498 25 25"),
    ("Pär Åkesson", "par.akesson112@example.se", "Torsboskolan", "Förstelärare", "0520-490 22 16"),
    ("Ali Sjöberg", "ali.sjoberg113@example.se", "Sylteskolan", "Speciallärare", "0520-429 25 50"),
    (
        "Henrik Lundqvist",
        "henrik.lundqvist114@example.se",
        "Torsboskolan",
        "Förskollärare",
        "0520-472 84 23",
    ),
    (
        "Ali Johansson",
        "ali.johansson115@example.se",
        "Björnens förskola",
        "Fritidspedagog",
        "0520-471 30 39",
    ),
    (
        "Anna Håkansson",
        "anna.hakansson116@example.se",
        "Lextorpsskolan",
        "Förskollärare",
        "0520-448 78 83",
    ),
    (
        "Ali Karlsson",
        "ali.karlsson117@example.se",
        "Torsboskolan",
        "Förskollärare",
        "0520-470 47 45",
    ),
    (
        "Jenny Nilsson",
        "jenny.nilsson118@example.se",
        "Vänersborgsvägens skola",
        "Lärare",
        "0520-451 60 46",
    ),
    (
        "Lina Håkansson",
        "lina.hakansson119@example.se",
        "Strandskolan",
        "Förskollärare",
        "0520-499 55 39",
    ),
    (
        "Ali Ström",
        "ali.strom120@example.se",
        "Vänersborgsvägens skola",
        "Förstelärare",
        "0520-439 46 96",
    ),
    (
        "Karin Karlsson",
        "karin.karlsson121@example.se",
        "Sylteskolan",
        "Speciallärare",
        "0520-448 93 36",
    ),
    (
        "Sofia Åkesson",
        "sofia.akesson122@example.se",
        "Torsboskolan",
        "Speciallärare",
        "0520-436 98 78",
    ),
    ("Lena Ström", "lena.strom123@example.se", "Lextorpsskolan", "Förstelärare", "0520-428 69 87"),
    (
        "Sofia Lindström",
        "sofia.lindstrom124@example.se",
        "Strandskolan",
        "Förstelärare",
        "0520-449 46 33",
    ),
    (
        "Björn Ström",
        "bjorn.strom125@example.se",
        "Skogsbrynets förskola",
        "Lärare",
        "0520-476 92 58",
    ),
    ("Åsa Ström", "asa.strom126@example.se", "Torsboskolan", "Lärare", "0520-454 88 51"),
    (
        "Karin Ström",
        "karin.strom127@example.se",
        "Lextorpsskolan",
        "Förstelärare",
        "0520-432 14 91",
    ),
    ("Sofia Berg", "sofia.berg128@example.se", "Strandskolan", "Fritidspedagog", "0520-421 34 70"),
    (
        "Sofia Johansson",
        "sofia.johansson129@example.se",
        "Vänersborgsvägens skola",
        "Lärare",
        "0520-412 85 44",
    ),
)
UTF8_CSV = (
    ("Förnamn", "Efternamn", "Mejl", "Arbetsplats", "Roll"),
    ("Lena", "Andersson", "lena.andersson200@example.se", "Nils Ericsonsgymnasiet", "Förstelärare"),
    ("Jenny", "Öberg", "jenny.oberg201@example.se", "Torsboskolan", "Speciallärare"),
    ("Märta", "Berg", "marta.berg202@example.se", "Lextorpsskolan", "Förskollärare"),
    ("Lina", "Håkansson", "lina.hakansson203@example.se", "Strandskolan", "Lärare"),
    ("Lena", "Yilmaz", "lena.yilmaz204@example.se", "Björnens förskola", "Förskollärare"),
    ("Henrik", "Ek", "henrik.ek205@example.se", "Nils Ericsonsgymnasiet", "Förstelärare"),
    ("Johan", "Lindström", "johan.lindstrom206@example.se", "Sylteskolan", "Förstelärare"),
    ("Ebba", "Åkesson", "ebba.akesson207@example.se", "Sylteskolan", "Fritidspedagog"),
    ("Fatima", "Nilsson", "fatima.nilsson208@example.se", "Björnens förskola", "Fritidspedagog"),
    ("Henrik", "Berg", "henrik.berg209@example.se", "Sylteskolan", "Speciallärare"),
    ("Björn", "Berg", "bjorn.berg210@example.se", "Skogsbrynets förskola", "Förstelärare"),
    ("Åsa", "Håkansson", "asa.hakansson211@example.se", "Björnens förskola", "Förskollärare"),
)
TITLED = (
    ("Anmälda till Ledare på lut 2025/2026", None, None, None, None),
    (None, None, None, None, None),
    ("Förnamn", "Efternamn", "E-postadress", "Enhet", "Befattning"),
    ("Lina", "Yilmaz", "lina.yilmaz300@example.se", "Sylteskolan", "Förskollärare"),
    ("Erik", "Lindström", "erik.lindstrom301@example.se", "Lextorpsskolan", "Lärare"),
    ("Karin", "Håkansson", "karin.hakansson302@example.se", "Strandskolan", "Speciallärare"),
    ("Ömer", "Karlsson", "omer.karlsson303@example.se", "Björnens förskola", "Förstelärare"),
    ("Henrik", "Karlsson", "henrik.karlsson304@example.se", "Strandskolan", "Speciallärare"),
    ("Lina", "Svensson", "lina.svensson305@example.se", "Torsboskolan", "Förstelärare"),
    ("Pär", "Nilsson", "par.nilsson306@example.se", "Torsboskolan", "Lärare"),
    ("Lina", "Ström", "lina.strom307@example.se", "Skogsbrynets förskola", "Förskollärare"),
    ("Ebba", "Svensson", "ebba.svensson308@example.se", "Torsboskolan", "Lärare"),
    (
        "Märta",
        "Svensson",
        "marta.svensson309@example.se",
        "Nils Ericsonsgymnasiet",
        "Förskollärare",
    ),
    ("Pär", "Svensson", "par.svensson310@example.se", "Vänersborgsvägens skola", "Speciallärare"),
    ("Örjan", "Nilsson", "orjan.nilsson311@example.se", "Vänersborgsvägens skola", "Speciallärare"),
    ("Ebba", "Åkesson", "ebba.akesson312@example.se", "Vänersborgsvägens skola", "Förskollärare"),
    ("Ali", "Karlsson", "ali.karlsson313@example.se", "Nils Ericsonsgymnasiet", "Fritidspedagog"),
    ("Fatima", "Lundqvist", "fatima.lundqvist314@example.se", "Lextorpsskolan", "Speciallärare"),
)
PROBLEMS = (
    ("Namn", "E-post", "Skola/enhet", "Befattning", "Telefon"),
    (
        "Henrik Lundqvist",
        "henrik.lundqvist400@example.se",
        "Skogsbrynets förskola",
        "Lärare",
        "0520-441 71 87",
    ),
    (
        "Jenny Karlsson",
        "jenny.karlsson401@example.se",
        "Björnens förskola",
        "Fritidspedagog",
        "0520-492 58 74",
    ),
    ("Sofia Sjöberg", "sofia.sjoberg402@example.se", "Lextorpsskolan", "Lärare", "0520-431 77 64"),
    ("Mats Ström", "inte-en-adress", "Torsboskolan", "Förskollärare", "0520-401 11 44"),
    (
        "Erik Johansson",
        "erik.johansson404@example.se",
        "Skogsbrynets förskola",
        "Förskollärare",
        "0520-429 40 76",
    ),
    (
        "Sofia Ström",
        "sofia.strom405@example.se",
        "Lextorpsskolan",
        "Förskollärare",
        "0520-405 42 55",
    ),
    (
        "Åsa Håkansson",
        "SOFIA.SJOBERG402@EXAMPLE.SE",
        "Skogsbrynets förskola",
        "Förstelärare",
        "0520-421 23 56",
    ),
    ("Sofia Ström", "sofia.strom407@example.se", "Sylteskolan", "Förstelärare", "0520-465 78 65"),
    (None, "fatima.yilmaz408@example.se", "Strandskolan", "Lärare", "0520-486 28 55"),
    ("Sofia Håkansson", "anna@@example.se", "Sylteskolan", "Fritidspedagog", "0520-431 56 66"),
)
UNKNOWN_HEADER = (("Kolumn A", "Kolumn B", "Kolumn C"), ("x", "y", "z"))


def write_samples(folder: Path) -> Path:
    """Write every sample of `SAMPLE_NAMES` into `folder` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    write_xlsx(folder / "deltagare_ren.xlsx", CLEAN, title="Deltagare")
    write_csv(folder / "anmalningar_excel.csv", EXCEL_CSV, encoding="cp1252")
    write_csv(folder / "anmalningar_utf8.csv", UTF8_CSV, encoding="utf-8-sig")
    write_xlsx(folder / "med_rubrikrad.xlsx", TITLED, title="Anmälda")
    write_xlsx(folder / "problemrader.xlsx", PROBLEMS, title="Sheet")
    write_xlsx(folder / "okand_rubrik.xlsx", UNKNOWN_HEADER, title="Sheet")
    truncated = write_xlsx(folder / "trasig.xlsx", CLEAN)
    truncated.write_bytes(truncated.read_bytes()[: truncated.stat().st_size // 2])
    (folder / "inte_excel.xlsx").write_text(
        "Det här är en textfil, inte en arbetsbok.\n", encoding="utf-8"
    )
    return folder
