"""Canada's holidays (Quebec's among them) from the ``holidays`` package, without the
249 other countries: ``holidays/countries/__init__.py`` imports every country's module
(0.5 to 1 s at start-up; one island's alone took 320 ms), and Python runs a package's
``__init__`` before any module in it. So the package is stood in for, only while
``canada.py`` loads, by an empty one with the same folder (``__path__``): the module is
found where it always is (installed or frozen), and nothing else of that folder runs. A
later ``import holidays.countries`` gets the real package, which finds Canada loaded."""

from __future__ import annotations

import importlib
import sys
import threading
import types
from typing import Any

_PACKAGE = "holidays.countries"
_MODULE = f"{_PACKAGE}.canada"
_lock = threading.Lock()


def canada_class() -> Any:
    """The ``holidays`` class of Canada's holidays (provinces by ``subdiv``)."""
    with _lock:
        module = sys.modules.get(_MODULE)
        if module is None:
            module = _load_alone()
        return module.Canada


def _load_alone() -> types.ModuleType:
    import holidays  # the package itself loads its countries lazily

    if _PACKAGE in sys.modules:  # already imported whole by someone: nothing to save
        return importlib.import_module(_MODULE)
    stand_in = types.ModuleType(_PACKAGE)
    stand_in.__path__ = [f"{folder}/countries" for folder in holidays.__path__]
    sys.modules[_PACKAGE] = stand_in
    try:
        return importlib.import_module(_MODULE)
    finally:
        if sys.modules.get(_PACKAGE) is stand_in:
            del sys.modules[_PACKAGE]
