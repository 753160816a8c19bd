"""Vie privée: what the person in charge of personal information keeps under Law 25 — the
audit log (AUDIT_READ), people's requests about their information and the register of
confidentiality incidents (PRIVACY_ADMIN)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.permissions import Permission
from cjeapp.ui.context import AppContext
from cjeapp.ui.privacy.audit_tab import AuditTab
from cjeapp.ui.privacy.incidents_tab import IncidentsTab
from cjeapp.ui.privacy.requests_tab import RequestsTab
from cjeapp.ui.privacy.retention_tab import RetentionTab
from cjeapp.ui.widgets.heading import page_heading


class PrivacyPage(QWidget):
    open_client = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = page_heading(self.tr("Privacy"))
        self.tabs = QTabWidget()
        self.audit: AuditTab | None = None
        self.incidents: IncidentsTab | None = None
        self.requests: RequestsTab | None = None
        if context.can(Permission.PRIVACY_ADMIN):
            self.requests = RequestsTab(context)
            self.requests.open_client.connect(self.open_client)
            self.tabs.addTab(self.requests, self.tr("Requests from people"))
        if context.can(Permission.AUDIT_READ):
            self.audit = AuditTab(context)
            self.tabs.addTab(self.audit, self.tr("Audit log"))
        self.retention: RetentionTab | None = None
        if context.can(Permission.PRIVACY_ADMIN):
            self.incidents = IncidentsTab(context)
            self.tabs.addTab(self.incidents, self.tr("Confidentiality incidents"))
            self.retention = RetentionTab(context)
            self.tabs.addTab(self.retention, self.tr("Retention"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
