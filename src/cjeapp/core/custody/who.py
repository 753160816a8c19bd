"""Whom each secret is for, by role (the permission matrix), and whose program may make it."""

from __future__ import annotations

from cjeapp.core.custody.held import Secret
from cjeapp.core.models import KeyHolder
from cjeapp.core.models import User
from cjeapp.core.permissions import PRIVACY_OFFICER
from cjeapp.core.permissions import ROLE_PERMISSIONS
from cjeapp.core.permissions import Permission
from cjeapp.core.permissions import Role

# Whom each secret is for: the notes, those who read them (and the person in charge of
# personal information, who hands a person their file); the signing key, those who issue
# documents, send the funder's package or seal the log; the pseudonyms, the package's.
FOR: dict[Secret, frozenset[Permission]] = {
    Secret.NOTES: frozenset({Permission.CONFIDENTIAL_READ, Permission.PRIVACY_ADMIN}),
    Secret.SIGNING: frozenset({Permission.DOCUMENT_ISSUE, Permission.FUNDER_EXPORT,
                               Permission.PRIVACY_ADMIN}),
    Secret.PSEUDONYM: frozenset({Permission.FUNDER_EXPORT}),
}
# Whose program makes a secret the first time (on the server, whose group may write its
# public half, or empty the older clear copy, in the settings).
MAKERS = {Secret.NOTES: FOR[Secret.NOTES],
          Secret.SIGNING: frozenset({Permission.DOCUMENT_ISSUE}),
          Secret.PSEUDONYM: frozenset({Permission.FUNDER_EXPORT})}


def _powers(role: str) -> frozenset[Permission]:
    try:
        return ROLE_PERMISSIONS[Role(role)]
    except ValueError:  # a role no one gave (written in the table): no power at all
        return frozenset()


def is_for(secret: Secret, role: str, privacy_officer: bool) -> bool:
    powers = _powers(role) | (PRIVACY_OFFICER if privacy_officer else frozenset())
    return bool(FOR[secret] & powers)


def for_user(secret: Secret, user: User | None) -> bool:
    return (user is not None and user.active and user.deleted_at is None
            and is_for(secret, user.role, user.privacy_officer))


def secrets_of(user: User | None) -> frozenset[Secret]:
    return frozenset(secret for secret in Secret if for_user(secret, user))


def for_holder(secret: Secret, holder: KeyHolder | None, users: dict[str, User]) -> bool:
    """Whether ``secret`` is for this key pair's person today: their role is for it, or it
    is the organization's recovery key's (every secret, so that a lost password never
    loses the notes). A key pair also needs its certificate (``grants.certified``)."""
    if holder is None:
        return False
    if holder.user_id is None:
        return True
    return for_user(secret, users.get(holder.user_id))


def may_make(secret: Secret, user: User) -> bool:
    return bool(MAKERS[secret] & _powers(user.role))
