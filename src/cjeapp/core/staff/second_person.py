"""Power takes two people: giving an account a role that reads case notes or signs for the
organization, resetting the password of such an account, and designating the person in
charge of personal information need a second person of that power — the director or the
privacy officer, with their own password — or the organization's recovery key. The
administrator alone keeps the system, not the files: without this rule, creating a
director of their own (or resetting the director's password) would open every note.

Until the organization has ever had a director or a privacy officer (a new organization
setting up its first accounts), there is nobody to confirm: the administrator's act is
then audited as the first of its power. Once one existed, deactivating them does not
bring that back."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy.orm import Session

from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.models import User
from cjeapp.core.permissions import ROLE_PERMISSIONS
from cjeapp.core.permissions import Permission
from cjeapp.core.permissions import Role

# What makes a role powerful: reading case notes, signing documents or packages.
POWERS = frozenset({Permission.CONFIDENTIAL_READ, Permission.DOCUMENT_ISSUE,
                    Permission.FUNDER_EXPORT})
RECOVERY = "recovery key"  # who confirmed, when the recovery key did


@dataclass(frozen=True)
class SecondPerson:
    """Who confirms: a director or privacy officer with their own password, or the
    organization's recovery key (on a database file)."""

    username: str = ""
    password: str = ""
    recovery_key: str = ""


class SecondPersonRequired(CjeError):
    def __init__(self) -> None:
        super().__init__(msg(N_(
            "This needs a second person: the director or the person in charge of personal "
            "information confirms with their own password (or the organization's recovery "
            "key). A role that reads case notes or signs for the organization is never "
            "given, nor its password reset, by one person alone.")))


def powerful(role: str | Role) -> bool:
    try:
        return bool(ROLE_PERMISSIONS[Role(role)] & POWERS)
    except ValueError:
        return False


def confirmer_ever(session: Session) -> bool:
    """Whether the organization has ever had someone who confirms (a director or a
    privacy officer, active or not)."""
    return bool(session.scalar(select(func.count()).select_from(User).where(or_(
        User.role == Role.DIRECTOR.value, User.privacy_officer.is_(True)))))
