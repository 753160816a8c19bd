"""Each side of an exchange carries its audit head in its file's signed header, keeps the
other's, and says it back (migration 0021): anchors of both logs kept where the other side
cannot rewrite them (``db.anchors.held_anchors``)."""

from __future__ import annotations

from typing import Any

from cjeapp.core.models import Replica
from cjeapp.core.unit_of_work import UnitOfWork


def add_heads(header: dict[str, Any], uow: UnitOfWork, peer: Replica) -> None:
    """The writer's head, and the peer's as the writer holds it, into ``header``."""
    head = uow.chain_head()  # the sender's chain as it stands: an anchor kept elsewhere
    if head is not None:
        header["head"] = {"seq": head[0], "hash": head[1]}
    if peer.their_head_seq is not None:  # theirs, said back: they hold it as we do
        header["holds"] = {"seq": peer.their_head_seq, "hash": peer.their_head_hash}


def _head_in(found: object) -> tuple[int, str] | None:
    if isinstance(found, dict) and isinstance(found.get("seq"), int) \
            and not isinstance(found.get("seq"), bool) and 0 < found["seq"] < 2 ** 63 \
            and isinstance(found.get("hash"), str) and len(found["hash"]) == 64 \
            and all(ch in "0123456789abcdef" for ch in found["hash"]):
        return int(found["seq"]), str(found["hash"])
    return None


def keep_heads(peer: Replica, header: dict[str, Any]) -> None:
    """The other side's audit head as its file carries it, and ours as it holds it (its
    file says it back): anchors of both logs kept where the other cannot rewrite them."""
    theirs, ours = _head_in(header.get("head")), _head_in(header.get("holds"))
    if theirs is not None:
        peer.their_head_seq, peer.their_head_hash = theirs
    if ours is not None:
        peer.held_head_seq, peer.held_head_hash = ours
