"""``cjeapp bench seats``: several seats working on the office's server at once, as a busy
morning does; conflicts said, errors and lost writes counted (exit code 1 when any)."""

from __future__ import annotations

import argparse

from cjeapp.cli.bench import credentials
from cjeapp.cli.bench import database_options
from cjeapp.cli.bench import database_options_problem
from cjeapp.cli.output import fail
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import msg

NAME = "seats"
HELP = "several seats at once on the office's server: actions, conflicts, lost writes"


def arguments(parser: argparse.ArgumentParser) -> None:
    database_options(parser)
    parser.add_argument("--seats", type=int, default=10,
                        help="seats working at once on the server")
    parser.add_argument("--minutes", type=float, default=1.0,
                        help="how long the seats work")


def check(args: argparse.Namespace) -> str | None:
    if problem := database_options_problem(args):
        return problem
    if not (1 <= args.seats <= 50 and 0 < args.minutes <= 60):
        return gettext(N_("bench seats takes 1 to 50 seats and up to 60 minutes."))
    return None


def run(args: argparse.Namespace) -> int:
    from cjeapp.bench.seats_bench import ACTION_WORDS
    from cjeapp.bench.seats_bench import run as measure
    from cjeapp.core.locale_format import format_number

    if not isinstance(args.db, str):
        return fail(CjeError(msg(N_(
            "bench seats measures the office's server: give its address with "
            "--db postgresql://user@host/database (an empty database is filled first)."))))
    try:
        result = measure(args.db, seats=args.seats, minutes=args.minutes,
                     clients_wanted=args.clients, credentials=credentials(args))
    except CjeError as error:
        return fail(error)

    def number(value: float) -> str:
        return format_number(round(value, 1))

    if result.build_seconds is not None:
        print(gettext(N_("server filled with {clients} people in {seconds} s")).format(
            clients=format_number(result.clients), seconds=number(result.build_seconds)))
    print(gettext(N_("{seats} seats for {seconds} s on {clients} people: {actions} actions, "
                     "{rate} a second")).format(
        seats=result.seats, seconds=number(result.seconds),
        clients=format_number(result.clients),
        actions=format_number(sum(result.actions.values())), rate=number(result.per_second)))
    for action, count in result.actions.items():
        print(gettext(N_("  {action}: {count}, p50 {p50} ms, p95 {p95} ms")).format(
            action=gettext(ACTION_WORDS[action]), count=format_number(count),
            p50=number(result.p50_ms[action]),
            p95=number(result.p95_ms[action])))
    for what, count in result.conflicts.items():
        print(gettext(N_("  conflict detected and said — {what}: {count}")).format(
            what=gettext(what), count=format_number(count)))
    print(gettext(N_("errors: {count}")).format(count=format_number(len(result.errors))))
    for said in result.errors[:10]:
        print(f"  {said}")
    print(gettext(N_("lost writes (counted in the database afterwards): {count}")).format(
        count=format_number(len(result.lost_writes))))
    for lost in result.lost_writes:
        print(f"  {lost}")
    return 1 if result.errors or result.lost_writes else 0
