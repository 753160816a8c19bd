"""cjeapp.core must import and work with PySide6 unavailable."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_core_imports_with_pyside6_blocked() -> None:
    script = textwrap.dedent("""
        import importlib, pkgutil, sys

        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError(f"blocked: {name}")
                return None

        sys.meta_path.insert(0, Block())
        import cjeapp.core
        for module in pkgutil.walk_packages(cjeapp.core.__path__, "cjeapp.core."):
            if ".migrations" in module.name:
                continue
            importlib.import_module(module.name)
        assert not any(name.startswith("PySide6") for name in sys.modules)
        print("ok")
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
