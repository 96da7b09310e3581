"""Compiling the catalogues puts new .qm files in place instead of rewriting the old ones.

A running app maps its .qm file; rewriting that file in place (lrelease did, from the test
suite's set-up or ``make translations``) crashed the app with a segfault in QTranslator.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from tests.gui.support import ROOT


def test_release_replaces_the_qm_files(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    first = {qm: qm.stat().st_ino for qm in tool.release(out_dir=tmp_path)}
    held = {qm: qm.open("rb") for qm in first}  # as a running app holds them
    try:
        again = tool.release(out_dir=tmp_path)
        assert set(again) == set(first)
        for qm in again:
            assert qm.stat().st_ino != first[qm]  # a new file, the old one untouched
            assert held[qm].read(16) == qm.read_bytes()[:16]
    finally:
        for handle in held.values():
            handle.close()
    assert not list(tmp_path.glob("*.tmp"))
