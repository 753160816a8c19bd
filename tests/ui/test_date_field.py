"""The date field: typed in any usual form and shown back as understood, or picked in a
calendar opened with the button or Alt+Down."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cjeapp.core import clock
from cjeapp.core.errors import ValidationError
from cjeapp.ui.widgets.date_field import DateField
from tests.ui.keyboard import type_text


def test_a_date_typed_in_words_is_shown_back_as_understood(qtbot: QtBot, french: None) -> None:
    field = DateField("birth_date")
    qtbot.addWidget(field)
    field.show()
    type_text(field, "14 févr. 1988")
    field.editingFinished.emit()
    assert field.text() == "1988-02-14"
    assert field.value() == date(1988, 2, 14)
    field.setText("31/02/1988")
    field.editingFinished.emit()
    assert field.text() == "31/02/1988"  # not a date: left as typed, refused on saving
    with pytest.raises(ValidationError) as refused:
        field.value()
    assert "31 mai 1990" in refused.value.errors[0].render()


def test_the_calendar_opens_on_the_date_typed_and_picks_one(qtbot: QtBot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.set_value(date(2026, 3, 5))
    popup = field.open_calendar()
    assert popup.isVisible()
    assert popup.calendar.selectedDate() == QDate(2026, 3, 5)
    finished: list[bool] = []
    field.editingFinished.connect(lambda: finished.append(True))
    popup.calendar.clicked.emit(QDate(2026, 3, 19))
    assert not popup.isVisible()
    assert field.value() == date(2026, 3, 19) and finished


def test_alt_down_opens_the_calendar_on_today_when_empty(qtbot: QtBot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.popup is not None and field.popup.isVisible()
    today = clock.today()
    assert field.popup.calendar.selectedDate() == QDate(today.year, today.month, today.day)
    field.popup.hide()
    assert field.calendar_action in field.actions()
