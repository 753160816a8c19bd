"""From the client file: assessment → plan → service → referral, and the partner directory."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cjeapp.core import clock
from cjeapp.core.casework import partners
from cjeapp.core.casework import referrals
from cjeapp.core.casework import service_records
from cjeapp.core.casework.partners import PartnerForm
from cjeapp.core.db.database import Database
from cjeapp.core.people import consents
from cjeapp.core.permissions import Actor
from cjeapp.ui.client_file.window import ClientFileWindow
from cjeapp.ui.context import AppContext
from cjeapp.ui.pages.partners_page import PartnersPage
from tests.ui.keyboard import type_text
from tests.ui.tables import choose
from tests.ui.tables import texts
from tests.ui.waiting import wait_until_idle


def test_reception_does_not_see_case_work(qtbot: QtBot, db: Database, staff: dict[str, Actor],
                                          helene: str) -> None:
    window = ClientFileWindow(AppContext(db, staff["reception"]), helene)
    qtbot.addWidget(window)
    wait_until_idle()
    assert window.assessment is None and window.plan is None
    assert "Needs assessment" not in window.tab_titles()


def test_assessment_to_plan_to_service_to_referral(qtbot: QtBot, db: Database,
                                                  staff: dict[str, Actor], helene: str) -> None:
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    wait_until_idle()
    counsellor = staff["counsellor"]
    housing = partners.save_partner(db, counsellor, PartnerForm(
        name="Office municipal d'habitation", kind="housing"))
    window = ClientFileWindow(AppContext(db, counsellor), helene)
    qtbot.addWidget(window)
    wait_until_idle()
    assessment, plan = window.assessment, window.plan
    services, referral_tab = window.services, window.referrals
    assert assessment and plan and services and referral_tab

    # The assessment: pasted e-mail, two needs ticked, one with a priority and a note.
    type_text(assessment.source, "Besoins : logement, carte RAMQ.")
    assessment.save()
    wait_until_idle()
    assert "at least one need" in assessment.errors.labels["needs"].text()
    qtbot.mouseClick(assessment.read_button, Qt.MouseButton.LeftButton)
    wait_until_idle()
    assert [code for code, row in assessment.rows.items() if row.check.isChecked()] == [
        "housing", "ramq"]
    assert "2" in assessment.state.text()
    assessment.rows["housing"].priority.set_value("high")
    wait_until_idle()
    type_text(assessment.rows["housing"].notes, "Fin du logement temporaire le 15 déc.")
    assessment.save()
    wait_until_idle()
    assert assessment.assessment_id is not None and not assessment.errors.labels[
        "needs"].text()
    assessment.sign()
    wait_until_idle()
    assert assessment.signed and not assessment.rows["sin"].check.isEnabled()

    # One click: the needs become plan items.
    assessment.plan_button.click()
    wait_until_idle()
    assert assessment.state.text().startswith("2 item")
    goals = sorted(item.goal for item in plan.items.values())
    assert goals == ["Carte d'assurance maladie (RAMQ)",
                     "Logement — Fin du logement temporaire le 15 déc."]
    housing_item = next(i for i in plan.items.values() if i.goal.startswith("Logement"))
    plan.select_item(housing_item.id)
    wait_until_idle()
    plan.status.set_value("in_progress")
    wait_until_idle()
    type_text(plan.responsible, "Hélène et sa conseillère")
    plan.save_item()
    wait_until_idle()
    assert plan.message.text() == "Saved."
    plan.status.set_value("abandoned")
    wait_until_idle()
    plan.save_item()
    wait_until_idle()
    assert "abandoned" in plan.errors.labels["abandon_reason"].text()
    assert plan.responsible.text() == "Hélène et sa conseillère"
    plan.revise()
    wait_until_idle()
    assert "required" in plan.errors.labels["reason"].text()
    type_text(plan.revise_reason, "Nouvelle adresse")
    plan.revise()
    wait_until_idle()
    assert "Plan adjusted (revision 2) (Nouvelle adresse)" in plan.history.item(0).text()

    # Two clicks: a common service, linked to the plan item.
    services.quick_buttons["housing_search"].click()
    wait_until_idle()
    services.plan_item.set_value(housing_item.id)
    wait_until_idle()
    services.record_button.click()
    wait_until_idle()
    rows = service_records.services_of(db, counsellor, helene)
    assert [(r.service_type, r.volet) for r in rows] == [("housing_search", "1")]
    assert [row[1] for row in texts(services.list)] == ["Help finding housing"]

    # A referral is refused until the consent to that partner is recorded.
    referral_tab.partner.set_value(housing.id)
    wait_until_idle()
    type_text(referral_tab.reason, "Recherche de logement pour quatre")
    referral_tab.refer()
    wait_until_idle()
    assert "not consented" in referral_tab.errors.labels["partner_id"].text()
    consents.record_consent(db, counsellor, helene, purpose="referral",
                            given_on=date(2026, 11, 20), method="written",
                            partner_id=housing.id)
    referral_tab.refer()
    wait_until_idle()
    assert len(texts(referral_tab.list)) == 1
    choose(referral_tab.list, 0)
    wait_until_idle()
    referral_tab.outcome.set_value("accepted")
    wait_until_idle()
    referral_tab.outcome_button.click()
    wait_until_idle()
    assert [r.outcome for r in referrals.referrals_of(db, counsellor, helene)] == ["accepted"]


def test_partner_directory_screen(qtbot: QtBot, db: Database, staff: dict[str, Actor]) -> None:
    page = PartnersPage(AppContext(db, staff["coordinator"]))
    qtbot.addWidget(page)
    wait_until_idle()
    page.add()
    wait_until_idle()
    assert "required" in page.errors.labels["name"].text()
    type_text(page.edits["name"], "Centre de francisation L'Envol")  # type: ignore[arg-type]
    page.edits["kind"].set_value("francisation")  # type: ignore[attr-defined]
    wait_until_idle()
    type_text(page.edits["phone"], "418 338-0000")  # type: ignore[arg-type]
    page.add()
    wait_until_idle()
    assert len(texts(page.list)) == 1
    choose(page.list, 0)
    wait_until_idle()
    page.edits["phone"].clear()  # type: ignore[attr-defined]
    wait_until_idle()
    type_text(page.edits["phone"], "418 338-1111")  # type: ignore[arg-type]
    page.save()
    wait_until_idle()
    assert partners.list_partners(db, staff["coordinator"])[0].phone == "418 338-1111"
    reception_page = PartnersPage(AppContext(db, staff["reception"]))
    qtbot.addWidget(reception_page)
    wait_until_idle()
    assert not reception_page.save_button.isVisibleTo(reception_page)


def test_the_services_form_shows_the_volet_the_person_s_situation_gives(
        qtbot: QtBot, db: Database, staff: dict[str, Actor]) -> None:
    from cjeapp.core.ids import ClientId
    from cjeapp.core.people import clients
    from cjeapp.core.people.clients import ClientForm
    from cjeapp.ui.client_file.services_tab import ServicesTab

    claimant = clients.create_client(db, staff["reception"], ClientForm(
        first_name="Jean-Baptiste", last_name="Mugisha", immigration_status="asylum_claimant",
        arrival_date=date(2026, 9, 2))).id
    tab = ServicesTab(AppContext(db, staff["counsellor"]), ClientId(claimant))
    qtbot.addWidget(tab)
    wait_until_idle()
    tab.service_type.set_value("housing_search")  # volet 1 by its type alone
    wait_until_idle()
    assert tab.volet.text().startswith("4 — ")


def test_the_referral_emails_details_are_highlighted_then_copied_after_a_check(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str,
        french: None) -> None:
    """What the e-mail gives about the person is offered beside the file's values: empty
    fields ticked, differences not; the copy waits for the file's Save."""
    from datetime import date

    from cjeapp.core.people import clients
    from cjeapp.ui.dialogs.referral_details_dialog import ReferralDetailsDialog

    counsellor = staff["counsellor"]
    window = ClientFileWindow(AppContext(db, counsellor), helene)
    qtbot.addWidget(window)
    wait_until_idle()
    assessment = window.assessment
    assert assessment is not None
    assessment.source.setPlainText(
        "Bonjour,\nNom : CÔTÉ-BÉLANGER Hélène\nNo client MIFI : 87654321\n"
        "Date de naissance : 15 mars 1988\nTéléphone : 418 555-0177\n"
        "Langues : français, créole haïtien\nInterprète : non\n"
        "Besoins : logement.\nMerci\n")
    found = assessment.read_email()
    assert [row for row, r in assessment.rows.items() if r.check.isChecked()] == ["housing"]
    highlighted = [s.cursor.selectedText() for s in assessment.source.extraSelections()]
    assert "87654321" in highlighted and "15 mars 1988" in highlighted
    assert {detail.field for detail in found} == {
        "first_name", "last_name", "mifi_client_number", "birth_date", "phone", "languages"}
    dialog = next(w for w in window.findChildren(ReferralDetailsDialog) if w.isVisible())
    assert dialog.warning.isHidden()  # « CÔTÉ-BÉLANGER Hélène » is the file's name
    ticked = {field for field, check in dialog.checks.items() if check.isChecked()}
    # The file has a name, a birth date (14 March) and a phone: those differ, not ticked.
    assert ticked == {"mifi_client_number", "languages"}
    dialog.checks["birth_date"].setChecked(True)
    wait_until_idle()
    dialog.accept()
    wait_until_idle()
    values = window.group.read()[0]
    assert values["mifi_client_number"] == "87654321"
    assert values["birth_date"] == date(1988, 3, 15)
    assert {"fr", "ht"} <= set(values["languages"])
    assert values["phone"] == "418 335-0802"  # left as the file had it
    assert "Vérifiez" in window.status.text() or "Check" in window.status.text()
    before = clients.open_client(db, counsellor, helene)[0]
    assert before.mifi_client_number is None  # nothing saved until Save
    window.save()
    wait_until_idle()
    after = clients.open_client(db, counsellor, helene)[0]
    assert after.mifi_client_number == "87654321"
    assert after.birth_date == date(1988, 3, 15)


