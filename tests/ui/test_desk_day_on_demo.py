"""The desk's day on the demo, in French, as reception lives it: tomorrow's reminders called
one after the other, an appointment booked from the Agenda with its slip, then a colleague
signing in at the same desk and the first session coming back as it was left."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from cjeapp.core.db.database import Database
from cjeapp.core.staff import accounts
from cjeapp.ui.desk_sessions import DeskSessions
from cjeapp.ui.dialogs.booking_dialog import BookingDialog
from cjeapp.ui.dialogs.find_person_dialog import FindPersonDialog
from cjeapp.ui.dialogs.pdf_preview import PdfPreviewDialog
from cjeapp.ui.main_window import MainWindow
from cjeapp.ui.pages.agenda_page import AgendaPage
from cjeapp.ui.pages.reminders_page import RemindersPage
from cjeapp.ui.sign_in_dialog import SignInDialog
from tests.ui.keyboard import type_text
from tests.ui.tables import texts
from tests.ui.waiting import wait_until_idle


def test_reception_calls_books_and_hands_the_desk_on(
        qtbot: QtBot, demo_db: Database, french: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(demo_db, accounts.sign_in(demo_db, "accueil", "demo-accueil"))
    qtbot.addWidget(window)
    wait_until_idle()
    window.show()
    wait_until_idle()
    desk = DeskSessions(window, demo_db.path)
    try:
        reminders = window.show_section("reminders")
        wait_until_idle()  # the next working day read with its appointments
        assert isinstance(reminders, RemindersPage)
        day = reminders.day.value()
        assert day is not None
        for _ in range(10):  # the demo's next day with appointments (after a holiday…)
            if texts(reminders.list):
                break
            day += timedelta(days=1)
            reminders.day.set_value(day)
            wait_until_idle()
            reminders.refresh()
            wait_until_idle()
        rows = texts(reminders.list)
        assert rows
        assert all(row[6] == "Pas encore" for row in rows)
        reminders.mark_called()
        wait_until_idle()
        assert texts(reminders.list)[0][6].startswith("Oui, ")
        assert "1 appel fait" in reminders.summary.text()

        slips: list[bytes] = []

        def preview(dialog: PdfPreviewDialog) -> int:  # opened with the slip's answer
            slips.append(dialog.pdf)
            return int(QDialog.DialogCode.Rejected)

        def find(dialog: FindPersonDialog) -> int:
            type_text(dialog.search_box, "a")
            dialog.search_box.run_now()
            wait_until_idle()
            dialog.choose()
            wait_until_idle()
            return int(dialog.result())

        def book(dialog: BookingDialog) -> int:
            dialog.next_day()
            wait_until_idle()
            dialog.slots.setCurrentRow(dialog.slots.count() - 1)
            wait_until_idle()
            dialog.submit()
            wait_until_idle()
            assert dialog.summary.text().startswith("Fixé : ")
            dialog.slip_button.click()
            wait_until_idle()
            dialog.close_button.click()
            wait_until_idle()
            return int(dialog.result())

        monkeypatch.setattr(PdfPreviewDialog, "exec", preview)
        wait_until_idle()
        monkeypatch.setattr(FindPersonDialog, "exec", find)
        wait_until_idle()
        monkeypatch.setattr(BookingDialog, "exec", book)
        wait_until_idle()
        agenda = window.show_section("agenda")
        assert isinstance(agenda, AgendaPage)
        agenda.book_new()
        wait_until_idle()
        assert agenda.status.text() == "Rendez-vous fixé."
        text = " ".join(page.extract_text() or "" for page in
                        PdfReader(io.BytesIO(slips[0])).pages)
        assert "rendez-vous" in text.lower() and "True" not in text

        def sign_in(dialog: SignInDialog) -> int:
            qtbot.addWidget(dialog)
            wait_until_idle()
            type_text(dialog.username, "conseillere")
            type_text(dialog.password, "demo-conseil")
            dialog.submit()
            qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
            return int(dialog.result())

        monkeypatch.setattr(SignInDialog, "exec", sign_in)
        wait_until_idle()
        window.change_person()
        wait_until_idle()
        counsellor = desk.active
        qtbot.addWidget(counsellor)
        wait_until_idle()
        assert counsellor.context.actor.username == "conseillere"
        assert "followups" in counsellor.section_keys() and window.parked
    finally:
        for session in desk.live():
            session.before_close = None
            session.findings.wait()  # no look at the file outlives the test's database
            wait_until_idle()
            session.close()
            wait_until_idle()
