"""The board leaving the organization: a PDF for the board of directors or a spreadsheet,
in French or English, small counts hidden, each export written to the audit log."""

from __future__ import annotations

from enum import StrEnum

from cjeapp.core.db.database import Database
from cjeapp.core.i18n import current_language
from cjeapp.core.i18n import set_language
from cjeapp.core.org.organization import organization_name
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.reporting.board import board
from cjeapp.core.reporting.board_figures import BoardFilter
from cjeapp.core.reporting.board_values import for_outside
from cjeapp.core.unit_of_work import unit_of_work


class BoardFormat(StrEnum):
    PDF = "pdf"
    XLSX = "xlsx"


def export_board(db: Database, actor: Actor, chosen: BoardFilter, form: BoardFormat,
                 language: str = "fr") -> bytes:
    """The board's file; its labels in ``language`` whatever the screens' language."""
    actor.require(Permission.REPORT_READ)
    kept = current_language()
    set_language(language)
    try:
        figures = for_outside(board(db, actor, chosen))  # it leaves the organization
        if form is BoardFormat.PDF:
            from cjeapp.core.reporting.board_pdf import board_pdf

            data = board_pdf(figures, organization_name(db), language)
        else:
            from cjeapp.core.reporting.board_xlsx import board_xlsx

            data = board_xlsx(figures, organization_name(db), language)
    finally:
        set_language(kept)
    with unit_of_work(db, actor) as uow:
        uow.audit("export", "board", None, {
            "document": "board", "format": form.value, "language": language,
            "from": chosen.first.isoformat(), "to": chosen.last.isoformat(),
            "office": chosen.office_id, "counsellor": chosen.counsellor_id})
    return data
