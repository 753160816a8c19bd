"""The client file window: roles, field errors that keep the input, conflicts, lock."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cjeapp.core.db.database import Database
from cjeapp.core.models import AuditEntry
from cjeapp.core.people import clients
from cjeapp.core.people import notes
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.ui.client_file.window import ClientFileWindow
from cjeapp.ui.context import AppContext
from cjeapp.ui.main_window import MainWindow
from tests.ui.keyboard import type_text
from tests.ui.tables import choose
from tests.ui.tables import texts
from tests.ui.waiting import wait_until_idle


def _file(qtbot: QtBot, db: Database, actor: Actor, client_id: str) -> ClientFileWindow:
    window = ClientFileWindow(AppContext(db, actor), client_id)
    qtbot.addWidget(window)
    wait_until_idle(qtbot)
    return window


def test_reception_never_sees_confidential_notes(qtbot: QtBot, db: Database,
                                                 staff: dict[str, Actor], helene: str) -> None:
    notes.add_note(db, staff["counsellor"], helene, "Suivi psychosocial en cours.")
    reception = _file(qtbot, db, staff["reception"], helene)
    assert "Confidential notes" not in reception.tab_titles()
    assert reception.notes is None
    counsellor = _file(qtbot, db, staff["counsellor"], helene)
    assert "Confidential notes" in counsellor.tab_titles()
    assert counsellor.notes is not None
    counsellor.tabs.setCurrentWidget(counsellor.notes)
    counsellor.show()
    qtbot.waitUntil(lambda: counsellor.notes is not None and counsellor.notes.list.count() == 1)
    assert "Suivi psychosocial" in counsellor.notes.list.item(0).text()


def test_the_notes_are_read_and_logged_only_once_looked_at(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str) -> None:
    """Saving the profile reads the file's sections again, but not the confidential notes
    nobody opened: their reading is logged as a consultation, which would be untrue."""
    notes.add_note(db, staff["counsellor"], helene, "Suivi psychosocial en cours.")
    window = _file(qtbot, db, staff["counsellor"], helene)
    window.show()
    type_text(window.group.fields["municipality"].widget, "x")
    window.save()
    wait_until_idle(qtbot)
    assert "Saved" in window.status.text()
    assert _notes_read(db, helene) == 0
    assert window.notes is not None
    window.tabs.setCurrentWidget(window.notes)
    wait_until_idle(qtbot)
    assert window.notes.list.count() == 1 and _notes_read(db, helene) == 1


def _notes_read(db: Database, client_id: str) -> int:
    with db.read_session() as session:
        return len(session.scalars(select(AuditEntry.id).where(
            AuditEntry.action == "view", AuditEntry.entity == "confidential_notes",
            AuditEntry.entity_id == client_id)).all())


def test_invalid_fields_are_explained_and_nothing_typed_is_lost(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str) -> None:
    window = _file(qtbot, db, staff["reception"], helene)
    phone = window.group.fields["phone"].widget
    email = window.group.fields["email"].widget
    phone.clear()
    type_text(phone, "418-55")
    type_text(email, "hélène@")
    assert window.is_dirty()
    window.save()
    wait_until_idle(qtbot)
    assert "10-digit" in window.group.errors["phone"].text()
    assert "e-mail" in window.group.errors["email"].text()
    assert phone.text() == "418-55" and email.text() == "hélène@"
    assert window.tabs.currentIndex() == 0
    reread, _ = clients.open_client(db, staff["reception"], helene)
    assert reread.phone == "418 335-0802"
    phone.clear()
    type_text(phone, "418 555-0199")
    email.clear()
    window.save()
    wait_until_idle(qtbot)
    assert not window.is_dirty()
    assert clients.open_client(db, staff["reception"], helene)[0].phone == "418 555-0199"


def test_a_concurrent_edit_is_detected_not_overwritten(qtbot: QtBot, db: Database,
                                                       staff: dict[str, Actor],
                                                       helene: str) -> None:
    window = _file(qtbot, db, staff["reception"], helene)
    other, languages = clients.open_client(db, staff["counsellor"], helene)
    form = ClientForm.from_client(other, languages)
    form.municipality = "Disraeli"
    clients.update_client(db, staff["counsellor"], helene, form, other.version)
    municipality = window.group.fields["municipality"].widget
    municipality.clear()
    type_text(municipality, "Adstock")
    window.save()
    wait_until_idle(qtbot)
    assert "changed by someone else" in window.status.text()
    assert municipality.text() == "Adstock"
    assert clients.open_client(db, staff["reception"], helene)[0].municipality == "Disraeli"



def test_a_second_save_while_the_first_is_on_its_way_asks_nothing(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str,
        warnings_shown: list[str]) -> None:
    """Ctrl+S pressed twice: the second would be refused as the first save's own change
    (« changed by someone else »); it asks nothing and the first is saved."""
    window = _file(qtbot, db, staff["reception"], helene)
    municipality = window.group.fields["municipality"].widget
    municipality.clear()
    type_text(municipality, "Adstock")
    window.save()
    window.save()
    wait_until_idle(qtbot)
    assert window.status.text() == "Saved." and not warnings_shown
    assert not window.is_dirty()
    assert clients.open_client(db, staff["reception"], helene)[0].municipality == "Adstock"
    municipality.clear()
    type_text(municipality, "Disraeli")
    window.save()  # the next one is asked as usual
    wait_until_idle(qtbot)
    assert clients.open_client(db, staff["reception"], helene)[0].municipality == "Disraeli"

def test_idle_lock_hides_the_windows_and_keeps_unsaved_input(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str) -> None:
    main = MainWindow(db, staff["counsellor"])
    qtbot.addWidget(main)
    main.show()
    file_window = main.open_client(helene)
    qtbot.addWidget(file_window)
    wait_until_idle(qtbot)  # the file read and shown before it is typed in
    gender = file_window.group.fields["gender"].widget
    type_text(gender, "femme")
    main.idle.idle.emit()  # the idle timer ran out
    assert main.is_locked
    assert not main.isVisible() and not file_window.isVisible()
    dialog = main.lock_dialog
    assert dialog is not None
    type_text(dialog.password, "wrong")
    dialog.try_unlock()  # checked on the writer: the dialog waits, usable again after
    assert not dialog.unlock_button.isEnabled()
    wait_until_idle(qtbot)
    assert main.is_locked and "wrong password" in dialog.message.text()
    assert dialog.unlock_button.isEnabled() and dialog.password.text() == ""
    dialog.reject()  # Esc does not unlock
    assert main.is_locked
    type_text(dialog.password, "counsellor-password")
    dialog.try_unlock()
    wait_until_idle(qtbot)
    assert not main.is_locked
    assert main.isVisible() and file_window.isVisible()
    assert gender.text() == "femme"
    file_window.escape()
    assert file_window.isVisible() and "Unsaved" in file_window.status.text()
    file_window.escape()
    assert not file_window.isVisible()


def test_ctrl_f_focuses_search_from_another_screen(qtbot: QtBot, db: Database,
                                                   staff: dict[str, Actor]) -> None:
    main = MainWindow(db, staff["reception"])
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.show_section("agenda")
    main.search_action.trigger()
    desk = main.pages.currentWidget()
    assert main.section_keys()[main.pages.currentIndex()] == "desk"
    assert main.focusWidget() is desk.search_box
    assert "Ctrl+F" in [key.toString() for key in main.search_action.shortcuts()]
    main.show_section("clients")
    main.go_back()
    assert main.section_keys()[main.pages.currentIndex()] == "desk"


def test_consents_are_recorded_per_purpose_and_withdrawn(qtbot: QtBot, db: Database,
                                                         staff: dict[str, Actor],
                                                         helene: str) -> None:
    from cjeapp.core.models import Partner
    from cjeapp.core.people import consents
    from cjeapp.core.unit_of_work import unit_of_work

    with unit_of_work(db, staff["coordinator"]) as uow:
        partner = uow.add(Partner(name="Cabinet Lapointe", kind="legal"))
    window = _file(qtbot, db, staff["counsellor"], helene)
    tab = window.consents
    tab.purpose.set_value("referral")
    assert tab.partner.isEnabled()
    tab.record()
    wait_until_idle(qtbot)
    assert "names the partner" in tab.errors.labels["partner_id"].text()
    tab.partner.set_value(partner.id)
    tab.record()
    wait_until_idle(qtbot)
    assert len(texts(tab.table)) == 1
    assert texts(tab.table)[0][0].endswith("Cabinet Lapointe")
    assert consents.has_consent(db, helene, "referral", partner_id=partner.id)
    choose(tab.table, 0)
    tab.withdraw()
    wait_until_idle(qtbot)
    row = texts(tab.table)[0]
    assert row[-1] == "Not valid"
    assert row[3] == "French" and row[4] == staff["counsellor"].full_name  # who took it
    assert row[6].endswith(staff["counsellor"].full_name)  # withdrawn: when and by whom
    assert not consents.has_consent(db, helene, "referral", partner_id=partner.id)


def test_a_change_in_one_section_shows_in_the_others_at_once(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str) -> None:
    from cjeapp.core.casework import plans
    from cjeapp.core.ids import ClientId
    from cjeapp.ui.client_file.window import ClientFileWindow
    from cjeapp.ui.context import AppContext

    context = AppContext(db, staff["counsellor"])
    window = ClientFileWindow(context, ClientId(helene))
    qtbot.addWidget(window)
    wait_until_idle(qtbot)
    assert window.referrals is not None and window.plan is not None
    before = window.referrals.plan_item.count()
    # written elsewhere (another window, a command): no screen says anything, the
    # database tells of its own change
    plans.add_item(db, staff["counsellor"], ClientId(helene),
                   plans.ItemForm("installation", "Obtenir la carte RAMQ"))
    qtbot.waitUntil(lambda: window.referrals.plan_item.count() == before + 1)
    goals = [window.referrals.plan_item.itemText(i)
             for i in range(window.referrals.plan_item.count())]
    assert "Obtenir la carte RAMQ" in goals  # without reopening the file


def test_what_a_section_records_shows_in_the_history_at_once(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str) -> None:
    """Sections that never told anyone of their writes (consents, notes, transport) need
    not: the history and the other sections are current without a manual refresh."""
    window = _file(qtbot, db, staff["counsellor"], helene)
    before = len(window.timeline.tree.rows)
    window.consents.purpose.set_value("service")
    window.consents.record()
    qtbot.waitUntil(lambda: len(window.timeline.tree.rows) == before + 1)
    notes.add_note(db, staff["counsellor"], helene, "Rencontre de suivi.")
    qtbot.waitUntil(lambda: len(window.timeline.tree.rows) == before + 2)


def test_a_write_on_a_worker_thread_reaches_the_screens(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str) -> None:
    import threading

    from cjeapp.core.reception import visits
    from cjeapp.ui.context import AppContext
    from cjeapp.ui.pages.desk_page import DeskPage

    desk = DeskPage(AppContext(db, staff["reception"]))
    qtbot.addWidget(desk)
    before = desk.visits.rowCount()
    worker = threading.Thread(target=lambda: visits.check_in(
        db, staff["reception"], helene, "Renseignements"))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: desk.visits.rowCount() == before + 1)
