"""The reception's and the counsellor's work with the keyboard alone (issue 37, item 4).

Each workflow starts from the main window signed in as the right role and is driven only by
keys sent where the keyboard's focus is (shortcuts, Tab and Shift+Tab, arrows, Enter, Space,
typing): no click and no call on a widget but reading it. The result is read back through
core services. A dialog the program opens with exec() is shown instead (not modal, in the
test's own loop) and driven by keys the same way."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from cjeapp.core.db.database import Database
from cjeapp.core.locale_format import format_time
from cjeapp.core.permissions import Actor
from cjeapp.core.reception import visits
from cjeapp.ui.client_file.window import ClientFileWindow
from cjeapp.ui.main_window import MainWindow
from tests.ui.keyboard import focused
from tests.ui.keyboard import key
from tests.ui.keyboard import tab_to
from tests.ui.keyboard import type_here
from tests.ui.waiting import wait_until_idle

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def signed_in(qtbot: QtBot, db: Database, staff: dict[str, Actor]
              ) -> Callable[[str], MainWindow]:
    def window_of(role: str) -> MainWindow:
        window = MainWindow(db, staff[role])
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window
                        and QApplication.focusWidget() is not None, timeout=3000)
        return window
    return window_of


Steps = Callable[[QDialog], None]


@pytest.fixture
def driving(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
            ) -> Callable[[type[QDialog], Steps], list[QDialog]]:
    """``driving(DialogClass, steps)``: when the program opens such a dialog, it is shown and
    ``steps`` (keys only) run on it; it must be closed by them (accepted or not)."""
    def drive(kind: type[QDialog], steps: Steps) -> list[QDialog]:
        opened: list[QDialog] = []

        def shown_and_driven(dialog: QDialog) -> int:
            opened.append(dialog)
            qtbot.addWidget(dialog)
            dialog.show()
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
            try:
                steps(dialog)
            finally:
                still_open = dialog.isVisible()
                if still_open:
                    dialog.reject()
            assert not still_open, f"the keys left the dialog open: {_said(dialog)}"
            return dialog.result()

        monkeypatch.setattr(kind, "exec", shown_and_driven)
        return opened
    return drive


def _said(dialog: QDialog) -> list[str]:
    """What the dialog shows in its labels (its refusals among them)."""
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in dialog.findChildren(QLabel)
            if label.isVisibleTo(dialog) and label.text()]


def test_a_walk_in_waits_then_is_seen(qtbot: QtBot, db: Database,
                                              staff: dict[str, Actor], helene: str,
                                              signed_in: Callable[[str], MainWindow]) -> None:
    main = signed_in("reception")
    wait_until_idle()
    key(Qt.Key.Key_F, CTRL)  # the search box, from anywhere
    desk = main.pages.currentWidget()
    assert focused() is desk.search_box
    type_here("côté")
    key(Qt.Key.Key_Down)  # to the results, the first chosen
    wait_until_idle()
    assert focused() is desk.results and desk.results.current_client_id() == helene
    tab_to(desk.reason, most=4)
    type_here("Demande de carte RAMQ")
    key(Qt.Key.Key_Return)
    wait_until_idle()
    assert [(visit.client_id, visit.reason, visit.status)
            for visit in visits.visits_of_day(db, staff["reception"])] == [
        (helene, "Demande de carte RAMQ", "waiting")]

    # The counsellor takes the next person, then ends the visit with its outcome (at
    # another desk: one main window shown at a time, as the program does).
    main.hide()
    counsellor = signed_in("counsellor")
    wait_until_idle()
    key(Qt.Key.Key_F, CTRL)  # the counsellor's desk too
    desk = counsellor.pages.currentWidget()
    tab_to(desk.take_next_button, most=12)
    key(Qt.Key.Key_Space)
    wait_until_idle()
    # Waiting lets the offscreen platform take the activation from the window (the program
    # before the runner did so too, given the time): as a person's click gives it back.
    counsellor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    assert "is with you" in desk.status.text()
    tab_to(desk.visit_table, most=8, backwards=True)
    key(Qt.Key.Key_Down)  # the one visit of the day
    wait_until_idle()
    tab_to(desk.outcome, most=4)
    type_here("Formulaire rempli")
    key(Qt.Key.Key_Return)
    wait_until_idle()
    assert [(visit.client_id, visit.status) for visit in
            visits.visits_of_day(db, staff["counsellor"])] == [(helene, "closed")]


def test_a_new_person_gets_a_file_and_waits(qtbot: QtBot, db: Database, staff: dict[str, Actor],
                                            signed_in: Callable[[str], MainWindow],
                                            driving: Callable[[type[QDialog], Steps],
                                                              list[QDialog]]) -> None:
    from datetime import date

    from cjeapp.core.search import finder
    from cjeapp.ui.dialogs.intake_dialog import IntakeDialog

    def intake(dialog: QDialog) -> None:
        assert isinstance(dialog, IntakeDialog)
        assert focused() is dialog.first_name  # the name typed at the desk, to check
        assert (dialog.first_name.text(), dialog.last_name.text()) == ("Marie", "Tremblay")
        tab_to(dialog.birth_date)
        type_here("1990-05-31")
        tab_to(dialog.phone)
        type_here("819 555-0199")
        tab_to(dialog.sex)
        type_here("F")  # the first choice starting so: Female
        tab_to(dialog.country_of_birth)
        type_here("Colombia")
        tab_to(dialog.region)
        type_here("Chaudière")  # Chaudière-Appalaches
        tab_to(dialog.category)  # what the funder's package needs, asked at once
        type_here("Family")  # Family reunification
        tab_to(dialog.arrival_date)
        type_here("2026-03-01")
        tab_to(dialog.counsellor)
        type_here("Test counsellor")
        wait_until_idle()
        tab_to(dialog.reason)
        type_here("Première visite")
        key(Qt.Key.Key_Return)  # the default button: create the file
        wait_until_idle()

    opened = driving(IntakeDialog, intake)
    main = signed_in("reception")
    wait_until_idle()
    key(Qt.Key.Key_F, CTRL)
    type_here("Marie Tremblay")
    key(Qt.Key.Key_N, CTRL)  # New person… (a button's shortcut clicks it a moment later)
    qtbot.waitUntil(lambda: len(opened) == 1 and not opened[0].isVisible(), timeout=3000)
    hits = finder.search_clients(db, staff["reception"], "marie tremblay")
    assert len(hits) == 1
    assert [(visit.client_id, visit.reason) for visit in
            visits.visits_of_day(db, staff["reception"])] == [(hits[0].id, "Première visite")]
    from cjeapp.core.people import clients

    person, _warnings = clients.open_client(db, staff["reception"], hits[0].id)
    assert (person.sex, person.country_of_birth, person.phone) == ("F", "CO", "819 555-0199")
    assert person.region_code == "12"
    assert (person.immigration_category, person.arrival_date) == ("family", date(2026, 3, 1))
    assert person.assigned_counsellor_id == staff["counsellor"].user_id
    assert main.isVisible()


def test_a_booking_is_made_from_the_desk(qtbot: QtBot, db: Database, staff: dict[str, Actor],
                                         helene: str, signed_in: Callable[[str], MainWindow],
                                         driving: Callable[[type[QDialog], Steps],
                                                           list[QDialog]]) -> None:
    from datetime import UTC
    from datetime import date
    from datetime import datetime

    from cjeapp.core import clock
    from cjeapp.core.agenda import appointments
    from cjeapp.ui.dialogs.booking_dialog import BookingDialog

    clock.freeze(datetime(2026, 11, 20, 14, 0, tzinfo=UTC))  # a Friday, 9 h at the office
    times: list[str] = []

    def book(dialog: QDialog) -> None:
        assert isinstance(dialog, BookingDialog)
        wait_until_idle()
        assert focused() is dialog.counsellor
        type_here("Test counsellor")
        wait_until_idle()
        tab_to(dialog.slots)
        assert dialog.slots.count() > 2
        key(Qt.Key.Key_Down)  # the second free time
        wait_until_idle()
        times.append(dialog.slots.currentItem().text())
        key(Qt.Key.Key_Return)  # Book
        wait_until_idle()
        assert dialog.pages.currentIndex() == 1, " | ".join(_said(dialog))  # booked, said
        key(Qt.Key.Key_Escape)  # closes; the booking stands

    opened = driving(BookingDialog, book)
    main = signed_in("reception")
    wait_until_idle()
    key(Qt.Key.Key_F, CTRL)
    desk = main.pages.currentWidget()
    type_here("côté")
    key(Qt.Key.Key_Down)
    wait_until_idle()
    tab_to(desk.book_button, most=3)
    key(Qt.Key.Key_Space)
    wait_until_idle()
    assert len(opened) == 1
    booked = appointments.agenda(db, staff["reception"], date(2026, 11, 20), days=7)
    assert [(row.client_id, row.counsellor_id) for row in booked] == [
        (helene, staff["counsellor"].user_id)]
    assert format_time(booked[0].starts_at) == times[0]
    assert "booked" in desk.status.text()


def _open_file(qtbot: QtBot, typed: str, section: str) -> ClientFileWindow:
    """Ctrl+F, the person's name, Enter: their file opens; then its section, chosen in the
    list of sections by typing its first letters."""
    key(Qt.Key.Key_F, CTRL)
    type_here(typed)
    key(Qt.Key.Key_Return)  # opens the first person found
    wait_until_idle()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), ClientFileWindow),
                    timeout=3000)
    window = QApplication.activeWindow()
    assert isinstance(window, ClientFileWindow)
    assert focused() is window.tabs.list  # the file's sections, first
    choose_by_typing(qtbot, section)
    assert window.tabs.tabText(window.tabs.currentIndex()) == section
    return window


def choose_by_typing(qtbot: QtBot, text: str) -> None:
    """Type the first letters of a choice in a list, as a person does: after a pause, so
    that the list takes them as a new search (not the end of the one typed before)."""
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    type_here(text)


def _a_friday_at_the_office() -> None:
    """20 November 2026, 10 h in Quebec (the clock is set free again after each test)."""
    from datetime import UTC
    from datetime import datetime

    from cjeapp.core import clock

    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))


def test_a_service_is_recorded_in_the_file(qtbot: QtBot, db: Database, staff: dict[str, Actor],
                                           helene: str,
                                           signed_in: Callable[[str], MainWindow]) -> None:
    from datetime import date

    from cjeapp.core.casework import service_records

    _a_friday_at_the_office()
    signed_in("counsellor")
    wait_until_idle()
    window = _open_file(qtbot, "côté", "Services")
    services = window.services
    assert services is not None
    tab_to(services.quick_buttons["housing_search"], most=8)
    key(Qt.Key.Key_Space)  # chosen, with today's date; the focus on « Record »
    assert focused() is services.record_button
    key(Qt.Key.Key_Return)
    wait_until_idle()
    rows = service_records.services_of(db, staff["counsellor"], helene)
    assert [(row.service_type, row.delivered_on) for row in rows] == [
        ("housing_search", date(2026, 11, 20))]


def test_a_referral_follows_the_consent_to_the_partner(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str,
        signed_in: Callable[[str], MainWindow]) -> None:
    from cjeapp.core.casework import partners
    from cjeapp.core.casework import referrals
    from cjeapp.core.casework.partners import PartnerForm
    from cjeapp.core.people import consents

    _a_friday_at_the_office()
    housing = partners.save_partner(db, staff["counsellor"], PartnerForm(
        name="Office municipal d'habitation", kind="housing"))
    signed_in("counsellor")
    wait_until_idle()
    window = _open_file(qtbot, "côté", "Consents")
    tab = window.consents
    assert focused() is window.tabs.list
    tab_to(tab.purpose, most=4)
    type_here("Referral")  # Referral to a named partner
    wait_until_idle()
    tab_to(tab.partner)
    type_here("Office")
    wait_until_idle()
    tab_to(tab.record_button)
    key(Qt.Key.Key_Space)
    wait_until_idle()
    assert consents.has_consent(db, helene, "referral", partner_id=housing.id)

    tab_to(window.tabs.list, most=12, backwards=True)
    choose_by_typing(qtbot, "Referrals")
    page = window.referrals
    assert page is not None and window.tabs.currentWidget() is page
    tab_to(page.partner, most=4)  # past the referrals made and the outcome of one
    type_here("Office")
    wait_until_idle()
    tab_to(page.reason)
    type_here("Recherche de logement pour quatre")
    tab_to(page.refer_button)
    key(Qt.Key.Key_Space)
    wait_until_idle()
    assert [(row.partner_id, row.reason) for row in
            referrals.referrals_of(db, staff["counsellor"], helene)] == [
        (housing.id, "Recherche de logement pour quatre")]


def test_an_attestation_is_issued_and_saved(qtbot: QtBot, db: Database, staff: dict[str, Actor],
                                            helene: str, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch,
                                            signed_in: Callable[[str], MainWindow],
                                            driving: Callable[[type[QDialog], Steps],
                                                              list[QDialog]]) -> None:
    from datetime import date

    from cjeapp.core.casework import service_records
    from cjeapp.core.casework.service_records import ServiceForm
    from cjeapp.core.documents import issuing
    from cjeapp.ui.dialogs.pdf_preview import PdfPreviewDialog

    _a_friday_at_the_office()
    service_records.record_service(db, staff["counsellor"], helene, ServiceForm(
        "housing_search", delivered_on=date(2026, 11, 18), duration_minutes=45))
    # The system's file chooser is the desktop's, out of the program: it answers a place.
    monkeypatch.setattr("cjeapp.ui.files.QFileDialog.getSaveFileName",
                        lambda *args: (str(tmp_path / "attestation.pdf"), "PDF (*.pdf)"))

    def preview(dialog: QDialog) -> None:
        assert isinstance(dialog, PdfPreviewDialog) and dialog.page_labels
        key(Qt.Key.Key_S, CTRL)  # Save as PDF…, a moment later
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)

    opened = driving(PdfPreviewDialog, preview)
    signed_in("counsellor")
    wait_until_idle()
    window = _open_file(qtbot, "côté", "Documents")
    tab = window.documents
    tab_to(tab.kind, most=4)
    type_here("Attestation of s")  # Attestation of services received
    tab_to(tab.period_from)
    type_here("2026-11-01")
    tab_to(tab.period_to)
    type_here("2026-11-20")
    tab_to(tab.preview_button)
    key(Qt.Key.Key_Space)
    wait_until_idle(qtbot)  # drafted, previewed (the dialog driven), then issued
    assert len(opened) == 1
    assert [row.kind for row in issuing.documents_of(db, staff["counsellor"], helene)] == [
        "attestation_services"]
    assert (tmp_path / "attestation.pdf").read_bytes().startswith(b"%PDF")
