"""The register of confidentiality incidents (section 3.8 of the Act respecting the
protection of personal information in the private sector, and the regulation on
confidentiality incidents): every incident is recorded, whether or not it presents a risk
of serious injury, and the register is given to the Commission when it asks.

Only the person in charge of personal information (PRIVACY_ADMIN) reads or writes it; each
read of the register and each export is audited."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.models import ConfidentialityIncident
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator
from cjeapp.core.writers.spreadsheets import safe_cell


@dataclass
class IncidentForm:
    description: str  # the nature of the incident
    discovered_on: date | None  # when the organization learned of it
    occurred_on: date | None = None
    circumstances: str | None = None
    personal_information: str | None = None  # what information it concerns
    persons_affected: int | None = None
    risk_assessment: str | None = None  # sensitivity, likely misuse, consequences
    serious_injury_risk: bool = False
    commission_notified_on: date | None = None
    persons_notified_on: date | None = None
    notices_sent: str | None = None
    measures_taken: str | None = None


@dataclass(frozen=True)
class IncidentRow:
    id: str
    version: int
    description: str
    discovered_on: date
    occurred_on: date | None
    circumstances: str | None
    personal_information: str | None
    persons_affected: int | None
    risk_assessment: str | None
    serious_injury_risk: bool
    commission_notified_on: date | None
    persons_notified_on: date | None
    notices_sent: str | None
    measures_taken: str | None

    @property
    def notices_missing(self) -> bool:
        """A risk of serious injury must be notified to the Commission and to the people
        concerned promptly: true while either notice is not recorded."""
        return self.serious_injury_risk and (self.commission_notified_on is None
                                             or self.persons_notified_on is None)


def _validate(form: IncidentForm) -> dict[str, object]:
    check = Validator()
    values: dict[str, object] = {
        "description": check.long_text("description", form.description, required=True,
                                       max_length=4000),
        "circumstances": check.long_text("circumstances", form.circumstances, max_length=4000),
        "personal_information": check.long_text("personal_information",
                                                form.personal_information, max_length=4000),
        "risk_assessment": check.long_text("risk_assessment", form.risk_assessment,
                                           max_length=4000),
        "notices_sent": check.long_text("notices_sent", form.notices_sent, max_length=4000),
        "measures_taken": check.long_text("measures_taken", form.measures_taken,
                                          max_length=4000),
        "serious_injury_risk": bool(form.serious_injury_risk),
    }
    discovered = check.past_or_today("discovered_on", form.discovered_on, required=True)
    occurred = check.past_or_today("occurred_on", form.occurred_on)
    if discovered and occurred and occurred > discovered:
        check.fail("occurred_on", N_("The incident cannot have occurred after the day it "
                                     "became known."))
    for name in ("commission_notified_on", "persons_notified_on"):
        notified = check.past_or_today(name, getattr(form, name))
        if notified and discovered and notified < discovered:
            check.fail(name, N_("A notice comes on or after the day the incident became "
                                "known."))
        values[name] = notified
    if form.persons_affected is not None and not 0 <= form.persons_affected <= 10_000_000:
        check.fail("persons_affected", N_("Enter how many people are concerned (0 or more)."))
    if form.serious_injury_risk and not (form.risk_assessment or "").strip():
        check.fail("risk_assessment", N_("Say why there is a risk of serious injury: the "
                                         "sensitivity of the information, how it may be "
                                         "misused and what the consequences could be."))
    check.raise_if_any()
    values.update(discovered_on=discovered, occurred_on=occurred,
                  persons_affected=form.persons_affected)
    return values


def record_incident(db: Database, actor: Actor, form: IncidentForm) -> IncidentRow:
    actor.require(Permission.PRIVACY_ADMIN)
    values = _validate(form)
    with unit_of_work(db, actor) as uow:
        return _row(uow.add(ConfidentialityIncident(**values)))


def update_incident(db: Database, actor: Actor, incident_id: str, form: IncidentForm,
                    expected_version: int) -> IncidentRow:
    """Complete an incident as it is handled (notices, measures). A record changed by
    someone else meanwhile is refused with the conflict message."""
    actor.require(Permission.PRIVACY_ADMIN)
    values = _validate(form)
    with unit_of_work(db, actor) as uow:
        incident = uow.get(ConfidentialityIncident, incident_id, what="incident")
        return _row(uow.change(incident, values, expected_version=expected_version))


@dataclass(frozen=True)
class IncidentFilter:
    since: date | None = None  # became known on or after
    until: date | None = None  # became known on or before
    serious_only: bool = False
    text: str = ""  # in the nature, circumstances or information concerned


def list_incidents(db: Database, actor: Actor,
                   which: IncidentFilter | None = None) -> list[IncidentRow]:
    """The register, newest first (reading it is audited)."""
    actor.require(Permission.PRIVACY_ADMIN)
    which = which or IncidentFilter()
    query = select(ConfidentialityIncident).where(
        ConfidentialityIncident.deleted_at.is_(None))
    if which.since:
        query = query.where(ConfidentialityIncident.discovered_on >= which.since)
    if which.until:
        query = query.where(ConfidentialityIncident.discovered_on <= which.until)
    if which.serious_only:
        query = query.where(ConfidentialityIncident.serious_injury_risk.is_(True))
    with unit_of_work(db, actor) as uow:
        rows = [_row(incident) for incident in uow.session.scalars(query.order_by(
            ConfidentialityIncident.discovered_on.desc(),
            ConfidentialityIncident.created_at.desc()))]
        uow.audit("view", "confidentiality_incidents", None,
                  {"count": len(rows), "serious_only": which.serious_only})
    needle = " ".join(which.text.split()).casefold()
    if needle:
        rows = [row for row in rows if needle in " ".join(
            filter(None, (row.description, row.circumstances, row.personal_information)))
            .casefold()]
    return rows


def _row(incident: ConfidentialityIncident) -> IncidentRow:
    return IncidentRow(
        incident.id, incident.version, incident.description, incident.discovered_on,
        incident.occurred_on, incident.circumstances, incident.personal_information,
        incident.persons_affected, incident.risk_assessment, incident.serious_injury_risk,
        incident.commission_notified_on, incident.persons_notified_on, incident.notices_sent,
        incident.measures_taken)


# The register's columns in the order the regulation lists what it holds.
COLUMNS = (
    ("discovered_on", N_("Became known on")),
    ("occurred_on", N_("Occurred on")),
    ("description", N_("Nature of the incident")),
    ("circumstances", N_("Circumstances")),
    ("personal_information", N_("Personal information concerned")),
    ("persons_affected", N_("Number of people concerned")),
    ("risk_assessment", N_("Assessment of the risk of serious injury")),
    ("serious_injury_risk", N_("Risk of serious injury")),
    ("commission_notified_on", N_("Commission notified on")),
    ("persons_notified_on", N_("People concerned notified on")),
    ("notices_sent", N_("Notices sent")),
    ("measures_taken", N_("Measures taken")),
)


def register_csv(db: Database, actor: Actor, which: IncidentFilter | None = None,
                 language: str = "fr") -> bytes:
    """The register as the Commission may ask for it: a CSV (UTF-8 with a byte-order mark,
    so Excel and LibreOffice read the accents) with a column per element; cells that a
    spreadsheet would take for a formula are kept as text. The export is audited."""
    rows = list_incidents(db, actor, which)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([gettext(caption, language) for _name, caption in COLUMNS])
    for row in rows:
        writer.writerow([_cell(getattr(row, name), language) for name, _caption in COLUMNS])
    with unit_of_work(db, actor) as uow:
        uow.audit("export", "confidentiality_incidents", None,
                  {"count": len(rows), "at": clock.now().isoformat()})
    return buffer.getvalue().encode("utf-8-sig")


def _cell(value: object, language: str) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return gettext(N_("yes") if value else N_("no"), language)
    if isinstance(value, date):
        return value.isoformat()
    return safe_cell(value)
