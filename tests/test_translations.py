"""The English catalogue is complete: every tr() string is in it, translated, none obsolete."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "seminarkoll"
CATALOGUE = ROOT / "resources" / "translations" / "seminarkoll_en.ts"
PLACEHOLDER = re.compile(r"%\d|\{\w*\}")
FIX = "run `make translations` and translate the new strings (scripts/translations.py)"


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


def test_every_message_is_translated_and_none_is_obsolete() -> None:
    problems = []
    for context, source, translation in messages(CATALOGUE):
        kind = translation.get("type")
        if kind in {"obsolete", "vanished"}:
            problems.append(f"obsolete: {context}: {source!r}")
        elif kind == "unfinished" or not (translation.text or "").strip():
            problems.append(f"not translated: {context}: {source!r}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(
            PLACEHOLDER.findall(translation.text or "")
        ):
            problems.append(f"placeholders differ: {context}: {source!r}")
    assert problems == [], f"{FIX}:\n" + "\n".join(problems)


def test_every_translatable_string_in_the_code_is_in_the_catalogue(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate is not None
    updated = tmp_path / CATALOGUE.name
    shutil.copyfile(CATALOGUE, updated)
    files = sorted(str(p) for p in SOURCE.rglob("*.py"))
    subprocess.run([lupdate, *files, "-ts", str(updated)], check=True, capture_output=True)
    known = {(context, source) for context, source, _ in messages(CATALOGUE)}
    missing = [
        f"{context}: {source!r}"
        for context, source, translation in messages(updated)
        if (context, source) not in known
    ]
    assert missing == [], f"{FIX}:\n" + "\n".join(missing)
    vanished = [
        f"{context}: {source!r}"
        for context, source, translation in messages(updated)
        if translation.get("type") in {"vanished", "obsolete"}
    ]
    assert vanished == [], f"{FIX} (it drops these):\n" + "\n".join(vanished)


class _Calls(ast.NodeVisitor):
    """Finds translation calls that lupdate cannot read or that look up the wrong context."""

    def __init__(self, path: Path, marked: set[str]) -> None:
        self.path = path
        self.marked = marked
        self.classes: list[str] = []
        self.problems: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Assign(self, node: ast.Assign) -> None:
        if isinstance(node.value, ast.Attribute) and node.value.attr == "tr":
            self._problem(node, "tr bound to a name: lupdate cannot tell its context")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        name = _called_name(node.func)
        if name == "tr":
            receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
            if not (isinstance(receiver, ast.Name) and receiver.id == "self" and self.classes):
                self._problem(node, "tr() outside `self.tr` in a class; use translate(context, …)")
            self._literal(node, 0)
        elif name == "QT_TRANSLATE_NOOP":
            self._literal(node, 0)
            self._literal(node, 1)
        elif name == "translate" and _is_translate(node.func):
            self._literal(node, 0)
            context = node.args[0] if node.args else None
            if not (isinstance(context, ast.Constant) and context.value in self.marked):
                self._literal(node, 1)  # else a label marked with QT_TRANSLATE_NOOP here
        self.generic_visit(node)

    def _literal(self, node: ast.Call, index: int) -> None:
        if len(node.args) <= index:
            return
        argument = node.args[index]
        if not (isinstance(argument, ast.Constant) and isinstance(argument.value, str)):
            self._problem(node, "the text must be a plain string literal (no f-string, no name)")

    def _problem(self, node: ast.AST, what: str) -> None:
        line = getattr(node, "lineno", 0)
        self.problems.append(f"{self.path.relative_to(ROOT)}:{line}: {what}")


def _called_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def _is_translate(func: ast.expr) -> bool:
    """`translate(...)` or `QCoreApplication.translate(...)`, not str.translate or a painter's."""
    if isinstance(func, ast.Name):
        return True
    return isinstance(func, ast.Attribute) and _called_name(func.value) == "QCoreApplication"


def test_translation_calls_are_ones_lupdate_reads() -> None:
    problems = []
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        marked = {
            node.args[0].value
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and _called_name(node.func) == "QT_TRANSLATE_NOOP"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        }
        visitor = _Calls(path, marked)
        visitor.visit(tree)
        problems += visitor.problems
    assert problems == [], "\n".join(problems)
