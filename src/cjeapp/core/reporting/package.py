"""The package for the funder: one zip with every table as CSV (UTF-8 with a byte-order
mark, documented columns), one XLSX workbook, a PDF summary with charts, and manifest.json
with the SHA-256 of every file, signed with the organization's Ed25519 key. The same data
and profile give the same bytes. Rows stream from the database; nothing of a failed or
cancelled package remains."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlalchemy import select

from cjeapp import __version__
from cjeapp.core.db.database import Database
from cjeapp.core.errors import Cancelled
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import current_language
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import msg
from cjeapp.core.models import FunderPackage
from cjeapp.core.org.organization import get_organization
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.reporting import keys
from cjeapp.core.reporting.aggregates import AggregateBuilder
from cjeapp.core.reporting.aggregates import AggregateRow
from cjeapp.core.reporting.package_files import add_aggregates_sheet
from cjeapp.core.reporting.package_files import add_columns_sheet
from cjeapp.core.reporting.package_files import add_table_sheet
from cjeapp.core.reporting.package_files import aggregates_csv
from cjeapp.core.reporting.package_files import columns_csv
from cjeapp.core.reporting.package_files import write_table_csv
from cjeapp.core.reporting.package_verify import MANIFEST
from cjeapp.core.reporting.package_verify import PUBLIC_KEY
from cjeapp.core.reporting.package_verify import placeholder_comment
from cjeapp.core.reporting.package_verify import seal
from cjeapp.core.reporting.package_verify import verify as verify
from cjeapp.core.reporting.profile import Profile
from cjeapp.core.reporting.profile import Table
from cjeapp.core.reporting.sources import Sources
from cjeapp.core.reporting.validation import Problem
from cjeapp.core.reporting.validation import cell
from cjeapp.core.reporting.validation import check_row
from cjeapp.core.unit_of_work import unit_of_work

FIXED_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class PackageResult:
    path: Path
    row_counts: dict[str, int]
    warnings: list[Problem]
    aggregates: list[AggregateRow]


class PackageRefused(CjeError):
    def __init__(self, problems: list[Problem]) -> None:
        count = sum(1 for p in problems if p.error)
        super().__init__(msg(N_("{count} problem blocks the package; fix it first.")
                             if count == 1 else
                             N_("{count} problems block the package; fix them first."),
                             count=count))
        self.problems = problems


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _normalize_xlsx(source_path: Path, target_path: Path, stamp: str) -> None:
    """openpyxl writes the time of saving (zip entries, "modified" property): fix both.
    Entries are copied as streams: a year's services sheet is too big to hold in memory."""
    with zipfile.ZipFile(source_path) as source, zipfile.ZipFile(target_path, "w") as target:
        for item in sorted(source.infolist(), key=lambda i: i.filename):
            if item.filename == "docProps/core.xml":
                content = MODIFIED.sub(rb"\g<1>" + stamp.encode() + rb"\g<2>",
                                       source.read(item.filename))
                target.writestr(_info(item.filename), content)
                continue
            with source.open(item) as reader, target.open(_info(item.filename), "w") as writer:
                shutil.copyfileobj(reader, writer, 1 << 20)


def _add_file(package: zipfile.ZipFile, digests: dict[str, str], name: str,
              path: Path) -> None:
    digest = hashlib.sha256()
    with path.open("rb") as reader, package.open(_info(name), "w") as writer:
        while chunk := reader.read(1 << 20):
            digest.update(chunk)
            writer.write(chunk)
    digests[name] = digest.hexdigest()


