"""« Changer de personne » at a shared desk: a colleague signs in without quitting; the first
person's session is kept for them (open files, unsaved input) and comes back when they sign
in again; each sees only their role's screens; the audit says who did what; quitting from
one session closes the others only after saying what is lost."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cjeapp.core.db.database import Database
from cjeapp.core.models import AuditEntry
from cjeapp.core.models import User
from cjeapp.core.permissions import Actor
from cjeapp.ui.desk_sessions import DeskSessions
from cjeapp.ui.main_window import MainWindow
from cjeapp.ui.sign_in_dialog import SignInDialog
from tests.ui.keyboard import type_text
from tests.ui.waiting import wait_until_idle


def _close_quietly(desk: DeskSessions) -> None:
    """pytest-qt closes a test's windows after it: they then close without asking (a
    question would wait for a click)."""
    for window in desk.live():
        window.before_close = None
        window.findings.wait()  # no look at the file outlives the test's database
        window.close()


def _signing_in_as(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
                   who: list[tuple[str, str]]) -> None:
    """Each sign-in dialog opened is filled with the next (user name, password)."""

    def fill(dialog: SignInDialog) -> int:
        qtbot.addWidget(dialog)
        username, password = who.pop(0)
        type_text(dialog.username, username)
        type_text(dialog.password, password)
        dialog.submit()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
        return int(dialog.result())

    monkeypatch.setattr(SignInDialog, "exec", fill)


def test_a_colleague_signs_in_and_the_first_session_is_kept(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    counsellor = MainWindow(db, staff["counsellor"])
    qtbot.addWidget(counsellor)
    counsellor.show()
    desk = DeskSessions(counsellor, db.path)
    try:
        file_window = counsellor.open_client(helene)
        qtbot.addWidget(file_window)
        wait_until_idle()  # the file read, before she types in it
        gender = file_window.group.fields["gender"].widget
        type_text(gender, "femme")  # unsaved input
        about = counsellor.show_about()  # a window of the session beside its files
        qtbot.addWidget(about)
        # Reception comes to the desk while the counsellor's session is locked.
        counsellor.lock()
        assert counsellor.lock_dialog is not None
        _signing_in_as(monkeypatch, qtbot, [("reception", "wrong"), ("reception",
                                                                       "reception-password")])
        assert desk.change_person(counsellor) is None  # a wrong password: nobody changes
        assert counsellor.is_locked and not counsellor.parked
        counsellor.lock_dialog.change_button.click()
        reception = desk.active
        assert reception is not counsellor
        qtbot.addWidget(reception)
        assert reception.context.actor.username == "reception"
        assert reception.isVisible() and not counsellor.isVisible()
        assert not file_window.isVisible() and counsellor.parked
        assert not about.isVisible()  # nothing of the first session left to work in
        assert "followups" not in reception.section_keys()  # reception's screens only
        assert counsellor.lock_dialog is not None and not counsellor.lock_dialog.isVisible()
        # Reception's work is theirs in the audit.
        reception.open_client(helene).close()
        # The counsellor comes back: Session › Changer de personne from reception's session.
        _signing_in_as(monkeypatch, qtbot, [("counsellor", "counsellor-password")])
        reception.change_person()
        assert desk.active is counsellor and counsellor.isVisible() and file_window.isVisible()
        assert not counsellor.is_locked and not counsellor.parked
        assert gender.text() == "femme"  # the unsaved input, as it was left
        assert about.isVisible()
        assert reception.parked and not reception.isVisible()
        with db.read_session() as session:
            names = {row.id: row.username for row in session.execute(
                select(User.id, User.username))}
            signed_in = [names.get(user_id) for user_id in session.scalars(
                select(AuditEntry.entity_id).where(AuditEntry.action == "sign_in")
                .order_by(AuditEntry.seq))]
        assert signed_in[-2:] == ["reception", "counsellor"]
        # Quitting from the counsellor's session: reception's session is said, then closed.
        asked: list[str] = []

        def question(_parent: object, _title: str, text: str, *_args: object) -> object:
            asked.append(text)
            return QMessageBox.StandardButton.No if len(asked) == 1 else \
                QMessageBox.StandardButton.Yes

        monkeypatch.setattr(QMessageBox, "question", question)
        about.close()
        # Unsaved input of one's own is asked about first: nothing of the others is touched.
        assert not counsellor.close()
        assert asked == [] and reception.parked and desk.live() == [counsellor, reception]
        file_window.discard_and_close()
        assert not counsellor.close()  # « Non »: nothing closes
        assert "Test reception" in asked[0] and counsellor.isVisible()
        assert counsellor.close()
        assert desk.closing is counsellor and desk.ended == [reception]
    finally:
        _close_quietly(desk)


def test_signing_in_again_as_oneself_unlocks(qtbot: QtBot, db: Database,
                                            staff: dict[str, Actor],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(db, staff["reception"])
    qtbot.addWidget(window)
    window.show()
    desk = DeskSessions(window, db.path)
    try:
        _signing_in_as(monkeypatch, qtbot, [("reception", "reception-password")])
        window.change_person()
        assert desk.active is window and not window.is_locked and window.isVisible()
        assert desk.live() == [window]
        monkeypatch.setattr(SignInDialog, "exec", lambda dialog: int(QDialog.DialogCode.Rejected))
        window.change_person()  # given up: the lock screen stays
        assert window.is_locked and window.lock_dialog is not None
        assert window.lock_dialog.isVisible()
        lock = window.lock_dialog
    finally:
        _close_quietly(desk)
    assert not lock.isVisible()  # the session closed: no lock screen of it left
