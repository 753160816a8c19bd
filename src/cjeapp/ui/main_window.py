"""The main window: navigation on the left (what the role may use), the screen on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from cjeapp.core.codelists import codelist
from cjeapp.core.db.database import Database
from cjeapp.core.services import organization
from cjeapp.core.services.permissions import Actor
from cjeapp.ui.navigation import Section, sections_for
from cjeapp.ui.pages.placeholder import PlaceholderPage


class MainWindow(QMainWindow):
    def __init__(self, db: Database, actor: Actor) -> None:
        super().__init__()
        self.db = db
        self.actor = actor
        self.setWindowTitle(self.tr("cjeapp — %1").replace("%1",
                                                          organization.organization_name(db)))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(200)
        self.pages = QStackedWidget()
        self.sections = sections_for(actor)
        for section in self.sections:
            item = QListWidgetItem(section.translated_title())
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.navigation.addItem(item)
            self.pages.addWidget(self._build_page(section))
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        role = codelist("roles").label(actor.role.value)
        self.statusBar().addPermanentWidget(QLabel(f"{actor.full_name} · {role}"))
        self._build_menu()
        if self.sections:
            self.navigation.setCurrentRow(0)
        self.resize(1200, 760)

    def _build_page(self, section: Section) -> QWidget:
        return PlaceholderPage(section.translated_title())

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Session"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

    def section_keys(self) -> list[str]:
        return [section.key for section in self.sections]

    def show_section(self, key: str) -> QWidget:
        index = self.section_keys().index(key)
        self.navigation.setCurrentRow(index)
        page = self.pages.widget(index)
        assert page is not None
        return page
