"""Rows for each source of a reporting profile, read in a stable order for a period.

Rows are dicts of the fields listed in ``profile.SOURCE_FIELDS`` plus ``_client`` (the
client id, for validation messages and consent) where a person is concerned.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import text

from cjeapp.core import clock
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.db.dialect import insertion_order
from cjeapp.core.reporting.keys import Pseudonyms

Row = dict[str, Any]
AGE_BANDS = ((18, "0-17"), (25, "18-24"), (35, "25-34"), (45, "35-44"), (55, "45-54"),
             (65, "55-64"), (200, "65+"))


def _as_stored_text(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            from datetime import UTC

            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def day_start(day: date) -> datetime:
    """The first instant of ``day`` in Quebec, in UTC (what the records' times are)."""
    from datetime import UTC

    return datetime.combine(day, time(0), LOCAL_ZONE).astimezone(UTC)


def utc_text(day: date) -> str:
    from datetime import UTC

    moment = datetime.combine(day, time(0), LOCAL_ZONE).astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def age_band(birth: date | None, on: date) -> str | None:
    if birth is None:
        return None
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    return next(label for limit, label in AGE_BANDS if age < limit)


def person_row(client_id: str | None, *, birth: date | None, sex: str | None,
               country_of_birth: str | None, immigration_category: str | None,
               arrival_date: str | None, region_code: str | None, language: str | None,
               first_contact: date | None, mifi_client_number: str | None, consented: bool,
               pseudonym: str, first: date, last: date) -> Row:
    """One person's row of the "persons" source, as the package reads it: the same for the
    package and for the check of one file when it is saved (``person_check``)."""
    return {
        "_client": client_id, "_consent_funder_transmission": consented,
        "pseudonym": pseudonym, "birth_year": birth.year if birth else None,
        "age_band": age_band(birth, last), "sex": sex,
        "country_of_birth": country_of_birth, "immigration_category": immigration_category,
        "arrival_date": arrival_date, "region": region_code, "language": language,
        "is_new": "yes" if first_contact and first_contact >= first else "no",
        "mifi_client_number": mifi_client_number, "_birth": birth,
    }


class Sources:
    def __init__(self, db: Database, first: date, last: date,
                 pseudonyms: Pseudonyms | None = None) -> None:
        self.db = db
        self.first = first
        self.last = last
        # The organization's (a package's); else this run's own (distinct counts alone).
        self.pseudonym = pseudonyms or Pseudonyms()
        self.params: dict[str, object] = {
            "first": first.isoformat(), "last": last.isoformat(),
            "today": clock.today().isoformat(), "yes": True,  # 1 on SQLite, true on the server
            "start": utc_text(first), "end": utc_text(last + timedelta(days=1))}

    def _query(self, sql: str) -> Iterator[Any]:
        """Rows as SQLite gives them, whatever the engine: dates and times as ISO text (the
        server gives date and datetime objects), so the package is the same byte for byte."""
        with self.db.engine.connect() as connection:
            result = connection.execution_options(stream_results=True).execute(
                text(sql), self.params)
            if self.db.engine.dialect.name == "sqlite":
                yield from result
                return
            for row in result:
                yield tuple(_as_stored_text(value) for value in row)

    def served_client_ids(self) -> set[str]:
        """People with a service, an attended appointment or a walk-in visit in the period."""
        ids: set[str] = set()
        for (client_id,) in self._query(
                "SELECT client_id FROM service_records WHERE deleted_at IS NULL "
                "AND delivered_on BETWEEN :first AND :last "
                "UNION SELECT client_id FROM appointments WHERE deleted_at IS NULL "
                "AND status = 'attended' AND starts_at >= :start AND starts_at < :end "
                "UNION SELECT client_id FROM visits WHERE deleted_at IS NULL "
                "AND status = 'closed' AND arrived_at >= :start AND arrived_at < :end"):
            ids.add(client_id)
        return ids

    def rows(self, source: str) -> Iterator[Row]:
        return {"persons": self.persons, "services": self.services,
                "referrals": self.referrals, "sessions": self.sessions,
                "transport": self.transport, "housing": self.housing}[source]()

    def persons(self) -> Iterator[Row]:
        served = self.served_client_ids()
        consented = {client for (client,) in self._query(
            "SELECT client_id FROM consents WHERE deleted_at IS NULL "
            "AND purpose = 'funder_transmission' AND given_on <= :last "
            # A consent withdrawn since the period ended stops what it gated at once.
            "AND (withdrawn_on IS NULL OR (withdrawn_on > :last AND withdrawn_on > :today)) "
            "AND (expires_on IS NULL OR expires_on >= :last)")}
        languages: dict[str, str] = {}
        for client, code, mother in self._query(
                "SELECT client_id, language_code, is_mother_tongue FROM client_languages "
                "WHERE deleted_at IS NULL ORDER BY client_id, is_mother_tongue DESC, "
                + ", ".join(insertion_order(self.db.engine.dialect.name, "client_languages"))):
            if client not in languages or mother:
                languages.setdefault(client, code)
        for row in self._query(
                "SELECT id, birth_date, sex, country_of_birth, immigration_category, "
                "arrival_date, region_code, first_contact_on, mifi_client_number "
                # A destroyed file still counts, de-identified (Law 25 retention).
                "FROM clients WHERE deleted_at IS NULL OR destroyed_on IS NOT NULL "
                "ORDER BY id"):
            if row[0] not in served:
                continue
            yield person_row(
                row[0], birth=date.fromisoformat(row[1]) if row[1] else None, sex=row[2],
                country_of_birth=row[3], immigration_category=row[4], arrival_date=row[5],
                region_code=row[6], language=languages.get(row[0]),
                first_contact=date.fromisoformat(row[7]) if row[7] else None,
                mifi_client_number=row[8], consented=row[0] in consented,
                pseudonym=self.pseudonym(row[0]), first=self.first, last=self.last)

    def services(self) -> Iterator[Row]:
        for client, day, kind, volet, minutes, mode in self._query(
                "SELECT client_id, delivered_on, service_type, volet, duration_minutes, mode "
                "FROM service_records WHERE deleted_at IS NULL "
                "AND delivered_on BETWEEN :first AND :last ORDER BY delivered_on, id"):
            yield {"_client": client, "pseudonym": self.pseudonym(client), "date": day,
                   "month": str(day)[:7], "service_type": kind, "volet": volet,
                   "duration_minutes": minutes, "mode": mode}

    def referrals(self) -> Iterator[Row]:
        for client, day, kind, outcome in self._query(
                "SELECT r.client_id, r.referred_on, p.kind, r.outcome FROM referrals r "
                "JOIN partners p ON p.id = r.partner_id WHERE r.deleted_at IS NULL "
                "AND r.referred_on BETWEEN :first AND :last ORDER BY r.referred_on, r.id"):
            yield {"_client": client, "pseudonym": self.pseudonym(client), "date": day,
                   "partner_kind": kind, "outcome": outcome}

    def sessions(self) -> Iterator[Row]:
        for kind, starts, hours, participants in self._query(
                "SELECT a.kind, s.starts_at, s.hours, (SELECT count(*) FROM attendance t "
                "WHERE t.session_id = s.id AND t.present = :yes AND t.deleted_at IS NULL) "
                "FROM activity_sessions s JOIN activities a ON a.id = s.activity_id "
                "WHERE s.deleted_at IS NULL AND s.starts_at >= :start AND s.starts_at < :end "
                "ORDER BY s.starts_at, s.id"):
            yield {"activity_kind": kind, "date": str(starts)[:10],
                   "hours": Decimal(str(hours)).normalize(),
                   "participants": participants}

    def transport(self) -> Iterator[Row]:
        for destination, needed, decision in self._query(
                "SELECT destination_kind, needed_at, decision FROM transport_requests "
                "WHERE deleted_at IS NULL AND needed_at >= :start AND needed_at < :end "
                "ORDER BY needed_at, id"):
            yield {"month": str(needed)[:7], "destination": destination,
                   "decision": decision or "undecided"}

    def housing(self) -> Iterator[Row]:
        for opened, status, closed in self._query(
                "SELECT opened_on, status, closed_on FROM housing_requests "
                "WHERE deleted_at IS NULL AND opened_on BETWEEN :first AND :last "
                "ORDER BY opened_on, id"):
            days = ((date.fromisoformat(closed) - date.fromisoformat(opened)).days
                    if status == "lease_signed" and closed else None)
            yield {"month": str(opened)[:7], "status": status, "days_to_lease": days}
