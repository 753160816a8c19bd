"""Locate the files under ``resources/`` and ``translations/``.

Works from a source checkout, an installed package (the folders are found next to the
repository root) and a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _root() -> Path:
    override = os.environ.get("CJEAPP_RESOURCES_ROOT")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    # src/cjeapp/core/resources.py -> repository root
    return Path(__file__).resolve().parents[3]


def resource_path(*parts: str) -> Path:
    """Path of a file under the ``resources/`` folder."""
    return _root().joinpath("resources", *parts)


def translation_path(*parts: str) -> Path:
    """Path of a file under the ``translations/`` folder."""
    return _root().joinpath("translations", *parts)
