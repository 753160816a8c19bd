"""Handlers of the headless ``cjeapp`` sub-commands (printing and exit codes only)."""

from __future__ import annotations

import argparse
import sys

from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_, gettext


def _fail(error: CjeError) -> int:
    print(gettext(N_("Error: {message}")).format(message=error), file=sys.stderr)
    return 1


def print_demo_accounts() -> None:
    from cjeapp.core.demo.generator import DEMO_ACCOUNTS

    print(gettext(N_("Demo accounts (user name / password / role):")))
    for account in DEMO_ACCOUNTS:
        from cjeapp.core.codelists import codelist

        role = codelist("roles").label(account.role)
        print(f"  {account.username:<14} {account.password:<16} {role}")


def demo(args: argparse.Namespace) -> int:
    from cjeapp.core.db.database import Database
    from cjeapp.core.demo.generator import generate
    from cjeapp.core.locale_format import format_number

    if args.clients < 1:
        print(gettext(N_("Error: --clients must be at least 1.")), file=sys.stderr)
        return 2
    try:
        db = Database.open(args.db)
        try:
            summary = generate(db, clients=args.clients, seed=args.seed,
                               on_progress=lambda n: print(f"  … {format_number(n)}",
                                                           file=sys.stderr))
        finally:
            db.close()
    except CjeError as error:
        return _fail(error)
    except ValueError as error:
        print(gettext(N_("Error: {message}")).format(message=error), file=sys.stderr)
        return 1
    total = sum(summary.rows.values())
    print(gettext(N_("{clients} clients and {rows} records written in {seconds} s.")).format(
        clients=format_number(summary.clients), rows=format_number(total),
        seconds=format_number(round(summary.seconds, 1))))
    print_demo_accounts()
    return 0


def check(args: argparse.Namespace) -> int:
    from cjeapp.core.db.maintenance import check_database
    from cjeapp.core.locale_format import format_number

    report = check_database(args.db.expanduser().resolve())
    for error in report.errors:
        print(gettext(N_("ERROR: {message}")).format(message=error))
    for warning in report.warnings:
        print(gettext(N_("WARNING: {message}")).format(message=warning))
    for table, count in report.counts.items():
        print(f"  {table}: {format_number(count)}")
    if report.sound:
        print(gettext(N_("The database is sound.")))
        return 0
    return 1


def backup(args: argparse.Namespace) -> int:
    from cjeapp.core.db.maintenance import backup as do_backup

    try:
        target = do_backup(args.db.expanduser().resolve(), args.to.expanduser().resolve())
    except CjeError as error:
        return _fail(error)
    print(gettext(N_("Backup written and verified: {path}")).format(path=target))
    return 0


def restore(args: argparse.Namespace) -> int:
    from cjeapp.core.db.maintenance import restore as do_restore

    try:
        kept = do_restore(args.source.expanduser().resolve(), args.db.expanduser().resolve())
    except CjeError as error:
        return _fail(error)
    print(gettext(N_("Database restored: {path}")).format(path=args.db))
    if kept:
        print(gettext(N_("The previous file was kept as {path}")).format(path=kept))
    return 0


def bench(args: argparse.Namespace) -> int:
    from cjeapp.bench import search_bench
    from cjeapp.core.locale_format import format_number

    if args.what == "sign-in":
        return _bench_sign_in()
    if args.db is None and args.what not in ("documents", "export"):
        print(gettext(N_("Building a demo database of {clients} clients…")).format(
            clients=format_number(args.clients)), file=sys.stderr)
    if args.what == "client-list":
        return _bench_client_list(args)
    if args.what == "documents":
        return _bench_documents(args)
    if args.what == "export":
        return _bench_export(args)
    result = search_bench.run(args.db, clients=args.clients)
    if result.build_seconds is not None:
        print(gettext(N_("demo database built in {seconds} s")).format(
            seconds=format_number(round(result.build_seconds, 1))))
    print(gettext(N_("search: {clients} clients, {queries} keystroke queries")).format(
        clients=format_number(result.clients), queries=format_number(result.queries)))
    print(f"p50 {result.p50_ms:.2f} ms  p95 {result.p95_ms:.2f} ms  max {result.max_ms:.2f} ms")
    return 0


def _bench_sign_in() -> int:
    from cjeapp.bench.sign_in_bench import run

    result = run()
    print(gettext(N_("sign-in, median of {count} attempts each:")).format(count=result.attempts))
    for label, value in ((N_("known user name, wrong password"), result.known_ms),
                         (N_("unknown user name"), result.unknown_ms),
                         (N_("locked user name"), result.locked_ms),
                         (N_("right password"), result.right_ms)):
        print(f"  {gettext(label)}: {value:.0f} ms")
    return 0


