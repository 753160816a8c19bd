"""What a user action changed, so that every open screen can refresh what it shows.

Screens announce a ``Change`` after a service call succeeds; others listen for the kinds
they display and skip the change they made themselves (``origin``)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cjeapp.core.ids import ClientId


class ChangeKind(StrEnum):
    CLIENTS = "clients"  # identity, household members
    VISITS = "visits"  # the desk's waiting list
    APPOINTMENTS = "appointments"
    REQUESTS = "requests"
    CASEWORK = "casework"  # assessments, plans, services, referrals, transport, housing
    DOCUMENTS = "documents"
    PARTNERS = "partners"
    USERS = "users"
    SETTINGS = "settings"
    BACKUPS = "backups"  # a backup made, the backup folder or rotation changed


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    client_id: ClientId | None = None
    """The person whose file changed, when the change concerns one person."""
    origin: object | None = None
    """The screen that made the change (it has already refreshed itself)."""

    def concerns(self, client_id: ClientId) -> bool:
        """True when a screen showing ``client_id`` should refresh."""
        return self.client_id is None or self.client_id == client_id
