"""The resource locator: the checkout layout here; the wheel layout in test_packaging.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from receptionapp import resources

ROOT = Path(__file__).resolve().parents[2]


def test_checkout_layout_is_used_in_the_source_tree() -> None:
    assert resources.data_root() == ROOT
    assert resources.ui_dir() == ROOT / "ui"
    assert resources.resources_dir() == ROOT / "resources"
    assert resources.translations_dir() == ROOT / "resources" / "translations"


def test_existing_files_are_found() -> None:
    for path in sorted((ROOT / "resources").rglob("*")):
        relative = path.relative_to(ROOT / "resources").as_posix()
        assert resources.resource_path(relative) == path
    for form in sorted((ROOT / "ui").glob("*.ui")):
        assert resources.ui_path(form.name) == form


@pytest.mark.parametrize("bad", ["", "/etc/passwd", "../pyproject.toml", "icons/../../x"])
def test_paths_must_stay_inside(bad: str) -> None:
    with pytest.raises(ValueError, match="must be relative"):
        resources.resource_path(bad)
    with pytest.raises(ValueError, match="must be relative"):
        resources.ui_path(bad)


def test_missing_file_is_a_clear_error() -> None:
    with pytest.raises(FileNotFoundError, match=r"resource not found: .*no-such-file\.toml"):
        resources.resource_path("reference/no-such-file.toml")
    with pytest.raises(FileNotFoundError, match="form not found"):
        resources.ui_path("no_such_window.ui")
