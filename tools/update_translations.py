#!/usr/bin/env python3
"""Keep the interface translations (resources/translations/*.ts) in step with the code.

How to add or change user-visible text (everyone who touches receptionapp/gui or ui/):

1. Write the text in English: ``self.tr("…")`` in widgets,
   ``QCoreApplication.translate("Context", "…")`` elsewhere, ``QT_TRANSLATE_NOOP("Context",
   "…")`` in static tables; texts typed in Designer forms (ui/*.ui) are found by themselves
   (tick "translatable" off, i.e. ``notr="true"``, for shortcuts and other non-words).
   Use ``{name}`` placeholders and ``.format(name=…)`` after translating.
2. Run ``.venv/bin/python tools/update_translations.py``. It runs ``pyside6-lupdate`` over
   receptionapp/gui/**/*.py and ui/*.ui into the three catalogues (obsolete strings are
   dropped, no line numbers are stored so parallel work does not conflict), copies every
   source text into the English catalogue, and lists what Ukrainian and Russian still lack.
3. Translate what it lists, in one of two ways:
   * ``--export todo.json`` writes the unfinished strings as
     ``{"uk": [{"context", "source", "comment", "translation"}], "ru": [...]}``; fill in each
     ``"translation"`` (a list of forms for plural messages) and run ``--apply todo.json``;
   * or open a catalogue in ``.venv/bin/pyside6-linguist``.
   Use the clerks' words (shared/domain/RULES.md): абонент, особовий рахунок / лицевой счёт,
   дирекція / дирекция, скарга / жалоба, звернення / обращение, прийом директора /
   приём директора.
4. ``--check`` exits with status 1 while a catalogue has an unfinished or empty
   translation (tests/gui/test_translations.py checks the same, and that the catalogues
   are up to date with the code).
5. ``--release`` compiles the ``.qm`` files beside the ``.ts`` ones (``make translations``
   does this; ``.qm`` files are never committed; the wheel build makes its own).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("uk", "ru", "en")
SOURCE_LANGUAGE = "en"


def ts_path(language: str, directory: Path = TS_DIR) -> Path:
    """The catalogue of ``language``."""
    return directory / f"receptionapp_{language}.ts"


def _tool(name: str) -> str:
    """A Qt Linguist tool of the PySide6 next to this Python (or on PATH)."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    if here.exists():
        return str(here)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def source_files(root: Path = ROOT) -> list[Path]:
    """Every file lupdate reads: the GUI package's Python files and the Designer forms."""
    python = sorted((root / "receptionapp" / "gui").rglob("*.py"))
    forms = sorted((root / "ui").glob("*.ui"))
    return [p for p in python if "__pycache__" not in p.parts] + forms


