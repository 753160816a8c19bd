"""First-run set-up, signing in, and staff accounts."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import replace

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy import text
from sqlalchemy import update

from cjeapp.core import clock
from cjeapp.core.custody import keeping
from cjeapp.core.custody import taking_up
from cjeapp.core.db.database import Database
from cjeapp.core.db.keyring import one_derivation
from cjeapp.core.errors import AuthenticationError
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import Inconsistent
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import UserId
from cjeapp.core.locale_format import format_time
from cjeapp.core.models import Office
from cjeapp.core.models import Organization
from cjeapp.core.models import User
from cjeapp.core.permissions import PRIVACY_OFFICER
from cjeapp.core.permissions import SYSTEM
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.permissions import Role
from cjeapp.core.staff import account_writes
from cjeapp.core.staff import throttle
from cjeapp.core.staff.passwords import hash_password
from cjeapp.core.staff.passwords import password_problem
from cjeapp.core.staff.passwords import verify_password
from cjeapp.core.staff.second_person import RECOVERY
from cjeapp.core.staff.second_person import SecondPerson
from cjeapp.core.staff.second_person import SecondPersonRequired
from cjeapp.core.staff.second_person import confirmer_ever
from cjeapp.core.staff.second_person import powerful
from cjeapp.core.titles import TitleForm
from cjeapp.core.titles import form_of
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator


def actor_for(user: User) -> Actor:
    return Actor(user_id=user.id, username=user.username, full_name=user.full_name,
                 role=Role(user.role), office_id=user.office_id,
                 must_change_password=user.must_change_password,
                 granted=PRIVACY_OFFICER if user.privacy_officer else frozenset())


def needs_first_run(db: Database) -> bool:
    """True while the database has no staff account at all."""
    with db.read_session() as session:
        return session.scalar(select(func.count()).select_from(User)) == 0


def initialize(db: Database, *, organization_name: str, office_name: str, username: str,
               full_name: str, password: str) -> Actor:
    """Create the organization, its main office and the first administrator."""
    check = Validator()
    org_name = check.text("organization_name", organization_name, required=True)
    office = check.text("office_name", office_name, required=True)
    login = _check_username(check, username)
    name = check.text("full_name", full_name, required=True)
    problem = password_problem("password", password)
    if problem:
        check.errors.append(problem)
    check.raise_if_any()
    if not (org_name and office and login and name):
        raise Inconsistent("org_name and office and login and name")
    with unit_of_work(db, SYSTEM) as uow:
        if uow.session.scalar(select(func.count()).select_from(User)):
            raise CjeError(msg(N_("This database is already set up; sign in instead.")))
        organization = uow.add(Organization(name=org_name, privacy_officer_name=name))
        main_office = uow.add(Office(organization_id=organization.id, name=office))
        user = uow.add(User(username=login, full_name=name, role=Role.ADMINISTRATOR.value,
                            password_hash=hash_password(password), office_id=main_office.id))
        actor = actor_for(user)
    _store_password(db, login, password)
    return actor


# An Argon2id hash of no one's password, with the hasher's parameters: an unknown user name
# costs the same verification as a known one (a test keeps the parameters in step).
NOBODY_HASH = ("$argon2id$v=19$m=65536,t=3,p=4$QgEJ/v0KMcuufdU4sZ7TOA$"
               "VaVzjWlnDJbKQ40b+97gknniuh0RwAzd/ru6ofIP6KA")


def _matches(db: Database, login: str, password_hash: str | None, password: str) -> bool:
    """Whether ``password`` is this person's. On an encrypted database the proof is that
    it unwraps their copy of the database key; someone without a copy yet (the database
    was just encrypted, or their account reactivated) is checked against the stored hash.
    Every path costs one Argon2id derivation, known name or not."""
    if db.key is not None:
        try:
            ring = db.keyring()
        except DatabaseOpenError:  # the key file went missing while the file is open
            return verify_password(password_hash or NOBODY_HASH, password)
        if ring.has_password(login):
            key = ring.unwrap_password(login, password)
            return key is not None and hmac.compare_digest(key, db.key)
    return verify_password(password_hash or NOBODY_HASH, password)


def _store_password(db: Database, login: str, password: str) -> None:
    """Wrap the database key under the person's new password (encrypted databases)."""
    if db.key is not None:
        key = db.key
        with db.keyring_update() as ring:
            ring.set_password(key, login, password)
            ring.forget_failures(login)


