"""Rappels: the next working day's appointments, ticked as called one after the other,
the last month's missed appointments beside them, printed and as a spreadsheet."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from cjeapp.core import clock
from cjeapp.core.agenda import appointments
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.pdf_preview import PdfPreviewDialog
from cjeapp.ui.pages.reminders_page import RemindersPage
from cjeapp.ui.translators import install_translators
from tests.ui.tables import texts
from tests.ui.waiting import wait_until_idle


def test_call_each_person_of_the_next_working_day(
        qtbot: QtBot, qapp: QApplication, db: Database, staff: dict[str, Actor],
        helene: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    install_translators(qapp, "en")  # as the program does in English: plurals in words
    clock.freeze(datetime(2026, 11, 10, 15, 0, tzinfo=UTC))
    desk = staff["reception"]
    counsellor = staff["counsellor"].user_id
    assert counsellor
    missed = appointments.book(db, desk, client_id=helene, counsellor_id=counsellor,
                               kind="follow_up", place="office",
                               starts_at=datetime(2026, 11, 12, 9, 0, tzinfo=LOCAL_ZONE),
                               minutes=30)
    clock.freeze(datetime(2026, 11, 13, 15, 0, tzinfo=UTC))
    appointments.mark(db, desk, missed.id, "no_show")
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))  # Friday
    omar = clients.create_client(db, desk, ClientForm(
        first_name="Omar", last_name="Tazi", phone="418 555-0199",
        interpreter_needed=True, interpreter_language="ar")).id
    for person, hour in ((helene, 9), (omar, 10)):
        appointments.book(db, desk, client_id=person, counsellor_id=counsellor,
                          kind="follow_up", place="office",
                          starts_at=datetime(2026, 11, 23, hour, 0, tzinfo=LOCAL_ZONE),
                          minutes=30)
    page = RemindersPage(AppContext(db, desk))
    qtbot.addWidget(page)
    wait_until_idle()
    assert page.day.value() == date(2026, 11, 23)  # Monday: the weekend is skipped
    shown = texts(page.list)
    assert [row[1] for row in shown] == ["Hélène Côté-Bélanger", "Omar Tazi"]
    assert shown[1][3:5] == ["Arabic", "Arabic"] and shown[0][4] == "No"
    assert "2 appointments" in page.summary.text() and "0 called" in page.summary.text()
    page.mark_called()  # the first one not yet called was chosen
    wait_until_idle()
    assert texts(page.list)[0][6].startswith("Yes,")
    assert page.list.current() is not None and page.list.current().person == "Omar Tazi"
    page.mark_called()
    wait_until_idle()
    assert "2 called" in page.summary.text()
    page.list.select_where(lambda row: row.person == "Omar Tazi")
    page.mark_not_called()
    wait_until_idle()
    assert texts(page.list)[1][6] == "Not yet"
    assert "Missed appointments in the last 30 days: 1 of 1" in page.missed_summary.text()
    assert [row[1] for row in texts(page.missed)] == ["Hélène Côté-Bélanger"]
    previews: list[bytes] = []

    def fake_preview(dialog: PdfPreviewDialog) -> int:
        previews.append(dialog.pdf)
        dialog.choice = None
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(PdfPreviewDialog, "exec", fake_preview)
    page.print_list()
    wait_until_idle()
    assert previews and previews[0].startswith(b"%PDF")
    monkeypatch.setattr("cjeapp.ui.files.QFileDialog.getSaveFileName",
                        lambda *args: (str(tmp_path / "rappels.xlsx"), "xlsx"))
    page.save_sheet()
    wait_until_idle()
    sheet = load_workbook(tmp_path / "rappels.xlsx").active
    assert [cell.value for cell in sheet[3]][1] == "Omar Tazi"
    page.day.set_value(date(2026, 11, 24))
    page.refresh()
    wait_until_idle()
    assert texts(page.list) == [] and page.summary.text() == "No appointment that day."
    assert not page.called_button.isEnabled()
