"""Locate the files under ``resources/`` and ``translations/``, which are package data of
``cjeapp`` (``src/cjeapp/resources``, ``src/cjeapp/translations``): found the same way from
a source checkout, an installed wheel (``importlib.resources``) and a PyInstaller bundle
(``sys._MEIPASS``). ``CJEAPP_RESOURCES_ROOT`` points elsewhere (tests, a customized
installation)."""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from pathlib import Path


def _root() -> Path:
    override = os.environ.get("CJEAPP_RESOURCES_ROOT")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # the frozen build keeps the package's layout (packaging/cjeapp.spec)
        return Path(bundle) / "cjeapp"
    # The package's own folder. Fonts and code lists are read as files (ReportLab opens
    # fonts by path), so the package must be installed unzipped, as pip does.
    return Path(str(files("cjeapp")))


def resource_path(*parts: str) -> Path:
    """Path of a file under the ``resources/`` folder."""
    return _root().joinpath("resources", *parts)


def translation_path(*parts: str) -> Path:
    """Path of a file under the ``translations/`` folder."""
    return _root().joinpath("translations", *parts)
