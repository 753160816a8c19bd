"""Aujourd'hui, the first screen of every role: counts, empty states that say so, rows
that open the file, and the way to the screen where each thing is handled."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime

from pytestqt.qtbot import QtBot

from cjeapp.core import clock
from cjeapp.core.changes import ChangeKind
from cjeapp.core.db.database import Database
from cjeapp.core.permissions import Actor
from cjeapp.core.reception import visits
from cjeapp.ui.main_window import MainWindow
from cjeapp.ui.pages.today_page import TodayPage
from tests.ui.waiting import wait_until_idle


def test_every_role_starts_on_today_with_what_it_handles(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str,
        french: None) -> None:
    clock.freeze(datetime(2026, 11, 20, 14, 0, tzinfo=UTC))
    for role, cards in (("reception", 2), ("counsellor", 3), ("administrator", 2)):
        window = MainWindow(db, staff[role])
        qtbot.addWidget(window)
        window.show()
        page = window.pages.currentWidget()
        assert isinstance(page, TodayPage), role
        qtbot.waitUntil(lambda page=page: page.today is not None)  # read off the thread
        shown = [card for card in (page.waiting, page.appointments, page.follow_ups)
                 if not card.isHidden()]
        assert len(shown) == cards, role
        assert "vendredi 20 novembre 2026" in page.heading.text()
        assert page.waiting.stack.currentWidget() is page.waiting.empty
        assert "Personne n'attend" in page.waiting.empty.text()
        assert page.summary.text() == "Rien ne demande votre attention pour l'instant."


def test_a_walk_in_shows_at_once_and_opens_the_file(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str,
        french: None) -> None:
    window = MainWindow(db, staff["counsellor"])
    qtbot.addWidget(window)
    window.show()
    page = window.pages.currentWidget()
    assert isinstance(page, TodayPage)
    visits.check_in(db, staff["reception"], helene, "Carte RAMQ")
    window.context.announce(ChangeKind.VISITS)
    wait_until_idle(qtbot)
    assert [v.client_name for v in page.waiting.table.rows] == ["Hélène Côté-Bélanger"]
    assert page.waiting.count.text() == "1"
    assert "En attente : 1" in page.summary.text()
    page.waiting.table.setCurrentIndex(page.waiting.table.table.index(0, 0))
    page.waiting.table.activated.emit(page.waiting.table.currentIndex())
    assert helene in window.client_windows
    page.waiting.more.click()
    assert window.section_keys()[window.pages.currentIndex()] == "desk"
    window.client_windows[helene].close()
