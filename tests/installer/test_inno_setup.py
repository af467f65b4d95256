"""The Windows installer script only names files that the PyInstaller spec produces."""

from __future__ import annotations

import re
import sys
import types
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "seminarkoll.spec"
ISS = INSTALLER / "seminarkoll.iss"


@dataclass
class Built:
    """What the spec asked PyInstaller to build."""

    programs: list[dict[str, Any]] = field(default_factory=list)
    folders: list[str] = field(default_factory=list)


def run_spec(monkeypatch: pytest.MonkeyPatch, platform: str) -> tuple[Built, dict[str, Any]]:
    """Execute the spec as PyInstaller would on `platform`, recording what it builds."""
    built = Built()

    class Analysis:
        def __init__(self, scripts: list[str], **_options: Any) -> None:
            assert all(Path(s).is_file() for s in scripts), scripts
            self.scripts, self.pure, self.binaries, self.datas = scripts, [], [], []

    def exe(*_parts: Any, **options: Any) -> None:
        built.programs.append(options)

    def collect(*_parts: Any, name: str, **_options: Any) -> None:
        built.folders.append(name)

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda *_a, **_k: []  # type: ignore[attr-defined]
    hooks.collect_submodules = lambda *_a, **_k: []  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    namespace: dict[str, Any] = {
        "SPECPATH": str(INSTALLER),
        "Analysis": Analysis,
        "PYZ": lambda *_a, **_k: None,
        "EXE": exe,
        "COLLECT": collect,
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return built, namespace


def iss_text() -> str:
    """The Inno Setup script with its #define constants filled in."""
    text = ISS.read_text(encoding="utf-8")
    defines = dict(re.findall(r'^#define\s+(\w+)\s+"([^"]*)"', text, re.MULTILINE))
    return re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], text)


def section(text: str, name: str) -> list[str]:
    """The non-comment lines of one [Section]."""
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", text, re.MULTILINE | re.DOTALL)
    assert match, f"[{name}] is missing"
    return [line for line in match.group(1).splitlines() if line and not line.startswith(";")]


def setup_value(text: str, key: str) -> str:
    """A key of the [Setup] section."""
    for line in section(text, "Setup"):
        name, _, value = line.partition("=")
        if name.strip() == key:
            return value.strip()
    raise AssertionError(f"[Setup] has no {key}")


def test_every_file_the_installer_takes_is_in_the_windows_bundle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built, _ = run_spec(monkeypatch, "win32")
    text = iss_text()
    assert len(built.folders) == 1
    sources = re.findall(r'Source:\s*"([^"]+)"', text)
    assert sources
    for source in sources:
        path = PureWindowsPath(source)
        assert path.parts[:3] == ("..", "dist", built.folders[0]), source
        assert path.name == "*", f"{source}: the installer takes the whole folder"
    programs = {f"{program['name']}.exe" for program in built.programs}
    referenced = set(re.findall(r"\{app\}\\([^\",;\s]+)", text))
    assert referenced
    assert referenced <= programs, f"{referenced - programs} are not built by the spec"
    icons = [Path(program["icon"]) for program in built.programs]
    assert all(icon.is_file() for icon in icons)


def test_every_repository_file_the_installer_script_names_exists() -> None:
    text = iss_text()
    for key in ("SetupIconFile",):
        assert (INSTALLER / PureWindowsPath(setup_value(text, key)).as_posix()).is_file()
    assert PureWindowsPath(setup_value(text, "OutputDir")).parts == ("..", "dist")


def test_installs_per_user_without_administrator_rights() -> None:
    text = iss_text()
    assert setup_value(text, "PrivilegesRequired") == "lowest"
    assert setup_value(text, "DefaultDirName").startswith("{localappdata}\\Programs\\")
    assert any(line.startswith('Name: "{autoprograms}\\') for line in section(text, "Icons"))
    registry = section(text, "Registry")
    assert all(line.startswith("Root: HKA;") for line in registry)
    assert any("Software\\Classes\\.sqlite3" in line for line in registry)


def test_uninstalling_leaves_the_users_data_alone() -> None:
    text = iss_text()
    assert "[UninstallDelete]" not in text
    assert "[InstallDelete]" not in text
    assert "{localappdata}\\Seminarkoll" not in text
    assert "{userappdata}" not in text


def test_the_bundle_keeps_only_swedish_and_english_qt_translations(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, spec = run_spec(monkeypatch, "linux")
    keep = spec["keep"]
    kept = [
        "PySide6/Qt/translations/qtbase_sv.qm",
        "PySide6/Qt/translations/qtbase_en.qm",
        "PySide6/Qt/translations/qt_sv.qm",
        "seminarkoll/resources/translations/seminarkoll_en.qm",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "libxcb-cursor.so.0",
        "libfontconfig.so.1",
    ]
    dropped = [
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qtdeclarative_sv.qm",
        "PySide6/Qt/translations/qt_help_sv.qm",
        "PySide6/Qt/plugins/platforms/libqminimalegl.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "libcairo.so.2",
        "libpango-1.0.so.0",
    ]
    assert [name for name in kept if not keep((name, "", "DATA"))] == []
    assert [name for name in dropped if keep((name, "", "DATA"))] == []


def test_the_installer_carries_the_programs_version() -> None:
    from seminarkoll import __version__

    assert setup_value(iss_text(), "AppVersion") == __version__
