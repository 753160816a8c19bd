"""Tableau de bord on the demo, in French: the period's figures beside the year before,
worked out off the screen's thread, as charts a screen reader can read; exact numbers on
screen; the PDF and the spreadsheet saved (« < 5 » there)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from cjeapp.core.db.database import Database
from cjeapp.core.staff import accounts
from cjeapp.ui.context import AppContext
from cjeapp.ui.pages.board_page import BoardPage
from cjeapp.ui.widgets.bar_chart import BarChart


def test_the_directors_board_on_screen_and_on_paper(
        qtbot: QtBot, demo_db: Database, french: None, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    director = accounts.sign_in(demo_db, "direction", "demo-direction")
    page = BoardPage(AppContext(demo_db, director))
    qtbot.addWidget(page)
    job = page.compute()
    assert job is not None and not page.show_button.isEnabled()  # one at a time
    qtbot.waitUntil(lambda: page.board is not None and page.job is None, timeout=60_000)
    assert "beside" not in page.status.text() and " à côté de " in page.status.text()
    charts = page.charts.findChildren(BarChart)
    assert len(charts) >= 5
    for chart in charts:  # named and described for a screen reader, in French
        assert chart.accessibleName() and chart.bars
        assert "l'an dernier" in chart.accessibleDescription() or not any(
            bar.before is not None for bar in chart.bars)
        assert "True" not in chart.accessibleDescription()
    # a period that ends before it begins is said in French, nothing computed
    page.last.set_value(page.first.required_value().replace(year=2000))
    assert page.compute() is None and "se termine avant" in page.status.text()
    page.last.set_value(page.first.required_value().replace(
        year=page.first.required_value().year + 1, month=3, day=31))
    saved: list[Path] = []

    def save_to(_parent: object, _caption: str, name: str, _kinds: str) -> tuple[str, str]:
        saved.append(tmp_path / name)
        return str(saved[-1]), _kinds

    monkeypatch.setattr("cjeapp.ui.files.QFileDialog.getSaveFileName", save_to)
    page.save(page_format("pdf"))
    qtbot.waitUntil(lambda: page.job is None and len(saved) == 1, timeout=60_000)
    text = " ".join(p.extract_text() or "" for p in PdfReader(
        io.BytesIO(saved[0].read_bytes())).pages)
    assert "La charge de l'année" in text and "< 5" in text
    assert "True" not in text and "served_by_volet" not in text
    page.save(page_format("xlsx"))
    qtbot.waitUntil(lambda: page.job is None and len(saved) == 2, timeout=60_000)
    book = load_workbook(saved[1])
    assert book.sheetnames
    cells = [value for sheet in book.worksheets
             for row in sheet.iter_rows(min_row=2, values_only=True) for value in row]
    assert any(isinstance(value, (int, float)) for value in cells)  # typed numbers


def page_format(name: str) -> object:
    from cjeapp.core.reporting.board_export import BoardFormat

    return BoardFormat(name)


def test_each_figure_opens_the_records_behind_it(qtbot: QtBot, demo_db: Database,
                                                 french: None) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from cjeapp.ui.dialogs.board_records import BoardRecordsDialog

    director = accounts.sign_in(demo_db, "direction", "demo-direction")
    page = BoardPage(AppContext(demo_db, director))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.compute()
    qtbot.waitUntil(lambda: page.board is not None and page.job is None, timeout=60_000)
    buttons = [b for b in page.charts.findChildren(QPushButton)
               if b.text() == "Voir les dossiers…"]
    charts = page.charts.findChildren(BarChart)
    assert len(buttons) >= len(page.board.sections)  # every section, series and caseload
    assert all(b.accessibleName().startswith("Voir les dossiers : ") for b in buttons)
    assert all(chart.clickable for chart in charts)
    opened: list[str] = []
    page.open_client.connect(opened.append)
    # the people served: the first bar of the first chart, clicked
    served = next(chart for chart in charts if chart.title == "Personnes accueillies et servies")
    y = served.sizeHint().height() - served.ROW * len(served.bars) + served.ROW // 2
    qtbot.mouseClick(served, Qt.MouseButton.LeftButton, pos=QPoint(served.width() // 2, y))
    dialog = page.records
    assert isinstance(dialog, BoardRecordsDialog)
    qtbot.waitUntil(lambda: dialog.settled and bool(dialog.list.rows), timeout=30_000)
    figure = page.board.figure("people", "served")
    assert dialog.figure.currentText().startswith("Personnes servies")
    assert len(dialog.list.rows) == min(figure.value, 2000)
    assert dialog.list.model().headerData(0, Qt.Orientation.Horizontal) == "Personne"
    assert "dossier" in dialog.status.text()
    dialog.open_button.click()
    assert opened == [dialog.list.rows[0].client_id]
    # another figure of the same chart, chosen in the dialog: its own records
    dialog.figure.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dialog.settled, timeout=30_000)
    assert len(dialog.list.rows) == min(page.board.figure("people", "new").value, 2000)
    dialog.close()
    # a month's bar lists that month's walk-ins only, with their wait in words
    walk_ins = next(b for b in buttons if b.accessibleName().endswith(
        "Visites sans rendez-vous par mois"))
    walk_ins.click()
    dialog = page.records
    assert isinstance(dialog, BoardRecordsDialog)
    qtbot.waitUntil(lambda: dialog.settled, timeout=30_000)
    month = page.board.series[1]
    assert month.key == "walk_ins" and len(dialog.list.rows) == month.values[0]
    assert dialog.list.model().headerData(3, Qt.Orientation.Horizontal) == "Attente"
    dialog.close()