def _bench_client_list(args: argparse.Namespace) -> int:
    from cjeapp.bench.client_list_bench import run
    from cjeapp.core.locale_format import format_number

    result = run(args.db, clients=args.clients)
    print(gettext(N_("client list: {clients} clients")).format(
        clients=format_number(result.clients)))
    print(f"first paint {result.paint_seconds * 1000:.0f} ms, "
          f"{result.rows_loaded} rows read after 20 screens of scrolling")
    print(f"memory: {result.rss_before_mb:.0f} MB before, {result.rss_after_paint_mb:.0f} MB "
          f"after the first paint, {result.rss_after_scroll_mb:.0f} MB after scrolling")
    return 0


def _bench_documents(args: argparse.Namespace) -> int:
    from cjeapp.bench.documents_bench import run

    result = run(args.count)
    print(gettext(N_("documents: {count} attestations issued, register included")).format(
        count=result.count))
    print(f"median {result.median_ms:.1f} ms per document, total {result.total_seconds:.2f} s, "
          f"one alone {result.single_ms:.1f} ms")
    return 0


def document(args: argparse.Namespace) -> int:
    from datetime import date

    from cjeapp.core.db.database import Database
    from cjeapp.core.documents import issuing
    from cjeapp.core.permissions import SYSTEM

    try:
        db = Database.open(args.db)
        try:
            if args.kind == "collection_notice":
                draft = issuing.notice_draft(db, args.client, args.doc_lang)
            elif args.kind == "attestation_participation":
                if not args.activity:
                    print(gettext(N_("Error: --activity is needed for this kind.")),
                          file=sys.stderr)
                    return 2
                draft = issuing.participation_draft(db, args.client, args.activity,
                                                      args.doc_lang)
            elif args.kind == "attestation_services":
                if not (args.period_from and args.period_to):
                    print(gettext(N_("Error: --from and --to are needed for this kind.")),
                          file=sys.stderr)
                    return 2
                draft = issuing.services_draft(db, args.client,
                                                 date.fromisoformat(args.period_from),
                                                 date.fromisoformat(args.period_to),
                                                 args.doc_lang)
            else:
                if not args.referral:
                    print(gettext(N_("Error: --referral is needed for this kind.")),
                          file=sys.stderr)
                    return 2
                draft = issuing.referral_draft(db, args.referral, args.doc_lang)
            issued = issuing.issue(db, SYSTEM, draft)
        finally:
            db.close()
    except CjeError as error:
        return _fail(error)
    args.out.write_bytes(issued.pdf)
    print(gettext(N_("Document {number} written to {path} (verification code {code}).")).format(
        number=issued.document.number, path=args.out, code=issued.document.verification_code))
    return 0


def verify_document(args: argparse.Namespace) -> int:
    from cjeapp.core.db.database import Database
    from cjeapp.core.documents import issuing

    if not args.file.is_file():
        print(gettext(N_("Error: {message}")).format(message=args.file), file=sys.stderr)
        return 2
    try:
        db = Database.open(args.db)
        try:
            result = issuing.verify(db, args.file.read_bytes())
        finally:
            db.close()
    except CjeError as error:
        return _fail(error)
    print(result.reason)
    return 0 if result.genuine else 1


def export(args: argparse.Namespace) -> int:
    from datetime import date

    from cjeapp.core.db.database import Database
    from cjeapp.core.permissions import SYSTEM
    from cjeapp.core.reporting import package
    from cjeapp.core.reporting.profile import load

    try:
        first, last = date.fromisoformat(args.period_from), date.fromisoformat(args.period_to)
    except ValueError:
        print(gettext(N_("Error: dates are written YYYY-MM-DD.")), file=sys.stderr)
        return 2
    try:
        profile = load(args.profile)
        db = Database.open(args.db)
        try:
            sequence = args.sequence or package.next_sequence(db, profile, first, last)
            result = package.build(db, SYSTEM, profile, first, last, args.out,
                                   sequence=sequence)
        finally:
            db.close()
    except package.PackageRefused as refused:
        for problem in refused.problems:
            if problem.error:
                print(gettext(N_("ERROR: {message}")).format(message=(
                    f"{problem.table} · {problem.client_id or ''} · {problem.column}: "
                    f"{problem.message}")))
        return _fail(refused)
    except CjeError as error:
        return _fail(error)
    for problem in result.warnings[:50]:
        print(gettext(N_("WARNING: {message}")).format(message=(
            f"{problem.table} · {problem.client_id or ''} · {problem.column}: "
            f"{problem.message}")))
    print(gettext(N_("Package written: {path}")).format(path=result.path))
    for table, count in result.row_counts.items():
        print(f"  {table}: {count}")
    return 0


def verify_package(args: argparse.Namespace) -> int:
    from cjeapp.core.reporting import package

    key = args.public_key.read_bytes() if args.public_key else None
    verdict = package.verify(args.file, key)
    print(verdict.reason)
    return 0 if verdict.intact else 1


def _bench_export(args: argparse.Namespace) -> int:
    from cjeapp.bench.export_bench import run

    result = run(persons=args.clients if args.clients != 100_000 else 50_000,
                 services=500_000)
    print(f"export: {result.persons} persons, {result.services} services: "
          f"{result.seconds:.1f} s, peak memory {result.peak_mb:.0f} MB")
    return 0