def sign_in(db: Database, username: str, password: str) -> Actor:
    """The staff member, or AuthenticationError. Known and unknown names cost the same
    time and answer the same sentence; repeated failures lock the name for a while."""
    with one_derivation():
        return _sign_in(db, username, password, proven=False)


def sign_in_proven(db: Database, username: str, password: str) -> Actor:
    """The person whose password opening the database (or connecting to the server as their
    own login) has just proven: the active flag and the audit entry still apply (and the
    password opens what they hold)."""
    with one_derivation():
        return _sign_in(db, username, password, proven=True)


def _sign_in(db: Database, username: str, password: str, *, proven: bool) -> Actor:
    """``proven``: opening the file has just unwrapped this person's copy of the key with
    this password (staff.opening), so the Argon2id derivation is not done a second time;
    the lockout, the active flag and the audit entry apply all the same."""
    login = username.strip().lower()[:60]
    if db.personal_logins:
        return _sign_in_by_server(db, login, password, proven=proven)
    failure: AuthenticationError | None = None
    with unit_of_work(db, SYSTEM) as uow:
        user = uow.session.scalar(select(User).where(User.username == login,
                                                     User.deleted_at.is_(None)))
        matches = proven or _matches(db, login, user.password_hash if user else None,
                                     password)
        locked = throttle.locked_until(uow.session, login)
        if locked is not None:
            uow.audit("sign_in_locked", "users", user.id if user else None,
                      {"username": login})
            failure = AuthenticationError(msg(N_(
                "Too many failed attempts with this user name. Try again at {time}, or ask "
                "the administrator to unlock the account."), time=format_time(locked)))
        elif user is None or not matches:
            row = throttle.record_failure(uow.session, login)
            uow.audit("sign_in_failed", "users", user.id if user else None,
                      {"username": login, "failures": row.failures})
            failure = AuthenticationError(msg(N_("Unknown user name or wrong password.")))
        elif not user.active:
            failure = AuthenticationError(msg(N_(
                "This account is deactivated. Ask the administrator to reactivate it.")))
        else:
            throttle.forget(uow.session, login)
            actor = actor_for(user)
            # When this person last came in, on this database: not a change of their
            # account (its updated_at and version stay, and no other side hears of it).
            uow.session.execute(update(User).where(User.id == user.id).values(
                last_login_at=clock.now(), updated_at=User.updated_at)
                .execution_options(synchronize_session=False))
            uow.audit("sign_in", "users", user.id)
    if failure is not None:
        raise failure
    if db.key is not None and not _has_copy(db, login):
        _store_password(db, login, password)  # from now on this password opens the file
    return taking_up.take_up(db, actor, password)


def _sign_in_by_server(db: Database, login: str, password: str, *, proven: bool) -> Actor:
    """On a server with personal logins the server judges the password (``proven``: this
    connection was just made with it, as this person's own login; otherwise a connection
    is tried and closed — to unlock an idle session, or a second person's confirmation)."""
    from cjeapp.core.db.server_logins import password_holds

    holds = proven or password_holds(db, login, password)
    failure: AuthenticationError | None = AuthenticationError(msg(N_(
        "Unknown user name or wrong password.")))
    with unit_of_work(db, SYSTEM) as uow:
        user = uow.session.scalar(select(User).where(User.username == login,
                                                     User.deleted_at.is_(None)))
        if user is None or not holds:
            uow.audit("sign_in_failed", "users", user.id if user else None,
                      {"username": login})
        elif not user.active:
            failure = AuthenticationError(msg(N_(
                "This account is deactivated. Ask the administrator to reactivate it.")))
        else:
            failure = None
            if proven:  # this person's own connection: when they last came in
                uow.session.execute(text("SELECT cjeapp_server.signed_in()"))
            uow.audit("sign_in", "users", user.id)
            signed = actor_for(user)
    if failure is None:
        # What their password opens, taken up on their own connection only.
        return taking_up.take_up(db, signed, password) if proven else signed
    raise failure