def test_an_email_about_someone_else_is_said_before_anything_is_copied(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str) -> None:
    from cjeapp.core.casework.referral_details import details_in_text
    from cjeapp.ui.dialogs.referral_details_dialog import ReferralDetailsDialog

    found = details_in_text("Nom : BENALI Khadija\nNo client MIFI : 12345678\n")
    dialog = ReferralDetailsDialog(found, {"first_name": "Hélène",
                                           "last_name": "Côté-Bélanger"})
    qtbot.addWidget(dialog)
    wait_until_idle()
    assert not dialog.warning.isHidden()


def test_the_plan_is_printed_from_a_worker_and_saved_where_asked(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The plan's PDF is made off the screen's thread (printing it is logged), then saved."""
    from cjeapp.core.casework import plans
    from cjeapp.core.ids import ClientId

    plans.add_item(db, staff["counsellor"], ClientId(helene),
                   plans.ItemForm("installation", "Ouvrir un compte bancaire"))
    window = ClientFileWindow(AppContext(db, staff["counsellor"]), helene)
    qtbot.addWidget(window)
    wait_until_idle()
    saved: list[bytes] = []
    monkeypatch.setattr("cjeapp.ui.client_file.plan_tab.save_bytes",
                        lambda _parent, data, *_args: saved.append(data))
    assert window.plan is not None
    window.plan.print_button.click()
    wait_until_idle()
    assert len(saved) == 1 and saved[0].startswith(b"%PDF")
