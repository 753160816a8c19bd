"""Trips driven for approved requests, the monthly mileage per staff member, and the
transport figures."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select

from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_, msg
from cjeapp.core.models import TransportRequest, TransportTrip, User
from cjeapp.core.permissions import Actor, Permission
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator


@dataclass(frozen=True)
class MileageRow:
    staff_id: str | None
    staff_name: str
    trips: int
    kilometres: Decimal
    own_car_kilometres: Decimal


@dataclass(frozen=True)
class TransportFigures:
    per_month: dict[str, int]
    decisions: dict[str, int]
    by_destination: dict[str, int]
    undecided: int


def record_trip(db: Database, actor: Actor, request_id: str, *, trip_date: date,
                driver_id: str | None, vehicle: str, kilometres: Decimal,
                passengers: int = 1) -> TransportTrip:
    actor.require(Permission.TRANSPORT_DECIDE)
    check = Validator()
    check.past_or_today("trip_date", trip_date, required=True)
    if vehicle not in ("organization", "own_car"):
        check.fail("vehicle", N_("Choose the organization's vehicle or an own car."))
    if not Decimal("0") < kilometres <= Decimal("2000"):
        check.fail("kilometres", N_("Enter the distance driven, from 0.1 to 2000 km."))
    if not 1 <= passengers <= 15:
        check.fail("passengers", N_("Enter from 1 to 15 passengers."))
    check.raise_if_any()
    with unit_of_work(db, actor) as uow:
        request = uow.get(TransportRequest, request_id, what="transport request")
        if request.decision != "approve":
            raise CjeError(msg(N_("Only an approved transport request has trips.")))
        return uow.add(TransportTrip(request_id=request_id, trip_date=trip_date,
                                     driver_id=driver_id or actor.user_id, vehicle=vehicle,
                                     kilometres=kilometres.quantize(Decimal("0.1"), ROUND_HALF_UP),
                                     passengers=passengers))


def month_bounds(month: date) -> tuple[date, date]:
    first = month.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following


def mileage(db: Database, actor: Actor, month: date) -> list[MileageRow]:
    """Kilometres per staff member for the month (for reimbursement)."""
    actor.require(Permission.TRANSPORT_DECIDE)
    first, following = month_bounds(month)
    trips: Counter[str | None] = Counter()
    kilometres: dict[str | None, Decimal] = {}
    own_car: dict[str | None, Decimal] = {}
    names: dict[str | None, str] = {}
    with db.read_session() as session:
        rows = session.execute(
            select(TransportTrip, User.full_name)
            .outerjoin(User, User.id == TransportTrip.driver_id)
            .where(TransportTrip.trip_date >= first, TransportTrip.trip_date < following,
                   TransportTrip.deleted_at.is_(None)))
        for trip, name in rows:
            driver = trip.driver_id
            trips[driver] += 1
            kilometres[driver] = kilometres.get(driver, Decimal(0)) + trip.kilometres
            if trip.vehicle == "own_car":
                own_car[driver] = own_car.get(driver, Decimal(0)) + trip.kilometres
            names[driver] = name or ""
    return sorted((MileageRow(driver, names[driver], trips[driver], kilometres[driver],
                              own_car.get(driver, Decimal(0))) for driver in trips),
                  key=lambda row: row.staff_name)


def figures(db: Database, actor: Actor, first: date, last: date) -> TransportFigures:
    """Requests per month, decisions and destinations over a period (both ends included)."""
    actor.require(Permission.TRANSPORT_DECIDE)
    start = datetime.combine(first, time(0), LOCAL_ZONE)
    end = datetime.combine(last + timedelta(days=1), time(0), LOCAL_ZONE)
    per_month: Counter[str] = Counter()
    decisions: Counter[str] = Counter()
    destinations: Counter[str] = Counter()
    undecided = 0
    with db.read_session() as session:
        for request in session.scalars(select(TransportRequest).where(
                TransportRequest.needed_at >= start, TransportRequest.needed_at < end,
                TransportRequest.deleted_at.is_(None))):
            per_month[request.needed_at.astimezone(LOCAL_ZONE).strftime("%Y-%m")] += 1
            destinations[request.destination_kind] += 1
            if request.decision:
                decisions[request.decision] += 1
            else:
                undecided += 1
    return TransportFigures(dict(sorted(per_month.items())), dict(decisions),
                            dict(destinations.most_common()), undecided)


def _mileage_table(mileage_rows: list[MileageRow]) -> tuple[list[str], list[list[str]]]:
    from cjeapp.core.i18n import gettext
    from cjeapp.core.locale_format import format_number

    header = [gettext(N_("Staff member")), gettext(N_("Trips")), gettext(N_("Kilometres")),
              gettext(N_("With an own car (km)"))]
    rows = [[row.staff_name, format_number(row.trips), format_number(row.kilometres),
             format_number(row.own_car_kilometres)] for row in mileage_rows]
    return header, rows


def mileage_pdf(db: Database, actor: Actor, month: date) -> bytes:
    actor.require(Permission.TRANSPORT_DECIDE)
    from babel.dates import format_date as babel_format_date

    from cjeapp.core.i18n import gettext
    from cjeapp.core.locale_format import locale_name
    from cjeapp.core.org.organization import organization_name
    from cjeapp.core.writers.tables import table_pdf

    header, rows = _mileage_table(mileage(db, actor, month))
    pdf = table_pdf(organization=organization_name(db),
                    title=gettext(N_("Mileage for reimbursement")),
                    subtitle=babel_format_date(month, "MMMM y", locale=locale_name()),
                    header=header, rows=rows, widths_cm=[7, 3, 3.5, 4.5])
    with unit_of_work(db, actor) as uow:
        uow.audit("print", "transport_trips", None, {"month": month.strftime("%Y-%m")})
    return pdf


def mileage_xlsx(db: Database, actor: Actor, month: date) -> bytes:
    actor.require(Permission.TRANSPORT_DECIDE)
    from cjeapp.core.writers.spreadsheets import workbook_bytes

    rows = mileage(db, actor, month)
    data = workbook_bytes(month.strftime("%Y-%m"),
                          ["staff", "trips", "kilometres", "own_car_kilometres"],
                          [[row.staff_name, row.trips, float(row.kilometres),
                            float(row.own_car_kilometres)] for row in rows])
    with unit_of_work(db, actor) as uow:
        uow.audit("export", "transport_trips", None, {"month": month.strftime("%Y-%m"),
                                                      "format": "xlsx"})
    return data
