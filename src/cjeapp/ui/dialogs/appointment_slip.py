"""The appointment slip, seen before it is printed or saved to be sent."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cjeapp.core.agenda.slip import appointment_slip
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.pdf_preview import PdfPreviewDialog
from cjeapp.ui.dialogs.pdf_preview import print_pdf
from cjeapp.ui.files import save_bytes
from cjeapp.ui.messages import show_error
from cjeapp.ui.operations import Query


def show_slip(parent: QWidget, context: AppContext, appointment_id: str) -> None:
    """Make the slip off the screen's thread (making one is logged, so on the one writer),
    then preview it to print it or save it as a PDF; a slip that cannot be made is said
    in a sentence and nothing is previewed."""
    db, actor = context.db, context.actor
    slip: Query[bytes] = Query(parent, lambda pdf: _preview(parent, pdf),
                               refused=lambda error: show_error(parent, error), writes=True)
    slip.run(lambda: appointment_slip(db, actor, appointment_id))


def _preview(parent: QWidget, pdf: bytes) -> None:
    dialog = PdfPreviewDialog(pdf, QCoreApplication.translate("AppointmentSlip",
                                                              "Appointment slip"), parent)
    if dialog.exec() and dialog.choice == "print":
        print_pdf(parent, pdf)
    elif dialog.choice == "save":
        save_bytes(parent, pdf, "rendez-vous.pdf", "PDF (*.pdf)")
