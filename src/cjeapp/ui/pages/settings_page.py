"""Paramètres (administrator): organization, offices, staff accounts, calendar,
preferences, backups, and the server this PC works on."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.ui.context import AppContext
from cjeapp.ui.settings.backups_tab import BackupsTab
from cjeapp.ui.settings.calendar_tab import CalendarTab
from cjeapp.ui.settings.offices_tab import OfficesTab
from cjeapp.ui.settings.organization_tab import OrganizationTab
from cjeapp.ui.settings.preferences_tab import PreferencesTab
from cjeapp.ui.settings.server_copy_tab import ServerCopyTab
from cjeapp.ui.settings.server_tab import ServerTab
from cjeapp.ui.settings.staff_tab import StaffTab
from cjeapp.ui.widgets.heading import page_heading
from cjeapp.ui.widgets.layouts import ScrollingTabs


class SettingsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = page_heading(self.tr("Settings"))
        self.tabs = ScrollingTabs()
        self.organization = OrganizationTab(context)
        self.offices = OfficesTab(context)
        self.staff = StaffTab(context)
        self.calendar = CalendarTab(context)
        self.preferences = PreferencesTab(context)
        # On the server, automatic backups are the server's own (see the README); the
        # office makes its own verified, encrypted copies of the server instead.
        self.backups = BackupsTab(context) if not context.db.on_server else None
        self.server_copy = ServerCopyTab(context) if context.db.on_server else None
        self.server = ServerTab(context)
        # Each tab scrolls when the window is short (the organization's form at 125 %
        # already, every tab at 150 %); titles are shortened before the bar scrolls.
        self.tabs.add_page(self.organization, self.tr("Organization"))
        self.tabs.add_page(self.offices, self.tr("Offices"))
        self.tabs.add_page(self.staff, self.tr("Staff accounts"))
        self.tabs.add_page(self.calendar, self.tr("Calendar"))
        self.tabs.add_page(self.preferences, self.tr("Preferences"))
        if self.backups is not None:
            self.tabs.add_page(self.backups, self.tr("Backups"))
        if self.server_copy is not None:
            self.tabs.add_page(self.server_copy, self.tr("Backups"))
        self.tabs.add_page(self.server, self.tr("Server"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)

    def wait_for_jobs(self) -> None:
        for tab in (self.backups, self.server_copy, self.server):
            if tab is not None:
                tab.wait_for_jobs()
