"""Booking and moving appointments through the dialogs, and the agenda and follow-ups screens."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from cjeapp.core import clock
from cjeapp.core.agenda import appointments
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.locale_format import format_time
from cjeapp.core.permissions import Actor
from cjeapp.core.reception import requests
from cjeapp.ui.client_file.window import ClientFileWindow
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.booking_dialog import BookingDialog
from cjeapp.ui.dialogs.find_person_dialog import FindPersonDialog
from cjeapp.ui.dialogs.pdf_preview import PdfPreviewDialog
from cjeapp.ui.models.agenda_model import KIND_COLOURS
from cjeapp.ui.pages.agenda_page import AgendaPage
from cjeapp.ui.pages.followups_page import FollowUpsPage
from tests.ui.keyboard import type_text
from tests.ui.tables import texts
from tests.ui.waiting import wait_until_idle

MONDAY = date(2026, 11, 23)


def _slot_texts(dialog: BookingDialog) -> list[str]:
    return [dialog.slots.item(i).text() for i in range(dialog.slots.count())]


def test_book_then_move_an_appointment(qtbot: QtBot, db: Database, staff: dict[str, Actor],
                                       helene: str) -> None:
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))  # Friday
    wait_until_idle()
    context = AppContext(db, staff["reception"])
    dialog = BookingDialog(context, helene, client_name="Hélène Côté-Bélanger")
    qtbot.addWidget(dialog)
    wait_until_idle()
    dialog.counsellor.set_value(staff["counsellor"].user_id)
    wait_until_idle()
    dialog.day.clear()
    wait_until_idle()
    type_text(dialog.day, "2026-11-21")  # a Saturday
    dialog.refresh_slots()
    wait_until_idle()
    assert dialog.slots.count() == 0 and dialog.no_slot.isVisibleTo(dialog)
    dialog.next_day()
    wait_until_idle()
    assert dialog.day.value() == MONDAY
    assert _slot_texts(dialog)[0] == format_time(datetime(2026, 11, 23, 8, 30,
                                                          tzinfo=LOCAL_ZONE))
    dialog.slots.setCurrentRow(4)  # 9:30
    wait_until_idle()
    dialog.submit()
    wait_until_idle()
    booked = dialog.result_row
    assert booked is not None
    assert booked.starts_at == datetime(2026, 11, 23, 9, 30, tzinfo=LOCAL_ZONE)

    second = BookingDialog(context, helene)
    qtbot.addWidget(second)
    wait_until_idle()
    second.counsellor.set_value(staff["counsellor"].user_id)
    wait_until_idle()
    second.day.set_value(MONDAY)
    wait_until_idle()
    second.refresh_slots()
    wait_until_idle()
    taken = format_time(datetime(2026, 11, 23, 9, 30, tzinfo=LOCAL_ZONE))
    assert taken not in _slot_texts(second)

    page = AgendaPage(context)
    qtbot.addWidget(page)
    wait_until_idle()
    page.counsellor.set_value(staff["counsellor"].user_id)
    wait_until_idle()
    page.show_day(MONDAY)
    wait_until_idle()
    assert page.model.rowCount() == 1
    assert page.model.index(0, 2).data() == "Hélène Côté-Bélanger"
    kind = page.model.rows[0].kind
    colour = page.model.index(0, 4).data(Qt.ItemDataRole.BackgroundRole).color()
    assert colour == QColor(KIND_COLOURS[kind])
    assert colour != QColor(KIND_COLOURS["follow_up" if kind != "follow_up" else "welcome"])
    page.table.selectRow(0)
    wait_until_idle()
    row = page.selected()
    assert row is not None
    mover = BookingDialog(context, helene, moving=row)
    qtbot.addWidget(mover)
    wait_until_idle()
    mover.day.set_value(date(2026, 11, 24))
    wait_until_idle()
    mover.refresh_slots()
    wait_until_idle()
    mover.slots.setCurrentRow(0)
    wait_until_idle()
    mover.submit()
    wait_until_idle()
    assert mover.result_row is not None
    assert mover.result_row.starts_at == datetime(2026, 11, 24, 8, 30, tzinfo=LOCAL_ZONE)
    page.refresh()
    wait_until_idle()
    assert page.model.rowCount() == 0  # Monday is free again
    page.week_view.setChecked(True)
    wait_until_idle()
    assert page.model.rowCount() == 1


def test_cancel_needs_a_reason_and_attendance_is_marked(qtbot: QtBot, db: Database,
                                                        staff: dict[str, Actor],
                                                        helene: str) -> None:
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    wait_until_idle()
    counsellor = staff["counsellor"].user_id
    assert counsellor
    for hour in (9, 11):
        appointments.book(db, staff["reception"], client_id=helene, counsellor_id=counsellor,
                          kind="follow_up", place="phone",
                          starts_at=datetime(2026, 11, 23, hour, 0, tzinfo=LOCAL_ZONE),
                          minutes=30)
    page = AgendaPage(AppContext(db, staff["counsellor"]))
    qtbot.addWidget(page)
    wait_until_idle()
    page.show_day(MONDAY)
    wait_until_idle()
    page.table.selectRow(0)
    wait_until_idle()
    page.cancel_selected()
    wait_until_idle()
    assert "reason" in page.status.text()
    type_text(page.cancel_reason, "Enfant malade")
    page.cancel_selected()
    wait_until_idle()
    assert page.model.row_at(0).status == "cancelled"  # type: ignore[union-attr]
    clock.freeze(datetime(2026, 11, 23, 16, 40, tzinfo=UTC))  # 11:40 in Quebec
    wait_until_idle()
    page.table.selectRow(1)
    wait_until_idle()
    page.mark_selected("no_show")
    wait_until_idle()
    assert page.model.row_at(1).status == "no_show"  # type: ignore[union-attr]


def test_followups_board_shows_overdue_in_red_and_closes_requests(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str) -> None:
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    wait_until_idle()
    late = requests.open_request(db, staff["reception"], helene, subject="Carte RAMQ",
                                 channel="phone",
                                 received_at=datetime(2026, 11, 10, 9, 0, tzinfo=LOCAL_ZONE))
    requests.open_request(db, staff["reception"], helene, subject="Logement",
                          channel="email")
    page = FollowUpsPage(AppContext(db, staff["counsellor"]))
    qtbot.addWidget(page)
    wait_until_idle()
    assert page.model.rowCount() == 2
    assert page.model.row_at(0).id == late.id  # type: ignore[union-attr]
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "1 overdue" in page.summary.text()
    page.table.selectRow(0)
    wait_until_idle()
    page.close_selected()
    wait_until_idle()
    assert "answer" in page.status.text()
    type_text(page.answer, "Formulaire envoyé à la RAMQ")
    page.close_selected()
    wait_until_idle()
    assert "late" in page.status.text()
    assert page.model.rowCount() == 1


def test_log_a_request_from_the_client_file(qtbot: QtBot, db: Database,
                                            staff: dict[str, Actor], helene: str) -> None:
    clock.freeze(datetime(2026, 11, 20, 21, 55, tzinfo=UTC))  # Friday 16:55
    wait_until_idle()
    window = ClientFileWindow(AppContext(db, staff["reception"]), helene)
    qtbot.addWidget(window)
    wait_until_idle()
    tab = window.appointments
    tab.log_request()
    wait_until_idle()
    assert "required" in tab.errors.labels["subject"].text()
    type_text(tab.subject, "Inscription à la garderie")
    tab.log_request()
    wait_until_idle()
    assert len(texts(tab.requests)) == 1
    # logged Friday at 16:55, after closing: 72 business hours from Monday's opening
    assert texts(tab.requests)[0][2].startswith("Nov 26, 2026, 8:30")


def test_booked_from_the_agenda_with_the_slip_one_click_away(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """« Nouveau rendez-vous » finds the person as the desk does, books with the agenda's
    counsellor on the day shown, then offers the slip; the slip is also a click away for an
    appointment chosen in the agenda."""
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))  # Friday
    wait_until_idle()
    context = AppContext(db, staff["reception"])
    page = AgendaPage(context)
    qtbot.addWidget(page)
    wait_until_idle()
    page.counsellor.set_value(staff["counsellor"].user_id)
    wait_until_idle()
    page.show_day(MONDAY)
    wait_until_idle()
    previews: list[bytes] = []

    def fake_preview(dialog: PdfPreviewDialog) -> int:  # opened with the slip's answer
        previews.append(dialog.pdf)
        dialog.choice = "save"
        return int(QDialog.DialogCode.Accepted)

    def find(dialog: FindPersonDialog) -> int:
        type_text(dialog.search_box, "Côté")
        dialog.search_box.run_now()  # searched on a worker
        dialog.choose()  # Enter typed before the answer: the person found is chosen
        wait_until_idle()
        return int(dialog.result())

    def book(dialog: BookingDialog) -> int:
        assert dialog.counsellor.value() == staff["counsellor"].user_id
        assert dialog.day.value() == MONDAY
        dialog.slots.setCurrentRow(2)  # 9:00
        wait_until_idle()
        dialog.submit()
        wait_until_idle()
        assert dialog.pages.currentIndex() == 1  # what was booked, the slip beside it
        assert "Hélène" in dialog.summary.text() and "Monday" in dialog.summary.text()
        dialog.slip_button.click()
        wait_until_idle()
        dialog.close_button.click()
        wait_until_idle()
        return int(dialog.result())

    monkeypatch.setattr(FindPersonDialog, "exec", find)
    wait_until_idle()
    monkeypatch.setattr(BookingDialog, "exec", book)
    wait_until_idle()
    monkeypatch.setattr(PdfPreviewDialog, "exec", fake_preview)
    wait_until_idle()
    monkeypatch.setattr("cjeapp.ui.files.QFileDialog.getSaveFileName",
                        lambda *args: (str(tmp_path / "rendez-vous.pdf"), "PDF (*.pdf)"))
    page.book_new()
    wait_until_idle()
    assert page.status.text() == "Appointment booked."
    assert page.model.rowCount() == 1 and page.model.rows[0].client_id == helene
    assert len(previews) == 1 and (tmp_path / "rendez-vous.pdf").read_bytes() == previews[0]
    page.table.selectRow(0)
    wait_until_idle()
    page.slip_of_selected()
    wait_until_idle()
    assert len(previews) == 2
    # a cancelled appointment has no slip: said in a sentence, nothing previewed
    errors: list[str] = []
    monkeypatch.setattr("cjeapp.ui.dialogs.appointment_slip.show_error",
                        lambda _parent, error: errors.append(str(error)))
    type_text(page.cancel_reason, "Enfant malade")
    page.cancel_selected()
    wait_until_idle()
    page.table.selectRow(0)
    wait_until_idle()
    page.slip_of_selected()
    wait_until_idle()
    assert len(previews) == 2 and "still to come" in errors[0]


def test_nobody_chosen_is_said_and_nothing_booked(qtbot: QtBot, db: Database,
                                                  staff: dict[str, Actor]) -> None:
    dialog = FindPersonDialog(AppContext(db, staff["reception"]), "Nouveau rendez-vous")
    qtbot.addWidget(dialog)
    wait_until_idle()
    dialog.choose()
    wait_until_idle()
    assert "choose the person" in dialog.status.text() and dialog.chosen_id is None
    type_text(dialog.search_box, "Zzyzx")
    dialog.search_box.run_now()
    wait_until_idle()
    assert "Nobody matches" in dialog.status.text()
