"""A dated seal of the audit log for the person in charge of personal information: the
chain's head (its last position and hash) at that moment, signed with the organization's
key. Kept away from the database — printed, mailed to oneself, given to an auditor — it is
a witness nobody with the database's key can rewrite: a log later cut, or rewritten and
computed again at or before that entry, no longer holds that hash there (``cjeapp check
--against SEAL``). The seal holds no personal information."""

from __future__ import annotations

import base64
import json
from typing import Any

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.org.organization import organization_name
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.reporting import keys
from cjeapp.core.unit_of_work import unit_of_work

SEAL_KIND = "cjeapp-audit-seal"


def signed_text(body: dict[str, Any]) -> bytes:
    """What the signature covers: the seal without its signature, in one canonical form."""
    return json.dumps({key: value for key, value in body.items() if key != "signature"},
                      sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def make_seal(db: Database, actor: Actor) -> bytes:
    """The seal of the log as it stands (the sealing itself is its last entry)."""
    actor.require(Permission.PRIVACY_ADMIN)
    name = organization_name(db)
    with unit_of_work(db, actor) as uow:
        uow.audit("seal", "audit_log", None)
        head = uow.chain_head()
        signer = keys.signing_key(actor)
    if head is None:  # pragma: no cover - the sealing wrote an entry
        raise CjeError(msg(N_("The audit log is empty: there is nothing to seal.")))
    body: dict[str, Any] = {"kind": SEAL_KIND, "organization": name,
                            "sealed_at": clock.now().isoformat(timespec="seconds"),
                            "seq": head[0], "hash": head[1]}
    body["signature"] = base64.b64encode(signer.sign(signed_text(body))).decode("ascii")
    return (json.dumps(body, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode()
