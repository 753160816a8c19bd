"""Roles and what each may do (least privilege)."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from enum import StrEnum
from typing import TYPE_CHECKING

from cjeapp.core.errors import PasswordChangeRequired
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.ids import UserId

if TYPE_CHECKING:
    from cjeapp.core.custody.held import HeldKeys


class Role(StrEnum):
    RECEPTION = "reception"
    COUNSELLOR = "counsellor"
    COORDINATOR = "coordinator"
    DIRECTOR = "director"
    ADMINISTRATOR = "administrator"


class Permission(StrEnum):
    CLIENT_READ = "client.read"
    CLIENT_WRITE = "client.write"
    CLIENT_DELETE = "client.delete"
    CONFIDENTIAL_READ = "confidential.read"
    CONFIDENTIAL_WRITE = "confidential.write"
    CONSENT_WRITE = "consent.write"
    VISIT_WRITE = "visit.write"
    VISIT_TAKE = "visit.take"
    APPOINTMENT_WRITE = "appointment.write"
    CASEWORK_WRITE = "casework.write"
    TRANSPORT_DECIDE = "transport.decide"
    TRANSPORT_RULES = "transport.rules"
    PARTNER_WRITE = "partner.write"
    ACTIVITY_WRITE = "activity.write"
    DOCUMENT_ISSUE = "document.issue"
    REPORT_READ = "report.read"
    FUNDER_EXPORT = "funder.export"
    USER_ADMIN = "user.admin"
    SETTINGS_ADMIN = "settings.admin"
    AUDIT_READ = "audit.read"
    PRIVACY_ADMIN = "privacy.admin"
    DATA_IMPORT = "data.import"  # bring in people and their history from spreadsheets
    EXCHANGE = "exchange.run"  # a laptop's changes to and from the office
    EXCHANGE_ADMIN = "exchange.admin"  # register laptops, decide conflicts


_FRONT_DESK = {
    Permission.CLIENT_READ, Permission.CLIENT_WRITE, Permission.CONSENT_WRITE,
    Permission.VISIT_WRITE, Permission.APPOINTMENT_WRITE,
}
_CASEWORK = _FRONT_DESK | {
    Permission.CONFIDENTIAL_READ, Permission.CONFIDENTIAL_WRITE, Permission.VISIT_TAKE,
    Permission.CASEWORK_WRITE, Permission.TRANSPORT_DECIDE, Permission.DOCUMENT_ISSUE,
    Permission.PARTNER_WRITE, Permission.ACTIVITY_WRITE, Permission.EXCHANGE,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.RECEPTION: frozenset(_FRONT_DESK),
    Role.COUNSELLOR: frozenset(_CASEWORK),
    Role.COORDINATOR: frozenset(_CASEWORK | {Permission.TRANSPORT_RULES, Permission.REPORT_READ,
                                             Permission.CLIENT_DELETE, Permission.DATA_IMPORT,
                                             Permission.EXCHANGE_ADMIN}),
    Role.DIRECTOR: frozenset(_CASEWORK | {
        Permission.TRANSPORT_RULES, Permission.REPORT_READ, Permission.FUNDER_EXPORT,
        Permission.CLIENT_DELETE, Permission.AUDIT_READ, Permission.PRIVACY_ADMIN,
        Permission.DATA_IMPORT, Permission.EXCHANGE_ADMIN,
    }),
    # The administrator keeps the system (accounts, settings) but reads no case notes.
    Role.ADMINISTRATOR: frozenset(_FRONT_DESK | {
        Permission.USER_ADMIN, Permission.SETTINGS_ADMIN, Permission.AUDIT_READ,
        Permission.REPORT_READ, Permission.TRANSPORT_RULES, Permission.DATA_IMPORT,
    }),
}


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in staff member, or the system itself (CLI maintenance)."""

    user_id: UserId | None
    username: str
    full_name: str
    role: Role
    office_id: str | None = None
    # Set after an administrator's reset: every permission is refused until the person
    # has chosen a new password (accounts.change_own_password gives a new Actor).
    must_change_password: bool = False
    # Granted beside the role: the person designated in charge of personal information.
    granted: frozenset[Permission] = frozenset()
    # The secrets this person's password opened at sign-in (``core.custody``): none for
    # the system, nor under a one-time password.
    keys: HeldKeys | None = field(default=None, compare=False, repr=False)

    def can(self, permission: Permission) -> bool:
        return not self.must_change_password and (
            permission in ROLE_PERMISSIONS[self.role] or permission in self.granted)

    def require_signed_in(self) -> None:
        """For what every staff member may do (list colleagues' names): only a password
        still to be changed stops it."""
        if self.must_change_password:
            raise PasswordChangeRequired("signed_in")

    def require(self, permission: Permission) -> None:
        if self.must_change_password:
            raise PasswordChangeRequired(permission.value)
        if not self.can(permission):
            raise PermissionDenied(permission.value)


# What designating a staff member in charge of personal information adds to their role.
PRIVACY_OFFICER = frozenset({Permission.PRIVACY_ADMIN, Permission.AUDIT_READ})

SYSTEM = Actor(user_id=None, username="system", full_name="cjeapp", role=Role.DIRECTOR)
"""Used by maintenance commands (demo data, checks) that act on the file directly."""
