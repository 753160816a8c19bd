"""UI fixtures: the main window signed in as a given role, on a small database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from cjeapp.core.db.database import Database
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.ui.translators import install_translators


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
