"""Search as one types cancels the query it replaces: the statement of the search the next
letter replaced is interrupted on the database, not only its answer dropped."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import event

from cjeapp.core.db.database import Database
from cjeapp.core.permissions import Actor
from cjeapp.ui.context import AppContext
from cjeapp.ui.pages.desk_page import DeskPage
from tests.ui.keyboard import type_text
from tests.ui.waiting import wait_until_idle

# A statement that never ends by itself: only an interruption stops it (it takes the
# search's two values: what is looked for, and how many at most).
ENDLESS = ("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
           "SELECT x, x, x, x, x, x, x, x, x, x, x, x FROM n "
           "WHERE x < 0 AND ? IS NOT NULL AND ? IS NOT NULL")


def test_a_letter_typed_interrupts_the_search_it_replaces(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str) -> None:
    desk = DeskPage(AppContext(db, staff["reception"]))
    qtbot.addWidget(desk)
    desk.show()
    wait_until_idle(qtbot)
    started: list[str] = []
    stopped: list[str] = []

    def endless_first(_conn: Any, _cursor: Any, statement: str, parameters: Any,
                      _context: Any, _many: bool) -> tuple[str, Any]:
        if "client_search MATCH" in statement:
            started.append(statement)
            if len(started) == 1:  # the first search typed runs for ever
                return ENDLESS, parameters
        return statement, parameters

    def failed(context: Any) -> None:
        stopped.append(str(context.original_exception))

    event.listen(db.engine, "before_cursor_execute", endless_first, retval=True)
    event.listen(db.engine, "handle_error", failed)
    try:
        type_text(desk.search_box, "hél")
        desk.search_box.run_now()
        qtbot.waitUntil(lambda: len(started) == 1, timeout=5000)
        type_text(desk.search_box, "ène")  # the next letters: a new search replaces it
        desk.search_box.run_now()
        qtbot.waitUntil(lambda: desk.hits.rowCount() == 1, timeout=5000)
        wait_until_idle(qtbot)  # the endless statement ended too: nothing is left running
    finally:
        event.remove(db.engine, "before_cursor_execute", endless_first)
        event.remove(db.engine, "handle_error", failed)
    assert desk.hits.client_id(0) == helene
    assert any("interrupt" in reason for reason in stopped), stopped
