"""A table of the screens' writing actions: each is done through the screen, as a person
does it, while the other screens showing that data are open; each of those shows it at once,
without a manual refresh (issue 35: the database tells of its own changes). And the screen
that asked is refreshed once, not once by itself and again by the change it made."""

from __future__ import annotations

import collections
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.models import Partner
from cjeapp.core.people import consents
from cjeapp.core.permissions import Actor
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.ui.client_file.window import ClientFileWindow
from cjeapp.ui.main_window import MainWindow
from cjeapp.ui.pages.desk_page import DeskPage
from tests.ui.keyboard import type_text


@dataclass
class World:
    """The office as the test leaves it open: a counsellor's window with the person's file,
    and the desk's window at reception."""

    qtbot: QtBot
    client_id: str
    counsellor: MainWindow
    file: ClientFileWindow
    desk: DeskPage
    partner_id: str


@dataclass(frozen=True)
class Action:
    drive: Callable[[World], None]  # through the screen, as a person does it
    shown_by: tuple[str, ...]  # the other open screens that show its result (WATCHERS)


def _walk_in(world: World) -> None:
    desk = world.desk
    type_text(desk.search_box, "helene")
    desk.search_box.run_now()
    desk.results.setCurrentIndex(desk.results.model().index(0, 0))
    type_text(desk.reason, "Demande de carte RAMQ")
    desk.check_in_button.click()


def _consent(world: World) -> None:
    world.file.consents.purpose.set_value("service")
    world.file.consents.record()


def _service(world: World) -> None:
    world.file.services.quick_buttons["housing_search"].click()
    world.file.services.record_button.click()


def _note(world: World) -> None:
    assert world.file.notes is not None
    world.file.notes.editor.setPlainText("Rencontre de suivi.")
    world.file.notes.add_note()


def _request(world: World) -> None:
    type_text(world.file.appointments.subject, "Inscription à la garderie")
    world.file.appointments.log_request()


def _referral(world: World) -> None:
    tab = world.file.referrals
    assert tab is not None
    tab.partner.set_value(world.partner_id)
    type_text(tab.reason, "Recherche de logement pour quatre")
    tab.refer()


def _housing(world: World) -> None:
    tab = world.file.housing
    assert tab is not None
    tab.people.setValue(4)
    type_text(tab.budget, "1 100")
    tab.open_search()
    said = {key: label.text() for key, label in tab.errors.labels.items() if label.text()}
    assert not said, said


def _rows(view: Any) -> int:
    return int(view.model().rowCount())


WATCHERS: dict[str, Callable[[World], int]] = {
    "the person's Historique": lambda w: len(w.file.timeline.tree.rows),
    "the counsellor's desk": lambda w: _rows(w.counsellor.show_section("desk").visit_table),
    "the desk's waiting list": lambda w: _rows(w.desk.visit_table),
    "the file's requests": lambda w: _rows(w.file.appointments.requests),
    "the file's services": lambda w: len(w.file.services.list.rows),
    "the file's referrals": lambda w: len(w.file.referrals.list.rows)  # type: ignore[union-attr]
}

ACTIONS: dict[str, Action] = {
    "a walk-in at the desk": Action(_walk_in, ("the person's Historique",
                                               "the counsellor's desk")),
    "a consent": Action(_consent, ("the person's Historique",)),
    "a service": Action(_service, ("the person's Historique",)),
    "a confidential note": Action(_note, ("the person's Historique",)),
    "a request": Action(_request, ("the person's Historique",)),
    "a referral": Action(_referral, ("the person's Historique",)),
    "a housing search": Action(_housing, ("the person's Historique",)),
}


@pytest.fixture
def world(qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str) -> World:
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))  # a Friday afternoon
    with unit_of_work(db, staff["coordinator"]) as uow:
        partner = uow.add(Partner(name="Office municipal d'habitation", kind="housing"))
    consents.record_consent(db, staff["counsellor"], helene, purpose="referral",
                            given_on=clock.today(), method="written", partner_id=partner.id)
    counsellor = MainWindow(db, staff["counsellor"])
    qtbot.addWidget(counsellor)
    for key in counsellor.section_keys():  # every page built, as after a day's work
        counsellor.show_section(key)
    file = counsellor.open_client(helene)  # type: ignore[arg-type]
    qtbot.addWidget(file)
    reception = MainWindow(db, staff["reception"])
    qtbot.addWidget(reception)
    desk = reception.show_section("desk")
    assert isinstance(desk, DeskPage)
    return World(qtbot, helene, counsellor, file, desk, partner.id)


@pytest.mark.parametrize("name", list(ACTIONS))
def test_every_open_screen_shows_the_action_at_once(name: str, world: World,
                                                    warnings_shown: list[str]) -> None:
    action = ACTIONS[name]
    before = {watcher: WATCHERS[watcher](world) for watcher in action.shown_by}
    action.drive(world)
    assert warnings_shown == []
    for watcher in action.shown_by:
        world.qtbot.waitUntil(lambda w=watcher: WATCHERS[w](world) > before[w],
                              timeout=5_000)


def test_the_screen_that_asked_is_refreshed_once(world: World, monkeypatch: pytest.MonkeyPatch,
                                                 warnings_shown: list[str]) -> None:
    """Measured before: recording a consent refreshed the consents' list twice (by itself,
    then by the file's window when the change arrived); its changes now carry the screen
    that asked (DataEvents.acting), so it is refreshed once."""
    from cjeapp.ui.client_file.consents_tab import ConsentsTab

    counted: collections.Counter[str] = collections.Counter()
    refresh = ConsentsTab.refresh

    def counting(tab: ConsentsTab) -> None:
        counted["consents"] += 1
        refresh(tab)

    monkeypatch.setattr(ConsentsTab, "refresh", counting)
    _consent(world)
    world.qtbot.wait(50)
    assert warnings_shown == [] and counted["consents"] == 1
