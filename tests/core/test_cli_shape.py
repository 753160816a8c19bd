"""The command line's house shape: every command (and every benchmark) is a module of its
own under ``cjeapp.cli`` holding its arguments, their checks and its handler, and the parser
is built from those modules only; nothing outside ``cli/`` defines a command."""

from __future__ import annotations

import argparse
import ast
import inspect
import pkgutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import cjeapp
from cjeapp.cli import bench as bench_package
from cjeapp.cli import commands as commands_package
from cjeapp.cli.commands.bench import BENCHES
from cjeapp.cli.registry import COMMANDS
from cjeapp.cli.registry import parser
from cjeapp.cli.window import window_arguments

SOURCE = Path(cjeapp.__file__).parent


def _modules(package: ModuleType) -> set[str]:
    return {found.name for found in pkgutil.iter_modules(package.__path__)}


def test_every_command_module_is_registered_and_only_those() -> None:
    assert {module.__name__.rsplit(".", 1)[1] for module in COMMANDS} == _modules(
        commands_package)
    assert {module.__name__.rsplit(".", 1)[1] for module in BENCHES} == _modules(
        bench_package)


@pytest.mark.parametrize("module", COMMANDS + BENCHES, ids=lambda module: module.NAME)
def test_a_command_module_declares_its_arguments_checks_and_handler(module: ModuleType) -> None:
    assert isinstance(module.NAME, str) and module.NAME
    assert isinstance(module.HELP, str) and module.HELP
    for part, parameters in (("arguments", ["parser"]), ("check", ["args"]),
                             ("run", ["args"])):
        function = getattr(module, part)
        assert callable(function), f"{module.__name__}.{part}"
        assert list(inspect.signature(function).parameters) == parameters, \
            f"{module.__name__}.{part}"


def test_the_parser_has_one_sub_command_a_module_and_the_names_are_unique() -> None:
    top, commands = parser()
    assert list(commands) == [module.NAME for module in COMMANDS]

    def choices(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        return next(action.choices for action in parser._actions
                    if isinstance(action, argparse._SubParsersAction))

    assert list(choices(top)) == list(commands)
    assert list(choices(choices(top)["bench"])) == [module.NAME for module in BENCHES]


def test_a_check_is_said_by_the_innermost_command(capsys: pytest.CaptureFixture[str]) -> None:
    from cjeapp.cli import main

    with pytest.raises(SystemExit) as stopped:
        main(["bench", "exchange", "--changes", "0"])
    assert stopped.value.code == 2
    assert "cjeapp bench exchange: error: " in capsys.readouterr().err


def test_no_module_outside_cli_defines_a_command() -> None:
    """Arguments are parsed in ``cjeapp/cli/`` only: a command elsewhere would escape the
    registry, its checks and its tests."""
    outside = []
    for path in SOURCE.rglob("*.py"):
        if SOURCE / "cli" in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if "argparse" in names:
                outside.append(str(path.relative_to(SOURCE)))
    assert outside == []


@pytest.mark.parametrize("argv", [[], ["--lang", "fr"], ["--db", "bureau.sqlite3", "--lang", "en"],
                                  ["--db", "postgresql://serveur/cjeapp"]])
def test_the_windows_own_options_read_alone_as_the_whole_parser_reads_them(
        argv: list[str]) -> None:
    top, _commands = parser()
    assert window_arguments(argv) == top.parse_args(argv)


@pytest.mark.parametrize("argv", [["--help"], ["-h"], ["--hel"], ["chek"], ["--lang", "de"],
                                  ["--db"], ["find", "--db", "x", "--user", "y", "z"],
                                  ["where"]])
def test_anything_else_goes_to_the_whole_parser(argv: list[str]) -> None:
    assert window_arguments(argv) is None


def test_the_window_starts_without_importing_the_commands() -> None:
    started = subprocess.run([sys.executable, "-c", (
        "import sys, types\n"
        "sys.modules['cjeapp.app'] = types.SimpleNamespace(run_gui=lambda *a, **k: 0)\n"
        "from cjeapp.cli import main\n"
        "assert main(['--lang', 'fr']) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith('cjeapp.cli.')))\n")],
        capture_output=True, text=True, check=True)
    assert started.stdout.strip() == "['cjeapp.cli.arguments', 'cjeapp.cli.window']"
