"""``cjeapp replica``: a counsellor's laptop registered at the office (``create``, its
database written with its share only) or retired (``retire``: lost, stolen or replaced)."""

from __future__ import annotations

import argparse

from cjeapp.cli.arguments import database_problem
from cjeapp.cli.arguments import output_file
from cjeapp.cli.arguments import secret_from_environment_or_prompt
from cjeapp.cli.arguments import signed_in
from cjeapp.cli.output import fail
from cjeapp.cli.session import open_signed_in
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import msg

NAME = "replica"
HELP = "a counsellor's laptop, registered at the office"


def arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True)
    create = actions.add_parser(
        "create", help="register a laptop and write its database (its share only), opened "
        "with its counsellor's password (from CJEAPP_LAPTOP_PASSWORD or asked)")
    signed_in(create)
    create.add_argument("--counsellor", required=True,
                        help="the laptop's counsellor: user name or id")
    create.add_argument("--name", help="the laptop's name (default: Laptop of NAME)")
    create.add_argument("--out", type=output_file, required=True,
                        help="the laptop's database file to write (new)")
    retire = actions.add_parser(
        "retire", help="a laptop lost, stolen or replaced: its files are refused from now on")
    signed_in(retire)
    retire.add_argument("laptop", help="the laptop: its name or id")


def check(args: argparse.Namespace) -> str | None:
    return database_problem(args, "out")


def run(args: argparse.Namespace) -> int:
    return replica_retire(args) if args.action == "retire" else replica_create(args)


def replica_retire(args: argparse.Namespace) -> int:
    from cjeapp.core.exchange.replicas import list_replicas
    from cjeapp.core.exchange.replicas import retire_replica

    try:
        db, actor = open_signed_in(args)
        try:
            chosen = [peer for peer in list_replicas(db, actor)
                      if not peer.is_hub and args.laptop in (peer.id, peer.name)]
            if len(chosen) != 1:
                raise ValidationError([FieldError("laptop", msg(N_(
                    "No laptop registered here is named {name}."), name=args.laptop))])
            done = retire_replica(db, actor, chosen[0].id)
        finally:
            db.close()
    except CjeError as error:
        return fail(error)
    print(gettext(N_("{name} is retired: its files are refused from now on. If it was lost "
                     "or stolen, have the password of {counsellors} changed: it opened the "
                     "laptop.")).format(name=done.name, counsellors=", ".join(done.counsellors)))
    if done.open_conflicts:
        print(gettext(N_("{count} of its conflicts are still to decide, in Échanges.")).format(
            count=done.open_conflicts))
    return 0


def replica_create(args: argparse.Namespace) -> int:
    from cjeapp.core.exchange.replicas import create_replica
    from cjeapp.core.staff import accounts

    try:
        db, actor = open_signed_in(args)
        try:
            staff = {account.username: account for account in accounts.list_staff(db, actor)}
            counsellor = staff.get(args.counsellor.lower()) or next(
                (account for account in staff.values() if account.id == args.counsellor), None)
            if counsellor is None:
                raise ValidationError([FieldError("counsellor", msg(N_(
                    "No active staff account is named {name}."), name=args.counsellor))])
            password = secret_from_environment_or_prompt(
                "CJEAPP_LAPTOP_PASSWORD",
                gettext(N_("Password of {name} (it opens the laptop): ")).format(
                    name=counsellor.username))
            made = create_replica(
                db, actor, name=args.name or gettext(N_("Laptop of {name}")).format(
                    name=counsellor.full_name),
                counsellors=[str(counsellor.id)], password=password, destination=args.out)
        finally:
            db.close()
    except CjeError as error:
        return fail(error)
    print(gettext(N_("Laptop registered; its database, with {rows} records of its share: "
                     "{path}")).format(rows=made.rows, path=made.path))
    print(gettext(N_("Recovery key of the laptop's file (write it down; shown once): "
                     "{key}")).format(key=made.recovery_key))
    return 0
