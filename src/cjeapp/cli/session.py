"""Handlers of the headless ``cjeapp`` sub-commands (printing and exit codes only)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from cjeapp.core.errors import AuthenticationError
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import msg
from cjeapp.core.i18n import ngettext
from cjeapp.core.writers.whole_file import write_whole

if TYPE_CHECKING:
    from pathlib import Path

    from cjeapp.core.db.database import Database
    from cjeapp.core.permissions import Actor
    from cjeapp.core.reporting.validation import Problem


def fail(error: CjeError) -> int:
    print(gettext(N_("Error: {message}")).format(message=error), file=sys.stderr)
    return 1


def refuse_plain(path: Path) -> None:
    """Commands work on encrypted databases; a plain one of an earlier version is
    encrypted by the program at the first sign-in, or by ``cjeapp encrypt``."""
    from cjeapp.core.db.file_state import FileState
    from cjeapp.core.db.file_state import file_state
    from cjeapp.core.errors import DatabaseOpenError

    if file_state(path) is FileState.PLAIN:
        raise DatabaseOpenError(msg(N_(
            "{path} is not encrypted yet: open it once in the program and sign in, or run "
            "cjeapp encrypt --db {path} --user NAME."), path=str(path)))


def _open(args: argparse.Namespace) -> tuple[Database, Actor]:
    """--db opened as the staff member named by --user, with the password from
    CJEAPP_PASSWORD or asked; the caller closes the database."""
    from cjeapp.cli_arguments import password_from_environment_or_prompt
    from cjeapp.core.staff import opening

    if isinstance(args.db, str):  # the office's server: as the person's own login
        db, actor = opening.open_server_as(args.db, args.user,
                                           password_from_environment_or_prompt())
    else:
        path = args.db.expanduser().resolve()
        refuse_plain(path)
        # No whole-file scan here: a command's cost is its own work, not the file's size.
        # The integrity check is check's, backup's and the program's after sign-in.
        db, actor = opening.open_database(path, args.user,
                                          password_from_environment_or_prompt(), verify=False)
    if actor.must_change_password:
        db.close()
        raise AuthenticationError(msg(N_(
            "Your password was reset: sign in to the program once to choose a new one.")))
    return db, actor


def print_demo_accounts() -> None:
    from cjeapp.core.demo.generator import DEMO_ACCOUNTS

    print(gettext(N_("Demo accounts (user name / password / role):")))
    for account in DEMO_ACCOUNTS:
        from cjeapp.core.codelists import codelist

        role = codelist("roles").label(account.role)
        print(f"  {account.username:<14} {account.password:<16} {role}")


def print_recovery_key(recovery: str) -> None:
    print(gettext(N_("Recovery key of this database (shown once; write it down and keep it "
                     "away from the computer: it opens the database when every password is "
                     "lost):")))
    print(f"  {recovery}")


def bench(args: argparse.Namespace) -> int:
    from cjeapp.bench import search_bench
    from cjeapp.core.locale_format import format_number

    if args.what == "sign-in":
        return _bench_sign_in()
    if args.what == "startup":
        return _bench_startup(args)
    if args.what == "import":
        return _bench_import(args)
    if args.what == "seats":
        return _bench_seats(args)
    if args.what == "exchange":
        return _bench_exchange(args)
    if args.what == "board":
        from cjeapp.report_commands import bench_board

        return bench_board(args)
    if args.db is None and args.what not in ("documents", "export"):
        print(gettext(N_("Building a demo database of {clients} clients…")).format(
            clients=format_number(args.clients)), file=sys.stderr)
    if args.what == "client-list":
        return _bench_client_list(args)
    if args.what == "today":
        return _bench_today(args)
    if args.what == "documents":
        return _bench_documents(args)
    if args.what == "export":
        return _bench_export(args)
    result = search_bench.run(args.db, clients=args.clients, credentials=_credentials(args))
    if result.build_seconds is not None:
        print(gettext(N_("demo database built in {seconds} s")).format(
            seconds=format_number(round(result.build_seconds, 1))))
    print(gettext(N_("search: {clients} clients, {queries} keystroke queries")).format(
        clients=format_number(result.clients), queries=format_number(result.queries)))
    print(gettext(N_("p50 {p50} ms  p95 {p95} ms  max {max} ms")).format(
        p50=format_number(round(result.p50_ms, 2)), p95=format_number(round(result.p95_ms, 2)),
        max=format_number(round(result.max_ms, 2))))
    return 0


def _credentials(args: argparse.Namespace) -> tuple[str, str] | None:
    """With --db, the benchmark opens it as --user (password from CJEAPP_PASSWORD or asked)."""
    from cjeapp.cli_arguments import password_from_environment_or_prompt

    if args.db is None:
        return None
    if isinstance(args.db, str):  # the office's server: an empty one is filled, no password
        return (args.user, password_from_environment_or_prompt()) if args.user else None
    refuse_plain(args.db.expanduser().resolve())
    return args.user, password_from_environment_or_prompt()


def _bench_seats(args: argparse.Namespace) -> int:
    from cjeapp.bench.seats_bench import ACTION_WORDS
    from cjeapp.bench.seats_bench import run
    from cjeapp.core.locale_format import format_number

    if not isinstance(args.db, str):
        return fail(CjeError(msg(N_(
            "bench seats measures the office's server: give its address with "
            "--db postgresql://user@host/database (an empty database is filled first)."))))
    try:
        result = run(args.db, seats=args.seats, minutes=args.minutes,
                     clients_wanted=args.clients, credentials=_credentials(args))
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


def _bench_sign_in() -> int:
    from cjeapp.bench.sign_in_bench import run
    from cjeapp.core.locale_format import format_number

    result = run()
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


def _bench_startup(args: argparse.Namespace) -> int:
    import tempfile
    from pathlib import Path

    from cjeapp.bench.bench_database import open_or_build
    from cjeapp.bench.startup_bench import run
    from cjeapp.core.demo.generator import DEMO_ACCOUNTS
    from cjeapp.core.locale_format import format_number

    with tempfile.TemporaryDirectory() as folder:
        if args.db is not None:
            credentials = _credentials(args)
            if credentials is None:
                return 2
            path, (username, password) = args.db.expanduser().resolve(), credentials
        else:
            db, _seconds = open_or_build(None, None, Path(folder), clients=args.clients)
            path, account = db.path, DEMO_ACCOUNTS[1]
            db.close()
            username, password = account.username, account.password
        result = run(path, username, password)
    print(gettext(N_("start-up, median of {count} launches ({clients}):")).format(
        count=result.launches, clients=path.name if args.db else gettext(N_(
            "{clients} clients")).format(clients=format_number(args.clients))))
    print(gettext(N_("  a bare PySide6 dialog painted: {seconds} s")).format(
        seconds=f"{result.bare_dialog_s:.2f}"))
    print(gettext(N_("  cjeapp's sign-in window painted: {seconds} s (slowest {slowest} s)"))
          .format(seconds=f"{result.sign_in_s:.2f}", slowest=f"{result.sign_in_max_s:.2f}"))
    print(gettext(N_("  from « Sign in » to the main window painted: {seconds} s (slowest "
                     "{slowest} s)")).format(seconds=f"{result.main_window_s:.2f}",
                                            slowest=f"{result.main_window_max_s:.2f}"))
    return 0


def _bench_client_list(args: argparse.Namespace) -> int:
    from cjeapp.bench.client_list_bench import run
    from cjeapp.core.locale_format import format_number

    result = run(args.db, clients=args.clients, credentials=_credentials(args))
    print(gettext(N_("client list: {clients} clients")).format(
        clients=format_number(result.clients)))
    if result.build_seconds is not None:
        print(gettext(N_("demo database built in {seconds} s")).format(
            seconds=format_number(round(result.build_seconds, 1))))
    print(gettext(N_("first paint {ms} ms, {rows} rows read after 20 screens of scrolling"))
          .format(ms=format_number(round(result.paint_seconds * 1000)),
                  rows=format_number(result.rows_loaded)))
    print(gettext(N_("memory (the program with the file just opened): {before} MB before, "
                     "{painted} MB after the first paint, {scrolled} MB after scrolling"))
          .format(before=format_number(round(result.rss_before_mb)),
                  painted=format_number(round(result.rss_after_paint_mb)),
                  scrolled=format_number(round(result.rss_after_scroll_mb))))
    return 0


def _bench_today(args: argparse.Namespace) -> int:
    from cjeapp.bench.today_bench import run
    from cjeapp.core.locale_format import format_number

    result = run(args.db, clients=args.clients, credentials=_credentials(args))
    if result.build_seconds is not None:
        print(gettext(N_("demo database built in {seconds} s")).format(
            seconds=format_number(round(result.build_seconds, 1))))

    def ms(seconds: float) -> str:
        return format_number(round(seconds * 1000, 1))

    print(gettext(N_("Today page on {clients} people; the reference, one person read by "
                     "their key: {ms} ms")).format(clients=format_number(result.clients),
                                                   ms=ms(result.lookup_seconds)))
    for role in result.roles:
        print(gettext(N_("  {user}: refresh {ms} ms (median), {rows} rows shown; its "
                         "queries alone {alone} ms")).format(
            user=role.username, ms=ms(role.seconds), rows=format_number(role.rows),
            alone=ms(sum(query.seconds for query in role.queries))))
        for query in role.queries:
            words = " ".join(query.statement.split())
            print(gettext(N_("    {ms} ms, {rows} rows: {start}…")).format(
                ms=ms(query.seconds), rows=format_number(query.rows), start=words[:70]))
            for line in query.plan:
                print(f"        {line}")
    scans = [line for role in result.roles for query in role.queries for line in query.scans]
    print(gettext(N_("whole tables read: {count}")).format(count=format_number(len(scans))))
    return 1 if scans else 0


def _bench_documents(args: argparse.Namespace) -> int:
    from cjeapp.bench.documents_bench import run
    from cjeapp.core.locale_format import format_number

    result = run(args.count)
    print(gettext(N_("documents: {count} attestations issued, register included")).format(
        count=result.count))
    print(gettext(N_("median {median} ms per document, total {total} s, one alone {single} ms"))
          .format(median=format_number(round(result.median_ms, 1)),
                  total=format_number(round(result.total_seconds, 2)),
                  single=format_number(round(result.single_ms, 1))))
    return 0


def document(args: argparse.Namespace) -> int:
    from cjeapp.core.documents import issuing

    needed = {"attestation_participation": ("activity", N_(
                  "Error: --activity is needed for this kind.")),
              "attestation_services": ("period_to", N_(
                  "Error: --from and --to are needed for this kind.")),
              "referral_letter": ("referral", N_("Error: --referral is needed for this kind."))}
    if args.kind in needed:
        name, sentence = needed[args.kind]
        if not getattr(args, name) or (name == "period_to" and not args.period_from):
            print(gettext(sentence), file=sys.stderr)
            return 2
    try:
        db, actor = _open(args)
        try:
            if args.kind == "collection_notice":
                draft = issuing.notice_draft(db, actor, args.client, args.doc_lang)
            elif args.kind == "attestation_participation":
                draft = issuing.participation_draft(db, actor, args.client, args.activity,
                                                    args.doc_lang)
            elif args.kind == "attestation_services":
                draft = issuing.services_draft(db, actor, args.client, args.period_from,
                                               args.period_to, args.doc_lang)
            else:
                draft = issuing.referral_draft(db, actor, args.referral, args.doc_lang)
            issued = issuing.issue(db, actor, draft)
        finally:
            db.close()
    except CjeError as error:
        return fail(error)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_whole(args.out, issued.pdf)
    print(gettext(N_("Document {number} written to {path} (verification code {code}).")).format(
        number=issued.document.number, path=args.out, code=issued.document.verification_code))
    return 0


def agenda_ics(args: argparse.Namespace) -> int:
    from cjeapp.core import clock
    from cjeapp.core.agenda import exports
    from cjeapp.core.locale_format import format_number

    try:
        db, actor = _open(args)
        try:
            counsellor = exports.counsellor_named(db, actor, args.counsellor)
            data = exports.counsellor_ics(db, actor, counsellor,
                                          args.period_from or clock.today(), args.days)
        finally:
            db.close()
    except CjeError as error:
        return fail(error)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_whole(args.out, data)
    events = data.count(b"BEGIN:VEVENT")
    print(ngettext("{count} appointment written to {path}.",
                   "{count} appointments written to {path}.", events).format(
        count=format_number(events), path=args.out))
    return 0


def find(args: argparse.Namespace) -> int:
    from cjeapp.core.locale_format import format_date
    from cjeapp.core.search.finder import search_clients

    try:
        db, actor = _open(args)
        try:
            hits = search_clients(db, actor, args.text)
        finally:
            db.close()
    except CjeError as error:
        return fail(error)
    for hit in hits:
        born = format_date(hit.birth_date) if hit.birth_date else "—"
        print(f"{hit.id}\t{hit.display_name}\t{born}")
    if not hits:
        print(gettext(N_("Nobody matches.")), file=sys.stderr)
    return 0 if hits else 1


def public_key(args: argparse.Namespace) -> int:
    from cjeapp.core.reporting import keys

    try:
        db, actor = _open(args)
        try:
            pem = keys.public_key_for(db, actor)
        finally:
            db.close()
    except CjeError as error:
        return fail(error)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_whole(args.out, pem)
    print(gettext(N_("Public key written to {path}: give it to the funder.")).format(
        path=args.out))
    return 0


def verify_document(args: argparse.Namespace) -> int:
    if args.qr is not None:
        return _verify_qr(args)
    from cjeapp.core.documents import issuing

    try:
        db, _actor = _open(args)
        try:
            result = issuing.verify(db, args.file.read_bytes())
        finally:
            db.close()
    except CjeError as error:
        return fail(error)
    print(result.reason)
    return 0 if result.genuine else 1


def _verify_qr(args: argparse.Namespace) -> int:
    """A paper's QR code against the organization's public key, from a file or the
    database; without the database, revocation cannot be known (and is said)."""
    from cjeapp.core.documents import paper_check
    from cjeapp.core.reporting import keys

    try:
        if args.public_key:
            try:
                found = keys.load_public_keys(args.public_key.read_bytes()[:8192])
            except ValueError:
                print(gettext(N_("{path} is not an Ed25519 public key in PEM form.")).format(
                    path=args.public_key), file=sys.stderr)
                return 2
        else:
            db, actor = _open(args)
            try:
                found = keys.checking_keys(db, actor)
            except ValueError:
                print(gettext(N_("The organization has no signing key yet: nothing it "
                                 "made was signed.")), file=sys.stderr)
                return 2
            finally:
                db.close()
    except CjeError as error:
        return fail(error)
    result = paper_check.check(args.qr, found[0], getattr(args, "kind", None),
                               found[1] if len(found) > 1 else None)
    print(result.reason)
    if result.genuine and args.public_key:
        print(gettext(N_("Whether it was revoked since is known only to the organization's "
                         "register (verify the PDF with --db).")))
    return 0 if result.genuine else 1


def export(args: argparse.Namespace) -> int:
    from cjeapp.core.locale_format import format_number
    from cjeapp.core.reporting import package
    from cjeapp.core.reporting.profile import load

    first, last = args.period_from, args.period_to
    try:
        profile = load(args.profile)
        db, actor = _open(args)
        try:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            sequence = args.sequence or package.next_sequence(db, actor, profile, first, last)
            result = package.build(db, actor, profile, first, last, args.out,
                                   sequence=sequence)
        finally:
            db.close()
    except package.PackageRefused as refused:
        errors = [problem for problem in refused.problems if problem.error]
        _print_problems(errors, N_("ERROR: {message}"), limit=len(errors))
        return fail(refused)
    except CjeError as error:
        return fail(error)
    if result.warnings:
        _print_problems(result.warnings, N_("WARNING: {message}"), limit=50)
        report = package.write_warnings(result)
        print(ngettext("{count} warning in all, written to {path}",
                       "{count} warnings in all, written to {path}",
                       len(result.warnings)).format(count=format_number(len(result.warnings)),
                                                    path=report), file=sys.stderr)
    print(gettext(N_("Package written: {path}")).format(path=result.path))
    for table, count in result.row_counts.items():
        print(f"  {table}: {count}")
    return 0


def _print_problems(problems: list[Problem], template: str, limit: int) -> None:
    """Problems on standard error: the first ``limit``, then how many more."""
    from cjeapp.core.locale_format import format_number
    from cjeapp.core.reporting import package

    for problem in problems[:limit]:
        print(gettext(template).format(message=package.problem_line(problem)),
              file=sys.stderr)
    if len(problems) > limit:
        more = len(problems) - limit
        print(ngettext("… and {count} more.", "… and {count} more.", more).format(
            count=format_number(more)), file=sys.stderr)


def verify_package(args: argparse.Namespace) -> int:
    from cjeapp.core.reporting.package_verify import verify

    key = args.public_key.read_bytes()[:4096] if args.public_key else None
    verdict = verify(args.file, key)
    print(verdict.reason)
    return 0 if verdict.intact else 1


def _bench_export(args: argparse.Namespace) -> int:
    from cjeapp.bench.export_bench import run
    from cjeapp.core.locale_format import format_number

    result = run(persons=args.clients if args.clients != 100_000 else 50_000,
                 services=500_000)
    print(gettext(N_("export: {persons} persons, {services} services: {seconds} s, peak "
                     "memory {peak} MB")).format(
        persons=format_number(result.persons), services=format_number(result.services),
        seconds=format_number(round(result.seconds, 1)),
        peak=format_number(round(result.peak_mb))))
    return 0


def _bench_import(args: argparse.Namespace) -> int:
    from cjeapp.bench.import_bench import run
    from cjeapp.core.locale_format import format_number

    clients = args.clients if args.clients != 100_000 else 2_000
    print(gettext(N_("Building a demo database of {clients} clients…")).format(
        clients=format_number(clients)), file=sys.stderr)
    result = run(rows=args.rows, clients=clients)
    print(gettext(N_("import: {rows} people (CSV, cp1252): read {read} s, check {check} s, "
                     "import (check included) {write} s; {imported} imported; peak memory "
                     "{peak} MB")).format(
        rows=format_number(result.rows), read=format_number(round(result.read_seconds, 2)),
        check=format_number(round(result.check_seconds, 1)),
        write=format_number(round(result.import_seconds, 1)),
        imported=format_number(result.imported), peak=format_number(round(result.peak_mb))))
    print(gettext(N_("import: {rows} services of those people: check {check} s, import "
                     "(check included) {write} s; {imported} imported")).format(
        rows=format_number(result.services),
        check=format_number(round(result.services_check_seconds, 1)),
        write=format_number(round(result.services_import_seconds, 1)),
        imported=format_number(result.services_imported)))
    if result.xlsx is not None:
        xlsx = result.xlsx
        print(gettext(N_("import: {rows} people (XLSX): read, check and import {seconds} s of "
                         "processor; the reference (python-calamine's read {read} s, one "
                         "executemany of the same rows {insert} s) {reference} s: {ratio} "
                         "times the reference; {imported} imported")).format(
            rows=format_number(xlsx.rows), seconds=format_number(round(xlsx.import_seconds, 2)),
            read=format_number(round(xlsx.reference_read, 2)),
            insert=format_number(round(xlsx.reference_insert, 2)),
            reference=format_number(round(xlsx.reference_seconds, 2)),
            ratio=format_number(round(xlsx.ratio, 1)), imported=format_number(xlsx.imported)))
    return 0


def _bench_exchange(args: argparse.Namespace) -> int:
    from cjeapp.bench.exchange_bench import run
    from cjeapp.core.locale_format import format_number

    result = run(changes=args.changes)
    for label, way in ((gettext(N_("laptop to office")), result.up),
                       (gettext(N_("office to laptop")), result.down)):
        print(gettext(N_("exchange, {way}: {changes} changes; file written in {write} s "
                         "({size} KB); imported and applied in {apply} s ({applied} "
                         "written)")).format(
            way=label, changes=format_number(way.changes),
            write=format_number(round(way.write_seconds, 2)),
            size=format_number(round(way.file_bytes / 1024)),
            apply=format_number(round(way.import_seconds, 2)),
            applied=format_number(way.applied)))
    return 0


def licences(args: argparse.Namespace) -> int:
    from cjeapp.about import licence_texts

    text = licence_texts()
    if args.out is None:
        sys.stdout.buffer.write(text.encode("utf-8"))
    else:
        write_whole(args.out, text.encode("utf-8"))
    return 0
