"""What no replica can guarantee alone, checked when an exchange file is applied: a
counsellor's slot booked on the laptop and at the office, an activity enrolled past its
capacity on both sides, the same person enrolled (or marked present) on both sides under
two records. The first two are listed as conflicts for the coordinator; the last is the
same fact twice, and the office's record stands."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection
from sqlalchemy import and_
from sqlalchemy import func
from sqlalchemy import select

from cjeapp.core.exchange.rows import Row
from cjeapp.core.exchange.rows import table

# Tables whose rows are one per (these columns): the same person enrolled twice is once.
NATURAL_KEYS = {"enrolments": ("activity_id", "client_id"),
                "attendance": ("session_id", "client_id")}
ACTIVE_APPOINTMENTS = ("booked", "attended")


@dataclass(frozen=True)
class RuleConflict:
    kind: str  # booking | capacity
    table: str
    row_id: str
    field: str
    client_id: str | None
    here: str  # what this side holds, in words the coordinator reads (JSON text)
    there: str
    key: str  # what makes it the same conflict, whichever side finds it


def same_fact(connection: Connection, name: str, row: Row) -> str | None:
    """The id of this side's record of the same fact as ``row`` (another id), if any."""
    columns = NATURAL_KEYS.get(name)
    if columns is None:
        return None
    target = table(name)
    return connection.scalar(select(target.c.id).where(
        *(target.c[column] == row[column] for column in columns),
        target.c.id != row["id"]).limit(1))


def _clash(connection: Connection, row_id: str) -> tuple[Row, Row] | None:
    """The active appointment ``row_id`` and another of its counsellor at the same time."""
    appointments = table("appointments")
    mine = connection.execute(select(appointments).where(
        appointments.c.id == row_id)).mappings().first()
    if mine is None or mine["deleted_at"] is not None \
            or mine["status"] not in ACTIVE_APPOINTMENTS:
        return None
    other = appointments.alias("other")
    clash = connection.execute(select(other).where(
        other.c.counsellor_id == mine["counsellor_id"], other.c.id != row_id,
        other.c.deleted_at.is_(None), other.c.status.in_(ACTIVE_APPOINTMENTS),
        other.c.starts_at < mine["ends_at"], other.c.ends_at > mine["starts_at"])
        .limit(1)).mappings().first()
    return None if clash is None else (dict(mine), dict(clash))


def _over(connection: Connection, activity_id: str) -> tuple[int, int] | None:
    """(capacity, enrolled) of an activity holding more people than places."""
    enrolments, activities = table("enrolments"), table("activities")
    capacity = connection.scalar(select(activities.c.capacity).where(
        activities.c.id == activity_id, activities.c.deleted_at.is_(None)))
    enrolled = connection.scalar(select(func.count()).select_from(enrolments).where(and_(
        enrolments.c.activity_id == activity_id, enrolments.c.status == "enrolled",
        enrolments.c.deleted_at.is_(None)))) or 0
    return (capacity, enrolled) if capacity is not None and enrolled > capacity else None


def still_broken(connection: Connection, kind: str, row_id: str) -> bool:
    """Whether a booking or capacity conflict's rule is still broken (a decision — an
    appointment moved or cancelled, someone put on the waiting list — settles it)."""
    if kind == "booking":
        return _clash(connection, row_id) is not None
    if kind == "capacity":
        return _over(connection, row_id) is not None
    if kind == "same_person":  # the coordinator's word « two people » closes it too
        from cjeapp.core.exchange.same_people import still_twins

        return still_twins(connection, row_id)
    raise ValueError(kind)


def broken_rules(connection: Connection, written: dict[str, list[str]]) -> list[RuleConflict]:
    """The slots booked twice and activities over capacity among the rows just written."""
    found: list[RuleConflict] = []
    for row_id in written.get("appointments", []):
        pair = _clash(connection, row_id)
        if pair is not None:
            mine, clash = pair
            first, second = sorted((row_id, clash["id"]))
            found.append(RuleConflict(
                "booking", "appointments", row_id, "starts_at", mine["client_id"],
                f'"{clash["starts_at"].isoformat()}"', f'"{mine["starts_at"].isoformat()}"',
                f"booking|{first}|{second}"))
    enrolments = table("enrolments")
    touched = set()
    for row_id in written.get("enrolments", []):
        activity_id = connection.scalar(select(enrolments.c.activity_id).where(
            enrolments.c.id == row_id))
        if activity_id is not None:
            touched.add(activity_id)
    for activity_id in sorted(touched):
        over = _over(connection, activity_id)
        if over is not None:
            capacity, enrolled = over
            found.append(RuleConflict("capacity", "activities", activity_id, "capacity", None,
                                      str(capacity), str(enrolled),
                                      f"capacity|{activity_id}|{enrolled}"))
    return found
