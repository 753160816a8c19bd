"""A laptop that reaches the office's database (on its network, or the server) exchanges
both ways at once: its changes go first, then the office's come back."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.exchange.packages import Imported
from cjeapp.core.exchange.packages import export_changes
from cjeapp.core.exchange.packages import import_changes
from cjeapp.core.exchange.packages import own_replica
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.models import Replica
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission


@dataclass(frozen=True)
class BothWays:
    sent: Imported  # the laptop's changes, at the office
    received: Imported  # the office's, on the laptop


def exchange_directly(laptop: Database, laptop_actor: Actor, hub: Database,
                      hub_actor: Actor) -> BothWays:
    """The laptop reaches the office's database: its changes go first, then the office's
    come back. Each half is whole or nothing; after a cut, running it again finishes."""
    actor_checks = (laptop_actor, hub_actor)
    for actor in actor_checks:
        actor.require(Permission.EXCHANGE)
    with laptop.read_session() as session:
        me = own_replica(session)
        if me.is_hub:
            raise CjeError(msg(N_("This database is the office's: a laptop exchanges with "
                                  "it, not the other way round.")))
        laptop_id = me.id
        hub_id = session.scalar(select(Replica.id).where(Replica.is_hub.is_(True),
                                                         Replica.deleted_at.is_(None)))
    with hub.read_session() as session:
        if own_replica(session).id != hub_id:
            raise CjeError(msg(N_("This laptop was registered at another office's "
                                  "database: exchange with that one.")))
    sent = import_changes(hub, hub_actor, export_changes(laptop, laptop_actor, str(hub_id)).data)
    received = import_changes(laptop, laptop_actor,
                              export_changes(hub, hub_actor, laptop_id).data)
    return BothWays(sent, received)
