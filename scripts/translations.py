"""Translations: ``update`` refreshes the sources, ``build`` compiles them.

- Qt strings (``tr()``): ``src/cjeapp/translations/cjeapp_<lang>.ts`` from the ``ui`` code with
  pyside6-lupdate, compiled to ``.qm`` with pyside6-lrelease.
- Core messages: ``src/cjeapp/translations/core/<lang>.po`` from ``N_()``/``msg()`` calls with Babel
  (read directly at run time, nothing to compile).

``build`` also runs when a wheel is built (``setup.py``'s build step, with PySide6 among the
build requirements), so an installed wheel carries the ``.qm`` files that git ignores.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "src" / "cjeapp" / "translations"
LANGUAGES = ("fr", "en")


def _tool(name: str) -> list[str]:
    """The command that runs one of PySide6's Qt tools: its script beside this Python, on the
    PATH, or else through PySide6's own wrapper (a build environment may have the package
    without its scripts on the PATH)."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if found:
        return [found]
    tool = name.removeprefix("pyside6-")
    try:
        import PySide6.scripts.pyside_tool  # noqa: F401
    except ImportError:
        raise SystemExit(f"{name} not found: install PySide6 in this environment") from None
    return [sys.executable, "-c", "import sys; from PySide6.scripts.pyside_tool import "
            f"{tool}; sys.argv[0] = {tool!r}; {tool}()"]


def update() -> None:
    sources = sorted(str(p) for p in (ROOT / "src" / "cjeapp").rglob("*.py")
                     if "core" not in p.parts)
    for language in LANGUAGES:
        subprocess.run([*_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts",
                        str(TRANSLATIONS / f"cjeapp_{language}.ts")], check=True)
    pot = TRANSLATIONS / "core" / "messages.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-k", "N_",
                    "-k", "Nn_:1,2", "-k", "msg", "--no-location", "--sort-output",
                    "--no-wrap", "-o", str(pot),
                    str(ROOT / "src" / "cjeapp")], check=True)
    for language in LANGUAGES:
        po = TRANSLATIONS / "core" / f"{language}.po"
        command = "update" if po.exists() else "init"
        args = ["-i", str(pot), "-l", language, "-o", str(po), "--no-wrap"]
        if command == "update":
            args.append("--no-fuzzy-matching")
        subprocess.run([sys.executable, "-m", "babel.messages.frontend", command, *args],
                       check=True)


def build(target: Path = TRANSLATIONS) -> list[Path]:
    """Compiles each language's ``.ts`` into ``target`` (the source folder by default, a
    wheel's build folder from ``setup.py``); returns the ``.qm`` files written."""
    written = []
    target.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"cjeapp_{language}.ts"
        if ts.exists():
            qm = target / f"cjeapp_{language}.qm"
            subprocess.run([*_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                           check=True)
            written.append(qm)
    return written


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else "build"
    {"update": update, "build": build}[action]()
