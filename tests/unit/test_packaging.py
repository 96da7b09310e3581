"""A wheel built from a clean checkout installs, starts and carries its data files.

The repository's tracked files (as in a fresh clone, with their current content) are copied
to a temporary folder; the sdist and the wheel are built from there (with uv the wheel is
built from the sdist, which proves the sdist complete too); the wheel is installed into a
new virtual environment, and there ``receptionapp --help`` must run and
``receptionapp.resources`` must find every form, every resource and a compiled ``.qm`` for
every ``.ts`` inside the installed package, not in the checkout; Qt (offscreen) must load
every installed form and translation.

Installing: with uv, the wheel and all its dependencies go into the new environment (from
uv's cache, so it takes seconds, and a dependency missing from pyproject.toml shows up).
Without uv, pip installs the wheel alone and the environment borrows the dependencies of the
running one through a ``.pth`` line: copying PySide6 with pip would take a minute.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
DATA = "receptionapp/_data"
# Tracked resources that the wheel leaves out on purpose (pyproject.toml, wheel target).
NOT_IN_WHEEL_PREFIXES = ("resources/screenshots/",)
NOT_IN_WHEEL_SUFFIXES = (".ts",)


def _uv() -> str | None:
    beside_python = Path(sys.executable).with_name("uv")
    return shutil.which("uv") or (str(beside_python) if beside_python.is_file() else None)


def _run(cmd: list[str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert result.returncode == 0, (
        f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    )
    return result


def tracked_files() -> list[str]:
    """The repository's tracked files that exist in the work tree, as relative paths."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: cannot tell which files a clean clone has")
    out = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    return [p for p in out.split("\0") if p and (ROOT / p).is_file()]


def copy_clean_checkout(dest: Path) -> list[str]:
    """Copy the tracked files to ``dest``, like a fresh clone; return their paths."""
    files = tracked_files()
    for rel in files:
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, target)
    return files


def expected_data_files(files: list[str]) -> set[str]:
    """Paths relative to ``receptionapp/_data`` that the installed package must contain."""
    expected: set[str] = set()
    for rel in files:
        if rel.startswith("ui/") and rel.endswith(".ui"):
            expected.add(rel)
        elif rel.startswith("resources/"):
            if rel.startswith("resources/translations/") and rel.endswith(".ts"):
                expected.add(rel[: -len(".ts")] + ".qm")
            if not rel.startswith(NOT_IN_WHEEL_PREFIXES) and not rel.endswith(
                NOT_IN_WHEEL_SUFFIXES
            ):
                expected.add(rel)
    return expected


# Run inside the new environment: what the installed package finds, through its own locator.
PROBE = r"""
import json, sys
from pathlib import Path
import receptionapp, receptionapp.resources as r
root = r.data_root()
files = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
loaded, forms = {}, {}
qms = sorted(r.translations_dir().glob("*.qm")) if r.translations_dir().is_dir() else []
uis = sorted(r.ui_dir().glob("*.ui")) if r.ui_dir().is_dir() else []
if qms or uis:
    from PySide6.QtCore import QTranslator
    from PySide6.QtUiTools import QUiLoader
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    for qm in qms:
        loaded[qm.name] = QTranslator().load(str(qm))
    for ui in uis:
        try:
            forms[ui.name] = QUiLoader().load(str(ui)) is not None
        except RuntimeError as exc:  # PySide6 raises on an unreadable form
            forms[ui.name] = str(exc)
print(json.dumps({"package": receptionapp.__file__, "data_root": str(root), "files": files,
                  "qm_loaded": loaded, "forms_loaded": forms}))
"""


def test_wheel_from_clean_checkout_installs_and_starts(tmp_path: Path) -> None:
    timings: dict[str, float] = {}
    started = time.perf_counter()
    src, dist, venv = tmp_path / "src", tmp_path / "dist", tmp_path / "venv"
    files = copy_clean_checkout(src)
    uv = _uv()
    pip = subprocess.run([sys.executable, "-m", "pip", "--version"], capture_output=True)
    if uv is None and pip.returncode:
        pytest.skip("neither uv nor pip is available to build and install the wheel")

    mark = time.perf_counter()
    if uv:
        _run([uv, "build", "--quiet", "--out-dir", str(dist), str(src)], cwd=tmp_path)
    else:
        _run(
            [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), "."],
            cwd=src,
        )
    timings["build"] = time.perf_counter() - mark
    (wheel,) = dist.glob("receptionapp-*.whl")

    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    assert not [n for n in names if n.startswith(("tests/", "tools/", "ui/", "resources/"))]
    assert "receptionapp/cli.py" in names
    assert f"{DATA}/resources/screenshots" not in {n.rsplit("/", 1)[0] for n in names}

    mark = time.perf_counter()
    python = venv / "bin" / "python"
    if uv:
        _run([uv, "venv", "--quiet", "--python", sys.executable, str(venv)], cwd=tmp_path)
        _run([uv, "pip", "install", "--quiet", "--python", str(python), str(wheel)], cwd=tmp_path)
    else:
        _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp_path)
        _run(
            [
                sys.executable,
                *("-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps"),
                str(wheel),
            ],
            cwd=tmp_path,
        )
        site = subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        ours = subprocess.run(
            [sys.executable, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        Path(site, "_borrowed_dependencies.pth").write_text(ours + "\n", encoding="utf-8")
    timings["install"] = time.perf_counter() - mark

    mark = time.perf_counter()
    help_run = _run([str(venv / "bin" / "receptionapp"), "--help"], cwd=tmp_path)
    assert help_run.stdout.startswith("usage: receptionapp")
    probe = json.loads(_run([str(python), "-c", PROBE], cwd=tmp_path).stdout)
    timings["run"] = time.perf_counter() - mark

    # The installed package, not the checkout, and its data beside it.
    assert Path(probe["package"]).is_relative_to(venv)
    assert Path(probe["data_root"]) == Path(probe["package"]).parent / "_data"
    installed = set(probe["files"])
    missing = sorted(expected_data_files(files) - installed)
    assert not missing, f"missing from the installed package: {missing}"
    assert all(probe["qm_loaded"].values()), probe["qm_loaded"]
    assert all(ok is True for ok in probe["forms_loaded"].values()), probe["forms_loaded"]

    total = time.perf_counter() - started
    print(f"packaging: {', '.join(f'{k} {v:.1f} s' for k, v in timings.items())}; {total:.1f} s")
    assert total < 120, f"the packaging check took {total:.0f} s: {timings}"


def test_expected_data_files_follow_the_wheel_layout() -> None:
    files = [
        "ui/main_window.ui",
        "ui/README.txt",
        "resources/reference/company.toml",
        "resources/translations/receptionapp_uk.ts",
        "resources/screenshots/main_window.png",
        "receptionapp/cli.py",
    ]

    assert expected_data_files(files) == {
        "ui/main_window.ui",
        "resources/reference/company.toml",
        "resources/translations/receptionapp_uk.qm",
    }
