"""Trips driven for approved requests, the monthly mileage per staff member, and the
transport figures."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from decimal import ROUND_HALF_UP
from decimal import Decimal

from sqlalchemy import select

from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.models import TransportRequest
from cjeapp.core.models import TransportTrip
from cjeapp.core.models import User
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator

MILEAGE_RATE_KEY = "transport.mileage_rate"  # $ per km driven with an own car, dated


@dataclass(frozen=True)
class MileageRow:
    staff_id: str | None
    staff_name: str
    trips: int
    kilometres: Decimal
    own_car_kilometres: Decimal
    amount: Decimal | None  # own-car kilometres at the rate in force each trip's day


@dataclass(frozen=True)
class TripLine:
    """One trip of the month, as the reimbursement form lists it."""

    trip_date: date
    staff_name: str
    destination: str
    vehicle: str
    kilometres: Decimal
    rate: Decimal | None  # None: no rate set for that day, or the organization's vehicle
    amount: Decimal | None


def rate_on(db: Database, day: date) -> Decimal | None:
    """The rate per kilometre in force that day (set in Paramètres), None when never set."""
    from cjeapp.core.org import settings

    value = settings.get_value(db, MILEAGE_RATE_KEY, None, on=day)
    return Decimal(str(value)) if value not in (None, "") else None


def set_rate(db: Database, actor: Actor, rate: Decimal, since: date) -> None:
    from cjeapp.core.errors import FieldError
    from cjeapp.core.errors import ValidationError
    from cjeapp.core.org import settings

    actor.require(Permission.SETTINGS_ADMIN)
    if not Decimal(0) < rate <= Decimal(5):
        raise ValidationError([FieldError("mileage_rate", msg(N_(
            "Enter the rate per kilometre, from 0.01 $ to 5 $.")))])
    settings.set_value(db, actor, MILEAGE_RATE_KEY, f"{rate:.3f}", since)


def trips_of_month(db: Database, actor: Actor, month: date) -> list[TripLine]:
    """Every trip of the month by date, with the rate and amount of own-car trips."""
    actor.require(Permission.TRANSPORT_DECIDE)
    from cjeapp.core.codelists import codelist

    first, following = month_bounds(month)
    destinations = codelist("transport_destinations")
    lines: list[TripLine] = []
    rates: dict[date, Decimal | None] = {}
    with db.read_session() as session:
        rows = session.execute(
            select(TransportTrip, User.full_name, TransportRequest.destination_kind,
                   TransportRequest.destination_name)
            .join(TransportRequest, TransportRequest.id == TransportTrip.request_id)
            .outerjoin(User, User.id == TransportTrip.driver_id)
            .where(TransportTrip.trip_date >= first, TransportTrip.trip_date < following,
                   TransportTrip.deleted_at.is_(None))
            .order_by(TransportTrip.trip_date))
        found = list(rows)
    for trip, name, kind, place in found:
        rate = None
        if trip.vehicle == "own_car":
            if trip.trip_date not in rates:
                rates[trip.trip_date] = rate_on(db, trip.trip_date)
            rate = rates[trip.trip_date]
        amount = (trip.kilometres * rate).quantize(Decimal("0.01"), ROUND_HALF_UP) \
            if rate is not None else None
        lines.append(TripLine(trip.trip_date, name or "", place or destinations.label(kind),
                              trip.vehicle, trip.kilometres, rate, amount))
    return lines


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
    """Kilometres and the amount to reimburse per staff member for the month."""
    lines = trips_of_month(db, actor, month)
    by_staff: dict[str, list[TripLine]] = {}
    for line in lines:
        by_staff.setdefault(line.staff_name, []).append(line)
    rows = []
    for name, trips in by_staff.items():
        own = [t for t in trips if t.vehicle == "own_car"]
        unpriced = any(t.amount is None for t in own)
        rows.append(MileageRow(None, name, len(trips), sum((t.kilometres for t in trips),
                                                            Decimal(0)),
                               sum((t.kilometres for t in own), Decimal(0)),
                               None if unpriced else sum((t.amount or Decimal(0) for t in own),
                                                         Decimal(0))))
    return sorted(rows, key=lambda row: row.staff_name)


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


def _mileage_table(lines: list[TripLine]) -> tuple[list[str], list[list[str]]]:
    from cjeapp.core.i18n import gettext
    from cjeapp.core.locale_format import format_date
    from cjeapp.core.locale_format import format_money
    from cjeapp.core.locale_format import format_number

    header = [gettext(N_("Date")), gettext(N_("Staff member")), gettext(N_("Destination")),
              gettext(N_("Vehicle")), gettext(N_("Kilometres")), gettext(N_("Rate per km")),
              gettext(N_("Amount"))]
    vehicles = {"own_car": gettext(N_("Own car")),
                "organization": gettext(N_("Organization's vehicle"))}
    rows = [[format_date(line.trip_date), line.staff_name, line.destination,
             vehicles.get(line.vehicle, line.vehicle), format_number(line.kilometres),
             format_money(line.rate) if line.rate is not None else "—",
             format_money(line.amount) if line.amount is not None else "—"]
            for line in lines]
    return header, rows


def mileage_pdf(db: Database, actor: Actor, month: date) -> bytes:
    actor.require(Permission.TRANSPORT_DECIDE)
    from babel.dates import format_date as babel_format_date

    from cjeapp.core.i18n import gettext
    from cjeapp.core.locale_format import format_money
    from cjeapp.core.locale_format import format_number
    from cjeapp.core.locale_format import locale_name
    from cjeapp.core.org.organization import organization_name
    from cjeapp.core.writers.tables import table_pdf

    lines = trips_of_month(db, actor, month)
    header, rows = _mileage_table(lines)
    totals = [f"{row.staff_name}: {format_number(row.own_car_kilometres)} km, "
              + (format_money(row.amount) if row.amount is not None else gettext(N_(
                  "no rate set for some days")))
              for row in mileage(db, actor, month) if row.own_car_kilometres]
    pdf = table_pdf(organization=organization_name(db),
                    title=gettext(N_("Mileage for reimbursement")),
                    subtitle=babel_format_date(month, "MMMM y", locale=locale_name()),
                    header=header, rows=rows, widths_cm=[2.3, 3.6, 3.6, 2.6, 2, 2, 2.2],
                    footer=gettext(N_("To reimburse (own car): {totals}")).format(
                        totals="; ".join(totals) or "—"))
    with unit_of_work(db, actor) as uow:
        uow.audit("print", "transport_trips", None, {"month": month.strftime("%Y-%m")})
    return pdf


def mileage_xlsx(db: Database, actor: Actor, month: date) -> bytes:
    actor.require(Permission.TRANSPORT_DECIDE)
    from cjeapp.core.writers.spreadsheets import workbook_bytes

    lines = trips_of_month(db, actor, month)
    data = workbook_bytes(month.strftime("%Y-%m"),
                          ["date", "staff", "destination", "vehicle", "kilometres",
                           "rate_per_km", "amount"],
                          [[line.trip_date, line.staff_name, line.destination,
                            line.vehicle, float(line.kilometres),
                            float(line.rate) if line.rate is not None else None,
                            float(line.amount) if line.amount is not None else None]
                           for line in lines])
    with unit_of_work(db, actor) as uow:
        uow.audit("export", "transport_trips", None, {"month": month.strftime("%Y-%m"),
                                                      "format": "xlsx"})
    return data
