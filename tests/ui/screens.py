"""Every window, page and dialog of the program, built on a real database, for the tests
that check all of them at once (sizes on a small laptop, no English on a French screen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from cjeapp.core.casework.referral_details import details_in_text
from cjeapp.core.db.database import Database
from cjeapp.core.documents import issuing
from cjeapp.core.exchange.replicas import LaptopStatus
from cjeapp.core.ids import ClientId
from cjeapp.core.people.timeline import client_appointments
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.reporting.board import fiscal_year
from cjeapp.core.reporting.board_figures import BoardFilter
from cjeapp.ui.about_dialog import AboutDialog
from cjeapp.ui.about_dialog import LicencesDialog
from cjeapp.ui.context import AppContext
from cjeapp.ui.crash_dialog import CrashDialog
from cjeapp.ui.dialogs.batch_dialog import BatchDialog
from cjeapp.ui.dialogs.board_records import BoardRecordsDialog
from cjeapp.ui.dialogs.board_records import Entry
from cjeapp.ui.dialogs.booking_dialog import BookingDialog
from cjeapp.ui.dialogs.decision_dialogs import BookingDecisionDialog
from cjeapp.ui.dialogs.decision_dialogs import CapacityDecisionDialog
from cjeapp.ui.dialogs.exchange_dialog import ExchangeDialog
from cjeapp.ui.dialogs.find_person_dialog import FindPersonDialog
from cjeapp.ui.dialogs.findings_dialog import FindingsDialog
from cjeapp.ui.dialogs.import_wizard import ImportWizard
from cjeapp.ui.dialogs.intake_dialog import IntakeDialog
from cjeapp.ui.dialogs.keys_dialog import KeysDialog
from cjeapp.ui.dialogs.laptop_backups_dialog import LaptopBackupsDialog
from cjeapp.ui.dialogs.pdf_preview import PdfPreviewDialog
from cjeapp.ui.dialogs.referral_details_dialog import ReferralDetailsDialog
from cjeapp.ui.dialogs.register_laptop_dialog import RegisterLaptopDialog
from cjeapp.ui.dialogs.second_person_dialog import SecondPersonDialog
from cjeapp.ui.first_run_dialog import FirstRunDialog
from cjeapp.ui.lock import LockDialog
from cjeapp.ui.main_window import NAVIGATION_WIDTH
from cjeapp.ui.main_window import MainWindow
from cjeapp.ui.recovery_dialogs import RecoveryKeyDialog
from cjeapp.ui.recovery_dialogs import UseRecoveryKeyDialog
from cjeapp.ui.settings.server_copy_tab import ServerCopyTab
from cjeapp.ui.sign_in_dialog import SignInDialog
from cjeapp.ui.window_size import SMALL_LAPTOP_125
from cjeapp.ui.window_size import SMALL_LAPTOP_150

ROLES = ("administrator", "director", "coordinator", "counsellor", "reception")


Screen = tuple[str, QWidget, QSize]

# What a window's frame takes around a page: the navigation (or the file's side tabs) and
# the margins beside it; the menu and status bars (or the file's header and Save row) above
# and below.
# A section of a person's file scrolls when taller than the window: only its width counts.
PAGE_FRAME = QSize(NAVIGATION_WIDTH + 30, 60)
TAB_FRAME = QSize(230 + 40, -10_000)


def scaled_to_150() -> bool:
    """The tests run under QT_SCALE_FACTOR=1.5 (tests/ui/test_at_150_percent.py)."""
    screen = QGuiApplication.primaryScreen()
    return screen is not None and screen.devicePixelRatio() >= 1.5


def laptop_area() -> QSize:
    """The free area screens are held to: a 1366×768 laptop at 150 % when the tests run
    scaled so, at 125 % otherwise (window_size.py)."""
    return SMALL_LAPTOP_150 if scaled_to_150() else SMALL_LAPTOP_125


def every_screen(db: Database, staff: dict[str, Actor], client_id: ClientId,
                 tmp_path: Path) -> Iterator[Screen]:
    """(name, widget, room) for each top-level window and dialog, each page of the main
    window for every role, and each tab of a person's file for every role; ``room`` is the
    space it has on a 1366×768 laptop (laptop_area). The caller closes them."""
    area = laptop_area()
    for name, widget in _every_screen(db, staff, client_id, tmp_path):
        frame = (PAGE_FRAME if name.startswith("page ") else
                 TAB_FRAME if name.startswith("tab ") else QSize(0, 0))
        yield name, widget, area - frame


def _every_screen(db: Database, staff: dict[str, Actor], client_id: ClientId,
                  tmp_path: Path) -> Iterator[tuple[str, QWidget]]:
    yield "SignInDialog", SignInDialog(db.path)
    yield "FirstRunDialog", FirstRunDialog(tmp_path / "new.sqlite3")
    yield "RecoveryKeyDialog", RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567")
    yield "UseRecoveryKeyDialog", UseRecoveryKeyDialog(db.path)
    for role in ROLES:
        actor = staff[role]
        window = MainWindow(db, actor)
        context = window.context
        yield f"MainWindow[{role}]", window
        for key in window.section_keys():
            yield f"page {key}[{role}]", window.show_section(key)
        yield f"MainWindow[{role}] with every page built", window
        if context.can(Permission.CLIENT_READ):
            file_window = window.open_client(client_id)
            yield f"ClientFileWindow[{role}]", file_window
            for index in range(file_window.tabs.count()):
                file_window.tabs.setCurrentIndex(index)
                yield (f"tab {file_window.tabs.tabText(index)}[{role}]",
                       file_window.tabs.widget(index))
            yield f"ClientFileWindow[{role}] with every tab shown", file_window
    counsellor = AppContext(db, staff["counsellor"])
    yield "LockDialog", LockDialog(db, staff["counsellor"])
    yield "IntakeDialog", IntakeDialog(counsellor)
    yield "BookingDialog", BookingDialog(counsellor, client_id)
    pdf = issuing.preview(db, staff["counsellor"],
                          issuing.notice_draft(db, staff["counsellor"], client_id))
    yield "PdfPreviewDialog", PdfPreviewDialog(pdf, "Avis", can_issue=True)
    yield "BatchDialog", BatchDialog(counsellor, _an_activity(db, staff["counsellor"]), "Atelier")
    try:
        raise ValueError("a test of the dialog")
    except ValueError as error:
        yield "CrashDialog", CrashDialog((ValueError, error, error.__traceback__))
    yield "ReferralDetailsDialog", ReferralDetailsDialog(details_in_text(
        "Nom : BENALI Khadija\nNo client MIFI : 12345678\nDate de naissance : 14 mars 1988\n"
        "Téléphone : 418 555-0123\nCourriel : k.benali@courriel.example\n"
        "Langues : arabe, français\nInterprète : arabe\n"), {"first_name": "Khadija"})
    yield "ImportWizard", ImportWizard(AppContext(db, staff["coordinator"]))
    yield "RegisterLaptopDialog", RegisterLaptopDialog(AppContext(db, staff["coordinator"]))
    yield "ExchangeDialog", ExchangeDialog(counsellor, LaptopStatus(
        "hub", "Carrefour jeunesse-emploi de Frontenac", None, 3))
    coordination = AppContext(db, staff["coordinator"])
    yield "FindingsDialog", FindingsDialog(coordination)
    yield "KeysDialog", KeysDialog(coordination)
    yield "BoardRecordsDialog", BoardRecordsDialog(
        coordination, "Personnes accueillies et servies",
        [Entry("Personnes servies (12)", BoardFilter(*fiscal_year()), "people", "served"),
         Entry("Nouvelles personnes (3)", BoardFilter(*fiscal_year()), "people", "new")])
    first, second = _two_appointments(db, staff, client_id)
    yield "BookingDecisionDialog", BookingDecisionDialog(coordination, first, second)
    booked = BookingDialog(counsellor, client_id)
    booked.result_row = next(row for row in client_appointments(
        db, staff["counsellor"], client_id) if row.id == first)
    booked.show_booked(booked.result_row)
    yield "BookingDialog once booked", booked
    yield "FindPersonDialog", FindPersonDialog(counsellor, "Nouveau rendez-vous : pour qui ?")
    yield "CapacityDecisionDialog", CapacityDecisionDialog(
        coordination, _an_activity(db, staff["coordinator"], "Atelier budget"))
    yield "LaptopBackupsDialog", LaptopBackupsDialog(AppContext(db, staff["administrator"]))
    yield "SecondPersonDialog", SecondPersonDialog()
    # Paramètres' tab on the office's server (the page itself shows it there only)
    yield "page settings: ServerCopyTab", ServerCopyTab(AppContext(db, staff["administrator"]))
    about = AboutDialog(db.path)
    yield "AboutDialog", about
    yield "LicencesDialog", LicencesDialog()


def _an_activity(db: Database, actor: Actor, title: str = "Atelier emploi") -> str:
    from cjeapp.core.groups import activities

    return activities.create_activity(db, actor, kind="school_workshop", title=title,
                                      parts_required=1, capacity=10).id


def _two_appointments(db: Database, staff: dict[str, Actor],
                      client_id: ClientId) -> tuple[str, str]:
    """Two appointments of the counsellor, one after the other, a week from now."""
    from datetime import datetime
    from datetime import time

    from cjeapp.core import clock
    from cjeapp.core.agenda import appointments
    from cjeapp.core.calendar.business_days import BusinessCalendar

    day = BusinessCalendar.for_organization([]).add_business_days(clock.today(), 5)
    counsellor = staff["counsellor"].user_id
    assert counsellor is not None
    booked = [appointments.book(db, staff["coordinator"], client_id=client_id,
                                counsellor_id=counsellor, kind="follow_up", place="office",
                                starts_at=datetime.combine(day, time(hour, 0),
                                                           tzinfo=clock.LOCAL_ZONE),
                                minutes=45).id for hour in (10, 11)]
    return booked[0], booked[1]
