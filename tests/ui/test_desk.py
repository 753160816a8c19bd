"""The reception desk driven through its widgets: search with accents, intake with the
duplicate warning, and a walk-in from check-in to the end of the visit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cjeapp.core.db.database import Database
from cjeapp.core.ids import ClientId
from cjeapp.core.people import clients
from cjeapp.core.permissions import Actor
from cjeapp.core.reception import visits
from cjeapp.core.search import finder
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.intake_dialog import IntakeDialog
from cjeapp.ui.pages.desk_page import DeskPage
from tests.ui.keyboard import press
from tests.ui.keyboard import type_text
from tests.ui.waiting import wait_until_idle


def _desk(qtbot: QtBot, db: Database, actor: Actor) -> DeskPage:
    page = DeskPage(AppContext(db, actor))
    qtbot.addWidget(page)
    wait_until_idle()
    page.show()
    wait_until_idle()
    return page


def test_typing_with_accents_finds_the_person(qtbot: QtBot, db: Database,
                                              staff: dict[str, Actor], helene: str) -> None:
    desk = _desk(qtbot, db, staff["reception"])
    type_text(desk.search_box, "hélène côté")
    qtbot.waitUntil(lambda: desk.hits.rowCount() == 1, timeout=2000)
    assert desk.hits.client_id(0) == helene
    row = [desk.hits.index(0, column).data() for column in range(6)]
    assert row[0] == "Côté-Bélanger, Hélène"
    assert row[2] == "Thetford Mines"
    assert row[3] == "Test counsellor"
    desk.search_box.clear()
    wait_until_idle()
    type_text(desk.search_box, "cote belanger")
    qtbot.waitUntil(lambda: desk.hits.rowCount() == 1, timeout=2000)
    with qtbot.waitSignal(desk.open_client) as opened:
        press(desk.search_box, Qt.Key.Key_Return)
    assert opened.args == [helene]


def test_walk_in_from_check_in_to_closed_visit(qtbot: QtBot, db: Database,
                                               staff: dict[str, Actor], helene: str) -> None:
    desk = _desk(qtbot, db, staff["reception"])
    assert not desk.take_next_button.isVisible()  # reception does not take visits
    type_text(desk.search_box, "helene")
    desk.search_box.run_now()
    wait_until_idle()
    desk.check_in_selected()
    wait_until_idle()
    assert "reason" in desk.status.text()
    type_text(desk.reason, "Demande de carte RAMQ")
    desk.check_in_button.click()
    wait_until_idle()
    assert desk.visits.rowCount() == 1
    assert desk.visits.index(0, 6).data() == "Waiting"

    counsellor_desk = _desk(qtbot, db, staff["counsellor"])
    wait_until_idle()
    assert counsellor_desk.visits.rowCount() == 1
    counsellor_desk.take_next_button.click()
    wait_until_idle()
    assert "Hélène Côté-Bélanger is with you" in counsellor_desk.status.text()
    assert counsellor_desk.visits.index(0, 6).data() == "With a counsellor"
    assert counsellor_desk.visits.index(0, 4).data() == "Test counsellor"
    counsellor_desk.visit_table.selectRow(0)
    wait_until_idle()
    type_text(counsellor_desk.outcome, "Formulaire rempli")
    counsellor_desk.close_button.click()
    wait_until_idle()
    assert counsellor_desk.visits.index(0, 6).data() == "Done"
    day = visits.visits_of_day(db, staff["counsellor"])
    assert [(row.status, row.client_id) for row in day] == [("closed", helene)]


def test_new_person_shows_likely_duplicates_first(qtbot: QtBot, db: Database,
                                                  staff: dict[str, Actor], helene: str) -> None:
    context = AppContext(db, staff["reception"])
    for typed, names in (("Tremblay", ("", "Tremblay")),
                         ("TREMBLAY Marie", ("Marie", "Tremblay"))):
        searched = IntakeDialog(context, initial_name=typed)  # the desk's search, then « + »
        qtbot.addWidget(searched)
        wait_until_idle()
        assert (searched.first_name.text(), searched.last_name.text()) == names
    dialog = IntakeDialog(context, initial_name="Helene Cote")
    qtbot.addWidget(dialog)
    wait_until_idle()
    assert (dialog.first_name.text(), dialog.last_name.text()) == ("Helene", "Cote")
    dialog.submit()
    wait_until_idle()
    assert "required" in dialog.errors.labels["reason"].text()
    type_text(dialog.reason, "Logement")
    type_text(dialog.birth_date, "31/02/1990")  # no such day
    before = len(finder.search_clients(db, staff["reception"], "helene cote"))
    dialog.submit()
    wait_until_idle()
    assert dialog.errors.labels["birth_date"].isVisibleTo(dialog)
    assert dialog.errors.labels["birth_date"].text()
    assert not dialog.errors.labels["reason"].text()  # the other fields are fine
    assert dialog.birth_date.text() == "31/02/1990"  # what was typed is kept to fix
    assert dialog.chosen_client_id is None
    assert len(finder.search_clients(db, staff["reception"], "helene cote")) == before
    dialog.birth_date.clear()
    wait_until_idle()
    dialog.submit()
    wait_until_idle()
    assert dialog.duplicates.isVisibleTo(dialog)
    assert dialog.duplicate_hits.client_id(0) == helene
    dialog.use_existing.click()
    wait_until_idle()
    assert dialog.chosen_client_id == helene
    assert [row.client_id for row in visits.visits_of_day(db, staff["reception"])] == [helene]


def test_new_person_created_anyway_after_the_warning(qtbot: QtBot, db: Database,
                                                     staff: dict[str, Actor],
                                                     helene: str) -> None:
    dialog = IntakeDialog(AppContext(db, staff["reception"]))
    qtbot.addWidget(dialog)
    wait_until_idle()
    type_text(dialog.first_name, "Hélène")
    type_text(dialog.last_name, "Côté")
    type_text(dialog.phone, "819 555-0199")
    type_text(dialog.reason, "Première visite")
    dialog.submit()  # the same name, with no birth date to tell them apart
    wait_until_idle()
    assert dialog.chosen_client_id is None and dialog.duplicates.isVisibleTo(dialog)
    assert "same name" in dialog.duplicate_hits.data(dialog.duplicate_hits.index(0, 0),
                                                     Qt.ItemDataRole.ToolTipRole)
    type_text(dialog.birth_date, "1990-05-31")
    dialog.submit()  # born another day: another person, no warning any more
    wait_until_idle()
    dialog.submit()  # "Create a new file anyway": what the funder needs is asked first
    wait_until_idle()
    assert dialog.chosen_client_id is None
    for field in ("sex", "country_of_birth"):
        assert "left for later" in dialog.errors.labels[field].text()
    assert not dialog.duplicates.isVisibleTo(dialog)
    assert "left for later" in dialog.errors.labels["immigration_category"].text()
    assert "left for later" in dialog.errors.labels["arrival_date"].text()
    dialog.sex.set_value("F")
    wait_until_idle()
    dialog.country_of_birth.set_value("CO")
    wait_until_idle()
    dialog.region.set_value("12")
    wait_until_idle()
    dialog.category.set_value("family")
    wait_until_idle()
    dialog.arrival_date.set_value(date(2025, 9, 1))
    wait_until_idle()
    dialog.submit()
    wait_until_idle()
    assert dialog.chosen_client_id not in (None, helene)
    # All the funder needs is there; only the policy's counsellor is still to choose.
    assert [warning.field for warning in dialog.warnings] == ["assigned_counsellor_id"]
    hits = finder.search_clients(db, staff["reception"], "helene cote")
    assert {hit.birth_date for hit in hits} == {date(1988, 3, 14), date(1990, 5, 31)}


def test_intake_asks_what_the_funder_needs_or_why_not(qtbot: QtBot, db: Database,
                                                      staff: dict[str, Actor]) -> None:
    dialog = IntakeDialog(AppContext(db, staff["reception"]))
    qtbot.addWidget(dialog)
    wait_until_idle()
    type_text(dialog.first_name, "Ahmad")
    type_text(dialog.last_name, "Rahimi")
    type_text(dialog.reason, "Inscription")
    dialog.region.set_value(None)
    wait_until_idle()
    dialog.submit()
    wait_until_idle()
    assert dialog.chosen_client_id is None
    labels = dialog.errors.labels
    assert "Choose the person's sex" in labels["sex"].text()
    assert "country of birth" in labels["country_of_birth"].text()
    assert "administrative region" in labels["region_code"].text()
    assert "immigration category" in labels["immigration_category"].text()
    assert "arrival" in labels["arrival_date"].text()
    type_text(dialog.gaps_reason, "Pas d'interprète en dari aujourd'hui")
    dialog.submit()
    wait_until_idle()
    assert dialog.chosen_client_id is not None
    stored, languages = clients.open_client(db, staff["counsellor"],
                                            ClientId(dialog.chosen_client_id))
    assert stored.intake_gaps_reason == "Pas d'interprète en dari aujourd'hui"
    form = clients.ClientForm.from_client(stored, languages)
    form.sex, form.country_of_birth, form.region_code = "M", "AF", "03"
    form.birth_date, form.arrival_date = date(1990, 1, 1), date(2026, 1, 5)
    form.immigration_category = "refugee_government"
    updated = clients.update_client(db, staff["counsellor"], stored.id, form, stored.version)
    assert updated.intake_gaps_reason is None  # nothing is left for later any more
