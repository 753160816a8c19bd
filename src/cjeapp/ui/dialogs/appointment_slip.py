"""The appointment slip, seen before it is printed or saved to be sent."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cjeapp.core.agenda.slip import appointment_slip
from cjeapp.core.errors import CjeError
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.pdf_preview import PdfPreviewDialog
from cjeapp.ui.dialogs.pdf_preview import print_pdf
from cjeapp.ui.files import save_bytes
from cjeapp.ui.messages import show_error


def show_slip(parent: QWidget, context: AppContext, appointment_id: str) -> bool:
    """Preview the slip; print it or save it as a PDF. False when it could not be made."""
    try:
        pdf = appointment_slip(context.db, context.actor, appointment_id)
    except CjeError as error:
        show_error(parent, error)
        return False
    dialog = PdfPreviewDialog(pdf, QCoreApplication.translate("AppointmentSlip",
                                                              "Appointment slip"), parent)
    if dialog.exec() and dialog.choice == "print":
        print_pdf(parent, pdf)
    elif dialog.choice == "save":
        save_bytes(parent, pdf, "rendez-vous.pdf", "PDF (*.pdf)")
    return True
