"""Shared pytest configuration of the test suite.

Tiers live in folders (DESIGN.md §1): ``unit/`` (no Qt), ``db/``, ``gui/``, ``sync/``,
``e2e/``; ``benchmarks/`` is run by ``make bench``, not by pytest. Tests under ``gui/`` and
``e2e/`` are marked ``gui`` here, so ``pytest -m "not gui"`` is the fast loop without Qt
widgets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
GUI_TIERS = frozenset({"gui", "e2e"})


def tier_of(path: Path) -> str | None:
    """The tier folder (``unit``, ``gui``, …) a test file lives in, or None outside tests/."""
    try:
        parts = path.resolve().relative_to(TESTS_DIR).parts
    except ValueError:
        return None
    return parts[0] if len(parts) > 1 else None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test of the GUI tiers with ``gui``."""
    for item in items:
        if tier_of(item.path) in GUI_TIERS:
            item.add_marker(pytest.mark.gui)
