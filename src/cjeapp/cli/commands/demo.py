"""``cjeapp demo``: a demo database (and its counsellor's laptop) on a file, made whole in
work folders beside where they go, or moved to an empty database of the office's server."""

from __future__ import annotations

import argparse
import sys

from cjeapp.cli.arguments import new_database_place
from cjeapp.cli.arguments import output_file
from cjeapp.cli.output import fail
from cjeapp.cli.output import print_demo_accounts
from cjeapp.cli.output import print_recovery_key
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "demo"
HELP = "fill a new database with demo data"


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=new_database_place, required=True,
                        help="a new file, or an empty database of the office's server")
    parser.add_argument("--clients", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--laptop", type=output_file,
                        help="also the demo counsellor's laptop, written to this new file, "
                        "after a day apart from the office and one exchange (conflicts to "
                        "decide in Échanges)")


def check(args: argparse.Namespace) -> str | None:
    if args.laptop is not None and isinstance(args.db, str):
        return gettext(N_("demo --laptop is made beside a demo office in a file."))
    return None


def run(args: argparse.Namespace) -> int:
    """A new demo database (and laptop), made whole in work folders beside where they go:
    killed at any moment, it leaves nothing under their names (or whole files), and the
    same command runs again."""
    from contextlib import ExitStack
    from pathlib import Path

    from cjeapp.core.db import keyring
    from cjeapp.core.db import work_files
    from cjeapp.core.db.new_file import database_made_for
    from cjeapp.core.db.new_file import refuse_database
    from cjeapp.core.db.new_file import refuse_existing
    from cjeapp.core.demo.generator import generate
    from cjeapp.core.locale_format import format_number

    if args.clients < 1:
        print(gettext(N_("Error: --clients must be at least 1.")), file=sys.stderr)
        return 2
    if isinstance(args.db, str):
        return _demo_on_server(args)
    destination = Path(args.db).expanduser().resolve()
    laptop_at = None if args.laptop is None else Path(args.laptop).expanduser().resolve()
    try:
        with ExitStack() as stack:
            laptop_work = None
            if laptop_at is not None:  # made in a work folder, named after the office
                work_files.sweep(laptop_at.parent)
                refuse_existing(laptop_at)
                laptop_work = stack.enter_context(work_files.work_dir(laptop_at.parent))
            with database_made_for(destination, N_("The database could not be written to "
                                                   "{folder}: {reason}"),
                                   refuse=refuse_database) as (db, _key, recovery):
                from cjeapp.core.custody.taking_up import escrow_to_recovery

                escrow_to_recovery(db, recovery)  # the notes come back with the recovery key
                summary = generate(db, clients=args.clients, seed=args.seed,
                                   on_progress=lambda n: print(f"  … {format_number(n)}",
                                                               file=sys.stderr))
                laptop = None
                if laptop_work is not None and laptop_at is not None:
                    from cjeapp.core.demo.laptop import make_demo_laptop

                    laptop = make_demo_laptop(db, laptop_work.path / laptop_at.name)
            if laptop_work is not None and laptop_at is not None:
                made = laptop_work.path / laptop_at.name
                beside = [extra.name for extra in (Path(f"{made}-wal"), keyring.keys_path(made))
                          if extra.exists()]
                laptop_work.give_names(*beside, laptop_at.name)
    except CjeError as error:
        return fail(error)
    except ValueError as error:
        print(gettext(N_("Error: {message}")).format(message=error), file=sys.stderr)
        return 1
    except OSError as error:
        print(gettext(N_("Error: {message}")).format(message=error.strerror or error),
              file=sys.stderr)
        return 1
    total = sum(summary.rows.values())
    print(gettext(N_("{clients} clients and {rows} records written in {seconds} s.")).format(
        clients=format_number(summary.clients), rows=format_number(total),
        seconds=format_number(round(summary.seconds, 1))))
    print_recovery_key(recovery)
    if laptop is not None:
        print(gettext(N_("The demo counsellor's laptop, after a day apart and one exchange: "
                         "{path} (conseillere / demo-conseil). Its recovery key: {key}"))
              .format(path=laptop_at, key=laptop.recovery_key))
    print_demo_accounts()
    return 0


def _demo_on_server(args: argparse.Namespace) -> int:
    """Demo data on an empty database of the office's server: made in a file as on a PC
    (the generator writes SQLite in bulk), then moved there as an office would move its
    file, verified table by table."""
    import tempfile
    from pathlib import Path

    from cjeapp.core.db.address import shown_address
    from cjeapp.core.db.database import Database
    from cjeapp.core.db.server import open_server
    from cjeapp.core.db.server_logins import secure
    from cjeapp.core.db.store_move import move_to_server
    from cjeapp.core.demo.generator import DEMO_ACCOUNTS
    from cjeapp.core.demo.generator import generate
    from cjeapp.core.locale_format import format_number
    from cjeapp.core.staff import accounts

    admin = next(account for account in DEMO_ACCOUNTS if account.role == "administrator")
    try:
        with tempfile.TemporaryDirectory() as folder:
            made, _recovery = Database.create(Path(folder) / "demo.sqlite3")
            try:
                generate(made, clients=args.clients, seed=args.seed)
                actor = accounts.sign_in(made, admin.username, admin.password)
                moved = move_to_server(made, actor, args.db)
            finally:
                made.close()
        served = open_server(args.db)
        try:  # each demo account its own login, with its demo password
            secure(served, {account.username: account.password for account in DEMO_ACCOUNTS})
        finally:
            served.close()
    except CjeError as error:
        return fail(error)
    except ValueError as error:
        print(gettext(N_("Error: {message}")).format(message=error), file=sys.stderr)
        return 1
    print(gettext(N_("Demo data on {address}: {rows} records, each table counted and "
                     "checksummed.")).format(address=shown_address(args.db),
                                            rows=format_number(sum(t.rows for t in moved))))
    print_demo_accounts()
    return 0
