"""``cjeapp exchange``: a laptop's exchange with the office — directly when the laptop
reaches the office's database (--hub), or by file (a USB key, an e-mail attachment) when it
cannot (export, import)."""

from __future__ import annotations

import argparse

from cjeapp.cli.arguments import database_place
from cjeapp.cli.arguments import database_problem
from cjeapp.cli.arguments import existing_file
from cjeapp.cli.arguments import output_file
from cjeapp.cli.arguments import password_from_environment_or_prompt
from cjeapp.cli.output import fail
from cjeapp.cli.output import write_output
from cjeapp.cli.session import open_signed_in
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import msg
from cjeapp.core.i18n import ngettext

NAME = "exchange"
HELP = ("a laptop's exchange with the office: directly with --hub, or by file (export, "
        "import)")


def _imported(result: object) -> str:
    from cjeapp.core.exchange.packages import Imported

    if not isinstance(result, Imported):
        return ""
    return gettext(N_("From {sender}: {rows} rows in the file, {applied} written here, "
                      "{conflicts} new conflicts, {removed} rows left this laptop.")).format(
        sender=result.sender, rows=result.rows, applied=result.applied,
        conflicts=result.conflicts, removed=result.removed) + (gettext(N_(
            " {discarded} rows were about files destroyed here under Law 25: not kept."))
            .format(discarded=result.discarded) if result.discarded else "") + (ngettext(
            " {count} change was refused: a laptop may not make it (see Échanges).",
            " {count} changes were refused: a laptop may not make them (see Échanges).",
            result.refused).format(count=result.refused) if result.refused else "") + "".join(
            f" {reason}" for reason in result.refusals[:3])


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=database_place, help="the database (a laptop's, or the "
                        "office's)")
    parser.add_argument("--user", help="your user name (password from CJEAPP_PASSWORD or "
                        "asked)")
    parser.add_argument("--hub", type=database_place,
                        help="the office's database (file or postgresql://…), reached now")
    actions = parser.add_subparsers(dest="action")
    outward = actions.add_parser("export", help="write the exchange file")
    inward = actions.add_parser("import", help="import an exchange file")
    for action in (outward, inward):  # also accepted after the action's name
        action.add_argument("--db", type=database_place, default=argparse.SUPPRESS)
        action.add_argument("--user", default=argparse.SUPPRESS)
    outward.add_argument("--for", dest="recipient",
                         help="the replica the file is for (name or id; from a laptop: the "
                         "office, by default)")
    outward.add_argument("--out", type=output_file, required=True)
    inward.add_argument("file", type=existing_file)


def check(args: argparse.Namespace) -> str | None:
    if not (args.db and args.user):
        return gettext(N_("exchange needs --db PATH --user NAME."))
    if (args.action is None) == (args.hub is None):
        return gettext(N_("exchange either reaches the office now (--hub ADDRESS) or works "
                          "by file (export, import): one of them."))
    return database_problem(args, "out", "hub")


def run(args: argparse.Namespace) -> int:
    if args.action == "export":
        return _export(args)
    if args.action == "import":
        return _import(args)
    return _directly(args)


def _directly(args: argparse.Namespace) -> int:
    from cjeapp.core.exchange.direct import exchange_directly
    from cjeapp.core.staff import opening

    try:
        laptop, actor = open_signed_in(args)
        try:
            hub, hub_actor = opening.open_place(args.hub, args.user,
                                                password_from_environment_or_prompt())
            try:
                done = exchange_directly(laptop, actor, hub, hub_actor)
            finally:
                hub.close()
        finally:
            laptop.close()
    except CjeError as error:
        return fail(error)
    print(_imported(done.sent))
    print(_imported(done.received))
    return 0


def _export(args: argparse.Namespace) -> int:
    from cjeapp.core.exchange.packages import export_changes
    from cjeapp.core.exchange.replicas import list_replicas

    try:
        db, actor = open_signed_in(args)
        try:
            peers = list_replicas(db, actor)
            wanted = args.recipient
            chosen = [peer for peer in peers if (wanted is None and peer.is_hub)
                      or wanted in (peer.id, peer.name)]
            if len(chosen) != 1:
                raise ValidationError([FieldError("for", msg(N_(
                    "Name the replica the file is for (--for), one of: {names}."),
                    names=", ".join(peer.name for peer in peers) or "—"))])
            written = export_changes(db, actor, chosen[0].id)
            write_output(args.out, written.data)
        finally:
            db.close()
    except CjeError as error:
        return fail(error)
    print(gettext(N_("Exchange file for {name}: {rows} rows, in {path}.")).format(
        name=written.recipient, rows=written.rows, path=args.out))
    return 0


def _import(args: argparse.Namespace) -> int:
    from cjeapp.core.exchange.packages import import_file

    try:
        db, actor = open_signed_in(args)
        try:
            result = import_file(db, actor, args.file)
        finally:
            db.close()
    except CjeError as error:
        return fail(error)
    print(_imported(result))
    return 0
