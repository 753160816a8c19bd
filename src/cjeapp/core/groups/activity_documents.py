"""Paper for group activities: attendance sheets to sign, the allowance list (PDF and XLSX)."""

from __future__ import annotations

from cjeapp.core.db.database import Database
from cjeapp.core.errors import Inconsistent
from cjeapp.core.groups import activities
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import ngettext
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_moment
from cjeapp.core.locale_format import format_money
from cjeapp.core.models import Activity
from cjeapp.core.models import ActivitySession
from cjeapp.core.org.organization import organization_name
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.writers.spreadsheets import workbook_bytes
from cjeapp.core.writers.tables import table_pdf


def attendance_sheet_pdf(db: Database, actor: Actor, session_id: str) -> bytes:
    """The list of enrolled people with a blank column to sign."""
    actor.require(Permission.ACTIVITY_WRITE)
    with db.read_session() as session:
        sitting = session.get(ActivitySession, session_id)
        if not (sitting is not None):
            raise Inconsistent("sitting is not None")
        activity = session.get(Activity, sitting.activity_id)
        if not (activity is not None):
            raise Inconsistent("activity is not None")
    people = [p for p in activities.participants(db, actor, activity.id)
              if p.status == "enrolled"]
    subtitle = format_moment(sitting.starts_at) + (
        f" · {sitting.place}" if sitting.place else "") + (
        " · " + gettext(N_("part {part}")).format(part=sitting.part_number)
        if sitting.part_number else "")
    pdf = table_pdf(organization=organization_name(db),
                    title=gettext(N_("Attendance sheet — {title}")).format(title=activity.title),
                    subtitle=subtitle,
                    header=["#", gettext(N_("Name")), gettext(N_("Signature"))],
                    rows=[[str(i), p.name, ""] for i, p in enumerate(people, start=1)],
                    widths_cm=[1.2, 8, 8.8], row_height_cm=1.0)
    with unit_of_work(db, actor) as uow:
        uow.audit("print", "activity_sessions", session_id, {"document": "attendance_sheet"})
    return pdf


def _eligible_rows(db: Database, actor: Actor, activity_id: str) -> list[list[str]]:
    return [[p.name, format_date(p.completed_on, style="medium"), format_money(p.amount)]
            for p in activities.eligible_for_allowance(db, actor, activity_id)]


def eligible_pdf(db: Database, actor: Actor, activity_id: str) -> bytes:
    actor.require(Permission.ACTIVITY_WRITE)
    with db.read_session() as session:
        activity = session.get(Activity, activity_id)
        if not (activity is not None):
            raise Inconsistent("activity is not None")
    rows = _eligible_rows(db, actor, activity_id)
    pdf = table_pdf(organization=organization_name(db),
                    title=gettext(N_("Participation allowance — {title}")).format(
                        title=activity.title),
                    subtitle=ngettext("{count} participant completed every part.",
                                      "{count} participants completed every part.",
                                      len(rows)).format(count=len(rows)),
                    header=[gettext(N_("Name")), gettext(N_("Completed on")),
                            gettext(N_("Allowance"))],
                    rows=rows, widths_cm=[9, 4.5, 4.5])
    with unit_of_work(db, actor) as uow:
        uow.audit("print", "activities", activity_id, {"document": "allowance_list"})
    return pdf


def eligible_xlsx(db: Database, actor: Actor, activity_id: str) -> bytes:
    actor.require(Permission.ACTIVITY_WRITE)
    eligible = activities.eligible_for_allowance(db, actor, activity_id)
    data = workbook_bytes("allocation", ["name", "completed_on", "amount_cad"],
                          [[p.name, p.completed_on, float(p.amount)] for p in eligible])
    with unit_of_work(db, actor) as uow:
        uow.audit("export", "activities", activity_id, {"document": "allowance_list",
                                                        "rows": len(eligible)})
    return data