def run_lupdate(directory: Path = TS_DIR, root: Path = ROOT) -> None:
    """Merge the strings of the sources into the catalogues in ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        cmd = [
            _tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
            *(str(p.relative_to(root)) for p in source_files(root)),
            "-ts",
            str(ts_path(language, directory)),
        ]
        result = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SystemExit(f"lupdate failed: {result.stderr or result.stdout}")


def _is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None:
        return True
    kind = translation.get("type")
    if kind in ("vanished", "obsolete"):
        return False
    if kind == "unfinished":
        return True
    forms = translation.findall("numerusform")
    if forms:
        return any(not (f.text or "").strip() for f in forms)
    return not (translation.text or "").strip()


def unfinished(path: Path) -> list[dict[str, object]]:
    """The messages of one catalogue that still need a translation."""
    todo: list[dict[str, object]] = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if _is_unfinished(message):
                todo.append(
                    {
                        "context": name,
                        "source": message.findtext("source") or "",
                        "comment": message.findtext("comment"),
                        "numerus": message.get("numerus") == "yes",
                        "translation": [] if message.get("numerus") == "yes" else "",
                    }
                )
    return todo


def _set_translation(message: ET.Element, value: str | list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for form in list(translation):
        translation.remove(form)
    if isinstance(value, list):
        translation.text = None
        for text in value:
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = value


def apply_translations(path: Path, entries: list[dict[str, object]]) -> int:
    """Write ``entries`` (context, source, comment, translation) into a catalogue.

    Returns how many messages were filled. Entries with an empty translation are skipped.
    """
    tree = ET.parse(path)
    index: dict[tuple[str, str, str | None], ET.Element] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment"))
            index[key] = message
    filled = 0
    for entry in entries:
        value = entry.get("translation")
        if not value:
            continue
        comment = entry.get("comment")
        key = (str(entry["context"]), str(entry["source"]), str(comment) if comment else None)
        message = index.get(key)
        if message is None:
            print(f"{path.name}: no message {key[:2]!r}; skipped", file=sys.stderr)
            continue
        _set_translation(message, value if isinstance(value, list) else str(value))
        filled += 1
    _write(tree, path)
    return filled


def fill_source_language(path: Path) -> int:
    """Make the English catalogue complete: every translation is its source text."""
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        if _is_unfinished(message):
            source = message.findtext("source") or ""
            value: str | list[str] = [source, source] if message.get("numerus") == "yes" else source
            _set_translation(message, value)
            filled += 1
    _write(tree, path)
    return filled


def _write(tree: ET.ElementTree, path: Path) -> None:
    # lupdate reformats the file on its next run; this keeps it readable meanwhile.
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def release(directory: Path = TS_DIR, out_dir: Path | None = None) -> list[Path]:
    """Compile every catalogue into a ``.qm`` file (beside it, or into ``out_dir``)."""
    made = []
    for language in LANGUAGES:
        ts = ts_path(language, directory)
        qm = (out_dir or directory) / f"{ts.stem}.qm"
        qm.parent.mkdir(parents=True, exist_ok=True)
        # Written beside and renamed over: a running app maps the old file, and a file
        # rewritten in place under it crashes it (segfault in QTranslator).
        fresh = qm.with_name(qm.name + ".tmp")
        result = subprocess.run(
            [_tool("lrelease"), "-silent", str(ts), "-qm", str(fresh)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not fresh.is_file():
            raise SystemExit(f"lrelease failed on {ts.name}: {result.stderr or result.stdout}")
        os.replace(fresh, qm)
        made.append(qm)
    return made


def update(directory: Path = TS_DIR, root: Path = ROOT) -> dict[str, list[dict[str, object]]]:
    """lupdate, English filled from the sources, lupdate again to normalise the files.

    Returns the unfinished messages per language.
    """
    run_lupdate(directory, root)
    fill_source_language(ts_path(SOURCE_LANGUAGE, directory))
    run_lupdate(directory, root)
    return {lang: unfinished(ts_path(lang, directory)) for lang in LANGUAGES}


def main(argv: list[str] | None = None) -> int:
    """Command line of this script (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check; exit 1 if unfinished")
    parser.add_argument("--export", type=Path, metavar="JSON", help="write unfinished strings")
    parser.add_argument("--apply", type=Path, metavar="JSON", help="fill translations from JSON")
    parser.add_argument("--release", action="store_true", help="compile the .qm files")
    args = parser.parse_args(argv)

    if args.check:
        todo = {lang: unfinished(ts_path(lang)) for lang in LANGUAGES}
    else:
        if args.apply:
            data = json.loads(args.apply.read_text(encoding="utf-8"))
            for lang, entries in data.items():
                filled = apply_translations(ts_path(lang), entries)
                print(f"{lang}: {filled} translation(s) applied")
        todo = update()
    missing = 0
    for lang, entries in todo.items():
        missing += len(entries)
        print(f"{lang}: {len(entries)} unfinished")
        for entry in entries[:20]:
            print(f"    [{entry['context']}] {entry['source']}")
        if len(entries) > 20:
            print(f"    … and {len(entries) - 20} more")
    if args.export:
        args.export.write_text(json.dumps(todo, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"unfinished strings written to {args.export}")
    if args.release:
        for qm in release():
            print(f"compiled {qm.relative_to(ROOT)}")
    return 1 if (args.check and missing) else 0


if __name__ == "__main__":
    sys.exit(main())
