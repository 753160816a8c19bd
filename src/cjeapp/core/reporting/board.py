"""The director's board: the load of a period in figures, beside the same period a year
earlier — people served, the desk's waits, answers within the 72 business hours, hours of
accompaniment, caseloads, appointments, referrals, transport, group activities.

``board()`` returns plain dataclasses whose labels are already words (catalogue and code
lists) and whose months are dates, for a screen, a PDF or a spreadsheet. The numbers are
exact here; ``Figure.small`` marks counts under 5, which leave the organization as « < 5 »
(Law 25: no one recognized from a small cell; see ``board_export``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from datetime import timedelta

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.reporting.board_figures import Board
from cjeapp.core.reporting.board_figures import BoardFilter
from cjeapp.core.reporting.board_labels import caseload_of
from cjeapp.core.reporting.board_labels import sections_of
from cjeapp.core.reporting.board_labels import series_of
from cjeapp.core.reporting.board_measures import measure
from cjeapp.core.reporting.board_queries import Scope

COUNSELLING_ROLES = ("counsellor", "coordinator", "director")


@dataclass(frozen=True)
class Choice:
    id: str
    name: str  # what a person reads
    handle: str  # a user name, or the office's name: what a command line may give


@dataclass(frozen=True)
class BoardChoices:
    offices: tuple[Choice, ...]
    counsellors: tuple[Choice, ...]


def fiscal_year(day: date | None = None) -> tuple[date, date]:
    """The fiscal year (April to March) holding ``day`` (default: today)."""
    day = day or clock.today()
    start = date(day.year if day.month >= 4 else day.year - 1, 4, 1)
    return start, date(start.year + 1, 3, 31)


def year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def check_period(first: date, last: date) -> None:
    if first > last:
        raise ValidationError([FieldError("last", msg(N_(
            "The period ends before it begins: choose a last day on or after the first.")))])
    if last - first > timedelta(days=366 * 5):
        raise ValidationError([FieldError("last", msg(N_(
            "The board covers at most five years: choose a shorter period.")))])


def board(db: Database, actor: Actor, chosen: BoardFilter | None = None) -> Board:
    """The board of a period (default: this fiscal year), beside the year before."""
    actor.require(Permission.REPORT_READ)
    if chosen is None:
        chosen = BoardFilter(*fiscal_year())
    check_period(chosen.first, chosen.last)
    scope = Scope(chosen.office_id, chosen.counsellor_id)
    before = (year_before(chosen.first), year_before(chosen.last))
    now = measure(db, chosen.first, chosen.last, scope)
    then = measure(db, before[0], before[1], scope)
    names = _names(db, chosen)
    return Board(chosen.first, chosen.last, before[0], before[1],
                 names.get(chosen.office_id or ""), names.get(chosen.counsellor_id or ""),
                 sections_of(db, now, then), series_of(now, then),
                 caseload_of(db, now, then))


def _names(db: Database, chosen: BoardFilter) -> dict[str, str]:
    from sqlalchemy import select

    from cjeapp.core.models import Office
    from cjeapp.core.models import User

    names: dict[str, str] = {}
    with db.read_session() as session:
        if chosen.office_id:
            names.update({str(i): name for i, name in session.execute(
                select(Office.id, Office.name).where(Office.id == chosen.office_id))})
        if chosen.counsellor_id:
            names.update({str(i): name for i, name in session.execute(
                select(User.id, User.full_name).where(User.id == chosen.counsellor_id))})
    return names


def board_choices(db: Database, actor: Actor) -> BoardChoices:
    """What the board can be narrowed to: the offices, and the staff who carry files."""
    actor.require(Permission.REPORT_READ)
    from sqlalchemy import select

    from cjeapp.core.models import Office
    from cjeapp.core.models import User

    with db.read_session() as session:
        offices = tuple(Choice(str(i), name, name) for i, name in session.execute(
            select(Office.id, Office.name).where(Office.deleted_at.is_(None))
            .order_by(Office.name)))
        people = tuple(Choice(str(i), name, username) for i, name, username in session.execute(
            select(User.id, User.full_name, User.username).where(
                User.deleted_at.is_(None), User.role.in_(COUNSELLING_ROLES))
            .order_by(User.full_name)))
    return BoardChoices(offices, people)


def find_choice(choices: tuple[Choice, ...], wanted: str) -> Choice:
    """A choice by its id, name or user name (as typed on a command line)."""
    folded = wanted.casefold()
    for choice in choices:
        if wanted == choice.id or folded in (choice.name.casefold(), choice.handle.casefold()):
            return choice
    raise ValidationError([FieldError("scope", msg(N_(
        "« {wanted} » is neither an office nor a counsellor of this database."),
        wanted=wanted))])
