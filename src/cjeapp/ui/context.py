"""What every screen needs: the open database, who is signed in, and change notices."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal

from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.db.database import Database
from cjeapp.core.ids import ClientId
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission


class DataEvents(QObject):
    """What changed in the database, for every open screen to refresh from: told by the
    database after each committed unit of work, whichever thread did it, and delivered on
    the screens' thread (at once when the work ran there, as the action's own screen
    would have said it; queued from a worker thread)."""

    changed = Signal(object)  # a Change
    delivered = Signal(object)  # all the changes of one committed action, after ``changed``
    _committed = Signal(object)  # changes from core, maybe from a worker thread

    def __init__(self) -> None:
        super().__init__()
        self._acting = threading.local()  # who asked for the work running on each thread
        self._committed.connect(self._deliver, Qt.ConnectionType.AutoConnection)

    @contextmanager
    def acting(self, origin: object) -> Iterator[None]:
        """The work done inside, on this thread, was asked for by ``origin`` (a screen):
        its changes carry it, so that screen — which shows its own result — is not
        refreshed again by them (Change.origin). A runner running a screen's work on a
        worker wraps it here on the worker's thread."""
        before = getattr(self._acting, "origin", None)
        self._acting.origin = origin
        try:
            yield
        finally:
            self._acting.origin = before

    def committed(self, changes: tuple[Change, ...]) -> None:
        """Called by the database, on any thread; delivered on this object's."""
        origin = getattr(self._acting, "origin", None)
        if origin is not None:
            changes = tuple(change if change.origin is not None
                            else replace(change, origin=origin) for change in changes)
        self._committed.emit(changes)

    def _deliver(self, changes: tuple[Change, ...]) -> None:
        for change in changes:
            self.changed.emit(change)
        self.delivered.emit(changes)


def local_settings() -> QSettings:
    """Settings of this PC (e.g. which office it is), not shared through the database."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "cjeapp", "cjeapp")


@dataclass
class AppContext:
    db: Database
    actor: Actor
    events: DataEvents = field(default_factory=DataEvents)

    def __post_init__(self) -> None:
        listen(self.db, self.events)

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
        """Tell every open screen that ``kind`` changed (for ``client_id`` when given):
        only for what is not a row of the database (a backup file made); the database
        tells of its own changes."""
        self.events.changed.emit(Change(kind, client_id, origin))


def listen(db: Database, events: DataEvents) -> None:
    """Deliver ``db``'s committed changes to ``events`` for as long as it lives."""
    if any(getattr(listener, "events", None) is events for listener in db.change_listeners):
        return
    db.change_listeners.append(_Listener(db, events))


class _Listener:
    """Holds the events weakly: a closed window's context is not kept alive by the
    database, and stops listening once Qt has deleted its events."""

    def __init__(self, db: Database, events: DataEvents) -> None:
        self.db = db
        self._events = weakref.ref(events)

    @property
    def events(self) -> DataEvents | None:
        return self._events()

    def __call__(self, changes: tuple[Change, ...]) -> None:
        events = self._events()
        if events is not None and shiboken6.isValid(events):
            events.committed(changes)
        elif self in self.db.change_listeners:
            self.db.change_listeners.remove(self)
