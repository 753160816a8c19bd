"""``cjeapp replica create`` and ``cjeapp exchange``: registering a counsellor's laptop at
the office, and the exchange itself — directly when the laptop reaches the office's
database, or by file (a USB key, an e-mail attachment) when it cannot."""

from __future__ import annotations

import argparse

from cjeapp.cli_arguments import password_from_environment_or_prompt
from cjeapp.cli_arguments import secret_from_environment_or_prompt
from cjeapp.commands import _open
from cjeapp.commands import fail
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import msg
from cjeapp.core.i18n import ngettext
from cjeapp.core.writers.whole_file import write_whole


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


def replica(args: argparse.Namespace) -> int:
    return replica_retire(args) if args.action == "retire" else replica_create(args)


def replica_retire(args: argparse.Namespace) -> int:
    from cjeapp.core.exchange.replicas import list_replicas
    from cjeapp.core.exchange.replicas import retire_replica

    try:
        db, actor = _open(args)
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
        db, actor = _open(args)
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


def exchange(args: argparse.Namespace) -> int:
    if args.action == "export":
        return _export(args)
    if args.action == "import":
        return _import(args)
    return _directly(args)


def _directly(args: argparse.Namespace) -> int:
    from cjeapp.core.exchange.direct import exchange_directly
    from cjeapp.core.staff import opening

    try:
        laptop, actor = _open(args)
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
        db, actor = _open(args)
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
            write_whole(args.out, written.data)
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
        db, actor = _open(args)
        try:
            result = import_file(db, actor, args.file)
        finally:
            db.close()
    except CjeError as error:
        return fail(error)
    print(_imported(result))
    return 0