def _has_copy(db: Database, login: str) -> bool:
    """Whether the key file holds this person's copy of the key (True when the file cannot
    be read: there is nothing to add a copy to)."""
    try:
        return db.keyring().has_password(login)
    except DatabaseOpenError:
        return True


def change_own_password(db: Database, actor: Actor, current: str, new: str) -> Actor:
    """The signed-in person chooses a new password (required after a reset)."""
    with one_derivation():
        return _change_own_password(db, actor, current, new)


def _change_own_password(db: Database, actor: Actor, current: str, new: str) -> Actor:
    if actor.user_id is None:
        raise PermissionDenied("change_password")
    problem = password_problem("new_password", new)
    if problem:
        raise ValidationError([problem])
    if new == current:
        raise ValidationError([FieldError("new_password", msg(N_(
            "Choose a password different from the one you signed in with.")))])
    with unit_of_work(db, actor) as uow:
        user = uow.get(User, actor.user_id, what="staff account")
        if not _current_holds(db, user, current):
            raise ValidationError([FieldError("current_password", msg(N_(
                "The current password is wrong.")))])
        account_writes.set_password(uow, user, new, own=True)
        uow.audit("change_password", "users", user.id)
        changed = actor_for(user)
    _store_password(db, changed.username, new)
    if db.personal_logins:
        from cjeapp.core.db.server_logins import follow_new_password

        follow_new_password(db, changed.username, new)
    if actor.keys is not None:  # what the old password opened, the new one opens now
        taking_up.rewrap(db, actor, new)
        return replace(changed, keys=actor.keys)
    return taking_up.take_up(db, changed, new)  # after a reset: their own keys, from now


def _current_holds(db: Database, user: User, password: str) -> bool:
    if db.personal_logins:
        from cjeapp.core.db.server_logins import password_holds

        return password_holds(db, user.username, password)
    return _matches(db, user.username, user.password_hash, password)


def unlock_account(db: Database, actor: Actor, user_id: UserId) -> None:
    """An administrator lifts the lock that repeated failures put on an account."""
    actor.require(Permission.USER_ADMIN)
    with unit_of_work(db, actor) as uow:
        user = uow.get(User, user_id, what="staff account")
        if not uow.server_writes:  # the server slows failures itself (auth_delay)
            throttle.forget(uow.session, user.username)
        uow.audit("unlock", "users", user.id)
        login = user.username
    if db.key is not None:
        with db.keyring_update() as ring:
            ring.forget_failures(login)


def confirm_password(db: Database, actor: Actor, password: str) -> None:
    """Unlock an idle session: the same check as signing in (same cost, same lockout after
    repeated failures, same audit), for the person already signed in. Raises
    AuthenticationError with the sentence to show."""
    again = sign_in(db, actor.username, password)
    if again.user_id != actor.user_id:  # pragma: no cover - user names are unique
        raise AuthenticationError(msg(N_("Unknown user name or wrong password.")))


def _confirmed_by(db: Database, actor: Actor, second: SecondPerson | None,
                  needed: bool, act: tuple[str, str, str]) -> str | None:
    """Who confirmed a powerful act (their user name, or the recovery key); None when none
    was needed. Checked before the act's own transaction: a wrong password is counted and
    audited as any sign-in is."""
    return _confirmation_of(db, actor, second, needed, act)[0]


def _confirmation_of(db: Database, actor: Actor, second: SecondPerson | None,
                     needed: bool, act: tuple[str, str, str]) -> tuple[str | None, Actor | None]:
    """Who confirmed, and the confirmer as their password signed them in (None for the
    recovery key, or when nobody was needed)."""
    if not needed:
        return None, None
    with db.read_session() as session:
        if not confirmer_ever(session):
            return "", None  # the organization's first of that power: nobody to confirm
    if second is None:
        raise SecondPersonRequired()
    if second.recovery_key:
        ring = db.keyring() if db.key is not None else None
        key = ring.unwrap_recovery(second.recovery_key) if ring is not None else None
        if key is None or db.key is None or not hmac.compare_digest(key, db.key):
            raise AuthenticationError(msg(N_(
                "This recovery key does not open this database: check each group of four "
                "characters.")))
        return RECOVERY, None
    if second.username.strip().lower() == actor.username:
        raise SecondPersonRequired()
    confirmer = sign_in(db, second.username.strip().lower(), second.password)
    if not confirmer.can(Permission.PRIVACY_ADMIN) or confirmer.must_change_password:
        raise AuthenticationError(msg(N_(
            "{name} may not confirm this: only the director or the person in charge of "
            "personal information does."), name=confirmer.full_name))
    if db.personal_logins:  # the server holds the rule too: confirmed on their connection
        from cjeapp.core.db.server_logins import confirm_as

        if not confirm_as(db, confirmer.username, second.password, act):
            raise AuthenticationError(msg(N_("Unknown user name or wrong password.")))
    return confirmer.username, confirmer


