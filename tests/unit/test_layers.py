"""The import arrows of DESIGN.md §1, checked on the source with the ``ast`` module.

``gui → core, db, sync``; ``sync → core, db``; ``db → core``; ``core →`` nothing of ours.
PySide6 (and any other Qt binding) only in ``gui``; ``cli.py``, ``resources.py`` and
``__main__.py`` may import anything, but Qt only inside functions, so that ``receptionapp
lookup`` starts without loading Qt. ``db``, ``sync`` and ``gui`` may use the package root
(``__version__``) and ``receptionapp.resources``. Every import counts, including those
inside functions and under ``TYPE_CHECKING`` (a type from an upper layer is still an upward
arrow); only the Qt-at-start-up rule ignores code that does not run at import time.

A new sub-package of ``receptionapp`` is a violation until it is given its place in
``ALLOWED`` below.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "receptionapp"
PACKAGE_DIR = ROOT / PACKAGE

QT_MODULES = frozenset({"PySide6", "shiboken6", "PySide2", "PyQt5", "PyQt6", "pytestqt"})
PEEWEE_MODULES = frozenset({"peewee", "playhouse"})

# unit -> the units of ours it may import (its own included); None means anything.
ALLOWED: dict[str, frozenset[str] | None] = {
    "core": frozenset({"core"}),
    "db": frozenset({"core", "db", "root", "resources"}),
    "sync": frozenset({"core", "db", "sync", "root", "resources"}),
    "gui": frozenset({"core", "db", "sync", "gui", "root", "resources"}),
    "cli": None,
    "resources": None,
    "main": None,
    "root": frozenset({"root"}),
}
# Units that may import Qt, and those that may do so only where it does not run at start-up.
QT_ANYWHERE = frozenset({"gui"})
QT_LAZILY = frozenset({"cli", "resources", "main"})
LAYERS = ("core", "db", "sync", "gui")
# Modules directly under receptionapp/ and the unit each one is.
TOP_LEVEL_MODULES = {"cli": "cli", "resources": "resources", "__main__": "main"}


@dataclass(frozen=True)
class Violation:
    """One forbidden import: where it is and why it is forbidden."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class _Import:
    target: str  # absolute dotted module name
    line: int
    at_start_up: bool  # runs when the module is imported (not in a function, not TYPE_CHECKING)


def unit_of(module: str) -> str | None:
    """The layer or top-level unit of one of our modules; None for a module not ours.

    Returns ``"unknown:<name>"`` for a sub-package that has no place in the layers.
    """
    parts = module.split(".")
    if parts[0] != PACKAGE:
        return None
    if len(parts) == 1:
        return "root"
    if parts[1] in LAYERS:
        return parts[1]
    if parts[1] in TOP_LEVEL_MODULES:
        return TOP_LEVEL_MODULES[parts[1]]
    return f"unknown:{parts[1]}"


