"""Set-up, signing in and staff accounts."""

from __future__ import annotations

import json
from datetime import UTC
from datetime import datetime
from datetime import timedelta

import pytest
from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.errors import AuthenticationError
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import PasswordChangeRequired
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.errors import ValidationError
from cjeapp.core.ids import ClientId
from cjeapp.core.models import AuditEntry
from cjeapp.core.models import User
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.permissions import Role
from cjeapp.core.staff import accounts
from tests import databases
from tests.databases import DIRECTOR


def _audit(db: Database, action: str) -> list[AuditEntry]:
    with db.read_session() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_first_run_creates_organization_office_and_administrator(tmp_path) -> None:
    db = databases.create(tmp_path / "fresh.sqlite3")[0]
    assert accounts.needs_first_run(db)
    actor = accounts.initialize(db, organization_name="CJE de Frontenac",
                                office_name="Thetford Mines", username="Admin",
                                full_name="Andréane Morin", password="long-enough")
    assert actor.role is Role.ADMINISTRATOR
    assert actor.username == "admin"
    assert not accounts.needs_first_run(db)
    with pytest.raises(CjeError, match="already set up"):
        accounts.initialize(db, organization_name="X", office_name="Y", username="other",
                            full_name="Other", password="long-enough")
    db.close()


def test_first_run_refuses_short_password_and_names_each_field(tmp_path) -> None:
    db = databases.create(tmp_path / "fresh.sqlite3")[0]
    with pytest.raises(ValidationError) as caught:
        accounts.initialize(db, organization_name="", office_name="Bureau", username="a b",
                            full_name="Luc", password="short")
    fields = {error.field for error in caught.value.errors}
    assert fields == {"organization_name", "username", "password"}
    assert accounts.needs_first_run(db)
    db.close()


def test_sign_in_checks_the_password_and_logs_both_outcomes(db: Database) -> None:
    with pytest.raises(AuthenticationError, match="wrong password"):
        accounts.sign_in(db, "admin", "not-the-password")
    actor = accounts.sign_in(db, "ADMIN ", "admin-secret")
    assert actor.full_name == "Andréane Morin"
    assert len(_audit(db, "sign_in_failed")) == 1
    assert len(_audit(db, "sign_in")) == 1


def test_only_the_administrator_manages_accounts(db: Database, staff: dict[str, Actor]) -> None:
    for role in ("reception", "counsellor", "coordinator", "director"):
        with pytest.raises(PermissionDenied):
            accounts.create_staff(db, staff[role], username=f"new{role}", full_name="N",
                                  role="reception", password="password1")


def test_duplicate_user_name_is_refused_on_its_field(db: Database, admin: Actor) -> None:
    accounts.create_staff(db, admin, username="mtremblay", full_name="Marie Tremblay",
                          role="counsellor", password="password1", second=DIRECTOR)
    with pytest.raises(ValidationError) as caught:
        accounts.create_staff(db, admin, username="MTremblay", full_name="Autre",
                              role="counsellor", password="password1", second=DIRECTOR)
    assert caught.value.errors[0].field == "username"


def test_unknown_role_is_refused(db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError) as caught:
        accounts.create_staff(db, admin, username="x", full_name="X", role="boss",
                              password="password1")
    assert caught.value.errors[0].field == "role"


def test_deactivated_account_cannot_sign_in_and_is_kept(db: Database, admin: Actor,
                                                        staff: dict[str, Actor]) -> None:
    counsellor = staff["counsellor"]
    assert counsellor.user_id
    accounts.set_staff_active(db, admin, counsellor.user_id, False)
    with pytest.raises(AuthenticationError, match="deactivated"):
        accounts.sign_in(db, "counsellor", "counsellor-password")
    listed = accounts.list_staff(db, admin, include_inactive=True)
    assert any(a.username == "counsellor" and not a.active for a in listed)
    assert all(a.username != "counsellor" for a in accounts.list_staff(db, admin))
    with db.read_session() as session:
        user = session.get(User, counsellor.user_id)
        assert user is not None and user.deleted_at is None


def test_administrator_cannot_deactivate_themself(db: Database, admin: Actor) -> None:
    assert admin.user_id
    with pytest.raises(CjeError, match="your own account"):
        accounts.set_staff_active(db, admin, admin.user_id, False)


def test_reset_password_is_audited_without_the_password(db: Database, admin: Actor,
                                                        staff: dict[str, Actor]) -> None:
    user_id = staff["reception"].user_id
    assert user_id
    accounts.reset_password(db, admin, user_id, "brand-new-pass")
    assert accounts.sign_in(db, "reception", "brand-new-pass").role is Role.RECEPTION
    entries = _audit(db, "reset_password")
    assert [e.entity_id for e in entries] == [user_id]
    assert "brand-new-pass" not in json.dumps([e.details for e in entries])


