"""Law 25's registers for the person in charge of personal information: confidentiality
incidents (recorded, completed, filtered, exported for the Commission) and the audit log
(browsed by person, staff member, action and period, its chain checked, exported with cells
a spreadsheet cannot run). Reading either is itself audited."""

from __future__ import annotations

import csv
import io
from datetime import UTC
from datetime import date
from datetime import datetime

import pytest
from sqlalchemy import select
from sqlalchemy import text

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import ConflictError
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.errors import ValidationError
from cjeapp.core.models import AuditEntry
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.privacy import audit_viewer
from cjeapp.core.privacy import incidents
from cjeapp.core.privacy.audit_viewer import AuditFilter
from cjeapp.core.privacy.incidents import IncidentFilter
from cjeapp.core.privacy.incidents import IncidentForm
from tests.databases import DIRECTOR

TODAY = date(2026, 11, 30)


@pytest.fixture(autouse=True)
def _today() -> None:
    clock.freeze(datetime(2026, 11, 30, 15, 0, tzinfo=UTC))


def _csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def _audited(db: Database, entity: str, action: str) -> int:
    with db.read_session() as session:
        return len(list(session.scalars(select(AuditEntry).where(
            AuditEntry.entity == entity, AuditEntry.action == action))))


def test_an_incident_is_recorded_completed_and_exported(
        db: Database, staff: dict[str, Actor]) -> None:
    director = staff["director"]
    with pytest.raises(ValidationError) as refused:
        incidents.record_incident(db, director, IncidentForm(
            description="", discovered_on=date(2026, 11, 2), occurred_on=date(2026, 11, 5),
            serious_injury_risk=True, commission_notified_on=date(2026, 11, 1)))
    assert {error.field for error in refused.value.errors} == {
        "description", "occurred_on", "risk_assessment", "commission_notified_on"}
    lost = incidents.record_incident(db, director, IncidentForm(
        description="Portable perdu dans l'autobus", discovered_on=date(2026, 11, 20),
        occurred_on=date(2026, 11, 19), personal_information="Noms, téléphones, notes",
        persons_affected=40, serious_injury_risk=True,
        risk_assessment="=HYPERLINK(\"x\") renseignements sensibles; mal utilisés, ils "
                        "exposent les personnes"))
    assert lost.notices_missing
    incidents.record_incident(db, director, IncidentForm(
        description="Courriel au mauvais partenaire", discovered_on=date(2026, 3, 2),
        persons_affected=1))
    done = incidents.update_incident(db, director, lost.id, IncidentForm(
        description=lost.description, discovered_on=lost.discovered_on,
        occurred_on=lost.occurred_on, personal_information=lost.personal_information,
        persons_affected=40, serious_injury_risk=True, risk_assessment=lost.risk_assessment,
        commission_notified_on=date(2026, 11, 21), persons_notified_on=date(2026, 11, 22),
        measures_taken="Chiffrement du disque imposé"), expected_version=lost.version)
    assert not done.notices_missing
    with pytest.raises(ConflictError):
        incidents.update_incident(db, director, lost.id, IncidentForm(
            description="autre", discovered_on=TODAY), expected_version=lost.version)
    register = incidents.list_incidents(db, director)
    assert [row.description for row in register] == [
        "Portable perdu dans l'autobus", "Courriel au mauvais partenaire"]
    assert [row.description for row in incidents.list_incidents(
        db, director, IncidentFilter(serious_only=True))] == ["Portable perdu dans l'autobus"]
    assert len(incidents.list_incidents(db, director, IncidentFilter(
        since=date(2026, 1, 1), until=date(2026, 6, 30)))) == 1
    assert len(incidents.list_incidents(db, director, IncidentFilter(text="COURRIEL"))) == 1
    rows = _csv(incidents.register_csv(db, director))
    assert rows[0][:3] == ["Date où l'incident a été connu", "Date de l'incident",
                           "Nature de l'incident"]
    assert rows[1][0] == "2026-11-20" and rows[1][8] == "2026-11-21"
    assert rows[1][6].startswith("'=HYPERLINK")  # a spreadsheet shows it, never runs it
    assert rows[1][7] == "oui" and rows[2][7] == "non"
    assert _audited(db, "confidentiality_incidents", "export") == 1
    assert _audited(db, "confidentiality_incidents", "view") >= 5


@pytest.mark.parametrize("role", ["reception", "counsellor", "coordinator", "administrator"])
def test_only_the_person_in_charge_sees_the_incident_register(
        db: Database, staff: dict[str, Actor], role: str) -> None:
    with pytest.raises(PermissionDenied):
        incidents.list_incidents(db, staff[role])
    with pytest.raises(PermissionDenied):
        incidents.record_incident(db, staff[role], IncidentForm("x", TODAY))


