"""What the program is made of: its version, the libraries it runs on (from the installed
distributions' metadata, also kept in the frozen build) with their licences, and the full
licence texts (``cjeapp licences``; the build ships them as THIRD-PARTY-LICENCES.txt)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from cjeapp import __version__
from cjeapp.core.resources import resource_path

_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


def _licence_of(distribution: metadata.Distribution) -> str:
    fields = distribution.metadata
    expression = fields["License-Expression"]
    if expression:
        return str(expression)
    classifiers = [c.rsplit("::", 1)[-1].strip() for c in fields.get_all("Classifier") or []
                   if c.startswith("License ::")]
    if classifiers:
        return " / ".join(classifiers)
    declared = str(fields["License"] or "").strip()
    if declared:
        return declared.splitlines()[0][:80]
    for file in distribution.files or []:  # no field: the first line of its licence file
        if _LICENCE_FILE.search(file.name) and Path(file.locate()).exists():
            first = file.read_text(encoding="utf-8").strip().splitlines()
            if first:
                return first[0][:80]
    return "?"


def _runtime_requirements(distribution: metadata.Distribution) -> list[str]:
    names = []
    for requirement in distribution.requires or []:
        if "extra" in requirement.partition(";")[2]:  # an optional part, not installed
            continue
        match = _NAME.match(requirement)
        if match:
            names.append(match.group(1))
    return names


def _closure() -> list[metadata.Distribution]:
    """cjeapp and every distribution it needs at run time, each once."""
    found: dict[str, metadata.Distribution] = {}
    waiting = ["cjeapp"]
    while waiting:
        name = waiting.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in found:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found[key] = distribution
        waiting.extend(_runtime_requirements(distribution))
    return sorted(found.values(), key=lambda d: str(d.metadata["Name"]).lower())


def components() -> list[Component]:
    """The libraries the program runs on (cjeapp itself excluded), by name."""
    return [Component(str(d.metadata["Name"]), d.version, _licence_of(d))
            for d in _closure() if str(d.metadata["Name"]).lower() != "cjeapp"]


def licence_texts() -> str:
    """Every library's licence files, then the fonts' licences, as one text."""
    parts = [f"Third-party components of cjeapp {__version__}\n"
             "PySide6 and Qt are used under the GNU LGPL version 3: in the one-folder build "
             "they are separate shared libraries (_internal/PySide6) that can be replaced "
             "by another build of the same version.\n"]
    for distribution in _closure():
        name = str(distribution.metadata["Name"])
        if name.lower() == "cjeapp":
            continue
        parts.append(f"\n{'=' * 78}\n{name} {distribution.version} — "
                     f"{_licence_of(distribution)}\n{'=' * 78}\n")
        for file in distribution.files or []:
            if ".dist-info" in str(file) and _LICENCE_FILE.search(file.name):
                text = file.read_text(encoding="utf-8") if Path(file.locate()).exists() else None
                if text:
                    parts.append(f"--- {file.name}\n{text.strip()}\n")
    fonts = resource_path("fonts")
    for licence in sorted(fonts.glob("*LICENSE*")):
        parts.append(f"\n{'=' * 78}\nFonts: {licence.name}\n{'=' * 78}\n"
                     f"{licence.read_text(encoding='utf-8').strip()}\n")
    return "".join(parts)
