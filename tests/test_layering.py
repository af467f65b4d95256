"""The layers below ui/ never load PySide6, and ui/ never imports SQLAlchemy or the data layer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "seminarkoll"


def _modules_loaded_by(imports: str) -> set[str]:
    code = f"import sys\n{imports}\nprint('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_lower_layers_do_not_load_qt() -> None:
    packages = ["domain", "data", "exchange", "services"]
    imports = "\n".join(
        f"import {_module_name(path)}"
        for package in packages
        for path in sorted((SRC / package).rglob("*.py"))
        if "migrations" not in path.parts
    )
    loaded = _modules_loaded_by(imports)
    assert "seminarkoll.services.catalog" in loaded
    assert not {name for name in loaded if name.startswith("PySide6")}


def test_cli_start_does_not_load_sqlalchemy_or_qt() -> None:
    loaded = _modules_loaded_by("import seminarkoll.cli\nseminarkoll.cli.build_parser()")
    assert "seminarkoll.cli" in loaded
    assert not {n for n in loaded if n.startswith(("PySide6", "sqlalchemy", "alembic"))}


def test_main_window_module_does_not_load_the_data_stack() -> None:
    loaded = _modules_loaded_by("import seminarkoll.app\nimport seminarkoll.ui.main_window")
    assert "seminarkoll.ui.main_window" in loaded
    assert not {n for n in loaded if n.startswith(("sqlalchemy", "alembic", "openpyxl"))}


def test_ui_sources_never_import_sqlalchemy_data_exchange_or_the_app() -> None:
    """ui/ talks to services; the composition root (app.py) hands it what it needs."""
    offenders = [
        str(path)
        for path in (SRC / "ui").rglob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.lstrip().startswith(
            (
                "import sqlalchemy",
                "from sqlalchemy",
                "from seminarkoll.data",
                "import seminarkoll.data",
                "from seminarkoll.exchange",
                "import seminarkoll.exchange",
                "from seminarkoll.app ",
                "import seminarkoll.app",
                "from seminarkoll import app",
            )
        )
    ]
    assert offenders == []


def test_documents_never_import_widgets() -> None:
    offenders = [
        str(path)
        for path in (SRC / "documents").rglob("*.py")
        if "QtWidgets" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


UNUSED_BY_LIST_AND_STATUS = (
    "PySide6",
    "alembic",
    "openpyxl",
    "lxml",
    "python_calamine",
    "email_validator",
    "icalendar",
    "rapidfuzz",
    "seminarkoll.exchange",
    "seminarkoll.documents",
)


def _modules_loaded_by_command(database: Path, *arguments: str) -> set[str]:
    code = (
        "import sys\nfrom seminarkoll.cli import main\ncode = main(sys.argv[1:])\n"
        "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)\nsys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *arguments, "--db", str(database)],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(result.stderr.split())


def test_list_and_status_load_only_the_services_they_use(tmp_path: Path) -> None:
    """Services are built on first use: `status` must not pay for spreadsheets, calendars,
    e-mail checks or the other services, and `list` and `status` with a cohort id read a
    SQLite file without SQLAlchemy (the benchmark times both against SQLAlchemy's import)."""
    database = tmp_path / "demo.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "seminarkoll", "demo", "--db", str(database)],
        capture_output=True,
        check=True,
    )
    listed = _modules_loaded_by_command(database, "list")
    assert not {n for n in listed if n.startswith(("sqlalchemy", "seminarkoll.services"))}
    assert not {n for n in listed if n.startswith(UNUSED_BY_LIST_AND_STATUS)}
    loaded = _modules_loaded_by_command(database, "status", "--cohort", "1")
    assert not {n for n in loaded if n.startswith(("sqlalchemy", *UNUSED_BY_LIST_AND_STATUS))}
    used = {n.split(".")[2] for n in loaded if n.startswith("seminarkoll.services.")}
    assert used == {"attendance_matrix", "cohort_frame"}
    by_name = _modules_loaded_by_command(database, "status", "--cohort", "Omgång 3")
    assert not {n for n in by_name if n.startswith(UNUSED_BY_LIST_AND_STATUS)}


def test_features_reach_the_window_through_its_typed_host() -> None:
    """No feature looks the main window up by name (`getattr(window, "refresh")` breaks
    silently when the window changes): they use `ui.host.FeatureHost`."""
    offenders = [
        f"{path.name}: {line.strip()}"
        for path in (SRC / "ui").rglob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if ("getattr(" in line or "hasattr(" in line) and "window" in line
    ]
    assert offenders == []