def _hand_on(db: Database, confirmer: Actor | None, user_id: str) -> None:
    """Right after a role or a designation the second person confirmed, they vouch for the
    account's key pairs and their program hands on the secrets they hold (otherwise the
    account waits for a colleague who holds them to vouch for it)."""
    if confirmer is not None:
        keeping.vouch_for_account(db, confirmer, user_id)


def _confirmation(uow_audit: Callable[..., None], user_id: str, act: str,
                  by: str | None) -> None:
    if by is not None:
        uow_audit("second_person", "users", user_id, {
            "act": act, "confirmed_by": by or "nobody: the organization's first of its power"})


@dataclass(frozen=True)
class StaffAccount:
    id: UserId
    username: str
    full_name: str
    role: Role
    active: bool
    office_id: str | None
    title_form: TitleForm = TitleForm.INCLUSIVE
    privacy_officer: bool = False


def _account(user: User) -> StaffAccount:
    return StaffAccount(user.id, user.username, user.full_name, Role(user.role), user.active,
                        user.office_id, form_of(user.title_form), user.privacy_officer)


def _check_title_form(check: Validator, title_form: str) -> TitleForm:
    if title_form not in {form.value for form in TitleForm}:
        check.fail("title_form", N_("Choose how the title is written: Conseillère, "
                                    "Conseiller, or both forms."))
        return TitleForm.INCLUSIVE
    return TitleForm(title_form)


def _check_username(check: Validator, username: str) -> str | None:
    login = check.text("username", username, required=True, max_length=60)
    if login:
        login = login.lower()
        if not all(ch.isalnum() or ch in "._-" for ch in login):
            check.fail("username", N_("Use only letters, digits, dots, hyphens and underscores."))
    return login


def list_staff(db: Database, actor: Actor, *, include_inactive: bool = False) -> list[StaffAccount]:
    """Staff accounts (everyone may list them: needed to pick a counsellor)."""
    actor.require_signed_in()
    with db.read_session() as session:
        query = select(User).where(User.deleted_at.is_(None)).order_by(User.full_name)
        if not include_inactive:
            query = query.where(User.active.is_(True))
        return [_account(user) for user in session.scalars(query)]


COUNSELLING_ROLES = frozenset({Role.COUNSELLOR, Role.COORDINATOR, Role.DIRECTOR})


def list_counsellors(db: Database, actor: Actor) -> list[StaffAccount]:
    """The active staff who see people by appointment and carry files."""
    return [account for account in list_staff(db, actor)
            if account.role in COUNSELLING_ROLES]


def create_staff(db: Database, actor: Actor, *, username: str, full_name: str, role: str,
                 password: str, office_id: str | None = None,
                 title_form: str = TitleForm.INCLUSIVE,
                 second: SecondPerson | None = None) -> StaffAccount:
    actor.require(Permission.USER_ADMIN)
    check = Validator()
    login = _check_username(check, username)
    name = check.text("full_name", full_name, required=True)
    check.code("role", role, "roles", required=True)
    form = _check_title_form(check, title_form)
    problem = password_problem("password", password)
    if problem:
        check.errors.append(problem)
    check.raise_if_any()
    by = _confirmed_by(db, actor, second, powerful(role), ("create", login or "", role))
    with unit_of_work(db, actor) as uow:
        taken = uow.session.scalar(select(User).where(User.username == login))
        if taken is not None:
            raise ValidationError([FieldError("username", msg(
                N_("The user name {username} is already taken."), username=login or ""))])
        if not (login and name):
            raise Inconsistent("login and name")
        user = account_writes.create(uow, User(
            username=login, full_name=name, role=role, office_id=office_id,
            must_change_password=True, title_form=form.value,
            updated_by=actor.user_id), password)
        _confirmation(uow.audit, user.id, "create", by)
        account = _account(user)
    _store_password(db, account.username, password)
    return account


