"""The desk asks what the funder needs (issue 36, item 3), in French: the intake and the file
mark the fields the active profile and the policy require; what the package will say of a
person is told when the file is saved, never a refusal; the package's findings are grouped
by kind, with a walk that opens each person's file in turn."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime

import pytest
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from cjeapp.core import clock
from cjeapp.core.casework import service_records
from cjeapp.core.casework.service_records import ServiceForm
from cjeapp.core.db.database import Database
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.ui.client_file.window import ClientFileWindow
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.intake_dialog import IntakeDialog
from cjeapp.ui.main_window import MainWindow
from cjeapp.ui.pages.desk_page import DeskPage
from cjeapp.ui.pages.reports_page import ReportsPage
from tests.ui.keyboard import type_text
from tests.ui.waiting import wait_until_idle

pytestmark = pytest.mark.usefixtures("french")
MISSING = "Manquant, alors que le bailleur de fonds l'exige."


@pytest.fixture(autouse=True)
def _november() -> None:
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    wait_until_idle()


def _captions(dialog: QDialog) -> list[str]:
    form = dialog.findChild(QFormLayout)
    assert form is not None
    return [item.widget().text() for row in range(form.rowCount())
            if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
            and isinstance(item.widget(), QLabel)]


def test_the_desk_marks_asks_and_tells_what_the_package_will_say(
        qtbot: QtBot, db: Database, staff: dict[str, Actor],
        monkeypatch: pytest.MonkeyPatch) -> None:
    reception = staff["reception"]
    made: list[IntakeDialog] = []

    def fill_and_create(dialog: IntakeDialog) -> int:
        made.append(dialog)
        wait_until_idle()
        captions = _captions(dialog)
        assert "Catégorie d'immigration *" in captions and "Arrivée au Québec *" in captions
        assert "Conseillère ou conseiller attitré *" in captions  # the policy: one for each
        assert dialog.category.toolTip()  # why it is asked, on the field itself
        type_text(dialog.first_name, "Ahmad")
        type_text(dialog.last_name, "Rahimi")
        type_text(dialog.birth_date, "1990-05-03")
        type_text(dialog.reason, "Inscription")
        dialog.sex.set_value("M")
        wait_until_idle()
        dialog.country_of_birth.set_value("AF")
        wait_until_idle()
        dialog.region.set_value("03")
        wait_until_idle()
        dialog.submit()  # the category and the arrival are asked, or why not
        wait_until_idle()
        assert dialog.chosen_client_id is None
        assert dialog.errors.labels["immigration_category"].text()
        assert dialog.errors.labels["arrival_date"].text()
        type_text(dialog.gaps_reason, "Documents restés à la maison")
        dialog.submit()
        wait_until_idle()
        return 1 if dialog.chosen_client_id else 0

    monkeypatch.setattr(IntakeDialog, "exec", fill_and_create)
    wait_until_idle()
    desk = DeskPage(AppContext(db, reception))
    qtbot.addWidget(desk)
    wait_until_idle()
    desk.create_person()
    wait_until_idle()
    assert made and made[0].chosen_client_id is not None  # created all the same
    assert not desk.funder_warnings.isHidden()
    said = desk.funder_warnings.text()
    assert said.count(MISSING) == 2 and "Catégorie d'immigration" in said
    with qtbot.waitSignal(desk.open_field) as opened:
        desk.funder_warnings.linkActivated.emit("arrival_date")
        wait_until_idle()
    assert opened.args == [made[0].chosen_client_id, "arrival_date"]


def test_the_file_marks_the_fields_and_warns_without_refusing(
        qtbot: QtBot, db: Database, staff: dict[str, Actor]) -> None:
    counsellor = staff["counsellor"]
    client = clients.create_client(db, counsellor, ClientForm(
        first_name="Lina", last_name="Al-Ahmad", birth_date=date(1992, 2, 2), sex="F",
        country_of_birth="SY", region_code="12", assigned_counsellor_id=counsellor.user_id))
    window = ClientFileWindow(AppContext(db, counsellor), client.id)
    qtbot.addWidget(window)
    wait_until_idle()
    assert not window.funder_warnings.isHidden()
    assert window.funder_warnings.text().count(MISSING) == 2
    window.funder_warnings.linkActivated.emit("immigration_category")
    wait_until_idle()
    assert window.focusWidget() is window.group.fields["immigration_category"].widget \
        or window.tabs.currentIndex() == window._page_of_field["immigration_category"]
    type_text(window.group.fields["municipality"].widget, "Thetford Mines")
    window.save()  # a warning never stops a save
    wait_until_idle()
    assert window.status.text() == "Enregistré."
    assert window.funder_warnings.text().count(MISSING) == 2
    window.group.fields["immigration_category"].widget.set_value("refugee_government")
    wait_until_idle()
    window.group.fields["arrival_date"].widget.set_value(date(2026, 6, 1))
    wait_until_idle()
    window.save()
    wait_until_idle()
    assert window.funder_warnings.isHidden()


def test_findings_are_grouped_by_kind_and_walked_one_file_after_another(
        qtbot: QtBot, db: Database, staff: dict[str, Actor]) -> None:
    counsellor = staff["counsellor"]
    people = []
    for first in ("Amina", "Bilal", "Chen"):
        client = clients.create_client(db, counsellor, ClientForm(
            first_name=first, last_name="Nouveau", birth_date=date(1990, 1, 1), sex="F",
            country_of_birth="CN", region_code="12", immigration_category="family",
            assigned_counsellor_id=counsellor.user_id))
        for day in (3, 4):  # two services each: still one person each in the walk
            service_records.record_service(db, counsellor, client.id, ServiceForm(
                "housing_search", delivered_on=date(2026, 11, day)))
        people.append(client.id)
        wait_until_idle()
    window = MainWindow(db, staff["director"])
    qtbot.addWidget(window)
    wait_until_idle()
    page = window.show_section("reports")
    assert isinstance(page, ReportsPage)
    wait_until_idle()  # its profile read off the screen's thread
    page.run_validation()
    wait_until_idle()
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    first = page.problems.topLevelItem(0)
    assert first.text(0).startswith("Arrivée au Québec") and MISSING in first.text(0)
    assert first.childCount() == 3 and "3" in first.text(1)  # one line, three people
    assert page.problems.topLevelItemCount() == 1
    page.problems.setCurrentItem(first)
    wait_until_idle()
    opened = []
    for _person in people:
        page.findings.next()  # « Suivant »
        wait_until_idle()
        opened.append(next(iter(window.client_windows)))
        wait_until_idle()
        assert len(window.client_windows) == 1  # the file left is let go
        qtbot.addWidget(window.client_windows[opened[-1]])
        wait_until_idle()
    assert sorted(opened) == sorted(people)
    assert "3" in page.findings.walk_label.text()
    page.findings.next()
    wait_until_idle()
    assert page.findings.walk_label.text()  # every person of this kind was opened
