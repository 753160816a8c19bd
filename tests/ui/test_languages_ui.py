"""Languages in a person's file: any ISO 639 language found by typing part of its name,
and the interpreter needed, shown in the file's header."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from cjeapp.core.db.database import Database
from cjeapp.core.people import clients
from cjeapp.core.permissions import Actor
from cjeapp.ui.client_file.form_fields import LanguageList
from cjeapp.ui.client_file.window import ClientFileWindow
from cjeapp.ui.context import AppContext
from cjeapp.ui.widgets.code_combo import CodeCombo
from tests.ui.keyboard import type_text
from tests.ui.waiting import wait_until_idle


def test_a_language_typed_by_name_is_added_and_saved_with_the_interpreter(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str,
        french: None) -> None:
    window = ClientFileWindow(AppContext(db, staff["counsellor"]), helene)
    qtbot.addWidget(window)
    wait_until_idle()
    spoken = window.group.fields["languages"].widget
    assert isinstance(spoken, LanguageList)
    other = spoken.other
    other.setFocus()
    wait_until_idle()
    type_text(other, "kinyarwanda")
    assert other.value() == "rw"  # a name typed in full counts as chosen
    spoken.add_button.click()
    wait_until_idle()
    assert "rw" in spoken.value()
    other.setEditText("ourdou")
    wait_until_idle()
    spoken.add_chosen()
    wait_until_idle()
    needed = window.group.fields["interpreter_needed"].widget
    language = window.group.fields["interpreter_language"].widget
    needed.setChecked(True)  # type: ignore[attr-defined]
    wait_until_idle()
    assert isinstance(language, CodeCombo)
    language.set_value("rw")
    wait_until_idle()
    window.save()
    wait_until_idle()
    client, languages = clients.open_client(db, staff["counsellor"], helene)
    assert {"rw", "ur"} <= set(languages)
    assert client.interpreter_needed and client.interpreter_language == "rw"
    assert "interprète requis : kinyarwanda" in window.subheader.text()


def test_a_name_that_is_no_language_is_refused_and_kept_on_screen(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str,
        warnings_shown: list[str], french: None) -> None:
    window = ClientFileWindow(AppContext(db, staff["counsellor"]), helene)
    qtbot.addWidget(window)
    wait_until_idle()
    spoken = window.group.fields["languages"].widget
    assert isinstance(spoken, LanguageList)
    before = spoken.value()
    spoken.other.setEditText("xyzzy")
    wait_until_idle()
    spoken.add_chosen()
    wait_until_idle()
    assert spoken.value() == before
    assert warnings_shown and "liste" in warnings_shown[-1]
    needed = window.group.fields["interpreter_needed"].widget
    needed.setChecked(True)  # type: ignore[attr-defined]
    wait_until_idle()
    language = window.group.fields["interpreter_language"].widget
    assert isinstance(language, CodeCombo)
    language.setEditText("xyzzy")
    wait_until_idle()
    window.save()
    wait_until_idle()
    assert "xyzzy" in window.errors.labels["interpreter_language"].text()
    assert language.currentText() == "xyzzy"
