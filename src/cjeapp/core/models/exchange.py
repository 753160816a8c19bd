"""The exchange between the office's database (the hub) and the counsellors' laptops (its
replicas): what changed and when in this database's own count, who the other side is, what
both sides last agreed on, and the conflicts left for the coordinator.

``change_log`` is kept by triggers on every exchanged table (migration 0020), so every way
of writing (a screen, an import's bulk insert, the demo) counts; its ``seq`` is this
database's own sequence, never a clock (a laptop's clock is often wrong)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger
from sqlalchemy import Boolean
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column

from cjeapp.core.models.base import Base
from cjeapp.core.models.base import Record
from cjeapp.core.models.base import UTCDateTime


class ChangeMark(Base):
    """The last change of one row, numbered in this database's sequence."""

    __tablename__ = "change_log"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, index=True)


class Replica(Record):
    """This database (``is_self``) or the other side of an exchange: the hub, seen from a
    laptop; each laptop, seen from the hub."""

    __tablename__ = "exchange_replicas"

    name: Mapped[str] = mapped_column(String(120))
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    is_hub: Mapped[bool] = mapped_column(Boolean, default=False)
    counsellor_ids: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    number_prefix: Mapped[str] = mapped_column(String(8), default="")
    sign_public: Mapped[str] = mapped_column(Text)  # Ed25519, base64
    box_public: Mapped[str] = mapped_column(Text)  # X25519, base64
    # This database's own only; read when used (on the server, only whom exchanges may).
    sign_private: Mapped[str | None] = mapped_column(Text, deferred=True)
    box_private: Mapped[str | None] = mapped_column(Text, deferred=True)
    acked_seq: Mapped[int] = mapped_column(BigInteger, default=0)  # ours they have applied
    received_seq: Mapped[int] = mapped_column(BigInteger, default=0)  # theirs we applied
    last_file_seq: Mapped[int] = mapped_column(BigInteger, default=0)  # their files, in order
    files_sent: Mapped[int] = mapped_column(BigInteger, default=0)  # ours to them, counted
    last_exchange_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The other side's audit head as it last sent it, and ours as it last held it (an
    # anchor of this log kept elsewhere: migration 0021).
    their_head_seq: Mapped[int | None] = mapped_column(BigInteger)
    their_head_hash: Mapped[str | None] = mapped_column(String(64))
    held_head_seq: Mapped[int | None] = mapped_column(BigInteger)
    held_head_hash: Mapped[str | None] = mapped_column(String(64))


class ExchangeBase(Base):
    """What this database and one peer last agreed a row was (``agreed``: the base of a
    three-way merge), and what was last sent to it, at which of our sequence numbers,
    until the peer acknowledges it."""

    __tablename__ = "exchange_bases"

    peer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    agreed: Mapped[str | None] = mapped_column(Text)  # JSON of the row
    sent: Mapped[str | None] = mapped_column(Text)
    sent_seq: Mapped[int | None] = mapped_column(BigInteger)
    their_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class ExchangeConflict(Record):
    """One field both sides changed differently (or a change against a deletion, or a
    rule across replicas broken: a slot booked twice, an activity over capacity). The
    hub's value stays in the row; the other is kept here until the coordinator decides.
    Its id is derived from what it is about, so both sides finding it list it once."""

    __tablename__ = "exchange_conflicts"

    kind: Mapped[str] = mapped_column(String(20))  # field | deletion | booking | capacity
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60), default="")
    client_id: Mapped[str | None] = mapped_column(String(36))
    replica_id: Mapped[str] = mapped_column(String(36))  # the laptop's side
    hub_value: Mapped[str | None] = mapped_column(Text)  # JSON
    other_value: Mapped[str | None] = mapped_column(Text)  # JSON
    hub_by: Mapped[str | None] = mapped_column(String(36))
    hub_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    other_by: Mapped[str | None] = mapped_column(String(36))
    other_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_by: Mapped[str | None] = mapped_column(String(36))
    resolution: Mapped[str | None] = mapped_column(String(10))  # hub | other
