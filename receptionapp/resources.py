"""Where the application's data files are: Designer forms, icons, translations, reference data.

The single place that knows the two layouts the application runs from:

* **an installed wheel**: the build copies ``ui/`` and ``resources/`` (with the compiled
  ``.qm`` translations) into the package as ``receptionapp/_data/ui`` and
  ``receptionapp/_data/resources``;
* **the source tree** (an editable install, or ``python -m receptionapp`` in a checkout):
  the top-level ``ui/`` and ``resources/`` folders next to the package.

The wheel layout wins when both exist. Both are plain folders on disk (the package is never
imported from a zip), so every function returns a real :class:`~pathlib.Path` that Qt and
``open()`` can use directly. Pure Python: this module imports no Qt.

Example::

    from receptionapp.resources import resource_path, ui_path

    company = resource_path("reference/company.toml")
    form = ui_path("main_window.ui")
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

__all__ = [
    "data_root",
    "resource_path",
    "resources_dir",
    "translations_dir",
    "ui_dir",
    "ui_path",
]

_PACKAGE_DIR = Path(__file__).resolve().parent
_INSTALLED_DATA = _PACKAGE_DIR / "_data"
_SOURCE_ROOT = _PACKAGE_DIR.parent


def data_root() -> Path:
    """The folder holding ``ui/`` and ``resources/``.

    Returns:
        ``receptionapp/_data`` of an installed wheel, or the root of the source checkout
        (recognised by its ``pyproject.toml``) when the package runs from one.
    """
    if not _INSTALLED_DATA.is_dir() and (_SOURCE_ROOT / "pyproject.toml").is_file():
        return _SOURCE_ROOT
    return _INSTALLED_DATA


def resources_dir() -> Path:
    """The ``resources/`` folder: icons, stylesheet, reference data, translations."""
    return data_root() / "resources"


def ui_dir() -> Path:
    """The folder of the Qt Designer forms (``*.ui``)."""
    return data_root() / "ui"


def translations_dir() -> Path:
    """The folder of the translations (``*.ts`` sources in a checkout, ``*.qm`` when built).

    In a checkout the ``.qm`` files exist only after ``make translations`` (``make run``
    and ``make test`` do it); an installed wheel always carries them.
    """
    return resources_dir() / "translations"


def _existing(base: Path, relative: str, kind: str) -> Path:
    parts = PurePosixPath(relative).parts
    if not parts or PurePosixPath(relative).is_absolute() or ".." in parts:
        raise ValueError(f"{kind} path must be relative and stay inside {base}: {relative!r}")
    path = base.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"{kind} not found: {path}")
    return path


def resource_path(relative: str) -> Path:
    """The path of an existing file or folder under ``resources/``.

    Args:
        relative: a ``/``-separated path inside ``resources/``, such as
            ``"reference/company.toml"`` or ``"icons/search.svg"``.

    Returns:
        The absolute path.

    Raises:
        ValueError: ``relative`` is empty, absolute or leaves ``resources/`` with ``..``.
        FileNotFoundError: there is no such file; a packaging bug, not a user error.
    """
    return _existing(resources_dir(), relative, "resource")


def ui_path(name: str) -> Path:
    """The path of an existing Qt Designer form.

    Args:
        name: the form's file name inside ``ui/``, such as ``"main_window.ui"``.

    Returns:
        The absolute path.

    Raises:
        ValueError: ``name`` is empty, absolute or leaves ``ui/`` with ``..``.
        FileNotFoundError: there is no such form; a packaging bug, not a user error.
    """
    return _existing(ui_dir(), name, "form")
