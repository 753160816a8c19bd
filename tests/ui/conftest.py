"""UI fixtures: the main window signed in as a given role, on a small database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from cjeapp.core.db.database import Database
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.ui.translators import install_translators


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """The screens' database work a test left running ends before its database closes."""
    yield
    from tests.ui.waiting import wait_until_idle

    wait_until_idle()


@pytest.fixture
def helene(db: Database, staff: dict[str, Actor]) -> str:
    return clients.create_client(db, staff["reception"], ClientForm(
        first_name="Hélène", last_name="Côté-Bélanger", birth_date=date(1988, 3, 14),
        phone="418 335-0802", municipality="Thetford Mines",
        assigned_counsellor_id=staff["counsellor"].user_id)).id


@pytest.fixture(autouse=True, scope="session")
def _private_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Per-PC settings (language, this PC's office) go to a temporary folder in tests."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True)
def _widgets_deleted_by_qt(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[None]:
    """Each widget a test registers with qtbot stays referenced until pytest-qt has closed
    it, and is then deleted by Qt. pytest-qt keeps only weak references, so a window a
    test stops referencing mid-test was destroyed by Python's collector, and with PySide
    6.11 a main window destroyed that way (its deletion deferred by shiboken) crashes the
    process: the CI run of c04358f died so (tests/ui/test_window_lifetime.py shows it)."""
    from pytestqt.qtbot import QtBot

    kept: list[object] = []
    register = QtBot.addWidget

    def add_widget(bot: QtBot, widget: Any, *, before_close_func: Any = None) -> None:
        kept.append(widget)
        register(bot, widget, before_close_func=before_close_func)

    monkeypatch.setattr(QtBot, "addWidget", add_widget)
    yield
    # pytest-qt closed them and asked for their deletion: Qt deletes them now
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    kept.clear()


@pytest.fixture(autouse=True, scope="session")
def _controls_named(qapp: QApplication) -> None:
    """As the program does at start: every control named for screen readers when shown."""
    from cjeapp.ui import accessible_names
    from cjeapp.ui.contrast import apply_selection

    accessible_names.install(qapp)
    apply_selection(qapp)


@pytest.fixture(autouse=True)
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Refusal dialogs are recorded instead of waiting for a click; tests read them here."""
    from cjeapp.ui import messages

    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *_args: object) -> None:
        shown.append(text)

    monkeypatch.setattr(messages.QMessageBox, "warning", record)
    return shown


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The screens in French, as the program shows them by default."""
    install_translators(qapp, "fr")
    yield
    install_translators(qapp, "en")