def test_confirm_password_unlocks_only_with_the_right_password(db: Database,
                                                               admin: Actor) -> None:
    """Unlocking an idle session counts failures like signing in: guessing at an
    unattended desk locks the name too."""
    accounts.confirm_password(db, admin, "admin-secret")
    for attempt in range(4):
        with pytest.raises(AuthenticationError, match="wrong password"):
            accounts.confirm_password(db, admin, f"nope-{attempt}")
    with pytest.raises(AuthenticationError, match="Too many failed attempts"):
        accounts.confirm_password(db, admin, "admin-secret")


def _sign_in_fails(db: Database, username: str, password: str) -> str:
    with pytest.raises(AuthenticationError) as caught:
        accounts.sign_in(db, username, password)
    return str(caught.value)


@pytest.mark.parametrize("username", ["counsellor", "nobody-here"])
def test_repeated_failures_lock_a_name_known_or_not(db: Database, admin: Actor,
                                                    staff: dict[str, Actor],
                                                    username: str) -> None:
    """Three free failures, then the name waits 30 s, 1 min, 2 min…; the right password
    does not get through a lock; known and unknown names answer the same sentences."""
    start = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    clock.freeze(start)
    answers = [_sign_in_fails(db, username, f"guess-{n}") for n in range(4)]
    assert set(answers) == {"Unknown user name or wrong password."}
    assert "Too many failed attempts" in _sign_in_fails(db, username, "counsellor-password")
    clock.freeze(start + timedelta(seconds=31))  # the 30-second lock is over
    _sign_in_fails(db, username, "guess-5")
    clock.freeze(start + timedelta(seconds=62))  # the fifth failure locked it for a minute
    assert "Too many failed attempts" in _sign_in_fails(db, username, "counsellor-password")
    with db.read_session() as session:
        actions = [action for (action,) in session.execute(
            select(AuditEntry.action).where(AuditEntry.action.like("sign_in%"))
            .order_by(AuditEntry.seq))]
    assert actions[-7:] == ["sign_in_failed"] * 4 + ["sign_in_locked", "sign_in_failed",
                                                     "sign_in_locked"]


def test_an_administrator_unlocks_and_a_good_sign_in_starts_the_count_again(
        db: Database, admin: Actor, staff: dict[str, Actor]) -> None:
    counsellor = staff["counsellor"]
    assert counsellor.user_id
    for n in range(5):
        _sign_in_fails(db, "counsellor", f"guess-{n}")
    with pytest.raises(PermissionDenied):
        accounts.unlock_account(db, staff["reception"], counsellor.user_id)
    accounts.unlock_account(db, admin, counsellor.user_id)
    assert accounts.sign_in(db, "counsellor", "counsellor-password").user_id
    for n in range(3):  # the count started again: three free failures
        assert "wrong password" in _sign_in_fails(db, "counsellor", f"again-{n}")


def test_the_unknown_name_hash_costs_what_a_real_one_costs() -> None:
    from argon2 import PasswordHasher
    from argon2 import extract_parameters

    assert extract_parameters(accounts.NOBODY_HASH) == extract_parameters(
        PasswordHasher().hash("x"))


def test_after_a_reset_nothing_is_allowed_before_a_new_password(
        db: Database, admin: Actor, staff: dict[str, Actor]) -> None:
    from cjeapp.core.people import notes

    counsellor = staff["counsellor"]
    assert counsellor.user_id
    accounts.reset_password(db, admin, counsellor.user_id, "temporary-1234", DIRECTOR)
    signed = accounts.sign_in(db, "counsellor", "temporary-1234")
    assert signed.must_change_password and not signed.can(Permission.CONFIDENTIAL_READ)
    with pytest.raises(PasswordChangeRequired):
        notes.list_notes(db, signed, ClientId("any"))
    with pytest.raises(ValidationError) as caught:
        accounts.change_own_password(db, signed, "temporary-1234", "temporary-1234")
    assert caught.value.errors[0].field == "new_password"
    with pytest.raises(ValidationError) as caught:
        accounts.change_own_password(db, signed, "wrong", "mon-nouveau-mot")
    assert caught.value.errors[0].field == "current_password"
    renewed = accounts.change_own_password(db, signed, "temporary-1234", "mon-nouveau-mot")
    assert not renewed.must_change_password and renewed.can(Permission.CONFIDENTIAL_READ)
    assert not accounts.sign_in(db, "counsellor", "mon-nouveau-mot").must_change_password


def test_nobody_changes_their_own_role(db: Database, admin: Actor) -> None:
    assert admin.user_id
    with pytest.raises(CjeError, match="own role"):
        accounts.change_staff_role(db, admin, admin.user_id, "director")
