"""The sections of the main window and the permission each needs."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication

from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission


@dataclass(frozen=True)
class Section:
    key: str
    title: object  # source text (from QT_TRANSLATE_NOOP), translated in "Navigation"
    permission: Permission

    def translated_title(self) -> str:
        return QCoreApplication.translate("Navigation", str(self.title))


SECTIONS: tuple[Section, ...] = (
    # Every role starts on what needs attention today.
    Section("today", QT_TRANSLATE_NOOP("Navigation", "Today"), Permission.CLIENT_READ),
    Section("desk", QT_TRANSLATE_NOOP("Navigation", "Reception desk"), Permission.VISIT_WRITE),
    Section("clients", QT_TRANSLATE_NOOP("Navigation", "Clients"), Permission.CLIENT_READ),
    Section("agenda", QT_TRANSLATE_NOOP("Navigation", "Agenda"), Permission.APPOINTMENT_WRITE),
    Section("reminders", QT_TRANSLATE_NOOP("Navigation", "Reminders"),
            Permission.APPOINTMENT_WRITE),
    Section("followups", QT_TRANSLATE_NOOP("Navigation", "Follow-ups"),
            Permission.CASEWORK_WRITE),
    Section("transport", QT_TRANSLATE_NOOP("Navigation", "Transport and housing"),
            Permission.TRANSPORT_DECIDE),
    Section("partners", QT_TRANSLATE_NOOP("Navigation", "Partners"), Permission.CLIENT_READ),
    Section("activities", QT_TRANSLATE_NOOP("Navigation", "Activities"),
            Permission.ACTIVITY_WRITE),
    Section("exchange", QT_TRANSLATE_NOOP("Navigation", "Exchanges"),
            Permission.EXCHANGE_ADMIN),
    Section("reports", QT_TRANSLATE_NOOP("Navigation", "Reports"), Permission.REPORT_READ),
    Section("board", QT_TRANSLATE_NOOP("Navigation", "Board"), Permission.REPORT_READ),
    Section("imports", QT_TRANSLATE_NOOP("Navigation", "Import"), Permission.DATA_IMPORT),
    Section("privacy", QT_TRANSLATE_NOOP("Navigation", "Privacy"), Permission.AUDIT_READ),
    Section("settings", QT_TRANSLATE_NOOP("Navigation", "Settings"), Permission.USER_ADMIN),
)


def sections_for(actor: Actor) -> list[Section]:
    return [section for section in SECTIONS if actor.can(section.permission)]
