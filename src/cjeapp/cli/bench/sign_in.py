"""``cjeapp bench sign-in``: a wrong password for a known user name, an unknown user name
and a locked one cost the same; the right password and opening the file beside them."""

from __future__ import annotations

import argparse

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "sign-in"
HELP = "known, unknown and locked user names cost the same"


def arguments(parser: argparse.ArgumentParser) -> None:
    """No arguments."""


def check(args: argparse.Namespace) -> str | None:
    return None


def run(args: argparse.Namespace) -> int:
    from cjeapp.bench.sign_in_bench import run as measure
    from cjeapp.core.locale_format import format_number

    result = measure()
    print(gettext(N_("sign-in, median of {count} attempts each:")).format(count=result.attempts))
    for label, value in ((N_("known user name, wrong password"), result.known_ms),
                         (N_("unknown user name"), result.unknown_ms),
                         (N_("locked user name"), result.locked_ms),
                         (N_("right password"), result.right_ms),
                         (N_("opening the file: known user name, wrong password"),
                          result.open_known_ms),
                         (N_("opening the file: unknown user name"), result.open_unknown_ms),
                         (N_("opening the file and signing in"), result.open_right_ms)):
        print(gettext(N_("  {label}: {ms} ms")).format(label=gettext(label),
                                                      ms=format_number(round(value))))
    return 0
