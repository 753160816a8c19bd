"""Power takes two people (issue 34, item 2): the administrator alone can no longer reach
case notes by making a director of their own, raising an account, resetting a powerful
account's password or designating the privacy officer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from cjeapp.core.db.database import Database
from cjeapp.core.errors import AuthenticationError
from cjeapp.core.models import AuditEntry
from cjeapp.core.permissions import Actor
from cjeapp.core.staff import accounts
from cjeapp.core.staff.second_person import SecondPerson
from cjeapp.core.staff.second_person import SecondPersonRequired
from tests import databases
from tests.databases import DIRECTOR


def _confirmations(db: Database) -> list[dict[str, str]]:
    with db.read_session() as session:
        return [json.loads(entry.details or "{}") for entry in session.scalars(
            select(AuditEntry).where(AuditEntry.action == "second_person")
            .order_by(AuditEntry.seq))]


def test_every_admin_path_to_the_notes_needs_a_second_person(
        db: Database, staff: dict[str, Actor]) -> None:
    admin = staff["administrator"]
    director = staff["director"]
    reception = staff["reception"]
    assert director.user_id is not None and reception.user_id is not None
    attempts = [
        lambda second: accounts.create_staff(db, admin, username="moi", full_name="Moi",
                                             role="director", password="password-1",
                                             second=second),
        lambda second: accounts.change_staff_role(db, admin, reception.user_id, "counsellor",
                                                  second),
        lambda second: accounts.reset_password(db, admin, director.user_id, "password-2",
                                               second),
        lambda second: accounts.set_privacy_officer(db, admin, reception.user_id, True,
                                                    second),
    ]
    for attempt in attempts:
        with pytest.raises(SecondPersonRequired):
            attempt(None)
        with pytest.raises(SecondPersonRequired):  # nobody confirms for themselves
            attempt(SecondPerson("admin", "admin-secret"))
        with pytest.raises(AuthenticationError):  # a counsellor has not that power
            attempt(SecondPerson("counsellor", "counsellor-password"))
    with pytest.raises(AuthenticationError):  # counted and audited as any failed sign-in
        attempts[0](SecondPerson("director", "not-the-password"))
    # Deactivating the director does not make the administrator the first of that power.
    accounts.set_staff_active(db, admin, director.user_id, False)
    with pytest.raises(SecondPersonRequired):
        attempts[0](None)
    accounts.set_staff_active(db, admin, director.user_id, True)
    # What gives no such power is the administrator's alone; confirmed acts are audited.
    accounts.create_staff(db, admin, username="accueil2", full_name="Accueil", role="reception",
                          password="password-1")
    accounts.change_staff_role(db, admin, reception.user_id, "counsellor", DIRECTOR)
    assert [(item["act"], item["confirmed_by"]) for item in _confirmations(db)][-1] == (
        "role", "director")


def test_the_first_director_and_the_recovery_key(tmp_path: Path) -> None:
    """A new organization has nobody to confirm its first director (audited as such);
    after that, the recovery key shown at set-up confirms when no director is at hand."""
    db, recovery = databases.create(tmp_path / "neuf.sqlite3")
    try:
        admin = accounts.initialize(db, organization_name="CJE", office_name="Bureau",
                                    username="admin", full_name="Admin",
                                    password="admin-password")
        accounts.create_staff(db, admin, username="dir", full_name="Direction",
                              role="director", password="password-1")
        assert _confirmations(db)[-1]["confirmed_by"].startswith("nobody")
        with pytest.raises(SecondPersonRequired):
            accounts.create_staff(db, admin, username="c1", full_name="Conseil",
                                  role="counsellor", password="password-1")
        with pytest.raises(AuthenticationError):
            accounts.create_staff(db, admin, username="c1", full_name="Conseil",
                                  role="counsellor", password="password-1",
                                  second=SecondPerson(recovery_key="AAAA-" * 7 + "AAAA"))
        accounts.create_staff(db, admin, username="c1", full_name="Conseil",
                              role="counsellor", password="password-1",
                              second=SecondPerson(recovery_key=recovery))
        assert _confirmations(db)[-1]["confirmed_by"] == "recovery key"
    finally:
        db.close()
