"""Hatchling build hook: put the compiled translations into the wheel.

The Qt Linguist sources ``resources/translations/*.ts`` are committed; the compiled ``*.qm``
files are git-ignored, so a wheel built from a clean checkout (or from the sdist) must make
them. This hook runs Qt's ``lrelease`` (shipped in PySide6-Essentials, which pyproject.toml
lists as a dependency of this hook only) into a temporary folder and adds the results to the
wheel under ``receptionapp/_data/resources/translations/``, next to the rest of
``resources/`` that pyproject.toml maps there.

Editable installs skip this: there the application reads ``resources/`` of the checkout,
and ``make translations`` compiles the ``.qm`` files in place.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TRANSLATIONS = Path("resources") / "translations"
WHEEL_TRANSLATIONS = "receptionapp/_data/resources/translations"


def find_lrelease() -> Path:
    """The ``lrelease`` program of the PySide6 installed beside this build.

    Raises:
        RuntimeError: PySide6 is not installed in the build environment.
    """
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
        for location in spec.submodule_search_locations:
            candidate = Path(location) / name
            if candidate.is_file():
                return candidate
    on_path = shutil.which("pyside6-lrelease")
    if on_path:
        return Path(on_path)
    raise RuntimeError(
        "building the wheel needs Qt's lrelease to compile the translations: "
        "install PySide6-Essentials in the build environment"
    )


class TranslationsBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Compiles ``resources/translations/*.ts`` into ``.qm`` files inside the wheel."""

    PLUGIN_NAME = "custom"
    _out_dir: Path | None = None  # the temporary folder of this build's .qm files

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile every ``.ts`` file and ask hatchling to add the ``.qm`` files."""
        if self.target_name != "wheel" or version == "editable":
            return
        sources = sorted((Path(self.root) / TRANSLATIONS).glob("*.ts"))
        if not sources:
            return
        lrelease = find_lrelease()
        self._out_dir = Path(tempfile.mkdtemp(prefix="receptionapp-qm-"))
        for ts in sources:
            qm = self._out_dir / f"{ts.stem}.qm"
            result = subprocess.run(
                [str(lrelease), "-silent", str(ts), "-qm", str(qm)],
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode != 0 or not qm.is_file():
                raise RuntimeError(
                    f"lrelease failed on {ts.name} (exit {result.returncode}): "
                    f"{(result.stderr or result.stdout).strip()}"
                )
            build_data["force_include"][str(qm)] = f"{WHEEL_TRANSLATIONS}/{qm.name}"
        self.app.display_info(f"compiled {len(sources)} translation(s) into the wheel")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        """Remove the temporary ``.qm`` folder once the wheel is written."""
        if self._out_dir is not None:
            shutil.rmtree(self._out_dir, ignore_errors=True)
            self._out_dir = None
