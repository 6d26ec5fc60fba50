"""Refresh the Thai translation: lupdate the sources into the .ts, lrelease it into the .qm.

    python tools/update_translations.py            # update .ts (keeps translations), build .qm
    python tools/update_translations.py --check    # fail if any message lacks a translation

lupdate reads self.tr("..."), QCoreApplication.translate("Context", "...") and
QT_TRANSLATE_NOOP("Context", "...") from Python files by name; services/ define their own no-Qt
QT_TRANSLATE_NOOP for this. Pitfalls it does not catch: an f-string is extracted with its
braces as written (the runtime text differs, so it is never found); an aliased
`tr = QCoreApplication.translate` is misread. Use literal strings and .format() after tr().

--check updates a temporary copy of the .ts, so it also catches strings added to the code
since the last update, and it leaves the tree untouched. resources/i18n/qtbase_th.ts (Qt's own
button texts, kept by hand) is only compiled here, never lupdated.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "wangmuang_desk"
I18N = REPO / "resources" / "i18n"
LANGUAGE = "th"
DEFAULT_TS = I18N / f"wangmuang_desk_{LANGUAGE}.ts"
HAND_KEPT_TS = [I18N / f"qtbase_{LANGUAGE}.ts"]


def find_tool(name: str) -> Path:
    """PySide6's bundled lupdate/lrelease: next to python, in the PySide6 package, or on PATH."""
    exe = ".exe" if sys.platform == "win32" else ""
    candidates = [
        Path(sys.executable).parent / f"pyside6-{name}{exe}",
        Path(sys.executable).parent / "Scripts" / f"pyside6-{name}{exe}",
    ]
    spec = importlib.util.find_spec("PySide6")  # locates the package without importing Qt
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            candidates.append(Path(folder) / f"{name}{exe}")
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found:
        return Path(found)
    raise SystemExit(
        f"{name} not found; install PySide6 (tried: {', '.join(map(str, candidates))})"
    )


def source_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(ts_path: Path) -> None:
    ts_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # A list file, not arguments: Windows caps a command line at 32k characters.
        file_list = Path(tmp) / "sources.lst"
        file_list.write_text("\n".join(str(p) for p in source_files()) + "\n", encoding="utf-8")
        command = [
            str(find_tool("lupdate")),
            f"@{file_list}",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            LANGUAGE,
            "-ts",
            str(ts_path),
        ]
        subprocess.run(command, check=True, cwd=REPO)


def run_lrelease(ts_path: Path) -> Path:
    qm_path = ts_path.with_suffix(".qm")
    command = [str(find_tool("lrelease")), str(ts_path), "-qm", str(qm_path)]
    subprocess.run(command, check=True, cwd=REPO)
    return qm_path


def untranslated(ts_path: Path) -> list[tuple[str, str]]:
    """(context, source) of every message with no finished translation."""
    missing: list[tuple[str, str]] = []
    root = ET.parse(ts_path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue  # no longer in the code (only present without -no-obsolete)
            forms = [] if translation is None else list(translation.iter("numerusform"))
            texts = (
                [f.text for f in forms]
                if forms
                else [None if translation is None else translation.text]
            )
            unfinished = translation is None or translation.get("type") == "unfinished"
            if unfinished or not all(t and t.strip() for t in texts):
                missing.append((name, message.findtext("source", default="")))
    return missing


def check(ts_path: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        work_copy = Path(tmp) / ts_path.name
        if ts_path.exists():
            shutil.copyfile(ts_path, work_copy)
        run_lupdate(work_copy)
        missing = untranslated(work_copy)
    for context, source in missing:
        print(f"untranslated [{context}] {source!r}")
    if missing:
        print(f"{len(missing)} message(s) need a Thai translation in {ts_path}")
        return 1
    print(f"all messages translated in {ts_path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report missing translations")
    parser.add_argument("--ts", type=Path, default=DEFAULT_TS, help="the .ts file to update")
    args = parser.parse_args(argv)
    ts_path = args.ts.resolve()
    if args.check:
        return check(ts_path)
    run_lupdate(ts_path)
    run_lrelease(ts_path)
    for hand_kept in HAND_KEPT_TS:
        if hand_kept.exists():
            run_lrelease(hand_kept)
    missing = untranslated(ts_path)
    if missing:
        print(f"{len(missing)} message(s) still need a Thai translation (see --check)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