def module_name(path: Path, root: Path = ROOT) -> str:
    """The dotted module name of a source file under ``root``."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _resolve_from(node: ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    """Absolute names imported by a ``from … import …`` statement."""
    if node.level:
        package = module.split(".") if is_package else module.split(".")[:-1]
        base_parts = package[: len(package) - (node.level - 1)]
        base = ".".join([*base_parts, *([node.module] if node.module else [])])
    else:
        base = node.module or ""
    # `from receptionapp import gui` imports the sub-package: judge it by what it names;
    # `from receptionapp import __version__` uses the package root.
    if base == PACKAGE:
        known = {*LAYERS, *TOP_LEVEL_MODULES}
        return [f"{base}.{a.name}" if a.name in known else base for a in node.names]
    return [base]


def _dynamic_import(node: ast.AST) -> str | None:
    """The module named by ``importlib.import_module("…")`` or ``__import__("…")``."""
    if not (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)):
        return None
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    value = node.args[0].value
    return value if name in {"import_module", "__import__"} and isinstance(value, str) else None


def _collect(tree: ast.Module, module: str, is_package: bool) -> list[_Import]:
    found: list[_Import] = []

    def visit(node: ast.AST, at_start_up: bool) -> None:
        if isinstance(node, ast.Import):
            found.extend(_Import(a.name, node.lineno, at_start_up) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            found.extend(
                _Import(t, node.lineno, at_start_up)
                for t in _resolve_from(node, module, is_package)
            )
        elif (dynamic := _dynamic_import(node)) is not None:
            found.append(_Import(dynamic, getattr(node, "lineno", 0), at_start_up))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            at_start_up = False
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            visit(node.test, at_start_up)
            for child in node.body:
                visit(child, False)
            for child in node.orelse:
                visit(child, at_start_up)
            return
        for child in ast.iter_child_nodes(node):
            visit(child, at_start_up)

    visit(tree, True)
    return found


def check_source(source: str, module: str, path: str = "<string>") -> list[Violation]:
    """Every import of ``source`` (the code of ``module``) that breaks the layers.

    Args:
        source: Python source text.
        module: its dotted name, e.g. ``"receptionapp.db.search"``; a package's
            ``__init__.py`` is named after the package.
        path: the file name to show in violations.

    Returns:
        The violations, in source order; empty when the module keeps to its layer.
    """
    own = unit_of(module)
    is_package = path.endswith("__init__.py")
    violations: list[Violation] = []
    if own is None:
        return violations
    if own.startswith("unknown:"):
        name = own.split(":", 1)[1]
        return [Violation(path, 1, f"{PACKAGE}.{name} has no place in the layers of DESIGN.md §1")]
    allowed = ALLOWED[own]
    for imp in _collect(ast.parse(source, path), module, is_package):
        top = imp.target.split(".")[0]
        target_unit = unit_of(imp.target)
        if top in QT_MODULES:
            if own in QT_ANYWHERE or (own in QT_LAZILY and not imp.at_start_up):
                continue
            where = "at import time " if own in QT_LAZILY else ""
            violations.append(
                Violation(path, imp.line, f"{own} imports {top} {where}(Qt belongs to gui only)")
            )
        elif top in PEEWEE_MODULES and own == "core":
            violations.append(
                Violation(path, imp.line, f"core imports {top} (core is pure Python)")
            )
        elif target_unit is not None and allowed is not None and target_unit not in allowed:
            violations.append(
                Violation(path, imp.line, f"{own} imports {imp.target} ({target_unit})")
            )
    return violations


def check_file(path: Path, root: Path = ROOT) -> list[Violation]:
    """The violations of one source file of the package."""
    return check_source(
        path.read_text(encoding="utf-8"), module_name(path, root), str(path.relative_to(root))
    )


def package_files() -> list[Path]:
    """Every Python source file of the package."""
    return sorted(PACKAGE_DIR.rglob("*.py"))


# --- the real code --------------------------------------------------------------------


def test_package_keeps_to_its_layers() -> None:
    files = package_files()
    names = {module_name(f) for f in files}
    # Guard against a check that passes because it looked at nothing.
    assert {"receptionapp.cli", "receptionapp.core.errors", "receptionapp.db.models"} <= names

    violations = [v for f in files for v in check_file(f)]

    assert not violations, "imports against DESIGN.md §1:\n" + "\n".join(map(str, violations))


def test_unit_tests_do_not_need_qt() -> None:
    unit_dir = ROOT / "tests" / "unit"
    offenders = []
    for f in sorted(unit_dir.rglob("*.py")):
        tree = ast.parse(f.read_text(encoding="utf-8"))
        for imp in _collect(tree, module_name(f), f.name == "__init__.py"):
            if imp.target.split(".")[0] in QT_MODULES:
                offenders.append(f"{f.relative_to(ROOT)}:{imp.line}: {imp.target}")
    assert not offenders, "tests/unit must run without Qt:\n" + "\n".join(offenders)


# --- the checker itself ---------------------------------------------------------------

BAD = [
    ("receptionapp.core.phones", "from receptionapp.db.models import Phone", "core imports"),
    ("receptionapp.core.phones", "from receptionapp import resources", "core imports"),
    ("receptionapp.core.phones", "from receptionapp import __version__", "core imports"),
    ("receptionapp.core.phones", "import peewee", "core imports peewee"),
    ("receptionapp.core.phones", "from playhouse.sqlite_ext import FTS5Model", "core imports"),
    ("receptionapp.db.search", "from receptionapp.gui import app", "db imports"),
    ("receptionapp.db.search", "from receptionapp import sync", "db imports"),
    ("receptionapp.db.search", "from ..sync.client import push", "db imports"),
    ("receptionapp.db.search", "import receptionapp.cli", "db imports"),
    ("receptionapp.db.search", "def f():\n    from PySide6.QtCore import QObject\n", "PySide6"),
    ("receptionapp.sync.client", "from receptionapp.gui.main_window import X", "sync imports"),
    ("receptionapp.sync.client", "import shiboken6", "shiboken6"),
    (
        "receptionapp.db.search",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from receptionapp.gui import x\n",
        "db imports",
    ),
    (
        "receptionapp.core.text",
        "import importlib\nm = importlib.import_module('receptionapp.db.models')\n",
        "core imports",
    ),
    ("receptionapp.cli", "from PySide6.QtWidgets import QApplication", "at import time"),
    ("receptionapp.resources", "import PySide6", "at import time"),
    ("receptionapp.cli", "try:\n    import PySide6\nexcept ImportError:\n    pass\n", "PySide6"),
    ("receptionapp.cli", "class A:\n    from PySide6 import QtCore\n", "at import time"),
    ("receptionapp", "from receptionapp.cli import main", "root imports"),
    ("receptionapp.reports.pdf", "import os", "no place in the layers"),
]

GOOD = [
    ("receptionapp.gui.main_window", "from PySide6.QtWidgets import QMainWindow"),
    ("receptionapp.gui.main_window", "from receptionapp.sync import client\nfrom ..db import x"),
    ("receptionapp.gui.main_window", "from receptionapp import __version__, resources"),
    ("receptionapp.sync.client", "from receptionapp.db.models import Phone"),
    ("receptionapp.db.reference", "from receptionapp.resources import resource_path"),
    ("receptionapp.db.search", "from ..core import text\nfrom . import models\nimport peewee"),
    ("receptionapp.core.text", "import re\nfrom receptionapp.core.errors import E\nimport uuid6"),
    ("receptionapp.cli", "def gui():\n    from receptionapp.gui.app import run\n"),
    ("receptionapp.cli", "def gui():\n    from PySide6.QtWidgets import QApplication\n"),
    (
        "receptionapp.cli",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from PySide6.QtCore import Qt\n",
    ),
    ("receptionapp.__main__", "from receptionapp.cli import main"),
]


@pytest.mark.parametrize(("module", "source", "expected"), BAD)
def test_checker_finds_violation(module: str, source: str, expected: str) -> None:
    violations = check_source(source, module)

    assert len(violations) == 1, violations
    assert expected in violations[0].message


@pytest.mark.parametrize(("module", "source"), GOOD)
def test_checker_accepts_allowed_imports(module: str, source: str) -> None:
    assert check_source(source, module) == []


def test_relative_imports_resolve_from_a_package_init() -> None:
    # In receptionapp/db/__init__.py, `from ..gui import x` points at receptionapp.gui.
    violations = check_source(
        "from ..gui import x\n", "receptionapp.db", "receptionapp/db/__init__.py"
    )

    assert [v.message for v in violations] == ["db imports receptionapp.gui (gui)"]


def test_violation_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "receptionapp" / "core" / "bad.py"
    bad.parent.mkdir(parents=True)
    bad.write_text('"""Doc."""\n\nimport os\nfrom PySide6.QtCore import Qt\n', encoding="utf-8")

    (violation,) = check_file(bad, root=tmp_path)

    assert str(violation) == (
        f"{Path('receptionapp/core/bad.py')}:4: core imports PySide6 (Qt belongs to gui only)"
    )
