"""Partners, from a directory kept in a spreadsheet: each row checked as the partner form
checks it; an organization already in the directory (the same name, accents and case
aside) or earlier in the file is a likely duplicate, left out unless chosen."""

from __future__ import annotations

from sqlalchemy import select

from cjeapp.core.casework.partners import PartnerForm
from cjeapp.core.casework.partners import partner_values
from cjeapp.core.db.database import Database
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.imports.fields import coded_value
from cjeapp.core.imports.fields import key
from cjeapp.core.imports.fields import refusal
from cjeapp.core.imports.kind_fields import KINDS
from cjeapp.core.imports.mappings import Mapping
from cjeapp.core.imports.reading import Sheet
from cjeapp.core.imports.rows import BatchWriter
from cjeapp.core.imports.rows import Choice
from cjeapp.core.imports.rows import DryRun
from cjeapp.core.imports.rows import Imported
from cjeapp.core.imports.rows import Progress
from cjeapp.core.imports.rows import RowCells
from cjeapp.core.imports.rows import RowResult
from cjeapp.core.imports.rows import Stop
from cjeapp.core.imports.rows import checked_each
from cjeapp.core.imports.rows import columns_of
from cjeapp.core.imports.rows import finished
from cjeapp.core.imports.rows import require_columns
from cjeapp.core.imports.rows import row_cells
from cjeapp.core.imports.rows import write_checked
from cjeapp.core.models import Partner
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission

KIND = KINDS["partners"]


def _form(cell: RowCells, mapping: Mapping) -> tuple[PartnerForm, list[FieldError]]:
    errors: list[FieldError] = []
    kind_text = cell("kind")
    kind = ""
    if kind_text:
        spec = KIND.field("kind")
        code = coded_value(spec, kind_text, mapping.translations.get("kind", {}), {})
        if code is None:
            errors.append(FieldError("kind", refusal(spec, kind_text)))
        kind = code or ""
    form = PartnerForm(name=cell("name"), kind=kind,
                       **{name: cell(name) or None for name in (
                           "contact_person", "phone", "email", "address", "offers")})
    if not errors:
        try:
            partner_values(form)
        except ValidationError as refused:
            errors.extend(refused.errors)
    return form, errors


def dry_run(db: Database, actor: Actor, sheet: Sheet, mapping: Mapping, *,
            report: Progress | None = None, cancelled: Stop | None = None) -> DryRun:
    """Every row checked, nothing written."""
    actor.require(Permission.DATA_IMPORT)
    actor.require(Permission.PARTNER_WRITE)
    require_columns(sheet, mapping, KIND.required, KIND.captions())
    columns = columns_of(sheet, mapping, KIND.captions())
    with db.read_session() as session:
        known = {key(name): name for name in session.scalars(
            select(Partner.name).where(Partner.deleted_at.is_(None)))}
    earlier: dict[str, int] = {}
    captions = KIND.captions()
    results: list[RowResult] = []
    for index, cells in checked_each(sheet.rows, report, cancelled):
        row = sheet.row_number(index)
        cell = row_cells(sheet, columns, cells)
        form, errors = _form(cell, mapping)
        if errors or cell.flawed:
            results.append(finished(RowResult(row, "error", None, form.name, errors), cell,
                                    captions))
            continue
        name = key(form.name)
        copies = []
        if name in known:
            copies.append(msg(N_("the partner {name} of the directory"), name=known[name]))
        if name in earlier:
            copies.append(msg(N_("row {row} of this file"), row=earlier[name]))
        earlier.setdefault(name, row)
        results.append(RowResult(row, "duplicate" if copies else "ready", form, form.name,
                                 duplicates=copies, choices=("create",) if copies else ()))
    return DryRun("partners", sheet, mapping, results)


def import_partners(db: Database, actor: Actor, sheet: Sheet, mapping: Mapping, *,
                    choices: dict[int, Choice] | None = None, leave_out_errors: bool = False,
                    report: Progress | None = None, cancelled: Stop | None = None) -> Imported:
    """Check every row again, then add the partners as one batch (all or nothing)."""
    actor.require(Permission.DATA_IMPORT)
    actor.require(Permission.PARTNER_WRITE)
    checked = dry_run(db, actor, sheet, mapping, cancelled=cancelled)
    return write_checked(db, actor, checked, choices=choices, leave_out_errors=leave_out_errors,
                         report=report, cancelled=cancelled, write=_write)


def _write(writer: BatchWriter, result: RowResult, _choice: Choice) -> None:
    writer.add(Partner, partner_values(result.form), result.row)
