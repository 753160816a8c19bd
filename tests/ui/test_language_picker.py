"""The one field that asks for a language, in French: any language found by typing part of
its French, English or own name, chosen in the list that opens (core's lookup), and a
consent explained in Swahili recorded so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cjeapp.core.db.database import Database
from cjeapp.core.ids import ClientId
from cjeapp.core.people import consents
from cjeapp.core.permissions import Actor
from cjeapp.ui.client_file.consents_tab import ConsentsTab
from cjeapp.ui.context import AppContext
from cjeapp.ui.widgets.language_picker import LanguagePicker
from tests.ui.keyboard import press
from tests.ui.keyboard import type_text
from tests.ui.waiting import wait_until_idle


def _offered(picker: LanguagePicker) -> list[str]:
    return picker.found.stringList()


def test_kirundi_is_found_by_any_of_its_names_and_chosen_from_the_list(
        qtbot: QtBot, french: None) -> None:
    picker = LanguagePicker()
    qtbot.addWidget(picker)
    picker.show()
    line = picker.lineEdit()
    assert line is not None
    for typed in ("kirun", "Kirundi", "Ikirundi"):
        line.clear()
        type_text(line, typed)
        assert _offered(picker)[0] == "roundi (Ikirundi)", typed
    completer = picker.completer()
    assert completer is not None
    popup = completer.popup()
    assert popup is not None and popup.isVisible()
    popup.setCurrentIndex(completer.completionModel().index(0, 0))
    press(popup, Qt.Key.Key_Return)
    assert picker.value() == "rn"
    assert picker.currentText() == "roundi (Ikirundi)"


def test_a_name_typed_in_full_counts_and_nonsense_is_given_back(qtbot: QtBot,
                                                                 french: None) -> None:
    picker = LanguagePicker()
    qtbot.addWidget(picker)
    picker.setEditText("Kiswahili")
    assert picker.value() == "sw"
    picker.setEditText("tigrigna")
    assert picker.value() == "ti"
    picker.setEditText("xyzzy")
    assert picker.value() == "xyzzy"  # core refuses it in words
    picker.setEditText("")
    assert picker.value() is None
    narrowed = LanguagePicker(["fr", "en", "es"], empty=False)
    qtbot.addWidget(narrowed)
    narrowed_line = narrowed.lineEdit()
    assert narrowed_line is not None
    narrowed_line.clear()
    type_text(narrowed_line, "esp")
    assert _offered(narrowed) == ["espagnol (español)"]
    narrowed.setEditText("Kirundi")
    assert narrowed.value() == "Kirundi"  # not among its languages


def test_a_consent_explained_in_swahili_is_recorded_so(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str,
        french: None) -> None:
    person = ClientId(helene)
    tab = ConsentsTab(AppContext(db, staff["counsellor"]), person)
    qtbot.addWidget(tab)
    wait_until_idle()
    assert tab.language.value() == "fr"  # French until another is chosen
    assert tab.language.count() > 400  # every language, not the notice's four
    tab.language.setEditText("swahili")
    tab.record()
    wait_until_idle()
    [consent] = consents.list_consents(db, staff["counsellor"], person)
    assert consent.language == "sw"
    model = tab.table.model()
    texts = [model.index(0, column).data() for column in range(model.columnCount())]
    assert "swahili" in texts
