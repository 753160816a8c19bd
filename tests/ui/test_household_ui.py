"""The Household section of a file: a child added without a file, a spouse with a file of
their own found by name and linked, then seen from the spouse's file too."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from cjeapp.core.db.database import Database
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.ui.client_file.household_tab import HouseholdTab
from cjeapp.ui.context import AppContext
from tests.ui.waiting import wait_until_idle


def test_a_spouse_is_found_by_name_and_linked(qtbot: QtBot, db: Database,
                                              staff: dict[str, Actor], helene: str,
                                              french: None) -> None:
    spouse = clients.create_client(db, staff["reception"], ClientForm(
        first_name="Mathieu", last_name="Bélanger", birth_date=date(1986, 7, 2))).id
    context = AppContext(db, staff["counsellor"])
    tab = HouseholdTab(context, helene)
    qtbot.addWidget(tab)
    wait_until_idle()
    tab.link_button.click()  # no one chosen yet: said under the field
    wait_until_idle()
    assert "Cherchez la personne" in tab.errors.label("member_file").text()
    tab.first_name.setText("Léa")
    wait_until_idle()
    tab.last_name.setText("Bélanger")
    wait_until_idle()
    tab.birth_date.setText("3 juin 2017")
    wait_until_idle()
    tab.add_button.click()
    wait_until_idle()
    tab.other_file.query.setText("mathieu belanger")
    wait_until_idle()
    tab.other_file.search()
    wait_until_idle()
    assert tab.other_file.value() == spouse
    tab.link_button.click()
    wait_until_idle()
    rows = {(m.name, m.relationship) for m in tab.members.rows}
    assert rows == {("Hélène Côté-Bélanger", "self"), ("Léa Bélanger", "child"),
                    ("Mathieu Bélanger", "spouse")}
    from_spouse = HouseholdTab(context, spouse)
    qtbot.addWidget(from_spouse)
    wait_until_idle()
    assert {m.name for m in from_spouse.members.rows} == {name for name, _r in rows}
    tab.other_file.query.setText("mathieu belanger")
    wait_until_idle()
    tab.other_file.search()
    wait_until_idle()
    tab.link_button.click()  # a second time: refused under the field, nothing added
    wait_until_idle()
    assert "fait déjà partie" in tab.errors.label("member_file").text()
    assert len(tab.members.rows) == 3
    tab.members.select_where(lambda m: m.client_id == spouse)
    wait_until_idle()
    tab.remove_button.click()
    wait_until_idle()
    assert {m.name for m in tab.members.rows} == {"Hélène Côté-Bélanger", "Léa Bélanger"}
