"""What every screen needs: the open database, who is signed in, and change notices."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field

from PySide6.QtCore import QObject
from PySide6.QtCore import QSettings
from PySide6.QtCore import Signal

from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.db.database import Database
from cjeapp.core.ids import ClientId
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission


class DataEvents(QObject):
    """Screens announce what they changed; others refresh from this one signal."""

    changed = Signal(object)  # a Change: always sent through AppContext.announce


def local_settings() -> QSettings:
    """Settings of this PC (e.g. which office it is), not shared through the database."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "cjeapp", "cjeapp")


@dataclass
class AppContext:
    db: Database
    actor: Actor
    events: DataEvents = field(default_factory=DataEvents)

    @property
    def office_id(self) -> str | None:
        value = local_settings().value(f"office/{self.db.path}")
        return str(value) if value else self.actor.office_id

    def set_office(self, office_id: str) -> None:
        local_settings().setValue(f"office/{self.db.path}", office_id)

    def can(self, permission: Permission) -> bool:
        return self.actor.can(permission)

    def announce(self, kind: ChangeKind, *, client_id: ClientId | None = None,
                 origin: object | None = None) -> None:
        """Tell every open screen that ``kind`` changed (for ``client_id`` when given)."""
        self.events.changed.emit(Change(kind, client_id, origin))