def build(db: Database, actor: Actor, profile: Profile, first: date, last: date, out: Path,
          *, sequence: int = 1, on_progress: Callable[[str], None] | None = None,
          cancelled: Callable[[], bool] | None = None,
          language: str | None = None) -> PackageResult:
    """Validate, then write the package to ``out`` (atomically). ``language`` is the one of
    the summary and the workbook's column descriptions (default: the current one)."""
    from openpyxl import Workbook

    actor.require(Permission.FUNDER_EXPORT)
    language = language or current_language()
    organization = get_organization(db)
    signer = keys.signing_key(actor)
    sources = Sources(db, first, last, keys.Pseudonyms(actor))
    problems: list[Problem] = []
    partial = out.with_name(out.name + ".partial")
    digests: dict[str, str] = {}
    counts: dict[str, int] = {}
    aggregates = AggregateBuilder(profile)
    workbook = Workbook(write_only=True)
    workbook.properties.creator = "cjeapp"
    fixed = datetime(first.year, first.month, first.day)  # no clock time in the bytes
    workbook.properties.created = fixed
    workbook.properties.modified = fixed
    work = tempfile.TemporaryDirectory()
    try:
        with zipfile.ZipFile(partial, "w") as package:
            for table in profile.tables:
                if on_progress:
                    on_progress(table.name)

                def cells(table: Table = table) -> Iterator[dict[str, Any]]:
                    for row in sources.rows(table.source):
                        problems.extend(check_row(table, row, profile))
                        values = {column.name: cell(row, column, profile)
                                  for column in table.columns}
                        aggregates.add(table.name, values, row.get("pseudonym"))
                        yield values

                def check_cancel(count: int) -> None:
                    if cancelled and count % 1000 == 0 and cancelled():
                        raise Cancelled()

                written = write_table_csv(table, cells(), Path(work.name) / "table.csv",
                                          check_cancel)
                _add_file(package, digests, f"{table.name}.csv", written.path)
                add_table_sheet(workbook, written)
                counts[table.name] = written.count
            if any(problem.error for problem in problems):
                raise PackageRefused(problems)
            aggregate_rows = aggregates.rows()
            _write(package, digests, "aggregates.csv", aggregates_csv(aggregate_rows))
            add_aggregates_sheet(workbook, aggregate_rows)
            _write(package, digests, "columns.csv", columns_csv(profile))
            add_columns_sheet(workbook, profile, language)
            saved, fixed_xlsx = Path(work.name) / "saved.xlsx", Path(work.name) / "fixed.xlsx"
            workbook.save(saved)
            _normalize_xlsx(saved, fixed_xlsx, f"{first.isoformat()}T00:00:00Z")
            _add_file(package, digests, "workbook.xlsx", fixed_xlsx)
            from cjeapp.core.reporting.summary_pdf import summary_pdf

            _write(package, digests, "summary.pdf", summary_pdf(
                organization.name, profile, first, last, counts, aggregate_rows, language))
            _write(package, digests, PUBLIC_KEY, keys.pem_of(signer))  # signed too
            with unit_of_work(db, actor) as reading:  # the audit chain as it stands
                head = reading.chain_head()
            manifest = json.dumps({
                # An anchor of the organization's audit log kept with the funder: a log
                # later cut or rewritten at or before it is found (cjeapp check --against).
                "audit_head": {"seq": head[0], "hash": head[1]} if head else None,
                "organization": organization.name,
                "agreement_number": organization.agreement_number,
                "period": {"from": first.isoformat(), "to": last.isoformat()},
                "profile": {"name": profile.name, "version": profile.version,
                            "sha256": hashlib.sha256(profile.text.encode()).hexdigest()},
                "program_version": __version__, "sequence": sequence,
                "row_counts": counts, "files": dict(sorted(digests.items())),
            }, ensure_ascii=False, indent=2, sort_keys=True).encode()
            package.writestr(_info(MANIFEST), manifest)
            package.comment = placeholder_comment()
        seal(partial, signer.sign)
        os.replace(partial, out)
    except BaseException:
        partial.unlink(missing_ok=True)
        _discard(workbook)
        raise
    finally:
        work.cleanup()
    with unit_of_work(db, actor) as uow:
        uow.add(FunderPackage(
            profile=_profile_label(profile), period_from=first, period_to=last,
            sequence=sequence, manifest_sha256=hashlib.sha256(manifest).hexdigest()))
        uow.audit("export", "funder_package", None, {
            "profile": _profile_label(profile), "from": first.isoformat(),
            "to": last.isoformat(), "sequence": sequence, "rows": counts,
            "manifest_sha256": hashlib.sha256(manifest).hexdigest()})
    return PackageResult(out, counts, [p for p in problems if not p.error], aggregate_rows)


def problem_line(problem: Problem, language: str | None = None) -> str:
    return (f"{problem.table} · {problem.client_id or ''} · {problem.column}: "
            f"{problem.message.render(language)}")


def warnings_path(package_path: Path, language: str | None = None) -> Path:
    suffix = gettext(N_("warnings"), language)
    return package_path.with_name(f"{package_path.stem}-{suffix}.txt")


def write_warnings(result: PackageResult, language: str | None = None) -> Path:
    """Every warning of a package, one per line, in a text file beside it (UTF-8 with a
    byte-order mark, so a double-click in Windows shows the accents)."""
    path = warnings_path(result.path, language)
    lines = [gettext(N_("WARNING: {message}"), language).format(
        message=problem_line(problem, language)) for problem in result.warnings]
    partial = path.with_name(path.name + ".partial")
    partial.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    os.replace(partial, path)
    return path


def _discard(workbook: Any) -> None:
    """Close the write-only sheets of an abandoned workbook (openpyxl keeps XML writers
    open until saved, and complains when they are collected half-written)."""
    with contextlib.suppress(Exception):
        workbook.save(io.BytesIO())


def _write(package: zipfile.ZipFile, digests: dict[str, str], name: str, data: bytes) -> None:
    package.writestr(_info(name), data)
    digests[name] = hashlib.sha256(data).hexdigest()


def _profile_label(profile: Profile) -> str:
    return f"{profile.name} {profile.version}"


def next_sequence(db: Database, actor: Actor, profile: Profile, first: date,
                  last: date) -> int:
    """1 for the first package of a period, then 2, 3... for corrected ones."""
    actor.require(Permission.FUNDER_EXPORT)
    with db.read_session() as session:
        sent = session.scalar(select(func.max(FunderPackage.sequence)).where(
            FunderPackage.profile == _profile_label(profile),
            FunderPackage.period_from == first, FunderPackage.period_to == last,
            FunderPackage.deleted_at.is_(None)))
    return (sent or 0) + 1
