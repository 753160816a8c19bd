"""Client files: validation, audit in the same transaction, conflicts, soft delete, roles."""

from __future__ import annotations

import json
from datetime import UTC
from datetime import date
from datetime import datetime

import pytest
from sqlalchemy import func
from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.errors import ConflictError
from cjeapp.core.errors import NotFound
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import set_language
from cjeapp.core.models import AuditEntry
from cjeapp.core.models import Client
from cjeapp.core.people import clients
from cjeapp.core.people import notes
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor


def _form(**changes: object) -> ClientForm:
    form = ClientForm(first_name="Hélène", last_name="Côté-Bélanger",
                      other_names=None, birth_date=date(1988, 3, 14), sex="F",
                      country_of_birth="CO", phone="418 335-0802", email="helene@example.org",
                      immigration_category="skilled_worker", region_code="12",
                      arrival_date=date(2026, 9, 1), languages=["es", "fr"])
    for name, value in changes.items():
        setattr(form, name, value)
    return form


def _count(db: Database, model: type) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_created_file_has_uuid_timestamps_author_and_audit(db: Database,
                                                            staff: dict[str, Actor]) -> None:
    clock.freeze(datetime(2026, 11, 22, 15, 0, tzinfo=UTC))
    actor = staff["reception"]
    client = clients.create_client(db, actor, _form())
    assert len(client.id) == 36
    assert client.created_at == datetime(2026, 11, 22, 15, 0, tzinfo=UTC)
    assert client.updated_by == actor.user_id
    assert client.phone_digits == "4183350802"
    with db.read_session() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.entity_id == client.id))
        assert entry is not None
        assert (entry.action, entry.user_id) == ("create", actor.user_id)


def test_every_invalid_field_is_named_and_nothing_is_written(db: Database,
                                                             staff: dict[str, Actor]) -> None:
    clock.freeze(datetime(2026, 11, 22, 15, 0, tzinfo=UTC))
    before = _count(db, Client)
    with pytest.raises(ValidationError) as caught:
        clients.create_client(db, staff["reception"], _form(
            first_name="  ", birth_date=date(2030, 1, 1), phone="555-12", email="nope",
            country_of_birth="ZZ", region_code="99", mifi_client_number="12-AB"))
    fields = {error.field for error in caught.value.errors}
    assert fields == {"first_name", "birth_date", "phone", "email", "country_of_birth",
                      "region_code", "mifi_client_number", "arrival_date"}
    assert _count(db, Client) == before


def test_messages_are_french_when_the_language_is_french(db: Database,
                                                         staff: dict[str, Actor]) -> None:
    set_language("fr")
    with pytest.raises(ValidationError) as caught:
        clients.create_client(db, staff["reception"], _form(last_name=""))
    assert caught.value.for_field("last_name")[0].render() == "Ce champ est obligatoire."


def test_names_in_any_script_are_kept_as_typed(db: Database, staff: dict[str, Actor]) -> None:
    client = clients.create_client(db, staff["reception"], _form(
        first_name="Olena", last_name="Shevchenko", other_names="Олена Шевченко"))
    reread, _ = clients.open_client(db, staff["reception"], client.id)
    assert reread.other_names == "Олена Шевченко"


def test_update_detects_a_concurrent_edit(db: Database, staff: dict[str, Actor]) -> None:
    reception, counsellor = staff["reception"], staff["counsellor"]
    client = clients.create_client(db, reception, _form())
    first, languages = clients.open_client(db, reception, client.id)
    second, _ = clients.open_client(db, counsellor, client.id)
    form = ClientForm.from_client(first, languages)
    form.municipality = "Disraeli"
    clients.update_client(db, reception, client.id, form, first.version)
    other = ClientForm.from_client(second, languages)
    other.municipality = "Adstock"
    with pytest.raises(ConflictError):
        clients.update_client(db, counsellor, client.id, other, second.version)
    final, _ = clients.open_client(db, reception, client.id)
    assert final.municipality == "Disraeli"


def test_update_records_old_and_new_values(db: Database, staff: dict[str, Actor]) -> None:
    client = clients.create_client(db, staff["reception"], _form())
    form = ClientForm.from_client(client, ["es"])
    form.phone = "819 555-0199"
    clients.update_client(db, staff["reception"], client.id, form, client.version)
    with db.read_session() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.entity_id == client.id,
                                                        AuditEntry.action == "update"))
        assert entry is not None and entry.details
        details = json.loads(entry.details)
    assert details["phone"] == {"old": "418 335-0802", "new": "819 555-0199"}
    _, languages = clients.open_client(db, staff["reception"], client.id)
    assert languages == ["es"]


def test_soft_delete_keeps_a_tombstone(db: Database, staff: dict[str, Actor]) -> None:
    client = clients.create_client(db, staff["reception"], _form())
    with pytest.raises(PermissionDenied):
        clients.delete_client(db, staff["reception"], client.id)
    clients.delete_client(db, staff["coordinator"], client.id)
    with pytest.raises(NotFound):
        clients.open_client(db, staff["reception"], client.id)
    with db.read_session() as session:
        row = session.get(Client, client.id)
        assert row is not None and row.deleted_at is not None


def test_reading_a_file_is_logged(db: Database, staff: dict[str, Actor]) -> None:
    client = clients.create_client(db, staff["reception"], _form())
    clients.open_client(db, staff["counsellor"], client.id)
    with db.read_session() as session:
        views = list(session.scalars(select(AuditEntry).where(AuditEntry.action == "view")))
    assert [(v.user_id, v.entity_id) for v in views] == [(staff["counsellor"].user_id,
                                                          client.id)]


def test_reception_never_reads_confidential_notes(db: Database, staff: dict[str, Actor]) -> None:
    client = clients.create_client(db, staff["reception"], _form())
    notes.add_note(db, staff["counsellor"], client.id, "Parcours migratoire difficile.")
    with pytest.raises(PermissionDenied):
        notes.list_notes(db, staff["reception"], client.id)
    with pytest.raises(PermissionDenied):
        notes.add_note(db, staff["reception"], client.id, "Essai")
    assert [n.body for n in notes.list_notes(db, staff["counsellor"], client.id)] == [
        "Parcours migratoire difficile."]
    for role in ("administrator", "reception"):
        with pytest.raises(PermissionDenied):
            notes.list_notes(db, staff[role], client.id)


def test_a_failure_inside_a_use_case_leaves_neither_record_nor_audit(
        db: Database, staff: dict[str, Actor]) -> None:
    from cjeapp.core.unit_of_work import unit_of_work

    clients_before, audit_before = _count(db, Client), _count(db, AuditEntry)
    with pytest.raises(RuntimeError), unit_of_work(db, staff["reception"]) as uow:
        uow.add(Client(first_name="A", last_name="B"))
        raise RuntimeError("power cut")
    assert (_count(db, Client), _count(db, AuditEntry)) == (clients_before, audit_before)