def test_the_audit_log_is_browsed_by_person_staff_action_and_period(
        db: Database, staff: dict[str, Actor]) -> None:
    director, counsellor, reception = staff["director"], staff["counsellor"], staff["reception"]
    imane = clients.create_client(db, reception, ClientForm(first_name="Imane",
                                                            last_name="El Amrani")).id
    omar = clients.create_client(db, counsellor, ClientForm(first_name="Omar",
                                                            last_name="Tazi")).id
    clients.open_client(db, counsellor, imane)  # reading a file is audited
    about_imane = audit_viewer.browse(db, director, AuditFilter(client_id=imane))
    assert about_imane.total >= 2 and {row.entity_id for row in about_imane.rows} == {imane}
    assert {row.who for row in about_imane.rows} >= {reception.full_name,
                                                     counsellor.full_name}
    assert omar not in {row.entity_id for row in about_imane.rows}
    by_counsellor = audit_viewer.browse(db, director, AuditFilter(user_id=counsellor.user_id))
    assert by_counsellor.rows and {row.who for row in by_counsellor.rows} == {
        counsellor.full_name}
    views = audit_viewer.browse(db, director, AuditFilter(action="view", client_id=imane))
    # The counsellor's read of the file, and the director's first look at this trail.
    assert [(row.entity, row.who) for row in views.rows] == [
        ("audit_log", director.full_name), ("clients", counsellor.full_name)]
    assert audit_viewer.browse(db, director, AuditFilter(
        since=date(2020, 1, 1), until=date(2020, 12, 31))).total == 0
    written_on = about_imane.rows[0].at.astimezone(clock.LOCAL_ZONE).date()
    that_day = audit_viewer.browse(db, director, AuditFilter(
        client_id=imane, since=written_on, until=written_on)).total
    # Everything about her was written that day (the later browse adds its own entry).
    assert that_day == audit_viewer.browse(db, director, AuditFilter(client_id=imane)).total - 1
    with pytest.raises(ValidationError):
        audit_viewer.browse(db, director, AuditFilter(since=TODAY, until=date(2026, 11, 1)))
    # Reading the log is written to the log, with what was asked.
    reads = audit_viewer.browse(db, director, AuditFilter(action="view", user_id=None))
    assert any(row.entity == "audit_log" for row in reads.rows)
    with pytest.raises(PermissionDenied):
        audit_viewer.browse(db, counsellor)


@pytest.mark.sqlite_file("tampers with the file through SQLite")
def test_the_audit_export_neutralizes_cells_and_the_chain_is_judged(
        db: Database, staff: dict[str, Actor]) -> None:
    director, counsellor = staff["director"], staff["counsellor"]
    person = clients.create_client(db, counsellor, ClientForm(
        first_name="=cmd|' /C calc'!A0", last_name="Tazi")).id
    clients.open_client(db, counsellor, person)
    rows = _csv(audit_viewer.export_csv(db, director, AuditFilter(client_id=person),
                                        language="fr"))
    assert rows[0] == ["Entrée", "Date et heure", "Membre du personnel", "Action",
                       "Type d'enregistrement", "Enregistrement", "Détails"]
    assert len(rows) >= 3 and all(not cell.startswith(("=", "+", "-", "@"))
                                  for row in rows[1:] for cell in row)
    assert _audited(db, "audit_log", "export") == 1
    verdict = audit_viewer.chain_verdict(db, director).render("fr")
    assert verdict.startswith("Le journal d'audit est intact")
    # Someone with the raw file rewrites an entry behind the program's back.
    with db.engine.begin() as connection:
        for (name,) in connection.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                "AND tbl_name = 'audit_log'")).all():
            connection.execute(text(f"DROP TRIGGER {name}"))
        connection.execute(text("UPDATE audit_log SET action = 'view' WHERE seq = 2"))
    assert "2" in audit_viewer.chain_verdict(db, director).render("fr")
    assert not audit_viewer.chain_verdict(db, director).render("fr").startswith(
        "Le journal d'audit est intact")


def test_an_administrator_designates_who_is_in_charge_of_personal_information(
        db: Database, staff: dict[str, Actor]) -> None:
    from cjeapp.core.staff import accounts

    admin, coordinator = staff["administrator"], staff["coordinator"]
    with pytest.raises(PermissionDenied):
        incidents.list_incidents(db, coordinator)
    with pytest.raises(PermissionDenied):
        accounts.set_privacy_officer(db, coordinator, coordinator.user_id, True)
    with pytest.raises(CjeError, match="themselves"):
        accounts.set_privacy_officer(db, admin, admin.user_id, True)
    account = accounts.set_privacy_officer(db, admin, coordinator.user_id, True, DIRECTOR)
    assert account.privacy_officer
    designated = accounts.sign_in(db, "coordinator", "coordinator-password")
    assert incidents.list_incidents(db, designated) == []
    assert audit_viewer.browse(db, designated).total > 0
    accounts.set_privacy_officer(db, admin, coordinator.user_id, False)
    again = accounts.sign_in(db, "coordinator", "coordinator-password")
    with pytest.raises(PermissionDenied):
        incidents.list_incidents(db, again)


def test_a_persons_trail_includes_the_records_under_their_own(
        db: Database, staff: dict[str, Actor]) -> None:
    """A goal of their plan is theirs too: the plan item's entries are in their trail."""
    from cjeapp.core.casework import plans
    from cjeapp.core.casework.plans import ItemForm

    counsellor = staff["counsellor"]
    person = clients.create_client(db, counsellor, ClientForm(first_name="Awa",
                                                              last_name="Diallo")).id
    item = plans.add_item(db, counsellor, person, ItemForm(area="installation",
                                                           goal="Trouver un bail"))
    trail = audit_viewer.browse(db, staff["director"], AuditFilter(client_id=person))
    assert {"plan_items", "action_plans", "clients"} <= {row.entity for row in trail.rows}
    assert item.id in {row.entity_id for row in trail.rows}
