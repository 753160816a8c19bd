"""Rapports: validation grouped by person opening the file at the field, the export off the
UI thread, and the dashboard."""

from __future__ import annotations

import zipfile
from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from cjeapp.core import clock
from cjeapp.core.casework import service_records
from cjeapp.core.casework.service_records import ServiceForm
from cjeapp.core.db.database import Database
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.reporting import package
from cjeapp.ui.context import AppContext
from cjeapp.ui.main_window import MainWindow
from cjeapp.ui.pages.reports_page import ReportsPage
from cjeapp.ui.pages.reports_page import fiscal_year
from tests.ui.tables import texts
from tests.ui.waiting import wait_until_idle


def _served(db: Database, actor: Actor, **values: object) -> str:
    client = clients.create_client(db, actor, ClientForm(**{  # type: ignore[arg-type]
        "first_name": "Hélène", "last_name": "Côté", "birth_date": date(1990, 5, 3),
        "sex": "F", "country_of_birth": "CO", "immigration_category": "skilled_worker",
        "arrival_date": date(2026, 5, 1), "region_code": "12", **values}))
    service_records.record_service(db, actor, client.id, ServiceForm(
        "housing_search", delivered_on=date(2026, 11, 10)))
    return client.id


def test_fiscal_year_runs_april_to_march() -> None:
    assert fiscal_year(date(2026, 11, 22)) == (date(2026, 4, 1), date(2027, 3, 31))
    assert fiscal_year(date(2027, 2, 1)) == (date(2026, 4, 1), date(2027, 3, 31))


def test_validation_opens_the_file_at_the_field_then_export(qtbot: QtBot, db: Database,
                                                            staff: dict[str, Actor],
                                                            tmp_path: Path) -> None:
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    counsellor = staff["counsellor"]
    good = _served(db, counsellor)
    bad = _served(db, counsellor, first_name="Omar", region_code=None)
    window = MainWindow(db, staff["director"])
    qtbot.addWidget(window)
    page = window.show_section("reports")
    assert isinstance(page, ReportsPage)
    wait_until_idle(qtbot)  # its profile read off the screen's thread
    assert page.first.value() == date(2026, 4, 1) and page.last.value() == date(2027, 3, 31)
    page.run_validation()
    assert page.busy and not page.validate_button.isEnabled()  # off the UI thread
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    problems = page.last_problems
    assert any(p.client_id == bad and p.column == "region" and p.error for p in problems)
    first = page.problems.topLevelItem(0)  # errors first, named as the file names them
    assert first.text(0).startswith("Administrative region")
    assert [first.child(i).text(0) for i in range(first.childCount())] == ["Omar Côté"]
    assert first.text(1) == "1 people" or first.text(1) == "1 person"
    page.problems.setCurrentItem(first)
    page.findings.next()  # the walk opens each person's file in turn, at the field
    file_window = window.client_windows[bad]
    qtbot.addWidget(file_window)
    assert file_window.focusWidget() is file_window.group.fields["region_code"].widget

    page.export_to(tmp_path / "refused.zip")
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert "not written" in page.status.text() and not (tmp_path / "refused.zip").exists()

    from cjeapp.core.models import Client
    from cjeapp.core.unit_of_work import unit_of_work

    with unit_of_work(db, counsellor) as uow:
        uow.change(uow.get(Client, bad, what="client"), {"region_code": "12"})
    page.export_to(tmp_path / "ok.zip")
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert "Package written" in page.status.text()
    assert "(2 people, 2 services" in page.status.text()  # words, never table names
    from cjeapp.core.reporting.keys import public_key_pem

    assert package.verify(tmp_path / "ok.zip", public_key_pem(db)).intact
    with zipfile.ZipFile(tmp_path / "ok.zip") as written:
        persons = written.read("persons.csv").decode("utf-8-sig").splitlines()
    assert len(persons) == 1 + 2  # the header, then both people, the fixed one included
    assert good != bad


def test_dashboard_shows_figures_and_charts(qtbot: QtBot, db: Database,
                                           staff: dict[str, Actor]) -> None:
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    for index in range(3):
        _served(db, staff["counsellor"], first_name=f"P{index}")
    page = ReportsPage(AppContext(db, staff["director"]))
    qtbot.addWidget(page)
    wait_until_idle(qtbot)
    page.show_dashboard()
    wait_until_idle(qtbot)  # made off the screen's thread
    figures = dict((row[0], row[1]) for row in texts(page.figures))
    assert figures["People served"] == "3"
    assert page.charts_layout.count() >= 1
    chart = page.charts_layout.itemAt(0).widget()
    assert isinstance(chart, QLabel)
    image = chart.pixmap().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 2  # drawn: text and bars, not a blank page
