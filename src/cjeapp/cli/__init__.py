"""The ``cjeapp`` command: the GUI by default, and headless maintenance commands, one
module each in ``cli/commands/`` (the benchmarks, ``cjeapp bench NAME``, in ``cli/bench/``).

Every command uses the same core services as the GUI.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def default_db_path() -> Path:
    from cjeapp.locations import locations

    return locations().database


def main(argv: Sequence[str] | None = None) -> int:
    from cjeapp.cli.window import window_arguments

    args = window_arguments(argv)
    if args is None:
        from cjeapp.cli.registry import parser

        top, commands = parser()
        args = top.parse_args(argv)
    if args.command is not None:
        command = commands[args.command]
        problem = command.check(args)
        if problem:  # said by the command's own parser (usage, sentence, exit code 2)
            args.said_by.error(problem)
    from cjeapp.core.i18n import set_language

    if args.lang:
        set_language(args.lang)
    if args.command is None:
        from cjeapp.app import run_gui

        return run_gui(args.gui_db, language=args.lang)
    from cjeapp.cli.output import fail
    from cjeapp.cli.output import file_problem
    from cjeapp.core.errors import CjeError

    try:
        return command.run(args)
    except CjeError as error:  # a file the command writes, written after its work
        return fail(error)
    except OSError as error:  # the file system, said in a sentence (a backup's disk full)
        return fail(file_problem(error))


if __name__ == "__main__":
    sys.exit(main())