def set_staff_active(db: Database, actor: Actor, user_id: UserId, active: bool) -> StaffAccount:
    """Deactivate or reactivate an account. Accounts are never deleted: records name them."""
    actor.require(Permission.USER_ADMIN)
    if not active and user_id == actor.user_id:
        raise CjeError(msg(N_("You cannot deactivate your own account.")))
    with unit_of_work(db, actor) as uow:
        user = uow.get(User, user_id, what="staff account")
        account_writes.change(uow, user, {"active": active})
        account = _account(user)
    if not active and db.key is not None:
        # Someone who has left cannot open a copy of the database made from now on.
        with db.keyring_update() as ring:
            ring.remove_password(account.username)
    return account


def set_title_form(db: Database, actor: Actor, user_id: UserId,
                   title_form: str) -> StaffAccount:
    """How the person's title is written on documents (they say; an administrator sets it)."""
    actor.require(Permission.USER_ADMIN)
    check = Validator()
    form = _check_title_form(check, title_form)
    check.raise_if_any()
    with unit_of_work(db, actor) as uow:
        user = uow.get(User, user_id, what="staff account")
        account_writes.change(uow, user, {"title_form": form.value})
        return _account(user)


def set_privacy_officer(db: Database, actor: Actor, user_id: UserId,
                        designated: bool, second: SecondPerson | None = None) -> StaffAccount:
    """Designate (or no longer) a staff member in charge of the protection of personal
    information: Vie privée (requests, copies, incidents, retention, the audit log)
    whatever their role. Nobody designates themselves."""
    actor.require(Permission.USER_ADMIN)
    if user_id == actor.user_id:
        raise CjeError(msg(N_("Nobody designates themselves; ask another administrator.")))
    by, confirmer = _confirmation_of(db, actor, second, designated,
                                     ("privacy_officer", user_id, "true"))
    with unit_of_work(db, actor) as uow:
        user = uow.get(User, user_id, what="staff account")
        account_writes.change(uow, user, {"privacy_officer": designated})
        _confirmation(uow.audit, user.id, "privacy_officer", by)
        account = _account(user)
    _hand_on(db, confirmer, user_id)
    return account


def change_staff_role(db: Database, actor: Actor, user_id: UserId, role: str,
                      second: SecondPerson | None = None) -> StaffAccount:
    actor.require(Permission.USER_ADMIN)
    check = Validator()
    check.code("role", role, "roles", required=True)
    check.raise_if_any()
    if user_id == actor.user_id:
        raise CjeError(msg(N_("Nobody changes their own role; ask another administrator.")))
    by, confirmer = _confirmation_of(db, actor, second, powerful(role), ("role", user_id, role))
    with unit_of_work(db, actor) as uow:
        user = uow.get(User, user_id, what="staff account")
        account_writes.change(uow, user, {"role": role})
        _confirmation(uow.audit, user.id, "role", by)
        account = _account(user)
    _hand_on(db, confirmer, user_id)
    return account


def reset_password(db: Database, actor: Actor, user_id: UserId, new_password: str,
                   second: SecondPerson | None = None) -> None:
    actor.require(Permission.USER_ADMIN)
    problem = password_problem("password", new_password)
    if problem:
        raise ValidationError([problem])
    with db.read_session() as session:
        target = session.get(User, user_id)
        needed = target is not None and (powerful(target.role) or target.privacy_officer)
    by = _confirmed_by(db, actor, second, needed, ("reset_password", user_id, ""))
    with unit_of_work(db, actor) as uow:
        user = uow.get(User, user_id, what="staff account")
        _confirmation(uow.audit, user.id, "reset_password", by)
        account_writes.set_password(uow, user, new_password, own=False)
        taking_up.let_go(uow, user.id)  # whoever knows the one-time password opens nothing
        if not uow.server_writes:
            throttle.forget(uow.session, user.username)
        uow.audit("reset_password", "users", user.id)
        login = user.username
    # The one-time password opens the database only to choose a new one.
    _store_password(db, login, new_password)
